// One-parameter versions of the lecture's problems ("One parameter, one budget" and
// "Reaching 0: step size or trade-off"), in closed form, for loss (β − center)²: the
// constraint |β| ≤ t clips, the penalties shrink.
import type { Norm } from './norms'
import { checkNorm } from './norms'
import { softThreshold } from './softThreshold'
import * as check from './validate'

/** argmin (β − center)² subject to |β| ≤ t: center clipped to [−t, t]. */
export function constrainedOptimum1D(center: number, t: number): number {
  check.finite('constrainedOptimum1D', 'center', center)
  check.nonNegative('constrainedOptimum1D', 't', t)
  return center > t ? t : center < -t ? 0 - t : center
}

/** argmin (β − center)² + λ·P(β) with P = |β| (l1: S(center, λ/2)) or β² (l2: center/(1 + λ)). */
export function penalizedOptimum1D(norm: Norm, center: number, lambda: number): number {
  checkNorm('penalizedOptimum1D', 'norm', norm)
  check.finite('penalizedOptimum1D', 'center', center)
  check.nonNegative('penalizedOptimum1D', 'lambda', lambda)
  return norm === 'l1' ? softThreshold(center, lambda / 2) : center / (1 + lambda)
}
