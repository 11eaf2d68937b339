// Constraint regions beyond the diamond and the disk ("Beyond L1 and L2"): Lp balls for p from 0.25
// to ∞, and the elastic-net region. Every region of "size t" has its four tips at
// (±t, 0) and (0, ±t), so the shapes can be compared at one size:
//   Lp ball:          (|β1|^p + |β2|^p)^(1/p) ≤ t          (p < 1: a star, not convex; p = ∞: the square)
//   elastic net (α):  α‖β‖₁ + (1−α)/2·‖β‖₂² ≤ αt + (1−α)/2·t²   (glmnet's mix: α = 1 diamond, α = 0 disk)
// The elastic-net region is not a scaled copy of one shape (its two terms have different
// degrees), so its "size" is the gauge s(β): the t whose boundary passes through β.
import type { Vec2 } from '../vec'
import * as check from '../validate'

/** A region family: an Lp ball (p ≥ 0.25, Infinity allowed) or the elastic-net mix α ∈ [0, 1]. */
export type LpRegion = { kind: 'lp'; p: number } | { kind: 'elasticNet'; alpha: number }

/** Smallest p accepted: below it the star's arms are too thin to draw or search meaningfully. */
export const MIN_P = 0.25

/** Throws unless x is a valid LpRegion; returns it. */
export function checkRegion(fn: string, name: string, x: unknown): LpRegion {
  const o = check.object(fn, name, x)
  if (o.kind === 'lp') {
    const p = o.p
    if (typeof p !== 'number') check.typeFail(fn, `${name}.p`, `a number ≥ ${MIN_P} or Infinity`, p)
    if (!(p >= MIN_P)) check.rangeFail(fn, `${name}.p`, `a number ≥ ${MIN_P} or Infinity`, p)
    return x as LpRegion
  }
  if (o.kind === 'elasticNet') {
    check.inRange(fn, `${name}.alpha`, o.alpha, 0, 1)
    return x as LpRegion
  }
  return check.typeFail(fn, `${name}.kind`, `'lp' or 'elasticNet'`, o.kind)
}

/** (|x|^p + |y|^p)^(1/p) on plain numbers (max(|x|, |y|) for p = ∞), scaled so nothing overflows. */
export function lpNormXY(p: number, x: number, y: number): number {
  const ax = Math.abs(x)
  const ay = Math.abs(y)
  const big = Math.max(ax, ay)
  if (big === 0) return 0
  if (p === Infinity) return big
  if (p === 1) return ax + ay
  if (p === 2) return Math.hypot(ax, ay)
  const small = Math.min(ax, ay) / big
  return big * (1 + small ** p) ** (1 / p)
}

/** The elastic-net penalty α‖β‖₁ + (1−α)/2·‖β‖₂² on plain numbers. */
export function elasticNetPenaltyXY(alpha: number, x: number, y: number): number {
  return alpha * (Math.abs(x) + Math.abs(y)) + ((1 - alpha) / 2) * (x * x + y * y)
}

/** The size s ≥ 0 with αs + (1−α)s²/2 = e (inverse of the penalty along an axis), stable for every α. */
export function elasticNetSizeOf(alpha: number, e: number): number {
  if (e <= 0) return 0
  return (2 * e) / (alpha + Math.sqrt(alpha * alpha + 2 * (1 - alpha) * e))
}

/** The size of β in the region family: the t whose region boundary passes through β. */
export function regionSizeXY(region: LpRegion, x: number, y: number): number {
  if (region.kind === 'lp') return lpNormXY(region.p, x, y)
  return elasticNetSizeOf(region.alpha, elasticNetPenaltyXY(region.alpha, x, y))
}

/** ‖β‖_p: (|β1|^p + |β2|^p)^(1/p), max(|β1|, |β2|) for p = ∞ (a quasi-norm for p < 1). */
export function lpNorm(beta: Vec2, p: number): number {
  const fn = 'lpNorm'
  check.vec2(fn, 'beta', beta)
  checkRegion(fn, '{ kind: "lp", p }', { kind: 'lp', p })
  return lpNormXY(p, beta[0], beta[1])
}

/** The size of β in the region family (for Lp balls ‖β‖_p; for the elastic net its gauge). */
export function regionSize(region: LpRegion, beta: Vec2): number {
  const fn = 'regionSize'
  checkRegion(fn, 'region', region)
  check.vec2(fn, 'beta', beta)
  return regionSizeXY(region, beta[0], beta[1])
}

/** Whether (x, y) lies in the closed region of size t. */
export function insideLpRegionXY(region: LpRegion, t: number, x: number, y: number): boolean {
  if (region.kind === 'elasticNet') {
    const a = region.alpha
    return elasticNetPenaltyXY(a, x, y) <= a * t + ((1 - a) / 2) * t * t
  }
  return lpNormXY(region.p, x, y) <= t
}

/**
 * The quarter of the boundary in the first quadrant as a curve symmetric in x ↔ y:
 * `other(u)` is the coordinate that goes with coordinate u on the boundary, `slope(u)` its
 * derivative, and `diagonal` the point (m, m) where the curve crosses y = x. `convex` tells
 * which half to parameterize by which coordinate so that |slope| ≤ 1 (see pieces.ts).
 */
export interface QuarterCurve {
  t: number
  diagonal: number
  convex: boolean
  other: (u: number) => number
  slope: (u: number) => number
  /**
   * Curvature bound in separable form: on [u1, u2] (other coordinate v1, v2 at the ends),
   * |other″| ≤ bendScale · max(bendU(u1), bendU(u2)) · max(bendV(v1), bendV(v2)).
   * bendScale = Infinity when no bound is known (then only the Lipschitz bound is used).
   */
  bendScale: number
  bendU: (u: number) => number
  bendV: (v: number) => number
}

/** The first-quadrant boundary curve of the region of size t > 0 (unchecked). */
export function quarterCurve(region: LpRegion, t: number): QuarterCurve {
  if (region.kind === 'elasticNet') {
    const a = region.alpha
    const c = a * t + ((1 - a) / 2) * t * t
    // α(u + v) + (1−α)/2·(u² + v²) = c, solved for v ≥ 0.
    const other = (u: number) => {
      if (u <= 0) return t
      if (u >= t) return 0
      return elasticNetSizeOf(a, c - a * u - ((1 - a) / 2) * u * u)
    }
    const slope = (u: number) => -(a + (1 - a) * u) / (a + (1 - a) * other(u))
    // 2αm + (1−α)m² = c.
    const diagonal = c / (a + Math.sqrt(a * a + (1 - a) * c))
    return { t, diagonal, convex: true, other, slope, bendScale: Infinity, bendU: () => 1, bendV: () => 1 }
  }
  const p = region.p
  if (p === Infinity) {
    // The pieces only ask for u ∈ [0, t]: the edge x = t from (t, 0) to the corner (t, t).
    return { t, diagonal: t, convex: true, other: () => t, slope: () => 0, bendScale: 0, bendU: () => 1, bendV: () => 1 }
  }
  const other = (u: number) => {
    if (u <= 0) return t
    if (u >= t) return 0
    return t * (1 - (u / t) ** p) ** (1 / p)
  }
  const slope = (u: number) => {
    const v = other(u)
    // At the tip (v = 0) the curve meets the axis at a right angle for p > 1 and
    // tangentially (a cusp) for p < 1.
    if (v === 0) return p > 1 ? -Infinity : p < 1 ? 0 : -1
    return -((u / v) ** (p - 1))
  }
  // v = t(1 − (u/t)^p)^(1/p) has |v″| = |p − 1|·t^p·u^(p−2)·v^(1−2p); each factor is monotone
  // in its own variable, so on an interval it is at most the product of the factors' larger
  // end values (a factor is Infinity at a tip where it blows up; the bound then falls back).
  const bendU = (u: number) => u ** (p - 2)
  const bendV = (v: number) => v ** (1 - 2 * p)
  const bendScale = Math.abs(p - 1) * t ** p
  return { t, diagonal: t * 2 ** (-1 / p), convex: p >= 1, other, slope, bendScale, bendU, bendV }
}

/**
 * Closed outline of the region of size t for drawing, counter-clockwise from the tip (t, 0),
 * tips exact; `perHalf` points on each of the eight half-arcs (a polygon's corners only for p = 1 and ∞).
 */
export function lpRegionOutline(region: LpRegion, t: number, perHalf = 24): Vec2[] {
  const fn = 'lpRegionOutline'
  checkRegion(fn, 'region', region)
  check.nonNegative(fn, 't', t)
  check.integer(fn, 'perHalf', perHalf, 1, 10_000)
  if (t === 0) return [[0, 0], [0, 0]]
  const quarter: Vec2[] = []
  if (region.kind === 'lp' && region.p === 1) quarter.push([t, 0])
  else if (region.kind === 'lp' && region.p === Infinity) quarter.push([t, 0], [t, t])
  else {
    const curve = quarterCurve(region, t)
    const m = curve.diagonal
    // From the tip (t, 0) to the diagonal, then on to the tip (0, t), by the coordinate
    // whose steps keep the points evenly spread along the arc.
    for (let i = 0; i < perHalf; i++) {
      const f = i / perHalf
      if (curve.convex) {
        const y = m * f
        quarter.push([i === 0 ? t : curve.other(y), y])
      }
      else {
        const x = t - (t - m) * f
        quarter.push([x, i === 0 ? 0 : curve.other(x)])
      }
    }
    for (let i = 0; i < perHalf; i++) {
      const f = i / perHalf
      if (curve.convex) {
        const x = m * (1 - f)
        quarter.push([x, curve.other(x)])
      }
      else {
        const y = m + (t - m) * f
        quarter.push([curve.other(y), y])
      }
    }
  }
  const out: Vec2[] = []
  // Rotate the first quadrant by quarter turns, (x, y) → (−y, x); `0 - v` keeps zeros unsigned.
  for (let k = 0; k < 4; k++) {
    for (const [x, y] of quarter) {
      let px = x
      let py = y
      for (let r = 0; r < k; r++) {
        const nx = 0 - py
        py = px
        px = nx
      }
      out.push([px + 0, py + 0])
    }
  }
  out.push(out[0] as Vec2)
  return out
}

/** The diamond and the disk as members of the family (p = 1 and p = 2). */
export const L1_REGION: LpRegion = Object.freeze({ kind: 'lp', p: 1 })
export const L2_REGION: LpRegion = Object.freeze({ kind: 'lp', p: 2 })

/** 'l1' or 'l2' for the diamond and the disk (p = 1, p = 2, or the elastic net's ends α = 1, 0); null for any other region. */
export function normOfRegion(region: LpRegion): 'l1' | 'l2' | null {
  if (region.kind === 'lp') return region.p === 1 ? 'l1' : region.p === 2 ? 'l2' : null
  return region.alpha === 1 ? 'l1' : region.alpha === 0 ? 'l2' : null
}
