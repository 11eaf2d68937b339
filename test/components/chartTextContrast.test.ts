// Chart text meets WCAG AA: every label, end label and graphic text an option draws in a
// colour of its own reads at 4.5 : 1 or more against what is behind it (the page, #ffffff
// light or #121212 dark; a heatmap cell for the numbers printed in the cells), at every click
// of each slide, in both colour schemes. The texts are found by walking the option (see
// chartTexts.ts), not listed by hand, so a new label in a series colour is checked too.
import { describe, expect, it } from 'vitest'
import { contrastRatio, darkPalette, lightPalette, type Palette } from '../../components/charts/palette'
import { budget1DOption } from '../../components/options/budgetOneParameterOption'
import { coefficientPathsOption } from '../../components/options/coefficientPathsOption'
import { correlatedOption } from '../../components/options/correlatedFeaturesOption'
import { crossPolytopeOption } from '../../components/options/crossPolytopeOption'
import { crossValidationOption } from '../../components/options/crossValidationOption'
import { descentWalkOption } from '../../components/options/descentL1Option'
import { descentL2Option, logInsetOption } from '../../components/options/descentL2Option'
import { descentPenaltiesOption } from '../../components/options/descentPenaltiesOption'
import { descentProximalOption } from '../../components/options/descentProximalOption'
import { tradeoffCurvesOption, tradeoffLanesOption } from '../../components/options/descentTradeoffOption'
import { outliersOption } from '../../components/options/outlierChaseOption'
import { penaltyWalkOption } from '../../components/options/penaltyWalkOption'
import { smallPullOption } from '../../components/options/smallPullOption'
import { BUDGET_MAX_STEP, budget1DScene } from '../../lib/scenes/budgetOneParameter'
import { PATHS_STEPS, pathsModel, pathsScene } from '../../lib/scenes/coefficientPaths'
import { CORRELATED_STEPS, correlatedModel, correlatedScene } from '../../lib/scenes/correlatedFeatures'
import { POLYTOPE_STEPS, polytopeScene } from '../../lib/scenes/crossPolytope'
import { CV_ALPHAS, CV_STEPS, cvModel, cvScene } from '../../lib/scenes/crossValidation'
import { L1_STEPS, l1DescentScene } from '../../lib/scenes/descentL1'
import { L2_STEPS, l2DescentScene } from '../../lib/scenes/descentL2'
import { PENALTY_STEPS, penaltyScene } from '../../lib/scenes/descentPenalties'
import { PROXIMAL_STEPS, proximalScene } from '../../lib/scenes/descentProximal'
import { TRADEOFF_STEPS, tradeoffScene } from '../../lib/scenes/descentTradeoff'
import { OUTLIER_STEPS, outlierScene } from '../../lib/scenes/outlierChase'
import { WALK_STEPS, walkScene } from '../../lib/scenes/penaltyWalk'
import { SMALL_PULL_STEPS, smallPullScene } from '../../lib/scenes/smallPull'
import { chartTexts, over, parseColour } from './chartTexts'

type Option = Record<string, unknown>
type Build = (p: Palette) => Option[]

const PAGE = { light: '#ffffff', dark: '#121212' } as const
const pageOf = (p: Palette) => (p.dark ? PAGE.dark : PAGE.light)
const clicks = (last: number) => Array.from({ length: last + 1 }, (_, k) => k)

/** Each slide's option builders at every click (and a few control settings where the labels change). */
const slides: Record<string, Build> = {
  'Linear models chase outliers': p => clicks(OUTLIER_STEPS).flatMap(k => [
    outliersOption(outlierScene(k), p),
    outliersOption(outlierScene(k, { lambda: 0, outlier: [1, -10] }), p),
  ]),
  'Why L1 bites small coefficients': p => clicks(SMALL_PULL_STEPS).map(k => smallPullOption(smallPullScene(k), p)),
  'Each penalty beside its slope': p => clicks(PENALTY_STEPS).map(k => descentPenaltiesOption(penaltyScene(k), p)),
  'L1 descent: constant steps hit 0': p => clicks(L1_STEPS).map(k => descentWalkOption(l1DescentScene(k).walk, p)),
  'L2 descent: halving never hits 0': p => clicks(L2_STEPS).flatMap(k => {
    const s = l2DescentScene(k)
    return [descentL2Option(s, p), logInsetOption(s.inset, p)]
  }),
  'Reaching 0: step size or trade-off': p => clicks(TRADEOFF_STEPS).flatMap(k => {
    const s = tradeoffScene(k)
    return [tradeoffCurvesOption(s, p), tradeoffLanesOption(s, p)]
  }),
  'Subgradient bounces; proximal lands on 0': p => clicks(PROXIMAL_STEPS).flatMap(k => [
    descentProximalOption(proximalScene(k), p),
    descentProximalOption(proximalScene(k, { w0: -3, eta: 1 }), p),
  ]),
  'Coefficient paths on real data': (() => {
    const model = pathsModel()
    return (p: Palette) => clicks(PATHS_STEPS).flatMap(k => (['logLambda', 'l1'] as const).map(axis =>
      coefficientPathsOption(pathsScene(k, { axis, cursor: null }, model), p)))
  })(),
  'Choosing \u03BB': (() => {
    const models = CV_ALPHAS.map(alpha => ({ alpha, model: cvModel({ alpha, foldSeed: 1 }) }))
    return (p: Palette) => clicks(CV_STEPS).flatMap(k => models.map(({ alpha, model }) =>
      crossValidationOption(cvScene(k, { alpha, foldSeed: 1 }, model), p)))
  })(),
  'Correlated features': (() => {
    const model = correlatedModel()
    return (p: Palette) => clicks(CORRELATED_STEPS).flatMap(k => [null, -3, -1.5, 0].map(lassoLog10 =>
      correlatedOption(correlatedScene(k, { lassoLog10 }, model), p)))
  })(),
  'One parameter, one budget': p => clicks(BUDGET_MAX_STEP).flatMap(k => [budget1DOption(budget1DScene(k), p), budget1DOption(budget1DScene(k, 0.05), p)]),
  'The penalty alone: diamonds and circles': p => clicks(WALK_STEPS).map(k => penaltyWalkOption(walkScene(k), p)),
  'Competition, and corners in higher dimensions': p => clicks(POLYTOPE_STEPS).map(k => crossPolytopeOption(polytopeScene(k), p)),
}

describe('chart text contrast (WCAG AA, 4.5 : 1)', () => {
  for (const [slide, build] of Object.entries(slides)) {
    for (const p of [lightPalette, darkPalette]) {
      it(`"${slide}", ${p.dark ? 'dark' : 'light'} scheme: every coloured text reads against what is behind it`, () => {
        const options = build(p)
        expect(options.length).toBeGreaterThan(0)
        let checked = 0
        const failures: string[] = []
        options.forEach((option, i) => {
          for (const t of chartTexts(option, pageOf(p))) {
            checked++
            const ratio = contrastRatio(t.seen, t.background)
            if (ratio < 4.5) failures.push(`option ${i} ${t.path}: ${t.colour} (seen ${t.seen}) on ${t.background} is ${ratio.toFixed(2)} : 1`)
          }
        })
        expect(checked, 'texts found in the options').toBeGreaterThan(0)
        expect(failures).toEqual([])
      })
    }
  }

  it('the walker sees what it must: end labels, scatter labels at the symbol\'s opacity, and texts on cells', () => {
    const option: Option = {
      series: [
        { type: 'line', endLabel: { show: true, color: '#D55E00' } },
        { type: 'line', endLabel: { show: false, color: '#ffff00' } },
        { type: 'scatter', label: { show: true, color: '#000000' }, data: [{ value: [0, 0], itemStyle: { opacity: 1 }, label: { color: '#222222' } }] },
      ],
      graphic: [
        { type: 'rect', shape: { x: 0, y: 0, width: 10, height: 10 }, style: { fill: 'rgba(0, 0, 0, 0.5)' } },
        { type: 'text', x: 5, y: 5, style: { text: 'cell', fill: '#ffffff' } },
        { type: 'text', x: 50, y: 5, style: { text: 'page', fill: '#333333' } },
      ],
    }
    const texts = chartTexts(option, PAGE.light)
    expect(texts.map(t => [t.colour, t.seen, t.background])).toEqual([
      ['#D55E00', '#d55e00', '#ffffff'],
      ['#000000', over('#000000', 0.8, '#ffffff'), '#ffffff'],
      ['#222222', '#222222', '#ffffff'],
      ['#ffffff', '#ffffff', over('rgba(0, 0, 0, 0.5)', 1, '#ffffff')],
      ['#333333', '#333333', '#ffffff'],
    ])
  })
})

describe('"Correlated features" heatmap', () => {
  const model = correlatedModel()
  for (const p of [lightPalette, darkPalette]) {
    it(`${p.dark ? 'dark' : 'light'} scheme: each cell's number is black or white, whichever contrasts more with the cell`, () => {
      for (const k of clicks(CORRELATED_STEPS)) {
        const option = correlatedOption(correlatedScene(k, { lassoLog10: null }, model), p)
        const graphic = option.graphic as { type: string; x?: number; y?: number; shape?: Record<string, number>; style: Record<string, unknown> }[]
        const cells = graphic.filter(g => g.type === 'rect')
        expect(cells.length).toBeGreaterThan(0)
        let seen = 0
        for (const t of chartTexts(option, pageOf(p))) {
          if (t.background === pageOf(p)) continue
          seen++
          const black = contrastRatio('#000000', t.background)
          const white = contrastRatio('#ffffff', t.background)
          expect(t.colour).toBe(black >= white ? '#000000' : '#ffffff')
          expect(Math.max(black, white)).toBeGreaterThanOrEqual(4.5)
        }
        expect(seen).toBe(cells.length)
        // the cells keep their translucent fill: only the text changed
        for (const c of cells) expect(parseColour(c.style.fill as string)[3]).toBeLessThan(1)
      }
    })
  }
})
