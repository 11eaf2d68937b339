// Exposes a read-only view of Slidev's navigation as window.__deck__, in every build, so the
// browser suite and the benchmark can ask which slide and click step is showing.
// (Slidev's own window.__slidev__ exists only in the dev server.) Also keeps the browser's
// default action off the navigation keys (see below).
import { defineRootSetup } from '@slidev/types'
import { useNav } from '@slidev/client'
import { aimedAtPage } from '../components/charts/pageKeys'

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

/** Keys Slidev steps with; on the page itself their only default action is scrolling a page that does not scroll. */
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' '])

/**
 * Slidev steps on keydown, and the browser's default action for the key then asks for an
 * up-to-date layout, so the new slide's first style and layout (10–15 ms) ran inside the
 * key press, one task of 30–45 ms. Without the default action it runs in the next frame's
 * rendering, a task of its own. Keys aimed at a control (a slider, a button) keep theirs.
 */
function keepNavigationKeysPlain(e: KeyboardEvent) {
  if (NAVIGATION_KEYS.has(e.key) && aimedAtPage(e)) e.preventDefault()
}

export default defineRootSetup(() => {
  window.addEventListener('keydown', keepNavigationKeysPlain)
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
