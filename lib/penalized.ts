// The soft-constraint problem actually solved in practice: argmin q(β) + λ·P(β),
// with P = |β1| + |β2| (l1) or β1² + β2² (l2).
//   l2: the total is still a quadratic, minimized where (A + λI)β = A·m (Cramer's rule).
//   l1: enumerate the supports {}, {1}, {2}, {1,2} (and the signs on the full support),
//       solve each in closed form and accept the one meeting the KKT conditions
//       2·(A(β − m))_i + λ·s_i = 0 with s_i = sign(β_i), or |2·(A(β − m))_i| ≤ λ where
//       β_i = 0. Zero coordinates are therefore literal zeros, not 1e-17 leftovers.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import type { Norm } from './norms'
import { checkQuadratic } from './quadratic'
import { checkNorm } from './norms'
import { softThreshold } from './softThreshold'
import * as check from './validate'

// Relative slack on the KKT inequalities: enough to absorb rounding in 2×2 arithmetic,
// far too small to accept a wrong support in any visible way.
const KKT_SLACK = 1e-12

/** Exact argmin of q(β) + λ·P(β), λ ≥ 0; P = |β1|+|β2| (l1) or β1²+β2² (l2). */
export function penalizedOptimum(q: Quadratic2, norm: Norm, lambda: number): Vec2 {
  const fn = 'penalizedOptimum'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 'lambda', lambda)
  return penalizedXY(q, norm, lambda)
}

/** The budget t = normOf(norm, β*(λ)) whose constrained optimum equals the penalized optimum β*(λ). */
export function budgetForLambda(q: Quadratic2, norm: Norm, lambda: number): number {
  const fn = 'budgetForLambda'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 'lambda', lambda)
  const [x, y] = penalizedXY(q, norm, lambda)
  return norm === 'l1' ? Math.abs(x) + Math.abs(y) : Math.hypot(x, y)
}

/** penalizedOptimum without argument checks. */
export function penalizedXY(q: Quadratic2, norm: Norm, lambda: number): Vec2 {
  const [m1, m2] = q.center
  // + 0 turns a centre's −0 into +0: the deck's zeros are exactly +0 (the readouts print "0").
  if (lambda === 0) return [m1 + 0, m2 + 0]
  return norm === 'l1' ? l1Penalized(q.a, q.b, q.c, m1, m2, lambda) : l2Penalized(q.a, q.b, q.c, m1, m2, lambda)
}

function l2Penalized(a: number, b: number, c: number, m1: number, m2: number, lambda: number): Vec2 {
  const h = c / 2
  const r1 = a * m1 + h * m2
  const r2 = h * m1 + b * m2
  const p = a + lambda
  const s = b + lambda
  const det = p * s - h * h
  return [(s * r1 - h * r2) / det + 0, (p * r2 - h * r1) / det + 0]
}

function l1Penalized(a: number, b: number, c: number, m1: number, m2: number, lambda: number): Vec2 {
  const h = c / 2
  // |g| ≤ λ, with slack scaled by the size of the terms that make up g.
  const within = (g: number, scale: number): boolean => Math.abs(g) <= lambda + KKT_SLACK * (lambda + scale)

  // Support {}: the gradient of the smooth part at 0 is −2·A·m.
  const g1 = 2 * (a * m1 + h * m2)
  const g2 = 2 * (h * m1 + b * m2)
  if (within(g1, 2 * (Math.abs(a * m1) + Math.abs(h * m2))) && within(g2, 2 * (Math.abs(h * m1) + Math.abs(b * m2)))) {
    return [0, 0]
  }
  // Support {1}: β2 = 0, β1 = S(m1 + h·m2/a, λ/(2a)); then check coordinate 2.
  const x1 = softThreshold(m1 + (h * m2) / a, lambda / (2 * a))
  if (x1 !== 0) {
    const dx = x1 - m1
    if (within(2 * (h * dx - b * m2), 2 * (Math.abs(h * dx) + Math.abs(b * m2)))) return [x1, 0]
  }
  // Support {2}: β1 = 0, β2 = S(m2 + h·m1/b, λ/(2b)); then check coordinate 1.
  const y2 = softThreshold(m2 + (h * m1) / b, lambda / (2 * b))
  if (y2 !== 0) {
    const dy = y2 - m2
    if (within(2 * (h * dy - a * m1), 2 * (Math.abs(h * dy) + Math.abs(a * m1)))) return [0, y2]
  }
  // Full support with signs s: β = m − (λ/2)·A⁻¹·s, valid when sign(β) = s.
  const det = a * b - h * h
  let bestX = 0
  let bestY = 0
  let bestTotal = Infinity
  const consider = (x: number, y: number): void => {
    const ux = x - m1
    const uy = y - m2
    const total = a * ux * ux + b * uy * uy + c * ux * uy + lambda * (Math.abs(x) + Math.abs(y))
    if (total < bestTotal) {
      bestTotal = total
      bestX = x
      bestY = y
    }
  }
  for (let e = 0; e < 4; e++) {
    const s1 = e & 1 ? -1 : 1
    const s2 = e & 2 ? -1 : 1
    const x = m1 - (lambda / 2) * ((b * s1 - h * s2) / det)
    const y = m2 - (lambda / 2) * ((a * s2 - h * s1) / det)
    if (x * s1 > 0 && y * s2 > 0) return [x, y]
  }
  // Rounding defeated every exact check (a transition point to the last bit): take the
  // best of the candidate points by the objective itself.
  consider(0, 0)
  consider(x1, 0)
  consider(0, y2)
  return [bestX, bestY]
}
