import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  constrainedOptimum,
  constrainedOptimum1D,
  lossAt,
  lossGradient,
  normOf,
  quadratic,
} from '../../lib/index'
import type { Norm, Quadratic2 } from '../../lib/index'
import { bowlArb, bowlLoss, bruteConstrained } from './reference'
import type { Bowl } from './reference'

const toQ = (b: Bowl): Quadratic2 => quadratic(b.a, b.b, b.c, b.m)

describe('constrainedOptimum against a brute-force boundary search', () => {
  for (const norm of ['l1', 'l2'] as Norm[]) {
    it(`${norm}: feasible, never worse than the fine search, and at the same point`, () => {
      fc.assert(
        fc.property(bowlArb(), fc.double({ min: 0, max: 6, noNaN: true }), (bowl, t) => {
          const q = toQ(bowl)
          const exact = constrainedOptimum(q, norm, t)
          const ref = bruteConstrained(bowl, norm, t)
          const exactLoss = bowlLoss(bowl, exact[0], exact[1])
          const refLoss = bowlLoss(bowl, ref[0], ref[1])
          expect(normOf(norm, exact)).toBeLessThanOrEqual(t * (1 + 1e-12) + 1e-300)
          expect(exactLoss).toBeLessThanOrEqual(refLoss + 1e-9 * (1 + refLoss))
          expect(refLoss - exactLoss).toBeLessThan(1e-7 * (1 + refLoss))
          expect(Math.hypot(exact[0] - ref[0], exact[1] - ref[1])).toBeLessThan(1e-3 * (1 + t))
        }),
        { numRuns: 300 },
      )
    })
  }

  it('returns the minimum itself when it is feasible, and the origin for t = 0', () => {
    const q = quadratic(2, 3, 1, [0.5, -0.25])
    expect(constrainedOptimum(q, 'l1', 1)).toEqual([0.5, -0.25])
    expect(constrainedOptimum(q, 'l2', 1)).toEqual([0.5, -0.25])
    expect(constrainedOptimum(q, 'l1', 0)).toEqual([0, 0])
    expect(constrainedOptimum(q, 'l2', 0)).toEqual([0, 0])
  })
})

describe('KKT conditions of the constrained optimum (minimum outside the region)', () => {
  const outside = (norm: Norm, t: number) => (bowl: Bowl) => normOf(norm, bowl.m) > t * 1.01

  it('l2: on the circle, and −∇q(β) points outward along β (∇q = −2μβ, μ ≥ 0)', () => {
    fc.assert(
      fc.property(bowlArb().filter(outside('l2', 2)), (bowl) => {
        const q = toQ(bowl)
        const beta = constrainedOptimum(q, 'l2', 2)
        const g = lossGradient(q, beta)
        const gn = Math.hypot(g[0], g[1])
        expect(Math.hypot(beta[0], beta[1])).toBeCloseTo(2, 12)
        // Cross product ≈ 0 (parallel) and dot ≤ 0 (anti-parallel).
        expect(Math.abs(g[0] * beta[1] - g[1] * beta[0])).toBeLessThan(1e-9 * (1 + gn))
        expect(g[0] * beta[0] + g[1] * beta[1]).toBeLessThanOrEqual(1e-9 * (1 + gn))
      }),
      { numRuns: 300 },
    )
  })

  it('l1: −∇q(β) lies in the normal cone of the diamond at β', () => {
    fc.assert(
      fc.property(bowlArb().filter(outside('l1', 2)), (bowl) => {
        const q = toQ(bowl)
        const beta = constrainedOptimum(q, 'l1', 2)
        const [v1, v2] = lossGradient(q, beta).map((g) => -g) as [number, number]
        const tol = 1e-9 * (1 + Math.hypot(v1, v2))
        expect(Math.abs(beta[0]) + Math.abs(beta[1])).toBeCloseTo(2, 12)
        if (beta[0] !== 0 && beta[1] !== 0) {
          // Edge interior: the outward normal is (sign β1, sign β2), so v·s1 = v·s2 ≥ 0.
          const a = v1 * Math.sign(beta[0])
          const b = v2 * Math.sign(beta[1])
          expect(Math.abs(a - b)).toBeLessThan(tol)
          expect(a).toBeGreaterThanOrEqual(-tol)
        } else if (beta[1] === 0) {
          // Tip (±2, 0): cone {v : v1·sign ≥ |v2|}.
          expect(v1 * Math.sign(beta[0]) + tol).toBeGreaterThanOrEqual(Math.abs(v2))
        } else {
          expect(v2 * Math.sign(beta[1]) + tol).toBeGreaterThanOrEqual(Math.abs(v1))
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('storyboard facts', () => {
  it('"The contour argument": L1 optimum exactly (2.58, 0), loss ≈ 23.90; L2 ≈ (2.50, 0.64), loss ≈ 21.37', () => {
    const q = quadratic(9, 1, 4.5, [4, 0.8])
    const l1 = constrainedOptimum(q, 'l1', 2.58)
    expect(Object.is(l1[0], 2.58)).toBe(true)
    expect(Object.is(l1[1], 0)).toBe(true)
    // By hand: 9·(−1.42)² + (−0.8)² + 4.5·(−1.42)(−0.8) = 18.1476 + 0.64 + 5.112.
    expect(lossAt(q, l1)).toBeCloseTo(23.8996, 10)
    const l2 = constrainedOptimum(q, 'l2', 2.58)
    expect(l2[0]).toBeCloseTo(2.5, 2)
    expect(l2[1]).toBeCloseTo(0.64, 2)
    expect(lossAt(q, l2)).toBeCloseTo(21.37, 2)
    // Cross-checked against the independent search, and the L2 point is inside the L1 contour.
    const ref = bruteConstrained({ a: 9, b: 1, c: 4.5, m: [4, 0.8] }, 'l2', 2.58)
    expect(lossAt(q, l2)).toBeCloseTo(bowlLoss({ a: 9, b: 1, c: 4.5, m: [4, 0.8] }, ...ref), 9)
    expect(lossAt(q, l2)).toBeLessThan(lossAt(q, l1))
  })

  it('"The contour argument", last click: moving the minimum up and to the left makes the L1 optimum leave the tip', () => {
    const q = quadratic(9, 1, 4.5, [1.5, 4])
    const beta = constrainedOptimum(q, 'l1', 2.58)
    expect(beta[0]).not.toBe(0)
    expect(beta[1]).not.toBe(0)
  })

  it('"Shortcuts for round bowls, and where they fail": for circular bowls L2 is the ray to the minimum, L1 the Euclidean projection onto the diamond', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (a, m1, m2) => {
          fc.pre(Math.abs(m1) + Math.abs(m2) > 2.1)
          const q = quadratic(a, a, 0, [m1, m2])
          const r = Math.hypot(m1, m2)
          if (r > 2) {
            const l2 = constrainedOptimum(q, 'l2', 2)
            expect(l2[0]).toBeCloseTo((2 * m1) / r, 10)
            expect(l2[1]).toBeCloseTo((2 * m2) / r, 10)
          }
          // Projection onto the diamond = nearest boundary point in plain Euclidean distance.
          const proj = bruteConstrained({ a: 1, b: 1, c: 0, m: [m1, m2] }, 'l1', 2)
          const l1 = constrainedOptimum(q, 'l1', 2)
          expect(Math.hypot(l1[0] - proj[0], l1[1] - proj[1])).toBeLessThan(1e-6)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('tilted bowls: projecting onto the diamond is not the constrained optimum', () => {
    const bowl: Bowl = { a: 9, b: 1, c: 4.5, m: [1.5, 4] }
    const q = toQ(bowl)
    const proj = bruteConstrained({ a: 1, b: 1, c: 0, m: bowl.m }, 'l1', 2)
    const exact = constrainedOptimum(q, 'l1', 2)
    expect(lossAt(q, exact)).toBeLessThan(bowlLoss(bowl, proj[0], proj[1]) - 0.1)
  })

  it('tips are returned literally: zero coordinates are exactly +0', () => {
    const q = quadratic(1, 1, 0, [-9, 1])
    const beta = constrainedOptimum(q, 'l1', 2)
    expect(Object.is(beta[0], -2)).toBe(true)
    expect(Object.is(beta[1], 0)).toBe(true)
    const q2 = quadratic(0.2, 5, 0, [0.5, -6])
    const beta2 = constrainedOptimum(q2, 'l1', 2)
    expect(Object.is(beta2[0], 0)).toBe(true)
    expect(Object.is(beta2[1], -2)).toBe(true)
  })

  it('l2 keeps an exact zero when the data put the minimum on an axis of an axis-aligned bowl', () => {
    const beta = constrainedOptimum(quadratic(3, 0.5, 0, [7, 0]), 'l2', 2)
    expect(beta).toEqual([2, 0])
    expect(Object.is(beta[1], 0)).toBe(true)
  })

  it('"One parameter, one budget": loss (β − 2)², |β| ≤ t: the answer follows the boundary until t ≥ 2', () => {
    expect(constrainedOptimum1D(2, 1)).toBe(1)
    expect(constrainedOptimum1D(2, 0.5)).toBe(0.5)
    expect(constrainedOptimum1D(2, 0)).toBe(0)
    expect(constrainedOptimum1D(2, 2)).toBe(2)
    expect(constrainedOptimum1D(2, 3.5)).toBe(2)
    expect(constrainedOptimum1D(-2, 1)).toBe(-1)
  })
})

describe('argument checks', () => {
  const q = quadratic(1, 1, 0, [3, 3])
  it('names the function, the argument and the problem', () => {
    expect(() => constrainedOptimum(q, 'l1', -1)).toThrow(new RangeError('constrainedOptimum: t must be a non-negative number (got -1)'))
    expect(() => constrainedOptimum(q, 'l1', NaN)).toThrow(new RangeError('constrainedOptimum: t must be a finite number (got NaN)'))
    expect(() => constrainedOptimum(q, 'l3' as Norm, 1)).toThrow(new RangeError(`constrainedOptimum: norm must be one of 'l1', 'l2' (got "l3")`))
    expect(() => constrainedOptimum({} as Quadratic2, 'l1', 1)).toThrow(TypeError)
    expect(() => constrainedOptimum1D(2, -1)).toThrow('constrainedOptimum1D: t must be a non-negative number (got -1)')
  })
})
