// argmin of the bowl over an Lp ball or the elastic-net region of size t ("Beyond L1 and L2").
//   p = 1, p = 2: the library's exact solvers (lib/constrained).
//   p = ∞ (the square): exact, by the active sets of a box QP (each edge is a clamped 1-D quadratic).
//   elastic net: exact, from its KKT system: a tip if −∇q lies in the tip's normal cone, else
//     the point of an arc where (2A + μ(1−α)I)β = 2Am − μα·s with the penalty on the boundary,
//     a monotone equation in μ solved by bisection to the last bit.
//   any other p: the boundary search of search.ts, whose loss is within a proven ε of the
//     global minimum (p < 1 is not convex; the search is global, not local).
import type { Vec2 } from '../vec'
import type { Quadratic2 } from '../quadratic'
import { checkQuadratic } from '../quadratic'
import { l1ConstrainedXY, l2ConstrainedXY } from '../constrained/index'
import * as check from '../validate'
import type { LpRegion } from './norm'
import { checkRegion, elasticNetPenaltyXY, insideLpRegionXY, quarterCurve } from './norm'
import type { BowlXY } from './search'
import { SEARCH_TOL, searchBoundary } from './search'

/** The constrained optimum, its loss, and how it was found. */
export interface LpOptimum {
  beta: Vec2
  loss: number
  /** 'inside': the bowl's minimum is in the region; 'exact': closed form or KKT; 'search': bounded global search. */
  method: 'inside' | 'exact' | 'search'
  /** Proven bound: loss − (true minimum) ≤ lossGap (0 for 'inside' and 'exact'). */
  lossGap: number
}

function lossXY(q: BowlXY, x: number, y: number): number {
  const ex = x - q.m1
  const ey = y - q.m2
  return q.a * ex * ex + q.b * ey * ey + q.c * ex * ey
}

/** argmin over the square max(|β1|, |β2|) ≤ t, minimum outside (unchecked). */
export function boxConstrainedXY(q: BowlXY, t: number): Vec2 {
  const { a, b, c, m1, m2 } = q
  let bx = 0
  let by = 0
  let best = Infinity
  // Edges x = ±t: ∂q/∂y = 2b(y − m2) + c(x − m1) = 0, clamped to [−t, t]; edges y = ±t likewise.
  for (const s of [1, -1]) {
    const x = s * t
    const yStar = m2 - (c * (x - m1)) / (2 * b)
    const y = yStar <= -t ? -t : yStar >= t ? t : yStar
    const l = lossXY(q, x, y)
    if (l < best) { best = l; bx = x; by = y }
  }
  for (const s of [1, -1]) {
    const y = s * t
    const xStar = m1 - (c * (y - m2)) / (2 * a)
    const x = xStar <= -t ? -t : xStar >= t ? t : xStar
    const l = lossXY(q, x, y)
    if (l < best) { best = l; bx = x; by = y }
  }
  return [bx + 0, by + 0]
}

/** argmin over the elastic-net region of size t (0 < α < 1), minimum outside, by its KKT system (unchecked). */
export function elasticNetConstrainedXY(q: BowlXY, alpha: number, t: number): Vec2 | null {
  const { a, b, c, m1, m2 } = q
  const level = alpha * t + ((1 - alpha) / 2) * t * t
  // Tips: (σt, 0) is optimal iff −∇q = λ₊n₊ + λ₋n₋ with λ± ≥ 0 and n± = (σ(α + (1−α)t), ±α),
  // i.e. −σ·g_x ≥ 0 and |g_y| ≤ −σ·g_x · α/(α + (1−α)t). Likewise for (0, σt).
  const ratio = alpha / (alpha + (1 - alpha) * t)
  for (const s of [1, -1]) {
    for (const axis of [0, 1]) {
      const x = axis === 0 ? s * t : 0
      const y = axis === 0 ? 0 : s * t
      const ex = x - m1
      const ey = y - m2
      const gx = 2 * a * ex + c * ey
      const gy = c * ex + 2 * b * ey
      const along = axis === 0 ? -s * gx : -s * gy
      const across = axis === 0 ? gy : gx
      if (along >= 0 && Math.abs(across) <= along * ratio) return [x + 0, y + 0]
    }
  }
  // Arcs: in the open quadrant with signs σ the boundary is the circle
  // α σᵀβ + (1−α)/2‖β‖² = level; stationarity 2A(β − m) + μ(ασ + (1−α)β) = 0 with μ > 0.
  // φ(μ) = (penalty at β(μ)) − level decreases in μ (β(μ) minimizes q + μ·penalty), from
  // φ(0) > 0 when m is beyond the arc to a negative limit, so bisection finds the one root.
  const h = c / 2
  let found: Vec2 | null = null
  let bestLoss = Infinity
  for (const s1 of [1, -1]) {
    for (const s2 of [1, -1]) {
      const pen = (x: number, y: number) => alpha * (s1 * x + s2 * y) + ((1 - alpha) / 2) * (x * x + y * y)
      let bx = 0
      let by = 0
      const solve = (mu: number) => {
        // (2A + μ(1−α)I)β = 2Am − μασ, by Cramer's rule.
        const p11 = 2 * a + mu * (1 - alpha)
        const p22 = 2 * b + mu * (1 - alpha)
        const p12 = 2 * h
        const r1 = 2 * (a * m1 + h * m2) - mu * alpha * s1
        const r2 = 2 * (h * m1 + b * m2) - mu * alpha * s2
        const det = p11 * p22 - p12 * p12
        bx = (p22 * r1 - p12 * r2) / det
        by = (p11 * r2 - p12 * r1) / det
        return pen(bx, by) - level
      }
      if (!(solve(0) > 0)) continue
      let lo = 0
      let hi = 1
      let guard = 0
      while (solve(hi) > 0 && guard++ < 2000) {
        lo = hi
        hi *= 2
      }
      for (let it = 0; it < 2200; it++) {
        const mid = 0.5 * (lo + hi)
        if (!(mid > lo && mid < hi)) break
        if (solve(mid) > 0) lo = mid
        else hi = mid
      }
      solve(hi)
      if (s1 * bx < 0 || s2 * by < 0) continue
      const l = lossXY(q, bx, by)
      if (l < bestLoss) {
        bestLoss = l
        found = [bx + 0, by + 0]
      }
    }
  }
  return found
}

/** lpConstrainedOptimum on plain numbers, unchecked (t ≥ 0, a valid region, a bowl). */
export function lpConstrainedXY(q: BowlXY, region: LpRegion, t: number, tol = SEARCH_TOL): LpOptimum {
  const { m1, m2 } = q
  if (insideLpRegionXY(region, t, m1, m2)) return { beta: [m1, m2], loss: 0, method: 'inside', lossGap: 0 }
  if (t === 0) return { beta: [0, 0], loss: lossXY(q, 0, 0), method: 'exact', lossGap: 0 }
  const exact = (beta: Vec2): LpOptimum => ({ beta, loss: lossXY(q, beta[0], beta[1]), method: 'exact', lossGap: 0 })
  const l1 = () => exact(l1ConstrainedXY(q.a, q.b, q.c, m1, m2, t))
  const l2 = () => exact(l2ConstrainedXY(q.a, q.b, q.c, m1, m2, t))
  if (region.kind === 'elasticNet') {
    if (region.alpha === 1) return l1()
    if (region.alpha === 0) return l2()
    const beta = elasticNetConstrainedXY(q, region.alpha, t)
    if (beta) return exact(beta)
  }
  else {
    if (region.p === 1) return l1()
    if (region.p === 2) return l2()
    if (region.p === Infinity) return exact(boxConstrainedXY(q, t))
  }
  const r = searchBoundary(quarterCurve(region, t), q, tol)
  return { beta: [r.x, r.y], loss: r.loss, method: 'search', lossGap: Math.max(0, r.loss - r.lowerBound) }
}

/** Exact (or, where no closed form exists, proven-ε) argmin of q(β) over the region of size t ≥ 0. */
export function lpConstrainedOptimum(q: Quadratic2, region: LpRegion, t: number): LpOptimum {
  const fn = 'lpConstrainedOptimum'
  checkQuadratic(fn, 'q', q)
  checkRegion(fn, 'region', region)
  check.nonNegative(fn, 't', t)
  return lpConstrainedXY({ a: q.a, b: q.b, c: q.c, m1: q.center[0], m2: q.center[1] }, region, t)
}

/** The elastic-net penalty of β, for checking optima (α‖β‖₁ + (1−α)/2‖β‖²). */
export function elasticNetPenalty(alpha: number, beta: Vec2): number {
  const fn = 'elasticNetPenalty'
  check.inRange(fn, 'alpha', alpha, 0, 1)
  check.vec2(fn, 'beta', beta)
  return elasticNetPenaltyXY(alpha, beta[0], beta[1])
}
