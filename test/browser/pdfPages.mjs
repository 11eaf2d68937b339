// Reading printed PDFs as a person would look at them: pages rasterized with pdftoppm into
// binary PPM images, the share of inked pixels in a box, the text with pdftotext, and the
// page count and size with pdfinfo.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** Reads a binary PPM (P6) as { width, height, data }. */
export function readPpm(file) {
  const buf = readFileSync(file)
  const header = buf.toString('latin1', 0, 64).split(/\s+/)
  const [magic, w, h, max] = header
  assert.equal(magic, 'P6')
  const width = Number(w)
  const height = Number(h)
  const headerLength = buf.indexOf(Buffer.from(`${max}\n`), buf.indexOf(Buffer.from(`${h}`))) + `${max}\n`.length
  return { width, height, data: buf.subarray(headerLength) }
}

/** Share of pixels in a box (fractions of the image, or pixels with `px`) that differ clearly from `bg` (default: the top-left pixel). */
export function inkShare(img, box, { px = false, bg } = {}) {
  const ref = bg ?? [img.data[0], img.data[1], img.data[2]]
  const sx = px ? 1 : img.width
  const sy = px ? 1 : img.height
  const x0 = Math.max(0, Math.floor(box.x * sx))
  const y0 = Math.max(0, Math.floor(box.y * sy))
  const x1 = Math.min(img.width, Math.ceil((box.x + box.w) * sx))
  const y1 = Math.min(img.height, Math.ceil((box.y + box.h) * sy))
  let ink = 0
  let all = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 3
      const d = Math.abs(img.data[i] - ref[0]) + Math.abs(img.data[i + 1] - ref[1]) + Math.abs(img.data[i + 2] - ref[2])
      if (d > 60) ink++
      all++
    }
  }
  return all === 0 ? 0 : ink / all
}

/** Rasterizes every page of `pdf` at `dpi` into `dir` (emptied first); returns the image files in page order. */
export function rasterize(pdf, dir, dpi) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'page')])
  return readdirSync(dir).filter(f => f.endsWith('.ppm')).sort().map(f => join(dir, f))
}

/** pdfinfo's page count and first page size in points. */
export function pdfInfo(pdf) {
  const info = execFileSync('pdfinfo', [pdf]).toString()
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** The PDF's text, every run of white space one space, compatibility forms (ligatures) undone. */
export function pdfText(pdf) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString().normalize('NFKC').replace(/\s+/g, ' ')
}
