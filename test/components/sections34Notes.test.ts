// The story of sections 3–4 (pages/sections-3-4.md): a section opener, then slides 11–15 in
// order, each with a title, a `clicks:` count matching its scene's last step, and speaker
// notes with exactly one [click] marker per click.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLOUD_STEPS } from '../../lib/scenes/simulationCloud'
import { RESOLUTION_STEPS } from '../../lib/scenes/simulationResolution'
import { ZONE_STEPS } from '../../lib/scenes/zeroZone'
import { ARGUMENT_STEPS } from '../../lib/scenes/contourArgument'
import { COMPETITION_STEPS } from '../../lib/scenes/competition'
import { POLYTOPE_STEPS } from '../../lib/scenes/crossPolytope'

const source = readFileSync(new URL('../../pages/sections-3-4.md', import.meta.url), 'utf8')

/** Splits Slidev markdown into slides: { frontmatter, body } (a slide starts with a `---` fenced frontmatter block). */
function slides(md: string): { frontmatter: string; body: string }[] {
  const parts = md.split(/^---$/m)
  const out: { frontmatter: string; body: string }[] = []
  // parts: ['', fm1, body1, fm2, body2, …]
  for (let i = 1; i + 1 < parts.length; i += 2) out.push({ frontmatter: parts[i]!, body: parts[i + 1]! })
  return out
}

const parsed = slides(source)
const expected = [
  { title: 'L1 encourages zeros, and why', clicks: 0 },
  { title: 'Random loss functions', clicks: CLOUD_STEPS },
  { title: 'The honest correction', clicks: RESOLUTION_STEPS },
  { title: 'Where the zeros come from', clicks: ZONE_STEPS },
  { title: 'The contour argument', clicks: ARGUMENT_STEPS },
  { title: 'Competition, and corners in higher dimensions', clicks: COMPETITION_STEPS + 1 + POLYTOPE_STEPS },
]

describe('pages/sections-3-4.md', () => {
  it('has a section opener and slides 11–15, in order, each with a # title', () => {
    expect(parsed.map(s => /^# (.+)$/m.exec(s.body)?.[1])).toEqual(expected.map(e => e.title))
    expect(parsed[0]!.frontmatter).toMatch(/layout: section/)
  })

  it('declares as many clicks as each scene has steps', () => {
    parsed.forEach((s, i) => {
      const clicks = Number(/clicks: (\d+)/.exec(s.frontmatter)?.[1] ?? 0)
      expect(clicks, expected[i]!.title).toBe(expected[i]!.clicks)
    })
  })

  it('has speaker notes with one [click] marker per click on every slide', () => {
    parsed.forEach((s, i) => {
      const notes = /<!--([\s\S]*?)-->\s*$/.exec(s.body)?.[1]
      expect(notes, expected[i]!.title).toBeDefined()
      expect(notes!.match(/\[click\]/g)?.length ?? 0, expected[i]!.title).toBe(expected[i]!.clicks)
    })
  })

  it('says plainly that the article\u2019s L2 rates came from the coarse search', () => {
    const honest = parsed[2]!.body
    expect(honest).toMatch(/article's L2 zero rates came from the coarse search/)
  })
})
