// Every slide of section 6 has speaker notes, with one [click] marker per click step: the
// declared `clicks:` for chart slides, and for the summary its <v-clicks> items plus <v-click> blocks.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const md = readFileSync('pages/section-6.md', 'utf8')
// Split at the `---` lines; a part made only of `key: value` lines is the frontmatter of the next.
const parts = md.split(/^---$/m).map(s => s.trim()).filter(s => s.length > 0)
const isYaml = (s: string) => s.split('\n').every(l => /^[\w-]+:/.test(l))
const slides: { frontmatter: string; body: string }[] = []
for (let i = 0; i < parts.length; i++) {
  if (isYaml(parts[i]!) && i + 1 < parts.length) slides.push({ frontmatter: parts[i]!, body: parts[++i]! })
  else slides.push({ frontmatter: '', body: parts[i]! })
}

describe('section 6 speaker notes', () => {
  it('has a section opener and the five slides of the storyboard, each titled', () => {
    const titles = slides.map(s => /^# (.+)$/m.exec(s.body)?.[1])
    expect(titles).toEqual([
      'Section 6 · In practice: real data',
      'Coefficient paths on real data',
      'Correlated features',
      'Choosing λ',
      'Beyond L1 and L2',
      'Summary and further reading',
    ])
  })

  it('gives every slide notes with one [click] per click step', () => {
    for (const s of slides) {
      const notes = /<!--([\s\S]*?)-->\s*$/.exec(s.body)?.[1] ?? ''
      expect(notes.trim().length).toBeGreaterThan(40)
      const declared = Number(/clicks:\s*(\d+)/.exec(s.frontmatter)?.[1] ?? 0)
      const listItems = /<v-clicks>([\s\S]*?)<\/v-clicks>/.exec(s.body)?.[1]?.split('\n').filter(l => /^- /.test(l)).length ?? 0
      const blocks = (s.body.match(/<div v-click/g) ?? []).length
      expect((notes.match(/\[click\]/g) ?? []).length).toBe(declared + listItems + blocks)
    }
  })
})
