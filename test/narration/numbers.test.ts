// The notes guard: every number the narration quotes is the one its scene computes (or a
// literal fact, said so), and no number in the notes goes unclaimed. Claims live beside this
// file, one file per slide (test/narration/*.claims.ts).
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeckSlide } from '../../scripts/narration/deck'
import { loadDeck } from '../../scripts/narration/deck'
import { plainText } from '../../scripts/narration/split'
import type { Claim } from './claims'
import { numbersIn, roundsTo } from './claims'

const modules = import.meta.glob<{ claims: Claim[] }>('./*.claims.ts', { eager: true })
const claims = Object.values(modules).flatMap(m => m.claims)

let deck: DeckSlide[]
beforeAll(async () => { deck = await loadDeck() })

/** The text of a click step's narration, as a reader sees it (markdown marks dropped). */
function partText(title: string, click: number): string {
  const s = deck.find(d => d.title === title)
  if (!s) throw new Error(`no slide titled "${title}"`)
  const part = s.parts[click]
  if (!part) throw new Error(`"${title}" has no narration for click ${click} (it has ${s.parts.length} parts)`)
  return part.paragraphs.map(p => plainText(p.markdown)).join('\n')
}

describe('numbers in the narration', () => {
  it('every claim quotes the narration and its numbers are the computed values, rounded as shown', () => {
    const wrong: string[] = []
    for (const c of claims) {
      const text = partText(c.title, c.click)
      if (!text.includes(c.snippet)) {
        wrong.push(`"${c.title}" click ${c.click}: the narration no longer says "${c.snippet}"`)
        continue
      }
      const quoted = numbersIn(c.snippet)
      if (quoted.length !== c.values.length) {
        wrong.push(`"${c.title}" click ${c.click}: "${c.snippet}" holds ${quoted.length} numbers, the claim gives ${c.values.length}`)
        continue
      }
      quoted.forEach((q, i) => {
        const v = c.values[i]
        if (v === null) {
          if (!c.reason) wrong.push(`"${c.title}" click ${c.click}: ${q.text} in "${c.snippet}" is literal without a reason`)
          return
        }
        const value = typeof v === 'function' ? v() : v
        if (value === undefined) { wrong.push(`"${c.title}" click ${c.click}: no value for ${q.text}`); return }
        if (!Number.isFinite(value) || !roundsTo(value, q)) wrong.push(`"${c.title}" click ${c.click}: "${c.snippet}" says ${q.text}, the scene computes ${value}`)
      })
    }
    expect(wrong).toEqual([])
  })

  it('no number in the narration goes unclaimed', () => {
    const unclaimed: string[] = []
    for (const s of deck) {
      s.parts.forEach((_, click) => {
        const text = partText(s.title, click)
        const covered = new Array<boolean>(text.length).fill(false)
        for (const c of claims.filter(c => c.title === s.title && c.click === click)) {
          for (let at = text.indexOf(c.snippet); at >= 0; at = text.indexOf(c.snippet, at + 1)) covered.fill(true, at, at + c.snippet.length)
        }
        for (const q of numbersIn(text)) {
          if (!covered[q.index]) unclaimed.push(`"${s.title}" click ${click}: ${q.text} in "…${text.slice(Math.max(0, q.index - 40), q.index + q.text.length + 20)}…"`)
        }
      })
    }
    expect(unclaimed).toEqual([])
  })

  it('names every slide it claims for by a title the deck has', () => {
    const titles = new Set(deck.map(s => s.title))
    expect(claims.map(c => c.title).filter(t => !titles.has(t))).toEqual([])
  })
})
