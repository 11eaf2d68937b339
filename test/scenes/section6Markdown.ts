// Reads pages/section-6.md so scene tests can check that each slide declares as many clicks
// as its scene has steps (the PDF has one page per click; a mismatch drops or repeats frames).
import { readFileSync } from 'node:fs'

/** The `clicks:` value in the frontmatter of the slide whose heading is `# title` (0 if none). */
export function declaredClicks(title: string): number {
  const md = readFileSync('pages/section-6.md', 'utf8')
  const parts = md.split(/^---$/m)
  const at = parts.findIndex(s => s.includes(`# ${title}\n`))
  if (at < 1) throw new Error(`declaredClicks: no slide titled "${title}" in pages/section-6.md`)
  const m = /clicks:\s*(\d+)/.exec(parts[at - 1]!)
  return m ? Number(m[1]) : 0
}

/** The speaker notes (the last HTML comment) of the slide titled `title`. */
export function notesOf(title: string): string {
  const md = readFileSync('pages/section-6.md', 'utf8')
  const parts = md.split(/^---$/m)
  const at = parts.findIndex(s => s.includes(`# ${title}\n`))
  if (at < 1) throw new Error(`notesOf: no slide titled "${title}"`)
  const m = /<!--([\s\S]*?)-->\s*$/.exec(parts[at]!)
  return m ? m[1]! : ''
}
