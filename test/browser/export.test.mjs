// The PDFs, checked by their content. `npm run export` writes one page per click step, each
// chart drawn. `npm run export:handout` writes the handout: A4 portrait, every slide title and
// the opening words of every narration part in its text, the sections as bookmarks with their
// slides under them, page numbers, and no blank chart in any slide frame. `npm run
// export:notes` writes every slide's title and full notes, lecturer remarks included. The
// expected click steps and narration come from Slidev's own parser (scripts/narration/deck.ts);
// chart boxes from the running deck; pages are rasterized with pdftoppm and the ink inside
// each chart's box is measured.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { before, describe, test } from 'node:test'
import { loadDeck } from '../../scripts/narration/deck.ts'
import { plainText, studentParagraphs } from '../../scripts/narration/split.ts'
import { rootBuild } from './builds.mjs'
import { chartBoxes, openDeck, outDir, settledFrame, waitForDeck } from './harness.mjs'
import { findFrames } from './handoutFrames.mjs'
import { pdfOutline } from './pdfOutline.mjs'
import { inkShare, pdfInfo, pdfText, rasterize, readPpm } from './pdfPages.mjs'

/** Runs an export command; resolves to its seconds. */
function exportPdf(args) {
  const started = Date.now()
  const r = spawnSync(process.execPath, ['scripts/export.mjs', ...args], { stdio: 'inherit' })
  assert.equal(r.status, 0, `export ${args.join(' ')} exits cleanly`)
  return (Date.now() - started) / 1000
}

/** The opening words of a text, as pdftotext gives them back (white space collapsed). */
const opening = (text, words = 6) => plainText(text).normalize('NFKC').split(' ').slice(0, words).join(' ')

let deck
/** Where each slide's charts sit (fractions of the slide) at click 0 and at its last click. */
const boxes = new Map()
const clicksOf = s => s.declaredClicks || s.vClicks

before(async () => {
  deck = await loadDeck()
  const site = await openDeck({ reducedMotion: 'reduce' })
  try {
    const { page, problems } = site
    for (const s of deck) {
      const at = {}
      for (const k of new Set([0, clicksOf(s)])) {
        await page.goto(site.url(`/${s.no}?clicks=${k}`))
        await waitForDeck(page)
        await settledFrame(page, s.no)
        at[k] = await chartBoxes(page, s.no)
      }
      boxes.set(s.no, { first: at[0], last: at[clicksOf(s)] })
    }
    assert.deepEqual(problems, [])
  }
  finally {
    await site.close()
  }
})

describe('the PDF exports', () => {
  test('npm run export writes one drawn page per click step', () => {
    const expected = deck.flatMap(s => Array.from({ length: clicksOf(s) + 1 }, (_, k) => ({ no: s.no, title: s.title, clicks: k, boxes: k === clicksOf(s) ? boxes.get(s.no).last : boxes.get(s.no).first })))
    const pdf = join(outDir, 'slides.pdf')
    const seconds = exportPdf(['--output', pdf])
    const { pages } = pdfInfo(pdf)
    console.log(`export: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(2)} pages/s)`)
    assert.equal(pages, expected.length, 'one page per click step: Σ over slides of (clicks + 1)')
    const files = rasterize(pdf, join(outDir, 'pdf-pages'), 30)
    assert.equal(files.length, pages)
    files.forEach((f, i) => {
      const img = readPpm(f)
      const { no, title, clicks, boxes: charts } = expected[i]
      for (const box of charts) {
        const share = inkShare(img, box)
        assert.ok(share > 0.02, `page ${i + 1} ("${title}", slide ${no}, click ${clicks}): chart drawn (ink ${(share * 100).toFixed(1)}%)`)
      }
    })
  })

  test('npm run export:handout writes an A4 handout: titles, narration, bookmarks, page numbers, drawn frames', () => {
    const pdf = join(outDir, 'handout-a4.pdf')
    // Printed from the suite's build of the site (export:handout without --site builds one first).
    const seconds = exportPdf(['--handout', '--site', rootBuild.out, '--output', pdf])
    const { pages, width, height } = pdfInfo(pdf)
    console.log(`handout: ${pages} pages in ${seconds.toFixed(1)} s`)
    assert.ok(Math.abs(width - 595) < 2 && Math.abs(height - 842) < 2, `A4 portrait (${width} × ${height} pt)`)
    assert.ok(pages >= 30 && pages <= 48, `a handout of 30–45 pages, give or take a slide (${pages})`)

    // Every slide title and the opening words of every part a student reads.
    const text = pdfText(pdf)
    const missing = []
    for (const s of deck) {
      if (!text.includes(s.title.normalize('NFKC'))) missing.push(`title "${s.title}"`)
      for (const part of s.parts) {
        const words = studentParagraphs(part).map(p => p.markdown).join(' ')
        if (!text.includes(opening(words))) missing.push(`"${s.title}" click ${part.click}: "${opening(words)}"`)
      }
    }
    assert.deepEqual(missing, [])
    for (let p = 1; p <= pages; p++) assert.ok(text.includes(`${p} / ${pages}`), `page number ${p} / ${pages}`)

    // Bookmarks: the title and each section at the top, every slide under its section.
    const outline = pdfOutline(pdf)
    const top = outline.filter(o => o.depth === 1).map(o => o.title)
    assert.deepEqual(top, deck.filter(s => s.layout === 'cover' || s.layout === 'section').map(s => s.title))
    const second = outline.filter(o => o.depth === 2).map(o => o.title).filter(t => t !== 'Contents')
    assert.deepEqual(second, deck.filter(s => s.layout !== 'cover' && s.layout !== 'section').map(s => s.title))

    // Every slide frame (its last step, then its strip) is on a page, and no chart in it is blank.
    const frames = deck.filter(s => s.layout !== 'cover' && s.layout !== 'section')
      .flatMap(s => [{ s, click: clicksOf(s) }, ...s.strip.filter(k => k < clicksOf(s)).map(k => ({ s, click: k }))])
    const found = rasterize(pdf, join(outDir, 'handout-pages'), 72).flatMap((f, page) => {
      const img = readPpm(f)
      return findFrames(img).map(box => ({ img, box, page: page + 1 }))
    })
    assert.equal(found.length, frames.length, 'one frame per slide, and one per strip step')
    found.forEach(({ img, box, page }, i) => {
      const { s, click } = frames[i]
      // The last step shows every chart; an earlier one, the charts present from the first click.
      const charts = click === clicksOf(s) ? boxes.get(s.no).last : boxes.get(s.no).first
      for (const c of charts) {
        const share = inkShare(img, { x: box.x + c.x * box.w, y: box.y + c.y * box.h, w: c.w * box.w, h: c.h * box.h }, { px: true, bg: [255, 255, 255] })
        assert.ok(share > 0.02, `handout page ${page}, "${s.title}" at click ${click}: chart drawn (ink ${(share * 100).toFixed(1)}%)`)
      }
    })
  })

  test('npm run export:notes writes every slide\u2019s title and full notes, lecturer remarks included', () => {
    const pdf = join(outDir, 'notes.pdf')
    const seconds = exportPdf(['--notes', '--site', rootBuild.out, '--output', pdf])
    const { pages } = pdfInfo(pdf)
    console.log(`notes: ${pages} pages in ${seconds.toFixed(1)} s`)
    const text = pdfText(pdf)
    const missing = []
    for (const s of deck) {
      if (!text.includes(s.title.normalize('NFKC'))) missing.push(`title "${s.title}"`)
      for (const part of s.parts) {
        for (const p of part.paragraphs) if (!text.includes(opening(p.markdown, 8))) missing.push(`"${s.title}" click ${part.click}: "${opening(p.markdown, 8)}"`)
      }
    }
    assert.deepEqual(missing, [])
    assert.ok(deck.some(s => s.parts.some(p => p.paragraphs.some(g => g.lecturerOnly))), 'the deck has lecturer remarks to print')
    assert.ok(pages > 5, `the notes run over pages (${pages}), not one screen`)
  })
})
