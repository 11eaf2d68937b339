// The two ways of measuring coefficient size, and the penalties built from them.
// The constraint uses the norm itself (|β1|+|β2| ≤ t or √(β1²+β2²) ≤ t); the ridge
// penalty uses the squared L2 norm, as in every textbook and in the moving-bowl slide.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import { checkQuadratic, lossAtXY } from './quadratic'
import * as check from './validate'

/** Which regularizer: 'l1' (lasso, diamond) or 'l2' (ridge, circle). */
export type Norm = 'l1' | 'l2'

/** The accepted Norm names, for validation and UI pickers. */
export const NORMS: readonly Norm[] = ['l1', 'l2']

/** Throws unless x is 'l1' or 'l2'. */
export function checkNorm(fn: string, name: string, x: unknown): Norm {
  return check.oneOf(fn, name, x, NORMS)
}

/** Size of β: |β1| + |β2| for 'l1', √(β1² + β2²) for 'l2'. */
export function normOf(norm: Norm, beta: Vec2): number {
  checkNorm('normOf', 'norm', norm)
  check.vec2('normOf', 'beta', beta)
  return norm === 'l1' ? Math.abs(beta[0]) + Math.abs(beta[1]) : Math.hypot(beta[0], beta[1])
}

/** Penalty P(β): |β1| + |β2| for 'l1', β1² + β2² (squared norm) for 'l2'. */
export function penaltyOf(norm: Norm, beta: Vec2): number {
  checkNorm('penaltyOf', 'norm', norm)
  check.vec2('penaltyOf', 'beta', beta)
  return penaltyXY(norm, beta[0], beta[1])
}

/** P(β) on plain numbers, unchecked. */
export function penaltyXY(norm: Norm, x: number, y: number): number {
  return norm === 'l1' ? Math.abs(x) + Math.abs(y) : x * x + y * y
}

/** Whether (x, y) lies in the closed region of size t (the one predicate every solver and the simulation share). */
export function insideRegion(norm: Norm, t: number, x: number, y: number): boolean {
  if (norm === 'l1') return Math.abs(x) + Math.abs(y) <= t
  // x² + y² ≤ t² is fast, but squares of tiny or huge numbers under/overflow (it would call
  // (1e-300, 0) "inside" the region of size 0), so outside the safe range fall back to hypot.
  const ss = x * x + y * y
  const tt = t * t
  if (ss > 1e-250 && ss < 1e250 && tt > 1e-250 && tt < 1e250) return ss <= tt
  return Math.hypot(x, y) <= t
}

/** Total loss of the penalized problem, q(β) + λ·P(β): the "moving bowl". */
export function totalLoss(q: Quadratic2, norm: Norm, lambda: number, beta: Vec2): number {
  const fn = 'totalLoss'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 'lambda', lambda)
  check.vec2(fn, 'beta', beta)
  return totalLossXY(q, norm, lambda, beta[0], beta[1])
}

/** q(β) + λ·P(β) on plain numbers, unchecked. */
export function totalLossXY(q: Quadratic2, norm: Norm, lambda: number, x: number, y: number): number {
  return lossAtXY(q, x, y) + lambda * penaltyXY(norm, x, y)
}
