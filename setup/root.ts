// Exposes a read-only view of Slidev's navigation as window.__deck__, in every build, so the
// browser suite and the benchmark can ask which slide and click step is showing.
// (Slidev's own window.__slidev__ exists only in the dev server.)
import { defineRootSetup } from '@slidev/types'
import { useNav } from '@slidev/client'

export interface DeckState {
  no: number
  clicks: number
  clicksTotal: number
  total: number
  hasNext: boolean
}

declare global {
  interface Window {
    __deck__?: { state: () => DeckState; titles: () => string[] }
  }
}

export default defineRootSetup(() => {
  const nav = useNav()
  window.__deck__ = {
    state: () => ({
      no: nav.currentSlideNo.value,
      clicks: nav.clicks.value,
      clicksTotal: nav.clicksTotal.value,
      total: nav.total.value,
      hasNext: nav.hasNext.value,
    }),
    titles: () => nav.slides.value.map(s => s.meta.slide.title ?? ''),
  }
})
