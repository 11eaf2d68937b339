// The moving bowl ("The moving bowl: L2 penalty", "The moving bowl: L1 penalty"):
// total loss = data loss 5(β1 − c1)² + 5(β2 − c2)² + λ·penalty.
// L2: λ from 0 to 6 in steps of 0.3; the minimum slides along (75/(5+λ), −75/(5+λ)) for the
// centre (15, −15). L1: each coordinate moves toward 0 by λ/10 and stops there; with the
// centre (15, −5), β2 reaches the axis at λ = 50 and the trail runs along it to the origin.
import type { Norm, Quadratic2, Vec2 } from '../index'
import { penalizedOptimum, quadratic, regionOutline } from '../index'
import { formatNumber } from './format'
import type { Contour, PlaneView } from './plane'
import { memoTable } from './memo'
import { contours, evenLevels, planeView, totalContours } from './plane'

/** The λ of each click, per penalty. */
export const MOVING_LAMBDAS: Record<Norm, readonly number[]> = {
  l2: Array.from({ length: 21 }, (_, k) => Math.round(k * 3) / 10),
  l1: Array.from({ length: 16 }, (_, k) => k * 10),
}
export const movingLambdaRange: Record<Norm, { min: number; max: number; step: number }> = {
  l2: { min: 0, max: 30, step: 0.1 },
  l1: { min: 0, max: 200, step: 1 },
}
export const MOVING_CENTERS: Record<Norm, readonly Vec2[]> = {
  l2: [[15, -15]],
  l1: [[15, -15], [15, -5]],
}
export const movingView: PlaneView = planeView([-5, 20], [-20, 5], 5)
const CURVATURE = 5

export interface MovingPanel {
  center: Vec2
  dataContours: Contour[]
  penaltyContours: Vec2[][]
  /** Contours of the total loss at the current λ (arcs, for L1's kinked total). */
  totalContours: Vec2[][]
  trail: Vec2[]
  minimum: Vec2
}

export interface MovingScene {
  norm: Norm
  step: number
  lambda: number
  view: PlaneView
  panels: MovingPanel[]
  /** The minima, and the closed-form rule they follow. */
  readout: { label: string; value: string }[]
  description: string
}

/** The data loss 5(β1 − c1)² + 5(β2 − c2)². */
export function movingDataLoss(center: Vec2): Quadratic2 {
  return quadratic(CURVATURE, CURVATURE, 0, center)
}

// The data contours and the penalty's rings do not depend on λ: they are made once per centre
// and penalty (a handful of entries), so a λ move recomputes only the minimum, the trail and
// the total's contours.
const lambdaFree = memoTable(16)
function lambdaFreeParts(norm: Norm, center: Vec2): Pick<MovingPanel, 'dataContours' | 'penaltyContours'> {
  return lambdaFree(`${norm}|${center[0]}|${center[1]}`, () => ({
    dataContours: contours(movingDataLoss(center), evenLevels(CURVATURE * 22 * 22, 6)),
    penaltyContours: [4, 8, 12, 16].map(r => regionOutline(norm, r, 160)),
  }))
}

function panel(norm: Norm, center: Vec2, lambda: number, gridLambdas: readonly number[]): MovingPanel {
  const q = movingDataLoss(center)
  const minimum = penalizedOptimum(q, norm, lambda)
  const trail = [...gridLambdas.filter(l => l < lambda).map(l => penalizedOptimum(q, norm, l)), minimum]
  return {
    center,
    ...lambdaFreeParts(norm, center),
    // rings where a plain curvature-5 bowl would be at radii 2, 4, 6, 8
    totalContours: totalContours(q, norm, lambda, [2, 4, 6, 8].map(r => CURVATURE * r * r)),
    trail,
    minimum,
  }
}

/**
 * The picture at click `step` for the given penalty; `lambda` overrides the step's λ (slider).
 * `centers` picks the panels (all of the slide's by default; "Two bowls add up" shows one).
 */
export function movingBowlScene(norm: Norm, step: number, lambda?: number, centers: readonly Vec2[] = MOVING_CENTERS[norm]): MovingScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`movingBowlScene: step must be a non-negative integer (got ${step})`)
  if (lambda !== undefined && (!Number.isFinite(lambda) || lambda < 0)) throw new RangeError(`movingBowlScene: lambda must be finite and ≥ 0 (got ${lambda})`)
  if (centers.length === 0 || !centers.every(c => Number.isFinite(c[0]) && Number.isFinite(c[1]))) {
    throw new RangeError(`movingBowlScene: centers must be one or more finite points (got ${JSON.stringify(centers)})`)
  }
  const grid = MOVING_LAMBDAS[norm]
  const s = Math.min(step, grid.length - 1)
  const l = lambda ?? grid[s]!
  const panels = centers.map(c => panel(norm, c, l, grid))
  const digits = norm === 'l2' ? 1 : 0
  const coords = (b: Vec2) => `(${formatNumber(b[0])}, ${formatNumber(b[1])})`
  const readout = panels.map((p, i) => ({
    label: `${panels.length > 1 ? (i === 0 ? 'left' : 'right') : 'minimum'} at \u03BB = ${formatNumber(l, digits)}`,
    value: coords(p.minimum),
  }))
  readout.push(norm === 'l2'
    ? { label: 'closed form 75/(5 + \u03BB)', value: formatNumber(75 / (5 + l)) }
    : { label: 'rule: move \u03BB/10 toward 0, stop at 0', value: `shift ${formatNumber(l / 10)}` })
  const what = norm === 'l2' ? 'L2 penalty λ(β1² + β2²), orange circles' : 'L1 penalty λ(|β1| + |β2|), orange diamonds'
  const minima = panels.map(p => `from (${formatNumber(p.center[0])}, ${formatNumber(p.center[1])}) the minimum is at (${formatNumber(p.minimum[0])}, ${formatNumber(p.minimum[1])})`)
  return {
    norm,
    step: s,
    lambda: l,
    view: movingView,
    panels,
    readout,
    description: `Data-loss contours with the ${what}, at λ = ${formatNumber(l, 1)}: ${minima.join('; ')}, with the trail of earlier minima.`,
  }
}
