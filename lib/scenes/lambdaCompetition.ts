// "Competition, and corners in higher dimensions", left: the competition (second seed). The
// data loss pulls β toward its minimum, the penalty λ(|β1| + |β2|) pulls it toward 0; the
// optimum of the sum sits where an iso-loss contour touches an iso-penalty diamond. As λ grows
// the optimum slides toward the origin, and for L1 it snaps onto the β1 axis (a corner of the
// diamond) at a finite λ and stays there: β2 = 0 exactly. The L2 optimum of the same λ never
// reaches an axis.
// Steps: 0 λ = 0; 1 λ = 2 (both coefficients shrink); 2 λ = 5 (snapped onto the corner).
import type { Quadratic2, Vec2 } from '../index'
import { lossAt, penalizedOptimum, quadratic } from '../index'
import type { Contour, PlaneView } from './plane'
import { contours, contourThrough, evenLevels, planeView } from './plane'
import { formatNumber } from './format'

export const COMPETITION_STEPS = 2
export const COMPETITION_SHAPE = { a: 1.2, b: 1, c: 0.6 } as const
export const COMPETITION_CENTER: Vec2 = [3, 1.8]
/** λ at click 0, 1, 2. */
export const COMPETITION_LAMBDAS = [0, 2, 5] as const
export const competitionRange = { min: 0, max: 10, step: 0.1 } as const
export const COMPETITION_VIEW: PlaneView = planeView([-1, 4], [-1, 4], 1)
const LEVELS = evenLevels(16, 7)
const TRAIL_STEP = 0.05

export interface CompetitionControls {
  /** λ chosen with the slider; null = the presented one. */
  lambda: number | null
}
export const competitionDefaults: CompetitionControls = { lambda: null }

/** The bowl of this slide. */
export function competitionBowl(): Quadratic2 {
  const { a, b, c } = COMPETITION_SHAPE
  return quadratic(a, b, c, COMPETITION_CENTER)
}

/**
 * The smallest λ at which the L1 optimum's coordinate `axis` becomes exactly 0 (and stays 0
 * from then on), found by bisection on the exact solver's literal zeros; null if never below λmax.
 */
export function zeroFromLambda(q: Quadratic2, axis: 0 | 1, lambdaMax = 100): number | null {
  const isZero = (l: number) => penalizedOptimum(q, 'l1', l)[axis] === 0
  if (!isZero(lambdaMax)) return null
  let lo = 0
  let hi = lambdaMax
  if (isZero(lo)) return 0
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (isZero(mid)) hi = mid
    else lo = mid
  }
  return hi
}

/** A closed diamond |β1| + |β2| = r (an L1 penalty contour). */
export function diamond(r: number): Vec2[] {
  return [[r, 0], [0, r], [0 - r, 0], [0, 0 - r], [r, 0]]
}

export interface CompetitionScene {
  step: number
  lambda: number
  view: PlaneView
  contours: Contour[]
  center: Vec2
  /** Faint penalty contours |β1| + |β2| = 1, 2, 3, 4, 5. */
  penaltyRings: Vec2[][]
  l1: Vec2
  l2: Vec2
  /** The iso-penalty diamond and the iso-loss contour through the L1 optimum: they touch there. */
  touchingDiamond: Vec2[]
  touchingContour: Contour | null
  l1Trail: Vec2[]
  l2Trail: Vec2[]
  snapLambda: number | null
  readout: { label: string; value: string }[]
  description: string
}

function trail(q: Quadratic2, norm: 'l1' | 'l2', lambda: number): Vec2[] {
  const out: Vec2[] = []
  const n = Math.round(lambda / TRAIL_STEP)
  for (let i = 0; i <= n; i++) out.push(penalizedOptimum(q, norm, Math.min(lambda, i * TRAIL_STEP)))
  if (n * TRAIL_STEP < lambda) out.push(penalizedOptimum(q, norm, lambda))
  return out
}

function checkStep(step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`competitionScene: step must be a non-negative integer (got ${step})`)
}

/** The picture at click `step` (steps beyond 2 keep λ = 5, the polytope takes over). */
export function competitionScene(step: number, controls: CompetitionControls = competitionDefaults): CompetitionScene {
  checkStep(step)
  const s = Math.min(step, COMPETITION_STEPS)
  const lambda = controls.lambda ?? COMPETITION_LAMBDAS[s]!
  if (!Number.isFinite(lambda) || lambda < competitionRange.min || lambda > competitionRange.max) {
    throw new RangeError(`competitionScene: lambda must be in [${competitionRange.min}, ${competitionRange.max}] (got ${lambda})`)
  }
  const q = competitionBowl()
  const l1 = penalizedOptimum(q, 'l1', lambda)
  const l2 = penalizedOptimum(q, 'l2', lambda)
  const size = Math.abs(l1[0]) + Math.abs(l1[1])
  const level = lossAt(q, l1)
  const snapLambda = zeroFromLambda(q, 1)
  const where = (p: Vec2) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`
  const zeros = (p: Vec2) => (p[0] === 0 && p[1] === 0 ? 'both exactly 0' : p[1] === 0 ? '\u03B2\u2082 = 0 exactly' : p[0] === 0 ? '\u03B2\u2081 = 0 exactly' : 'both nonzero')
  return {
    step: s,
    lambda,
    view: COMPETITION_VIEW,
    contours: contours(q, LEVELS),
    center: q.center,
    penaltyRings: [1, 2, 3, 4, 5].map(diamond),
    l1,
    l2,
    touchingDiamond: diamond(size),
    touchingContour: level > 0 ? contourThrough(q, l1) : null,
    l1Trail: trail(q, 'l1', lambda),
    l2Trail: trail(q, 'l2', lambda),
    snapLambda,
    readout: [
      { label: 'Penalty strength', value: `\u03BB = ${formatNumber(lambda, 1)}` },
      { label: 'L1 optimum', value: `${where(l1)} \u00B7 ${zeros(l1)}` },
      { label: 'L2 optimum', value: `${where(l2)} \u00B7 ${zeros(l2)}` },
    ],
    description: `Loss contours of a tilted bowl with its minimum at ${where(q.center)} and the L1 penalty contours. `
      + `With \u03BB = ${formatNumber(lambda, 1)} the L1 optimum is ${where(l1)} (${zeros(l1)}), where the loss contour touches the diamond of size ${formatNumber(size)}; `
      + `the L2 optimum (penalty \u03BB(\u03B2\u2081\u00B2 + \u03B2\u2082\u00B2)) is ${where(l2)}.`
      + (snapLambda !== null ? ` From \u03BB = ${formatNumber(snapLambda)} on, the L1 optimum sits on the \u03B2\u2081 axis.` : ''),
  }
}
