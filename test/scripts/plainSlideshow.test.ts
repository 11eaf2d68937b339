// scripts/plainSlideshow.ts rewrites one line of Slidev's slide show. These tests run it on
// the installed Slidev's file, so an upgrade that changes that file fails here (and the
// build fails too) instead of silently bringing TransitionGroup's work back to every step.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { plainSlideshow, withPlainSlideshow } from '../../scripts/plainSlideshow'

const file = createRequire(import.meta.url).resolve('@slidev/client/internals/SlidesShow.vue')
const source = readFileSync(file, 'utf8')

describe('plainSlideshow', () => {
  it('gives the installed slide show a plain div when no slide has a transition, and TransitionGroup otherwise', () => {
    const out = withPlainSlideshow(source)
    expect(out).toContain(`:is="(deckWithoutTransitions || (hasViewTransition && !isPrintMode && !hmrSkipTransition && !disableTransition)) ? 'div' : TransitionGroup"`)
    expect(out).toContain('const deckWithoutTransitions = [deckConfigs.transition, ...slides.value.map(r => r.meta?.transition)]')
    expect(out).toContain(`import { configs as deckConfigs } from '../env'`)
    // Nothing else changes.
    expect(out.split('\n').length - source.split('\n').length).toBe(4)
  })

  it('fails loudly on a slide show it does not recognise', () => {
    expect(() => withPlainSlideshow(source.replace(': TransitionGroup"', ': SomethingElse"'))).toThrow(/no longer contains/)
  })

  it('loads only the slide show component itself, not its compiled parts or other files', () => {
    const load = plainSlideshow().load as (id: string) => string | undefined
    expect(load(file)).toContain('deckWithoutTransitions')
    expect(load(`${file}?vue&type=script&setup=true&lang.ts`)).toBeUndefined()
    expect(load(file.replace('SlidesShow.vue', 'SlideWrapper.vue'))).toBeUndefined()
  })
})
