// The 2-D quadratic loss "bowl" of the lecture:
//   q(β) = a(β1 − c1)² + b(β2 − c2)² + c(β1 − c1)(β2 − c2),  minimum 0 at center = (c1, c2).
// Writing d = β − center, q(β) = dᵀ A d with A = [[a, c/2], [c/2, b]]; the Hessian is 2A.
import type { Vec2 } from './vec'
import * as check from './validate'

/** A positive-definite 2-D quadratic bowl with its minimum (value 0) at `center`. */
export interface Quadratic2 {
  readonly a: number
  readonly b: number
  readonly c: number
  readonly center: Vec2
}

/** Builds the bowl a(β1−c1)² + b(β2−c2)² + c(β1−c1)(β2−c2); throws RangeError unless finite and 4ab > c², a > 0. */
export function quadratic(a: number, b: number, c: number, center: Vec2): Quadratic2 {
  const fn = 'quadratic'
  check.finite(fn, 'a', a)
  check.finite(fn, 'b', b)
  check.finite(fn, 'c', c)
  check.vec2(fn, 'center', center)
  if (a <= 0) check.rangeFail(fn, 'a', 'positive for a bowl', a)
  if (b <= 0) check.rangeFail(fn, 'b', 'positive for a bowl', b)
  if (!(4 * a * b > c * c)) {
    throw new RangeError(`${fn}: the bowl must be positive definite, 4ab > c² (got 4ab = ${4 * a * b}, c² = ${c * c})`)
  }
  return makeQuadratic(a, b, c, center[0], center[1])
}

/** Unchecked constructor for trusted callers (the simulation), same shape as quadratic(). */
export function makeQuadratic(a: number, b: number, c: number, c1: number, c2: number): Quadratic2 {
  return { a, b, c, center: [c1, c2] }
}

/** Throws unless q looks like a Quadratic2 (cheap structural check for public entry points). */
export function checkQuadratic(fn: string, name: string, q: unknown): Quadratic2 {
  const o = check.object(fn, name, q)
  if (typeof o.a !== 'number' || typeof o.b !== 'number' || typeof o.c !== 'number' || !Array.isArray(o.center)) {
    check.typeFail(fn, name, 'a Quadratic2 made by quadratic()', q)
  }
  return q as Quadratic2
}

/** q(β) without argument checks, on plain numbers (hot loops). */
export function lossAtXY(q: Quadratic2, x: number, y: number): number {
  const dx = x - q.center[0]
  const dy = y - q.center[1]
  return q.a * dx * dx + q.b * dy * dy + q.c * dx * dy
}

/** The loss q(β) of the bowl at β. */
export function lossAt(q: Quadratic2, beta: Vec2): number {
  checkQuadratic('lossAt', 'q', q)
  check.vec2('lossAt', 'beta', beta)
  return lossAtXY(q, beta[0], beta[1])
}

/** Gradient ∇q(β) = 2A(β − center). */
export function lossGradient(q: Quadratic2, beta: Vec2): Vec2 {
  checkQuadratic('lossGradient', 'q', q)
  check.vec2('lossGradient', 'beta', beta)
  const dx = beta[0] - q.center[0]
  const dy = beta[1] - q.center[1]
  return [2 * q.a * dx + q.c * dy, q.c * dx + 2 * q.b * dy]
}

/** Constant Hessian of the bowl, [[2a, c], [c, 2b]]. */
export function lossHessian(q: Quadratic2): readonly [Vec2, Vec2] {
  checkQuadratic('lossHessian', 'q', q)
  return [
    [2 * q.a, q.c],
    [q.c, 2 * q.b],
  ]
}

/** Eigen-decomposition of a symmetric 2×2 matrix [[p, r], [r, s]]: values big-first, first axis at `angle` (radians). */
export function symmetricEigen2(p: number, r: number, s: number): { values: Vec2; angle: number } {
  const mean = (p + s) / 2
  const radius = Math.hypot((p - s) / 2, r)
  const big = mean + radius
  // det / big avoids cancellation in mean − radius when the matrix is ill-conditioned.
  const small = big === 0 ? 0 : Math.min(big, (p * s - r * r) / big)
  return { values: [big, small], angle: 0.5 * Math.atan2(2 * r, p - s) }
}

/** Principal axes of the bowl: Hessian eigenvalues (steep first) and the steep axis angle in radians. */
export function hessianEigen(q: Quadratic2): { values: Vec2; angle: number } {
  checkQuadratic('hessianEigen', 'q', q)
  return symmetricEigen2(2 * q.a, q.c, 2 * q.b)
}
