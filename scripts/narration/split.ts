// A slide's speaker notes are the narration of its click steps: the text before the first
// [click] marker narrates click 0, the text after the k-th marker narrates click k. The same
// parts serve the presenter (Slidev's notes), the study view, the handout and the notes PDF.
//
// Conventions the notes follow (checked by test/narration/notesShape.test.ts):
//  - every [click] marker starts a paragraph, and every part has words of its own;
//  - a paragraph that starts with "**Lecturer:**" is for the presenter only (timing, a question
//    for the room): the study view and the handout leave it out, the notes PDF keeps it.

/** One paragraph of narration, in markdown. */
export interface NarrationParagraph {
  markdown: string
  lecturerOnly: boolean
}

/** The narration of one click step. */
export interface NarrationPart {
  click: number
  paragraphs: NarrationParagraph[]
}

export const LECTURER_MARK = '**Lecturer:**'
const CLICK_MARK = /\[click(?::(\d+))?\]/gi

/** Splits raw notes (markdown) into one part per click step: parts[k] narrates click k. */
export function splitNarration(note: string): NarrationPart[] {
  if (typeof note !== 'string') throw new TypeError(`splitNarration: note must be a string (got ${typeof note})`)
  const pieces: string[] = []
  let last = 0
  for (const m of note.matchAll(CLICK_MARK)) {
    // [click:N] would skip click steps: this deck narrates every step, one marker each.
    if (m[1] !== undefined) throw new RangeError(`splitNarration: notes must use one [click] per step, not ${m[0]}`)
    pieces.push(note.slice(last, m.index))
    last = m.index! + m[0].length
  }
  pieces.push(note.slice(last))
  return pieces.map((text, click) => ({
    click,
    paragraphs: text.split(/\n\s*\n/).map(p => p.trim()).filter(p => p.length > 0).map(markdown => ({
      markdown,
      lecturerOnly: markdown.startsWith(LECTURER_MARK),
    })),
  }))
}

/** The part's paragraphs a student reads (lecturer-only ones left out). */
export function studentParagraphs(part: NarrationPart): NarrationParagraph[] {
  return part.paragraphs.filter(p => !p.lecturerOnly)
}

/** Markdown to plain text, for tests and searches: emphasis marks and HTML tags dropped. */
export function plainText(markdown: string): string {
  return markdown.replace(/<[^>]+>/g, '').replace(/\*\*|__|\*|`/g, '').replace(/\s+/g, ' ').trim()
}
