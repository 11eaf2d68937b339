// A Vite plugin that hands the deck's narration to the client as `virtual:deck-narration`:
// every slide's number, title, layout and narration parts, each paragraph rendered to HTML
// once, at build time, with markdown-it. The study view, the handout and the notes page all
// read this one module, so they show the very words the presenter's notes hold.
import MarkdownIt from 'markdown-it'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { DECK_ROOT, loadDeck } from './deck.ts'

const ID = 'virtual:deck-narration'
const RESOLVED = `\0${ID}`

/** One slide's narration as the client gets it. */
export interface SlideNarration {
  no: number
  title: string
  layout: string
  parts: { click: number; paragraphs: { html: string; lecturerOnly: boolean }[] }[]
}

/** The narration module's data, built from the deck's markdown. */
export async function narrationData(root = DECK_ROOT): Promise<SlideNarration[]> {
  // html: false, so a "<" in a note ("|β| < 0.1") is text, not a tag.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false })
  const deck = await loadDeck(root)
  return deck.map(s => ({
    no: s.no,
    title: s.title,
    layout: s.layout,
    parts: s.parts.map(p => ({
      click: p.click,
      paragraphs: p.paragraphs.map(g => ({ html: md.renderInline(g.markdown), lecturerOnly: g.lecturerOnly })),
    })),
  }))
}

export function deckNarration(): Plugin {
  return {
    name: 'deck:narration',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    // Not async: every other module's load passes through here, and should not wait a tick.
    load(id) {
      if (id !== RESOLVED) return undefined
      // The dev server reloads the module when a slide file changes.
      for (const file of ['slides.md', 'pages']) this.addWatchFile(resolve(DECK_ROOT, file))
      return narrationData().then(data => `export default ${JSON.stringify(data)}`)
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.md')) return
      const mod = server.moduleGraph.getModuleById(RESOLVED)
      if (mod) server.moduleGraph.invalidateModule(mod)
    },
  }
}
