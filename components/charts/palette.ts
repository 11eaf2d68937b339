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
