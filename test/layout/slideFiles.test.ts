// The layout a newcomer relies on: every chart slide's files share one stem, from the page to
// the scene (Component.vue ↔ lib/scenes/component.ts ↔ components/options/componentOption.ts ↔
// test/scenes/component.test.ts ↔ test/narration/component.claims.ts, and
// test/components/Component.test.ts where the component has tests of its own), and README.md's table "Slides and their files" lists
// them by slide title, so it cannot drift from the deck.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeckSlide } from '../../scripts/narration/deck'
import { loadDeck } from '../../scripts/narration/deck'

interface Row { title: string; files: string[] }

/** The rows of README.md's table under "## Slides and their files": the title, then every `path` in the row. */
function readmeRows(): Row[] {
  const md = readFileSync('README.md', 'utf8')
  const at = md.indexOf('## Slides and their files')
  if (at < 0) throw new Error('README.md has no "## Slides and their files" section')
  const table = md.slice(at).split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| slide '))
  const end = md.slice(at).split('\n').findIndex((l, i) => i > 0 && l.startsWith('## '))
  const section = end < 0 ? table : md.slice(at).split('\n').slice(0, end).filter(l => table.includes(l))
  return section.map((l) => {
    const cells = l.split('|').slice(1, -1).map(c => c.trim())
    return { title: cells[0]!.replace(/^"|"$/g, ''), files: [...l.matchAll(/`([^`]+\.(?:vue|ts|md))`/g)].map(m => m[1]!) }
  })
}

const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1)
/** The chart components a slide's markdown uses (the deck's own, from components/). */
const ownComponents = new Set(readdirSync('components').filter(f => f.endsWith('.vue')).map(f => f.replace(/\.vue$/, '')))
const componentsOf = (s: DeckSlide) => [...new Set([...s.content.matchAll(/<([A-Z]\w+)/g)].map(m => m[1]!))].filter(c => ownComponents.has(c))

let deck: DeckSlide[]
let rows: Row[]
beforeAll(async () => {
  deck = await loadDeck()
  rows = readmeRows()
})

describe('one stem per slide', () => {
  it('every slide component has its scene, option, tests and claims under the same stem', () => {
    const missing: string[] = []
    for (const c of ownComponents) {
      const stem = lower(c)
      const expected = [`components/${c}.vue`, `lib/scenes/${stem}.ts`, `test/scenes/${stem}.test.ts`]
      for (const f of expected) if (!existsSync(f)) missing.push(f)
      // An option of its own, unless the slide draws with another slide's (named in README's table).
      if (!existsSync(`components/options/${stem}Option.ts`) && !rows.some(r => r.files.includes(`components/${c}.vue`) && r.files.some(f => f.startsWith('components/options/')))) missing.push(`components/options/${stem}Option.ts`)
    }
    expect(missing).toEqual([])
  })

  it('names a component test after the component it mounts', () => {
    const strays = readdirSync('test/components').filter(f => /^[A-Z]\w*\.test\.ts$/.test(f)).map(f => f.replace('.test.ts', '')).filter(c => !ownComponents.has(c) && !existsSync(`components/charts/${c}.vue`) && !existsSync(`components/parts/${c}.vue`) && !existsSync(`components/controls/${c}.vue`) && !existsSync(`components/simulation/${c}.vue`))
    expect(strays).toEqual([])
  })

  it('every chart slide\u2019s narration is claimed in a file named after its component', () => {
    const missing = deck.flatMap(s => componentsOf(s).slice(0, 1).map(c => `test/narration/${lower(c)}.claims.ts`)).filter(f => !existsSync(f))
    expect(missing).toEqual([])
  })
})

describe('README.md\u2019s table of slides and their files', () => {
  it('names slides by their titles, in the deck\u2019s order, and files that exist', () => {
    const titles = deck.map(s => s.title)
    expect(rows.map(r => r.title).filter(t => !titles.includes(t))).toEqual([])
    const order = rows.map(r => titles.indexOf(r.title))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(rows.flatMap(r => r.files).filter(f => !existsSync(f))).toEqual([])
  })

  it('lists every slide that draws a chart, with every component it uses', () => {
    const missing = deck.flatMap(s => componentsOf(s)
      .filter(c => !rows.some(r => r.title === s.title && r.files.includes(`components/${c}.vue`)))
      .map(c => `"${s.title}": components/${c}.vue`))
    expect(missing).toEqual([])
  })
})

describe('slides named by title', () => {
  it('no code, comment, doc or test names a slide by its number (numbers move when slides are added)', () => {
    const roots = ['lib', 'components', 'scripts', 'setup', 'pages', 'docs', 'test', 'types', 'styles']
    const files: string[] = ['README.md', 'slides.md', 'custom-nav-controls.vue']
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = `${dir}/${e.name}`
        if (e.isDirectory()) walk(p)
        else if (/\.(ts|mts|mjs|vue|md|css)$/.test(e.name)) files.push(p)
      }
    }
    roots.forEach(walk)
    // "slide 12", "slides 11–13", "Slide 7b" (the cars table's data is not prose; this test spells the pattern).
    const numbered = files.filter(f => !f.endsWith('carsTable.ts') && f !== 'test/layout/slideFiles.test.ts')
      .flatMap(f => readFileSync(f, 'utf8').split('\n').map((l, i) => ({ f, i, l })))
      .filter(({ l }) => /(^|[^a-z])slides? \d+[a-z]?\b/i.test(l) && !/every other slide \d+ s/.test(l))
      .map(({ f, i, l }) => `${f}:${i + 1}: ${l.trim()}`)
    expect(numbered).toEqual([])
  })
})
