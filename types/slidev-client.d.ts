// The part of @slidev/client the deck uses, typed for our strict type check. The package
// ships TypeScript sources that do not pass `strict` + `noUncheckedIndexedAccess`, so
// tsconfig maps the import here; the browser suite exercises the real thing.
import type { ComputedRef, Ref } from 'vue'

export function useSlideContext(): {
  $clicks: Ref<number>
  $scale: Ref<number> | ComputedRef<number>
  $page: Ref<number>
}

export function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  currentSlideNo: ComputedRef<number>
  clicks: ComputedRef<number>
  clicksTotal: ComputedRef<number>
  total: ComputedRef<number>
  hasNext: ComputedRef<boolean>
  slides: Ref<DeckSlideRoute[]>
}

/** A slide's route, the part the deck reads (Slidev's SlideRoute). */
export interface DeckSlideRoute {
  no: number
  meta: { slide: { title?: string; frontmatter: Record<string, unknown> } }
}

export function useDarkMode(): {
  isDark: Ref<boolean> | ComputedRef<boolean>
  toggleDark: () => void
}

export function onSlideEnter(fn: () => void): void
export function onSlideLeave(fn: () => void): void
export function useIsSlideActive(): ComputedRef<boolean>
