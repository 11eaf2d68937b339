// The hard-constraint problem of the ESL picture: argmin q(β) subject to normOf(norm, β) ≤ t.
import type { Vec2 } from '../vec'
import type { Quadratic2 } from '../quadratic'
import type { Norm } from '../norms'
import { checkQuadratic } from '../quadratic'
import { checkNorm } from '../norms'
import * as check from '../validate'
import { l1ConstrainedXY } from './l1'
import { l2ConstrainedXY } from './l2'

export { l1ConstrainedXY } from './l1'
export { l2ConstrainedXY } from './l2'

/** Exact argmin of q(β) subject to normOf(norm, β) ≤ t (t ≥ 0); L1 tips come back with a literal 0. */
export function constrainedOptimum(q: Quadratic2, norm: Norm, t: number): Vec2 {
  const fn = 'constrainedOptimum'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  return constrainedXY(q, norm, t)
}

/** constrainedOptimum without argument checks. */
export function constrainedXY(q: Quadratic2, norm: Norm, t: number): Vec2 {
  const solve = norm === 'l1' ? l1ConstrainedXY : l2ConstrainedXY
  return solve(q.a, q.b, q.c, q.center[0], q.center[1], t)
}
