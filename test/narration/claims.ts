// Every number the narration quotes is claimed here, with where it comes from: a claim names
// the slide (by title), the click step whose narration quotes it, a snippet of that narration
// holding the number(s), and the value(s) the scenes compute, or the literal fact it states.
// test/narration/numbers.test.ts checks each claim against the notes and fails on any
// number in the notes that no claim covers, so a note cannot drift from its scene unseen.

/** A quoted number is right when it is the value rounded to the digits it shows. */
export type Value = number | (() => number)

export interface Claim {
  title: string
  click: number
  /** Exact text of the narration holding the number(s), long enough to say what they are. */
  snippet: string
  /** The numbers of the snippet, in order: computed values, or null for a literal (see reason). */
  values: (Value | null)[]
  /** Why a number is literal (a citation, a count of things on screen, a definition). */
  reason?: string
}

/** Claims of one slide: `q(click, snippet, ...values)` for computed numbers, `lit(click, snippet, reason)` for literal ones. */
export function slide(title: string, build: (q: (click: number, snippet: string, ...values: Value[]) => void, lit: (click: number, snippet: string, reason: string) => void) => void): Claim[] {
  const out: Claim[] = []
  build(
    (click, snippet, ...values) => { out.push({ title, click, snippet, values }) },
    (click, snippet, reason) => { out.push({ title, click, snippet, values: numbersIn(snippet).map(() => null), reason }) },
  )
  return out
}

/**
 * The numbers of a text as the notes write them: "−0.46", "5e-324", "10 000" (a space before
 * groups of three), "1/2n" gives 1 and 2, "½" is 0.5. Digits that are part of a name are not numbers:
 * β1, L2, c1, m2, w₀ (a letter or subscript before them).
 */
export const NUMBER = /(?<![\p{L}\p{N}_.^])[−-]?\d{1,3}(?: \d{3})+(?![\d.])|(?<![\p{L}\p{N}_.^])[−-]?\d+(?:\.\d+)?(?:e[−-]?\d+)?|[½¼¾]/gu

const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 }

export interface Quoted {
  text: string
  value: number
  /** Half a unit of the last digit shown: the rounding the quote allows. */
  halfUnit: number
  index: number
}

/** The numbers of `text`, with the precision each is written to. */
export function numbersIn(text: string): Quoted[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const raw = m[0]
    if (raw in FRACTIONS) return { text: raw, value: FRACTIONS[raw]!, halfUnit: 0, index: m.index! }
    const plain = raw.replace(/−/g, '-').replace(/ /g, '')
    const [mantissa, exponent] = plain.split('e')
    const decimals = (mantissa!.split('.')[1] ?? '').length
    const halfUnit = 0.5 * 10 ** ((exponent ? Number(exponent) : 0) - decimals)
    return { text: raw, value: Number(plain), halfUnit, index: m.index! }
  })
}

/** Whether `value` rounds to the quoted number (with a hair of slack for binary fractions such as 0.125). */
export function roundsTo(value: number, quoted: Quoted): boolean {
  return Math.abs(value - quoted.value) <= quoted.halfUnit * (1 + 1e-9)
}
