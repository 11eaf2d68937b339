// The handout: `npm run export` writes one PDF page per click step, and every chart on
// those pages is drawn. Expected pages come from the running deck (Σ clicks + 1 per slide);
// pages are rasterized with pdftoppm and the ink inside each chart's box is measured.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { chartBoxes, navState, openDeck, outDir, settledFrame, waitForDeck } from './harness.mjs'

/** Reads a binary PPM (P6) as { width, height, data }. */
function readPpm(file) {
  const buf = readFileSync(file)
  const header = buf.toString('latin1', 0, 64).split(/\s+/)
  const [magic, w, h, max] = header
  assert.equal(magic, 'P6')
  const width = Number(w)
  const height = Number(h)
  const headerLength = buf.indexOf(Buffer.from(`${max}\n`), buf.indexOf(Buffer.from(`${h}`))) + `${max}\n`.length
  return { width, height, data: buf.subarray(headerLength) }
}

/** Share of pixels in a box that differ clearly from the page background. */
function inkShare(img, box) {
  const bg = [img.data[0], img.data[1], img.data[2]]
  const x0 = Math.floor(box.x * img.width)
  const y0 = Math.floor(box.y * img.height)
  const x1 = Math.min(img.width, Math.ceil((box.x + box.w) * img.width))
  const y1 = Math.min(img.height, Math.ceil((box.y + box.h) * img.height))
  let ink = 0
  let all = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 3
      const d = Math.abs(img.data[i] - bg[0]) + Math.abs(img.data[i + 1] - bg[1]) + Math.abs(img.data[i + 2] - bg[2])
      if (d > 60) ink++
      all++
    }
  }
  return ink / all
}

test('npm run export writes one drawn page per click step', async () => {
  // What the deck itself says: clicks per slide, and where its charts sit.
  const deck = await openDeck({ reducedMotion: 'reduce' })
  const expected = []
  try {
    const { page, problems } = deck
    await page.goto(deck.url('/1'))
    await waitForDeck(page)
    const { total } = await navState(page)
    for (let no = 1; no <= total; no++) {
      await page.goto(deck.url(`/${no}`))
      await waitForDeck(page)
      const { clicksTotal } = await navState(page)
      await settledFrame(page, no)
      const boxes = await chartBoxes(page, no)
      for (let k = 0; k <= clicksTotal; k++) expected.push({ no, clicks: k, boxes })
    }
    assert.deepEqual(problems, [])
  }
  finally {
    await deck.close()
  }

  const pdf = join(outDir, 'handout.pdf')
  const started = Date.now()
  const r = spawnSync(process.execPath, ['scripts/export.mjs', '--output', pdf], { stdio: 'inherit' })
  assert.equal(r.status, 0, 'export exits cleanly')
  const seconds = (Date.now() - started) / 1000
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1])
  console.log(`export: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(2)} pages/s)`)
  assert.equal(pages, expected.length, 'one page per click step: Σ over slides of (clicks + 1)')

  const pngDir = join(outDir, 'pdf-pages')
  rmSync(pngDir, { recursive: true, force: true })
  mkdirSync(pngDir, { recursive: true })
  execFileSync('pdftoppm', ['-r', '30', pdf, join(pngDir, 'page')])
  const files = readdirSync(pngDir).filter(f => f.endsWith('.ppm')).sort()
  assert.equal(files.length, pages)
  files.forEach((f, i) => {
    const img = readPpm(join(pngDir, f))
    const { no, clicks, boxes } = expected[i]
    for (const box of boxes) {
      const share = inkShare(img, box)
      assert.ok(share > 0.02, `page ${i + 1} (slide ${no}, click ${clicks}): chart drawn (ink ${(share * 100).toFixed(1)}%)`)
    }
  })
})
