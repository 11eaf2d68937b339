// A fake 2-D context for the live painter's tests: it records every drawing call (and, if
// asked, every property set) instead of drawing. Text is 10 px per character, the em box
// 14 px above the baseline and 4 below, and the line height (a wide CJK glyph) 16 px.
import type { Paint2D } from '../../components/charts/livePaint'

export function recorder({ recordSets = false } = {}) {
  const calls: unknown[][] = []
  const ctx = new Proxy({} as Record<string, unknown>, {
    get(target, key: string) {
      if (key in target) return target[key]
      if (key === 'measureText') {
        return (text: string) => ({ width: text === '\u56FD' ? 16 : 10 * text.length, emHeightAscent: 14, emHeightDescent: 4, fontBoundingBoxAscent: 18, fontBoundingBoxDescent: 7 })
      }
      return (...args: unknown[]) => { calls.push([key, ...args]) }
    },
    set(target, key: string, value) {
      target[key] = value
      if (recordSets) calls.push(['set', key, value])
      return true
    },
  })
  return { ctx: ctx as unknown as Paint2D, calls }
}
