// "Reaching 0: step size or trade-off". Click 0: with η = 1 a single L2 step
// lands on 0 (w − 1·w). Clicks 1–6: add the data loss ½(w − 2)² and step λ. The totals
// ½(w − 2)² + λ|w| and ½(w − 2)² + λ·½w² have their minima at max(0, 2 − λ) (exactly 0
// once λ ≥ 2) and 2/(1 + λ) (never 0); descent from w = 5 converges to both.
// Convention: the third seed's penalties λ|w| and λ·½w² (Parr's notebook used (β − 2)²
// with λβ² and λ|β|, which moves the L1 answer to 2 − λ/2; the slide says which it uses).
import type { Norm, Vec2 } from '../index'
import { descend, softThreshold } from '../index'
import type { IterateRow } from './descentShared'
import { againstStep, at, checkInRange, checkStep, clipConvexCurve, formatIterate, penalty1D, sampleCurve } from './descentShared'
import { formatNumber, subscript } from './format'
import { ONE_WEIGHT_OBJECTIVE } from './objectives'

/** Click 0: η = 1 without data; clicks 1..6 step λ through these values. */
export const lambdaAtStep: readonly number[] = [0, 0.5, 1, 1.5, 2, 2.5]
export const TRADEOFF_STEPS = lambdaAtStep.length

export const DATA_TARGET = 2
export const TRADEOFF_START = 5
/**
 * Both descents use proximal steps with η = ½ (a gradient step on the data loss, then the
 * penalty's exact step): they never overshoot for any λ, and at the boundary λ = 2 the L1
 * iterates w ← ½w underflow through the rounding of ½w + 1 to exactly 0. (With η = ¼ they
 * would stall at 2.2e-16: 1 − η > ½ keeps the last ulp alive.)
 */
export const TRADEOFF_ETA = 0.5
/** Iterates plotted against the step, and the run length behind the "settles at" readout. */
export const PLOTTED_STEPS = 12
export const SETTLE_STEPS = 200
export const tradeoffLambdaRange = { min: 0, max: 3, step: 0.1 } as const


export interface TradeoffControls {
  /** λ chosen by the viewer (used from click 1 on), or null for the presented one. */
  lambda: number | null
}
export const tradeoffDefaults: TradeoffControls = { lambda: null }

export type CurveId = 'data' | 'l1' | 'l2'

export interface Curve {
  id: CurveId
  name: string
  points: Vec2[]
}

export interface Lane {
  id: 'l1' | 'l2' | 'ghost'
  name: string
  points: Vec2[]
}

export interface Optimum {
  norm: Norm
  w: number
  loss: number
  formula: string
}

export interface TradeoffScene {
  step: number
  mode: 'oneStep' | 'tradeoff'
  lambda: number | null
  /** Left chart: loss curves against w. */
  curves: Curve[]
  wDomain: Vec2
  yDomain: Vec2
  /** The unregularized minimum (black dot), from click 1 on. */
  dataMin: Vec2 | null
  optima: Optimum[]
  /** Click 0: the single η = 1 step from (5, 12.5) to (0, 0) on ½w². */
  jump: [Vec2, Vec2] | null
  /** Right chart: iterates against the step. */
  lanes: Lane[]
  kDomain: Vec2
  laneDomain: Vec2
  /** Optimum vs where descent settled, one row per penalty. */
  headers: string[]
  rows: IterateRow[]
  /** First step at which the L1 descent is exactly 0 (within the settle run), or null. */
  l1ZeroStep: number | null
  convention: string
  description: string
}

/** ½(w − 2)² + λ·P(w). */
export function tradeoffTotal(norm: Norm, lambda: number, w: number): number {
  return 0.5 * (w - DATA_TARGET) ** 2 + lambda * penalty1D(norm, w)
}

/** The exact minimizer: max(0, 2 − λ) for L1 (soft threshold), 2/(1 + λ) for L2. */
export function tradeoffOptimum(norm: Norm, lambda: number): number {
  return norm === 'l1' ? softThreshold(DATA_TARGET, lambda) : DATA_TARGET / (1 + lambda)
}

/** Proximal descent from w = 5 on the total (L2: divide by 1 + ηλ; L1: soft-threshold by ηλ). */
export function tradeoffDescent(norm: Norm, lambda: number, steps = SETTLE_STEPS): number[] {
  return descend({ w0: TRADEOFF_START, eta: TRADEOFF_ETA, steps, penalty: norm, method: 'proximal', lambda, dataTarget: DATA_TARGET })
}

function oneStepScene(): TradeoffScene {
  const w0 = TRADEOFF_START
  const big = descend({ w0, eta: 1, steps: PLOTTED_STEPS, penalty: 'l2', method: 'gradient' })
  const half = descend({ w0, eta: 0.5, steps: PLOTTED_STEPS, penalty: 'l2', method: 'gradient' })
  const landed = at(big, 1)
  return {
    step: 0,
    mode: 'oneStep',
    lambda: null,
    curves: [{ id: 'l2', name: '\u00BDw\u00B2', points: clipConvexCurve(sampleCurve(w => penalty1D('l2', w), -1, 5.5), 14) }],
    wDomain: [-1, 5.5],
    yDomain: [-0.5, 14],
    dataMin: null,
    optima: [],
    jump: [[w0, penalty1D('l2', w0)], [landed, penalty1D('l2', landed)]],
    lanes: [
      { id: 'l2', name: '\u03B7 = 1', points: againstStep(big, PLOTTED_STEPS) },
      { id: 'ghost', name: '\u03B7 = \u00BD', points: againstStep(half, PLOTTED_STEPS) },
    ],
    kDomain: [0, PLOTTED_STEPS],
    laneDomain: [-0.5, 5.5],
    headers: ['L2, no data', `w${subscript(1)}`, `w${subscript(PLOTTED_STEPS)}`],
    rows: [
      { label: '\u03B7 = 1', cells: [formatIterate(landed), formatIterate(at(big, PLOTTED_STEPS))], zero: [landed === 0, at(big, PLOTTED_STEPS) === 0] },
      { label: '\u03B7 = \u00BD', cells: [formatIterate(at(half, 1)), formatIterate(at(half, PLOTTED_STEPS))], zero: [false, false] },
    ],
    l1ZeroStep: null,
    convention: 'L2 penalty \u00BDw\u00B2 alone, w \u2190 w \u2212 \u03B7\u00B7w',
    description: `The parabola ½w² with one gradient step of size η = 1 from w = 5 landing on w = ${formatIterate(landed)}; `
      + 'beside it the iterates against the step: η = 1 drops to 0 at once, η = ½ halves and never reaches 0.',
  }
}

const TRADEOFF_VIEW = { w: [-1, 3.5] as Vec2, y: [0, 6] as Vec2 }
const curve = (f: (w: number) => number) => clipConvexCurve(sampleCurve(f, TRADEOFF_VIEW.w[0], TRADEOFF_VIEW.w[1]), TRADEOFF_VIEW.y[1])

/** The picture at click `step` given the viewer's λ. */
export function tradeoffScene(step: number, controls: TradeoffControls = tradeoffDefaults): TradeoffScene {
  const fn = 'tradeoffScene'
  const s = checkStep(fn, step, TRADEOFF_STEPS)
  if (controls.lambda !== null) checkInRange(fn, 'lambda', controls.lambda, tradeoffLambdaRange.min, tradeoffLambdaRange.max)
  if (s === 0) return oneStepScene()

  const lambda = controls.lambda ?? at(lambdaAtStep, s - 1)
  const norms: Norm[] = ['l1', 'l2']
  const runs = norms.map(norm => tradeoffDescent(norm, lambda))
  const optima = norms.map((norm): Optimum => {
    const w = tradeoffOptimum(norm, lambda)
    return { norm, w, loss: tradeoffTotal(norm, lambda, w), formula: norm === 'l1' ? 'max(0, 2 \u2212 \u03BB)' : '2/(1 + \u03BB)' }
  })
  const lanes = norms.map((norm, i): Lane => ({ id: norm, name: norm === 'l1' ? 'L1' : 'L2', points: againstStep(runs[i]!, PLOTTED_STEPS) }))
  const l1Zero = runs[0]!.indexOf(0)
  const low = Math.min(...lanes.flatMap(l => l.points.map(p => p[1])))
  const lam = formatNumber(lambda, 1)

  return {
    step: s,
    mode: 'tradeoff',
    lambda,
    curves: [
      { id: 'data', name: 'data', points: curve(w => tradeoffTotal('l1', 0, w)) },
      { id: 'l1', name: 'L1 total', points: curve(w => tradeoffTotal('l1', lambda, w)) },
      { id: 'l2', name: 'L2 total', points: curve(w => tradeoffTotal('l2', lambda, w)) },
    ],
    wDomain: TRADEOFF_VIEW.w,
    yDomain: TRADEOFF_VIEW.y,
    dataMin: [DATA_TARGET, 0],
    optima,
    jump: null,
    lanes,
    kDomain: [0, PLOTTED_STEPS],
    laneDomain: [Math.min(-0.5, Math.floor(low)), 5.5],
    headers: [`\u03BB = ${lam}${controls.lambda === null ? '' : ' (slider)'}`, 'optimum', `descent, ${SETTLE_STEPS} steps`],
    rows: optima.map((o, i) => {
      const settled = at(runs[i]!, SETTLE_STEPS)
      return {
        label: `${o.norm === 'l1' ? 'L1' : 'L2'}: ${o.formula}`,
        cells: [formatIterate(o.w), formatIterate(settled)],
        zero: [o.w === 0, settled === 0],
      }
    }),
    l1ZeroStep: l1Zero < 0 ? null : l1Zero,
    convention: ONE_WEIGHT_OBJECTIVE,
    description: `Loss curves against w for λ = ${lam}: the data loss ½(w − 2)² with its minimum at 2, the L1 total with its minimum at ${formatIterate(optima[0]!.w)}`
      + ` and the L2 total with its minimum at ${formatIterate(optima[1]!.w)}; descent from w = 5 settles at the same values.`,
  }
}
