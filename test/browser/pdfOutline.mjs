// Reads a PDF's bookmarks (its document outline) without a PDF library: the objects of an
// uncompressed PDF (Chromium's Skia writes them so), from the catalogue's /Outlines through
// /First and /Next. Returns [{ title, depth }] in reading order.
import { readFileSync } from 'node:fs'

/** The dictionaries of a PDF's objects, by object number (text between `N 0 obj` and `endobj`). */
function objects(text) {
  const out = new Map()
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2])
  return out
}

/** A PDF string: (literal, with escapes) or <hex>, UTF-16BE when it starts with a byte-order mark. */
function decode(raw) {
  let bytes
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '')
    bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')
  }
  else {
    const inner = raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e) => {
      const map = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' }
      return map[e] ?? String.fromCharCode(Number.parseInt(e, 8))
    })
    bytes = Buffer.from(inner, 'latin1')
  }
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return bytes.subarray(2).swap16().toString('utf16le')
  return bytes.toString('latin1')
}

const ref = (dict, key) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? Number.NaN)
const title = dict => decode(/\/Title\s*(\([\s\S]*?(?<!\\)\)|<[0-9A-Fa-f\s]*>)/.exec(dict)?.[1] ?? '()')

/** The PDF's bookmarks as { title, depth } (depth 1 = top level), or [] when it has none. */
export function pdfOutline(file) {
  const text = readFileSync(file).toString('latin1')
  const objs = objects(text)
  const catalog = [...objs.values()].find(d => /\/Type\s*\/Catalog/.test(d))
  const root = catalog && objs.get(ref(catalog, 'Outlines'))
  if (!root) return []
  const items = []
  const walk = (first, depth) => {
    for (let n = first, guard = 0; Number.isFinite(n) && guard < 10_000; guard++) {
      const d = objs.get(n)
      if (!d) break
      items.push({ title: title(d), depth })
      walk(ref(d, 'First'), depth + 1)
      n = ref(d, 'Next')
    }
  }
  walk(ref(root, 'First'), 1)
  return items
}
