// The heights drawn: the data-loss bowl, the penalty λ·P and their sum, as plain (β1, β2) →
// height functions for surfaceGrid, built from the library's own loss and penalty (never
// re-derived here); and the colour value of a height.
import type { Quadratic2 } from '../quadratic'
import type { Norm } from '../norms'
import { checkQuadratic, lossAtXY } from '../quadratic'
import { checkNorm, penaltyXY, totalLossXY } from '../norms'
import * as check from '../validate'

export type HeightFn = (x: number, y: number) => number

/** The data loss q(β). */
export function bowlHeight(q: Quadratic2): HeightFn {
  checkQuadratic('bowlHeight', 'q', q)
  return (x, y) => lossAtXY(q, x, y)
}

/** The penalty λ·P(β): λ(|β1| + |β2|) for 'l1', λ(β1² + β2²) for 'l2'. */
export function penaltyHeight(norm: Norm, lambda: number): HeightFn {
  checkNorm('penaltyHeight', 'norm', norm)
  check.nonNegative('penaltyHeight', 'lambda', lambda)
  return (x, y) => lambda * penaltyXY(norm, x, y)
}

/** The total q(β) + λ·P(β). */
export function totalHeight(q: Quadratic2, norm: Norm, lambda: number): HeightFn {
  checkQuadratic('totalHeight', 'q', q)
  checkNorm('totalHeight', 'norm', norm)
  check.nonNegative('totalHeight', 'lambda', lambda)
  return (x, y) => totalLossXY(q, norm, lambda, x, y)
}

/**
 * Colour value in [0, 1] of height h in a box of height `top`: √(h/top), clamped. The deck's
 * contour levels are top·(k/count)² (evenLevels, even in "radius"), so a polygon at the
 * height of contour k gets value k/count: the option layer can colour surface and contour
 * with the same ramp step.
 */
export function heightValue(h: number, top: number): number {
  if (!(h > 0)) return 0
  return h >= top ? 1 : Math.sqrt(h / top)
}
