// One look per cars feature, shared by the real-data slides (CoefficientPaths,
// CorrelatedFeatures): a palette colour, a dash pattern and a marker, so each line is told
// apart by its label, its dashes and its colour (never by colour alone). The palette has no
// categorical series, so the six colour-blind-safe hues it does have are borrowed here.
import type { Palette } from '../charts/palette'

export interface FeatureLook {
  colour: string
  dash: number[] | 'solid'
  width: number
  symbol: string
}

export function featureLook(p: Palette, feature: string): FeatureLook {
  switch (feature) {
    case 'weight': return { colour: p.data, dash: 'solid', width: 4, symbol: 'circle' }
    case 'year': return { colour: p.ols, dash: [12, 5], width: 3, symbol: 'rect' }
    case 'horsepower': return { colour: p.penalty, dash: [3, 4], width: 3.5, symbol: 'triangle' }
    case 'cylinders': return { colour: p.text, dash: [8, 4, 2, 4], width: 2.5, symbol: 'diamond' }
    case 'acceleration': return { colour: p.zero, dash: [2, 3], width: 2.5, symbol: 'pin' }
    case 'displacement': return { colour: p.optimum, dash: [6, 6], width: 3, symbol: 'roundRect' }
    default: return { colour: p.mutedText, dash: [4, 4], width: 2, symbol: 'circle' }
  }
}
