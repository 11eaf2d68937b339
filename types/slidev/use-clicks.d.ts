// @slidev/client/composables/useClicks, the part the handout uses (see internal-component.d.ts).
import type { ClicksContext } from '@slidev/types'
import type { DeckSlideRoute } from '@slidev/client'

export function createFixedClicks(route?: DeckSlideRoute, currentInit?: number): ClicksContext
