// The deck's colour vocabulary (storyboard): data loss blue→red, penalty/region orange,
// unregularized minimum black dot, regularized optimum purple, outcomes green/blue/orange.
// Hues follow the Okabe–Ito colour-blind-safe set; shapes carry the same meaning as colour.

export interface Palette {
  dark: boolean
  text: string
  mutedText: string
  axis: string
  grid: string
  background: string
  /** Contour ramp from low loss (blue) to high loss (red). */
  lossRamp: readonly string[]
  penalty: string
  penaltyFill: string
  /** The unregularized minimum: black, with a light ring so it reads on dark slides. */
  blackDot: string
  blackDotRing: string
  /** The thin edge around coloured markers, in the page's own tone, so they read over lines. */
  markerRing: string
  optimum: string
  zero: string
  nonzero: string
  nearMiss: string
  data: string
  ols: string
  ridge: string
  ghost: string
  fontFamily: string
}

const common = {
  penalty: '#E69F00',
  optimum: '#8E3FC0',
  zero: '#009E73',
  nonzero: '#0072B2',
  nearMiss: '#E69F00',
  blackDot: '#111111',
  lossRamp: ['#2166AC', '#4393C3', '#92C5DE', '#F4A582', '#D6604D', '#B2182B'],
  fontFamily: '"Source Sans 3", system-ui, "DejaVu Sans", sans-serif',
} as const

export const lightPalette: Palette = {
  ...common,
  dark: false,
  text: '#1a1a1a',
  mutedText: '#555555',
  axis: '#444444',
  grid: '#e3e3e3',
  background: 'transparent',
  penaltyFill: 'rgba(230, 159, 0, 0.16)',
  blackDotRing: '#ffffff',
  markerRing: '#fff',
  data: '#0072B2',
  ols: '#D55E00',
  ridge: '#8E3FC0',
  ghost: '#9a9a9a',
}

export const darkPalette: Palette = {
  ...common,
  dark: true,
  text: '#f2f2f2',
  mutedText: '#b8b8b8',
  axis: '#c8c8c8',
  grid: '#3a3a3a',
  background: 'transparent',
  penaltyFill: 'rgba(230, 159, 0, 0.22)',
  blackDotRing: '#f2f2f2',
  markerRing: '#111',
  optimum: '#C08AE8',
  data: '#56B4E9',
  ols: '#F08A4B',
  ridge: '#C08AE8',
  ghost: '#777777',
  lossRamp: ['#4393C3', '#6FB0D8', '#A8D2E8', '#F4A582', '#E0786A', '#D6604D'],
}

export function paletteFor(dark: boolean): Palette {
  return dark ? darkPalette : lightPalette
}

/** The page behind the slides: white, or Slidev's dark background (theme-default, #121212). */
const PAGE_BACKGROUND = { light: '#ffffff', dark: '#121212' } as const

/** The page colour behind a chart in scheme `p`. */
export function pageColour(p: Palette): string {
  return p.dark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light
}

const HEX6 = /^#[0-9a-f]{6}$/i

/** WCAG's relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16)
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(c => lin(c / 255))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG's contrast ratio of two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** `hex` moved a fraction `t` of the way to `to` (#RRGGBB both). */
function mix(hex: string, to: string, t: number): string {
  const a = Number.parseInt(hex.slice(1, 7), 16)
  const b = Number.parseInt(to.slice(1, 7), 16)
  const ch = (s: number) => Math.round(((a >> s) & 255) * (1 - t) + ((b >> s) & 255) * t)
  return `#${((ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).padStart(6, '0')}`
}

/** `colour` (#RRGGBB) at `alpha` over the page of scheme `p`, as the opaque #rrggbb seen. */
export function onPage(p: Palette, colour: string, alpha: number): string {
  return mix(pageColour(p), colour, Math.min(1, Math.max(0, alpha)))
}

/** Black or white, whichever contrasts more with `background` (#RRGGBB): text on a filled cell. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff'
}

const textColours = new Map<string, string>()

/**
 * A series colour as text on the page: the same hue, darkened (light scheme) or lightened
 * (dark) just enough for WCAG AA's 4.5 : 1 against the page (a colour that already passes is
 * returned as given). The chart colours are chosen for marks and lines (3 : 1 is
 * their bar); several are too light for text on white, e.g. the zero green #009E73 (3.4 : 1)
 * and the L1 vermillion #D55E00 (3.9 : 1). Memoized: option builders call it every frame
 * while a handle is dragged.
 */
export function textColour(p: Palette, colour: string, ratio = 4.5): string {
  const key = `${p.dark ? 'd' : 'l'}|${colour}|${ratio}`
  const known = textColours.get(key)
  if (known !== undefined) return known
  if (!HEX6.test(colour)) throw new RangeError(`textColour: expected #RRGGBB, got ${colour}`)
  const page = pageColour(p)
  const toward = p.dark ? '#ffffff' : '#000000'
  let found = toward
  if (contrastRatio(colour, page) >= ratio) found = colour
  else for (let i = 1; i <= 50; i++) {
    const c = mix(colour, toward, i / 50)
    if (contrastRatio(c, page) >= ratio) {
      found = c
      break
    }
  }
  textColours.set(key, found)
  return found
}
