// The deck's slides as Slidev's own parser reads them (slides.md with its src: pages), with
// each slide's click count and narration. Node only: the Vite plugin, the tests and the
// export scripts read the deck through this one function.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import type { NarrationPart } from './split.ts'
import { splitNarration } from './split.ts'

export const DECK_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface DeckSlide {
  /** 1-based slide number, as in /<no> addresses (it moves when slides are added: never name a slide by it). */
  no: number
  title: string
  /** Declared `clicks:` (0 when the frontmatter declares none; v-click slides count at run time). */
  declaredClicks: number
  /** <v-click> elements and <v-clicks> list items, the click steps Slidev adds on a slide without `clicks:`. */
  vClicks: number
  /** The slide's layout ('section' for a section opener, 'cover' for the title). */
  layout: string
  /** Earlier click steps the handout shows as small frames (frontmatter `handout: { strip: [...] }`). */
  strip: number[]
  /** The slide's markdown, without its frontmatter and notes. */
  content: string
  /** Raw speaker notes. */
  note: string
  parts: NarrationPart[]
  /** The file the slide is written in, relative to the deck root. */
  file: string
}

/** Every slide of the deck, in order. */
export async function loadDeck(root = DECK_ROOT): Promise<DeckSlide[]> {
  const data = await load({ userRoot: root, roots: [root] }, resolve(root, 'slides.md'))
  return data.slides.map((s, i) => {
    const content = s.source.content ?? s.content ?? ''
    const items = [...content.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g)].reduce((n, m) => n + m[1]!.split('\n').filter(l => /^\s*- /.test(l) && !/^\s{2,}- /.test(l)).length, 0)
    const blocks = (content.match(/<[a-z-]+[^>]*\sv-click(?=[\s>])/g) ?? []).length + (content.match(/<v-click>/g) ?? []).length
    return {
      no: i + 1,
      title: s.title ?? '',
      declaredClicks: Number(s.frontmatter?.clicks ?? 0),
      layout: String(s.frontmatter?.layout ?? (i === 0 ? 'cover' : 'default')),
      strip: Array.isArray(s.frontmatter?.handout?.strip) ? s.frontmatter.handout.strip.map(Number) : [],
      vClicks: items + blocks,
      content,
      note: s.note ?? '',
      parts: splitNarration(s.note ?? ''),
      file: (s.source.filepath ?? '').replace(`${root}/`, ''),
    }
  })
}
