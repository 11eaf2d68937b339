// A Vite plugin for one line of Slidev's slide show (@slidev/client/internals/SlidesShow.vue).
// Slidev wraps the slides in Vue's TransitionGroup even when a deck has no transitions. On
// every step TransitionGroup then reads the position of every mounted slide and clones one
// to test for a move transition, forcing a style and layout pass inside the key press:
// 10–15 ms of the first step's 30–45 (bench: "stepping"). This deck has `transition: none`,
// so a plain div does the same job. The swap is decided once, from the deck's and every
// slide's transition, so a deck that adds a transition gets TransitionGroup back; and the
// build fails, rather than silently keeping the slow path, if Slidev's line changes.
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const FILE = /\/@slidev\/client\/internals\/SlidesShow\.vue$/
const IS = `:is="(hasViewTransition && !isPrintMode && !hmrSkipTransition && !disableTransition) ? 'div' : TransitionGroup"`
const AFTER_IMPORT = `import { CLICKS_MAX } from '../constants'`
const AFTER_NAV = `} = useNav()`

/** SlidesShow.vue's source with a plain div for a deck without transitions. */
export function withPlainSlideshow(source: string): string {
  for (const needle of [IS, AFTER_IMPORT, AFTER_NAV]) {
    if (!source.includes(needle)) throw new Error(`deck:plain-slideshow: Slidev's SlidesShow.vue no longer contains ${JSON.stringify(needle)}; review scripts/plainSlideshow.ts`)
  }
  return source
    .replace(AFTER_IMPORT, `${AFTER_IMPORT}\nimport { configs as deckConfigs } from '../env'`)
    .replace(AFTER_NAV, `${AFTER_NAV}
// deck:plain-slideshow: no transition anywhere in the deck, so no TransitionGroup (scripts/plainSlideshow.ts).
const deckWithoutTransitions = [deckConfigs.transition, ...slides.value.map(r => r.meta?.transition)]
  .every(t => !t || t === 'none' || (typeof t === 'object' && (!t.name || t.name === 'none')))`)
    .replace(IS, `:is="(deckWithoutTransitions || (hasViewTransition && !isPrintMode && !hmrSkipTransition && !disableTransition)) ? 'div' : TransitionGroup"`)
}

export function plainSlideshow(): Plugin {
  return {
    name: 'deck:plain-slideshow',
    enforce: 'pre',
    // At load, not transform: Vue's plugin compiles the SFC's blocks from what was loaded.
    load(id) {
      // The SFC itself, not its compiled sub-requests (?vue&type=…).
      if (!FILE.test(id)) return undefined
      return withPlainSlideshow(readFileSync(id, 'utf8'))
    },
  }
}
