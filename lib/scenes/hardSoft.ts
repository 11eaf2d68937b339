// "Hard and soft are the same family": for each λ the penalized optimum β*(λ) is the
// constrained optimum for the budget t = ‖β*(λ)‖, so the two panels trace the same path
// from the least-squares point toward the origin as λ grows.
import type { Norm, Quadratic2, Vec2 } from '../index'
import { budgetForLambda, constrainedOptimum, lossGradient, penalizedOptimum } from '../index'
import { formatNumber } from './format'
import type { Contour, PlaneView } from './plane'
import { contours, evenLevels, region, totalContours } from './plane'
import { textbookBowl, textbookDefaults, textbookView } from './textbookPicture'

/** λ at each click, as fractions of the L1 λ at which both coefficients first vanish. */
export const HARD_SOFT_FRACTIONS: readonly number[] = [0, 0.08, 0.16, 0.28, 0.42, 0.6, 0.8, 1]
export const HARD_SOFT_STEPS = HARD_SOFT_FRACTIONS.length - 1

/** The bowl of "The textbook picture", so the audience sees the same picture from the other side. */
export const hardSoftBowl: Quadratic2 = textbookBowl(textbookDefaults)

/**
 * The smallest λ at which the L1-penalized optimum is the origin: the subgradient condition
 * at 0 needs |∂q/∂βi(0)| ≤ λ for both i.
 */
export function l1ZeroLambda(q: Quadratic2): number {
  const g = lossGradient(q, [0, 0])
  return Math.max(Math.abs(g[0]), Math.abs(g[1]))
}

export const hardSoftLambdas: readonly number[] = HARD_SOFT_FRACTIONS.map(f => f * l1ZeroLambda(hardSoftBowl))

export interface HardSoftScene {
  step: number
  norm: Norm
  lambda: number
  budget: number
  view: PlaneView
  center: Vec2
  dataContours: Contour[]
  region: Vec2[]
  totalContours: Vec2[][]
  hard: Vec2
  soft: Vec2
  hardTrail: Vec2[]
  softTrail: Vec2[]
  readout: { label: string; value: string }[]
  description: string
}

const NORM_SYMBOL: Record<Norm, string> = { l1: '\u2016\u03B2\u2016\u2081', l2: '\u2016\u03B2\u2016\u2082' }

/** The two panels at click `step`; `lambda` overrides the step's λ (slider). */
export function hardSoftScene(step: number, norm: Norm = 'l1', lambda?: number): HardSoftScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`hardSoftScene: step must be a non-negative integer (got ${step})`)
  if (lambda !== undefined && (!Number.isFinite(lambda) || lambda < 0)) throw new RangeError(`hardSoftScene: lambda must be finite and ≥ 0 (got ${lambda})`)
  const s = Math.min(step, HARD_SOFT_STEPS)
  const l = lambda ?? hardSoftLambdas[s]!
  const q = hardSoftBowl
  const budget = budgetForLambda(q, norm, l)
  const soft = penalizedOptimum(q, norm, l)
  // A budget of 0 admits only the origin; constrainedOptimum handles t = 0 exactly.
  const hard = constrainedOptimum(q, norm, budget)
  const earlier = hardSoftLambdas.filter(x => x < l)
  const softTrail = [...earlier.map(x => penalizedOptimum(q, norm, x)), soft]
  const hardTrail = [...earlier.map(x => constrainedOptimum(q, norm, budgetForLambda(q, norm, x))), hard]
  const coords = (b: Vec2) => `(${formatNumber(b[0])}, ${formatNumber(b[1])})`
  return {
    step: s,
    norm,
    lambda: l,
    budget,
    view: textbookView,
    center: q.center,
    dataContours: contours(q, evenLevels(8, 6)),
    region: region(norm, Math.max(budget, 1e-9)),
    totalContours: totalContours(q, norm, l, [0.5, 1.5, 3, 5]),
    hard,
    soft,
    hardTrail,
    softTrail,
    readout: [
      { label: `soft: \u03BB = ${formatNumber(l)}`, value: coords(soft) },
      { label: `hard: ${NORM_SYMBOL[norm]} \u2264 t = ${formatNumber(budget)}`, value: coords(hard) },
    ],
    description: `Left, the ${norm.toUpperCase()} constraint of size ${formatNumber(budget)} with optimum ${coords(hard)}; `
      + `right, the ${norm.toUpperCase()} penalty with λ = ${formatNumber(l)} and minimum ${coords(soft)}: the same point, on the same path toward the origin.`,
  }
}
