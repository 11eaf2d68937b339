// ECharts measures text (label plates, overlap avoidance) when it draws. A face the page has
// not used yet is not even requested, so `document.fonts.ready` can resolve before it loads
// and the first frame would be measured in a fallback font. Load every face charts use first.
const FACES = ['400 16px "Source Sans 3"', '600 18px "Source Sans 3"', '700 18px "Source Sans 3"']
// Latin, Greek and the symbols charts print, so every unicode-range subset is fetched.
const SAMPLE = 'Aa0 βλη ₁₂ ²√ −≤×·'

let loading: Promise<unknown> | undefined

/** Resolves once the chart faces are loaded (or immediately where there is no FontFaceSet). */
export function chartFontsReady(): Promise<unknown> {
  if (typeof document === 'undefined' || !document.fonts?.load) return Promise.resolve()
  loading ??= Promise.all(FACES.map(f => document.fonts.load(f, SAMPLE))).catch(() => undefined)
  return loading
}
