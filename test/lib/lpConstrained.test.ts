// Lp balls and the elastic-net region ("Beyond L1 and L2"), checked against references written
// here: the textbook formulas for the norms, a brute-force search along rays from the origin
// (the region is star-shaped, so each ray meets the boundary once), the library's own L1/L2
// solvers for the cases they cover, and the KKT conditions.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LpRegion } from '../../lib/index'
import { constrainedOptimum, elasticNetPenalty, elasticNetSizeOf, lpConstrainedOptimum, lpNorm, lpRegionOutline, quadratic, regionSize } from '../../lib/index'
import { quarterCurve } from '../../lib/lp/norm'
import { searchBoundary } from '../../lib/lp/search'
import { boxConstrainedXY } from '../../lib/lp/constrained'

type Bowl = { a: number; b: number; c: number; m: [number, number] }
const lossOf = (q: Bowl, x: number, y: number) => {
  const dx = x - q.m[0]
  const dy = y - q.m[1]
  return q.a * dx * dx + q.b * dy * dy + q.c * dx * dy
}
/** Inside test written from the definitions (no scaling tricks). */
function inside(region: LpRegion, t: number, x: number, y: number): boolean {
  if (region.kind === 'elasticNet') {
    const al = region.alpha
    return al * (Math.abs(x) + Math.abs(y)) + ((1 - al) / 2) * (x * x + y * y) <= al * t + ((1 - al) / 2) * t * t + 1e-12
  }
  if (region.p === Infinity) return Math.max(Math.abs(x), Math.abs(y)) <= t
  return Math.abs(x) ** region.p + Math.abs(y) ** region.p <= t ** region.p * (1 + 1e-12)
}
/** Brute force: on each of `rays` rays, bisect for the boundary; keep the lowest loss. */
function bruteBoundary(q: Bowl, region: LpRegion, t: number, rays = 20000): { loss: number; x: number; y: number } {
  let best = { loss: Infinity, x: 0, y: 0 }
  for (let i = 0; i < rays; i++) {
    const th = (2 * Math.PI * i) / rays
    const cx = Math.cos(th)
    const cy = Math.sin(th)
    let lo = 0
    let hi = 2 * t
    for (let k = 0; k < 60; k++) {
      const mid = 0.5 * (lo + hi)
      if (inside(region, t, mid * cx, mid * cy)) lo = mid
      else hi = mid
    }
    const l = lossOf(q, lo * cx, lo * cy)
    if (l < best.loss) best = { loss: l, x: lo * cx, y: lo * cy }
  }
  // The four tips are exact candidates too (rays may miss a cusp's needle point).
  for (const [x, y] of [[t, 0], [-t, 0], [0, t], [0, -t]] as const) {
    const l = lossOf(q, x, y)
    if (l < best.loss) best = { loss: l, x, y }
  }
  return best
}

const bowlArb = fc.record({
  a: fc.double({ min: 0.2, max: 10, noNaN: true }),
  b: fc.double({ min: 0.2, max: 10, noNaN: true }),
  c: fc.double({ min: -2, max: 2, noNaN: true }),
  m1: fc.double({ min: -10, max: 10, noNaN: true }),
  m2: fc.double({ min: -10, max: 10, noNaN: true }),
}).filter(r => 4 * r.a * r.b > r.c * r.c + 1e-6)
const toBowl = (r: { a: number; b: number; c: number; m1: number; m2: number }): Bowl => ({ a: r.a, b: r.b, c: r.c, m: [r.m1, r.m2] })
const q2 = (b: Bowl) => quadratic(b.a, b.b, b.c, b.m)

describe('lpNorm and regionSize', () => {
  it('are the textbook formulas for p = 1, 2, ∞ and for other p', () => {
    expect(lpNorm([3, -4], 1)).toBe(7)
    expect(lpNorm([3, -4], 2)).toBe(5)
    expect(lpNorm([3, -4], Infinity)).toBe(4)
    expect(lpNorm([1, 1], 0.5)).toBeCloseTo(4, 12) // (1 + 1)^2
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.25, max: 8, noNaN: true }), (x, y, p) => {
      const naive = (Math.abs(x) ** p + Math.abs(y) ** p) ** (1 / p)
      return Math.abs(lpNorm([x, y], p) - naive) <= 1e-12 * (1 + naive)
    }))
  })

  it('are absolutely homogeneous: size(sβ) = |s|·size(β) for Lp balls', () => {
    fc.assert(fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.3, max: 6, noNaN: true }), (x, y, s, p) => {
      const lhs = lpNorm([s * x, s * y], p)
      return Math.abs(lhs - Math.abs(s) * lpNorm([x, y], p)) <= 1e-12 * (1 + lhs)
    }))
  })

  it('the elastic-net size is the t whose boundary passes through β (tips at ±t)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (al, x, y) => {
      const s = regionSize({ kind: 'elasticNet', alpha: al }, [x, y])
      const e = elasticNetPenalty(al, [x, y])
      return Math.abs(al * s + ((1 - al) / 2) * s * s - e) <= 1e-12 * (1 + e)
    }))
    expect(regionSize({ kind: 'elasticNet', alpha: 0.3 }, [2.5, 0])).toBeCloseTo(2.5, 14)
    expect(elasticNetSizeOf(1, 3)).toBe(3)
    expect(elasticNetSizeOf(0, 8)).toBeCloseTo(4, 14) // ½s² = 8
  })

  it('outlines are closed, start at the tip (t, 0), pass through all four exact tips, and lie on the boundary', () => {
    const regions: LpRegion[] = [{ kind: 'lp', p: 0.5 }, { kind: 'lp', p: 1 }, { kind: 'lp', p: 1.5 }, { kind: 'lp', p: 2 }, { kind: 'lp', p: Infinity }, { kind: 'elasticNet', alpha: 0.5 }]
    for (const region of regions) {
      const pts = lpRegionOutline(region, 2, 16)
      expect(pts[0]).toEqual([2, 0])
      expect(pts.at(-1)).toEqual(pts[0])
      for (const tip of [[2, 0], [0, 2], [-2, 0], [0, -2]]) expect(pts.some(p => p[0] === tip[0] && p[1] === tip[1])).toBe(true)
      for (const p of pts) expect(regionSize(region, p)).toBeCloseTo(2, 10)
    }
    expect(lpRegionOutline({ kind: 'lp', p: Infinity }, 1)).toEqual([[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1], [1, 0]])
  })

  it('reject bad input with messages naming function and argument', () => {
    expect(() => lpNorm([1, 2], 0.1)).toThrow(/lpNorm: .*p must be a number ≥ 0.25 or Infinity \(got 0.1\)/)
    expect(() => lpNorm([1, Number.NaN], 2)).toThrow(/lpNorm: beta\[1\] must be a finite number/)
    expect(() => regionSize({ kind: 'elasticNet', alpha: 2 }, [1, 1])).toThrow(/regionSize: region.alpha must be a number between 0 and 1 \(got 2\)/)
    // @ts-expect-error: unknown kind
    expect(() => regionSize({ kind: 'l3' }, [1, 1])).toThrow(/regionSize: region.kind must be 'lp' or 'elasticNet'/)
    expect(() => lpRegionOutline({ kind: 'lp', p: 2 }, -1)).toThrow(/lpRegionOutline: t must be a non-negative number/)
    expect(() => lpConstrainedOptimum(q2({ a: 1, b: 1, c: 0, m: [3, 3] }), { kind: 'lp', p: 2 }, Number.NaN)).toThrow(/lpConstrainedOptimum: t must be a finite number/)
    // @ts-expect-error: not a bowl
    expect(() => lpConstrainedOptimum({ a: 1 }, { kind: 'lp', p: 2 }, 1)).toThrow(/lpConstrainedOptimum: q must be a Quadratic2/)
  })
})

describe('the bounded boundary search', () => {
  it('matches the exact solvers where they exist (p = 1, 2 and the square)', () => {
    fc.assert(fc.property(bowlArb, fc.double({ min: 0.5, max: 4, noNaN: true }), (r, t) => {
      const q = toBowl(r)
      if (Math.max(Math.abs(r.m1), Math.abs(r.m2)) <= t) return true // minimum inside the square: no boundary problem
      for (const p of [1, 2, Infinity]) {
        const exact = p === Infinity
          ? boxConstrainedXY({ a: r.a, b: r.b, c: r.c, m1: r.m1, m2: r.m2 }, t)
          : constrainedOptimum(q2(q), p === 1 ? 'l1' : 'l2', t)
        const exactLoss = lossOf(q, exact[0], exact[1])
        const s = searchBoundary(quarterCurve({ kind: 'lp', p }, t), { a: r.a, b: r.b, c: r.c, m1: r.m1, m2: r.m2 })
        const gap = s.loss - s.lowerBound
        // The proven bracket holds the exact minimum, and the gap is the promised ε.
        if (!(s.lowerBound <= exactLoss + 1e-9 * (1 + exactLoss) && s.loss >= exactLoss - 1e-9 * (1 + exactLoss))) return false
        if (!(gap <= 1e-9 * (1 + 1e4) + 1e-12)) return false
        if (Math.abs(s.loss - exactLoss) > 1e-9 * (1 + exactLoss)) return false
      }
      return true
    }), { numRuns: 300 })
  })

  it('finds the global optimum of the non-convex p < 1 problems (against brute force along 8 000 rays)', () => {
    fc.assert(fc.property(bowlArb, fc.constantFrom(0.25, 0.5, 0.6, 0.75, 0.9), (r, p) => {
      const q = toBowl(r)
      const region: LpRegion = { kind: 'lp', p }
      if (inside(region, 2, r.m1, r.m2)) return true
      const o = lpConstrainedOptimum(q2(q), region, 2)
      const brute = bruteBoundary(q, region, 2, 8000)
      expect(o.method).toBe('search')
      expect(regionSize(region, o.beta)).toBeCloseTo(2, 9)
      // brute ≥ true minimum ≥ o.loss − lossGap, and o.loss ≤ true minimum + lossGap.
      expect(o.loss - o.lossGap).toBeLessThanOrEqual(brute.loss + 1e-12)
      expect(o.loss).toBeLessThanOrEqual(brute.loss + 1e-9 * (1 + brute.loss))
      expect(o.lossGap).toBeLessThanOrEqual(1e-9 * (1 + 1e4))
      return true
    }), { numRuns: 60 })
  }, 60_000)

  it('escapes a local minimum: with two candidate tips it takes the lower one, exactly', () => {
    // p = 0.5, circular bowl centred at (3, 3.1): the tips (2, 0) and (0, 2) are both local
    // minima on the star (losses 1 + 3.1² and 9 + 1.1²); the diagonal point (0.5, 0.5) is worse.
    const o = lpConstrainedOptimum(quadratic(1, 1, 0, [3, 3.1]), { kind: 'lp', p: 0.5 }, 2)
    expect(o.beta).toEqual([0, 2])
    expect(o.loss).toBeCloseTo(9 + 1.1 * 1.1, 12)
    const mirrored = lpConstrainedOptimum(quadratic(1, 1, 0, [3.1, 3]), { kind: 'lp', p: 0.5 }, 2)
    expect(mirrored.beta).toEqual([2, 0])
  })

  it('gives a KKT point for convex p (1 < p < ∞): −∇q is a non-negative multiple of the normal ∇Σ|βᵢ|^p', () => {
    fc.assert(fc.property(bowlArb, fc.constantFrom(1.25, 1.5, 3, 6), (r, p) => {
      const q = toBowl(r)
      const region: LpRegion = { kind: 'lp', p }
      if (inside(region, 2, r.m1, r.m2)) return true
      const [x, y] = lpConstrainedOptimum(q2(q), region, 2).beta
      const gx = 2 * q.a * (x - q.m[0]) + q.c * (y - q.m[1])
      const gy = q.c * (x - q.m[0]) + 2 * q.b * (y - q.m[1])
      const nx = Math.sign(x) * Math.abs(x) ** (p - 1)
      const ny = Math.sign(y) * Math.abs(y) ** (p - 1)
      const g = Math.hypot(gx, gy)
      const n = Math.hypot(nx, ny)
      const cross = (gx * ny - gy * nx) / (g * n)
      const along = (gx * nx + gy * ny) / (g * n)
      return Math.abs(cross) < 1e-6 && along < 0
    }), { numRuns: 200 })
  })
})

describe('exact solvers: the square and the elastic-net region', () => {
  it('the square: agrees with brute force, and a corner or edge point is exact', () => {
    fc.assert(fc.property(bowlArb, (r) => {
      const q = toBowl(r)
      const region: LpRegion = { kind: 'lp', p: Infinity }
      if (inside(region, 2, r.m1, r.m2)) return true
      const o = lpConstrainedOptimum(q2(q), region, 2)
      expect(o.method).toBe('exact')
      expect(Math.max(Math.abs(o.beta[0]), Math.abs(o.beta[1]))).toBe(2)
      expect(o.loss).toBeLessThanOrEqual(bruteBoundary(q, region, 2, 4000).loss + 1e-12)
      return true
    }), { numRuns: 100 })
  })

  it('the elastic net: KKT holds (tip: −∇q in the normal cone; arc: −∇q ∥ the outward normal)', () => {
    fc.assert(fc.property(bowlArb, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (r, al) => {
      const q = toBowl(r)
      const t = 2
      const region: LpRegion = { kind: 'elasticNet', alpha: al }
      if (inside(region, t, r.m1, r.m2)) return true
      const o = lpConstrainedOptimum(q2(q), region, t)
      expect(o.method).toBe('exact')
      const [x, y] = o.beta
      const gx = 2 * q.a * (x - q.m[0]) + q.c * (y - q.m[1])
      const gy = q.c * (x - q.m[0]) + 2 * q.b * (y - q.m[1])
      if (y === 0 || x === 0) {
        // Tip: with n± = (α + (1−α)t, ±α) along the axis, −∇q = λ₊n₊ + λ₋n₋, λ± ≥ 0.
        const along = y === 0 ? -Math.sign(x) * gx : -Math.sign(y) * gy
        const across = y === 0 ? gy : gx
        expect(Math.abs(x) + Math.abs(y)).toBe(t)
        expect(along).toBeGreaterThanOrEqual(0)
        expect(Math.abs(across)).toBeLessThanOrEqual(along * al / (al + (1 - al) * t) + 1e-9)
      }
      else {
        const nx = al * Math.sign(x) + (1 - al) * x
        const ny = al * Math.sign(y) + (1 - al) * y
        const g = Math.hypot(gx, gy)
        const n = Math.hypot(nx, ny)
        expect(Math.abs((gx * ny - gy * nx) / (g * n))).toBeLessThan(1e-9)
        expect((gx * nx + gy * ny) / (g * n)).toBeLessThan(0)
        expect(regionSize(region, o.beta)).toBeCloseTo(t, 12)
      }
      expect(o.loss).toBeLessThanOrEqual(bruteBoundary(q, region, t, 4000).loss + 1e-9)
      return true
    }), { numRuns: 200 })
  })

  it('the elastic net with α = 1 or 0 is the diamond or the disk', () => {
    const q = quadratic(3, 1, 0.5, [4, 1])
    expect(lpConstrainedOptimum(q, { kind: 'elasticNet', alpha: 1 }, 2).beta).toEqual(constrainedOptimum(q, 'l1', 2))
    expect(lpConstrainedOptimum(q, { kind: 'elasticNet', alpha: 0 }, 2).beta).toEqual(constrainedOptimum(q, 'l2', 2))
  })

  it('a minimum inside the region is its own answer; t = 0 gives the origin', () => {
    const q = quadratic(1, 2, 0, [0.3, -0.2])
    expect(lpConstrainedOptimum(q, { kind: 'lp', p: 0.5 }, 2)).toEqual({ beta: [0.3, -0.2], loss: 0, method: 'inside', lossGap: 0 })
    expect(lpConstrainedOptimum(q, { kind: 'lp', p: 0.5 }, 0).beta).toEqual([0, 0])
  })
})
