// @slidev/client/composables/useNav, the part the handout uses (see internal-component.d.ts).
import type { ClicksContext } from '@slidev/types'
import type { DeckSlideRoute } from '@slidev/client'

export function useFixedNav(route: DeckSlideRoute, clicks: ClicksContext): Record<string, unknown>
