// Bowls, contours, regions and the boundary walk.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  boundaryParameterOf,
  boundaryPointAt,
  boundaryPoints,
  boundarySearchOptimum,
  constrainedOptimum,
  ellipseAxes,
  ellipseContour,
  hessianEigen,
  lossAlongBoundary,
  lossAlongBoundaryCurve,
  lossAt,
  lossGradient,
  lossHessian,
  normOf,
  quadratic,
  regionOutline,
} from '../../lib/index'
import type { Norm, Quadratic2, Vec2 } from '../../lib/index'
import { bowlArb, bowlLoss } from './reference'

describe('quadratic', () => {
  it('evaluates a(β1−c1)² + b(β2−c2)² + c(β1−c1)(β2−c2) and exposes its parameters', () => {
    const q = quadratic(9, 1, 4.5, [4, 0.8])
    expect(q.a).toBe(9)
    expect(q.b).toBe(1)
    expect(q.c).toBe(4.5)
    expect(q.center).toEqual([4, 0.8])
    expect(lossAt(q, [4, 0.8])).toBe(0)
    expect(lossAt(q, [5, 0.8])).toBe(9)
    expect(lossAt(q, [4, 1.8])).toBeCloseTo(1, 14)
    expect(lossAt(q, [5, 1.8])).toBeCloseTo(9 + 1 + 4.5, 14)
  })

  it('gradient matches central differences; Hessian is [[2a, c], [c, 2b]]', () => {
    fc.assert(
      fc.property(bowlArb(), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (bowl, x, y) => {
        const q = quadratic(bowl.a, bowl.b, bowl.c, bowl.m)
        const h = 1e-4
        const g = lossGradient(q, [x, y])
        const gx = (bowlLoss(bowl, x + h, y) - bowlLoss(bowl, x - h, y)) / (2 * h)
        const gy = (bowlLoss(bowl, x, y + h) - bowlLoss(bowl, x, y - h)) / (2 * h)
        expect(g[0]).toBeCloseTo(gx, 5)
        expect(g[1]).toBeCloseTo(gy, 5)
      }),
    )
    expect(lossHessian(quadratic(3, 2, 1, [0, 0]))).toEqual([[6, 1], [1, 4]])
  })

  it('Hessian eigen-decomposition reconstructs the Hessian (V Λ Vᵀ = H)', () => {
    fc.assert(
      fc.property(bowlArb(), (bowl) => {
        const q = quadratic(bowl.a, bowl.b, bowl.c, bowl.m)
        const { values, angle } = hessianEigen(q)
        const [c, s] = [Math.cos(angle), Math.sin(angle)]
        const h11 = values[0] * c * c + values[1] * s * s
        const h12 = (values[0] - values[1]) * c * s
        const h22 = values[0] * s * s + values[1] * c * c
        expect(h11).toBeCloseTo(2 * bowl.a, 10)
        expect(h12).toBeCloseTo(bowl.c, 10)
        expect(h22).toBeCloseTo(2 * bowl.b, 10)
        expect(values[0]).toBeGreaterThanOrEqual(values[1])
        expect(values[1]).toBeGreaterThan(0)
      }),
    )
  })

  it('rejects non-bowls and bad numbers with a message naming the argument', () => {
    expect(() => quadratic(1, 1, NaN, [0, 0])).toThrow(new RangeError('quadratic: c must be a finite number (got NaN)'))
    expect(() => quadratic(Infinity, 1, 0, [0, 0])).toThrow(new RangeError('quadratic: a must be a finite number (got Infinity)'))
    expect(() => quadratic(1, 1, 2, [0, 0])).toThrow(new RangeError('quadratic: the bowl must be positive definite, 4ab > c² (got 4ab = 4, c² = 4)'))
    expect(() => quadratic(-1, -1, 0, [0, 0])).toThrow(new RangeError('quadratic: a must be positive for a bowl (got -1)'))
    expect(() => quadratic(1, 0, 0, [0, 0])).toThrow(new RangeError('quadratic: b must be positive for a bowl (got 0)'))
    expect(() => quadratic(1, 1, 0, [0, NaN])).toThrow(new RangeError('quadratic: center[1] must be a finite number (got NaN)'))
    expect(() => quadratic(1, 1, 0, [0] as unknown as Vec2)).toThrow(new TypeError('quadratic: center must be a pair [number, number] (got an array of length 1)'))
    expect(() => quadratic('1' as unknown as number, 1, 0, [0, 0])).toThrow(new TypeError('quadratic: a must be a finite number (got "1")'))
  })
})

describe('ellipseContour', () => {
  it('every point lies on the level set, and the polyline is closed', () => {
    fc.assert(
      fc.property(bowlArb(), fc.double({ min: 0.01, max: 500, noNaN: true }), (bowl, level) => {
        const q = quadratic(bowl.a, bowl.b, bowl.c, bowl.m)
        const pts = ellipseContour(q, level, 64)
        expect(pts).toHaveLength(65)
        expect(pts[64]).toEqual(pts[0])
        for (const p of pts) expect(bowlLoss(bowl, p[0], p[1]) / level).toBeCloseTo(1, 10)
      }),
    )
  })

  it('circular bowls give circles of radius √(level/a); axes match the stretch', () => {
    const pts = ellipseContour(quadratic(4, 4, 0, [1, 2]), 16, 8)
    for (const p of pts) expect(Math.hypot(p[0] - 1, p[1] - 2)).toBeCloseTo(2, 12)
    const { semiAxes, angle } = ellipseAxes(quadratic(9, 1, 0, [0, 0]), 9)
    expect(semiAxes[0]).toBeCloseTo(3, 12) // along β2, where the bowl is shallow
    expect(semiAxes[1]).toBeCloseTo(1, 12)
    expect(Math.abs(Math.cos(angle))).toBeLessThan(1e-12)
  })

  it('level 0 collapses to the centre; bad levels throw', () => {
    expect(ellipseContour(quadratic(1, 2, 0, [3, 4]), 0, 4).every((p) => p[0] === 3 && p[1] === 4)).toBe(true)
    expect(() => ellipseContour(quadratic(1, 1, 0, [0, 0]), -1)).toThrow('ellipseContour: level must be a non-negative number (got -1)')
    expect(() => ellipseContour(quadratic(1, 1, 0, [0, 0]), 1, 2.5)).toThrow('ellipseContour: segments must be an integer between 3 and 1000000 (got 2.5)')
  })
})

describe('boundary walk', () => {
  for (const norm of ['l1', 'l2'] as Norm[]) {
    it(`${norm}: points lie on the boundary; s and boundaryParameterOf are inverse`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 0.9999999, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (s, t) => {
          const p = boundaryPointAt(norm, t, s)
          expect(normOf(norm, p)).toBeCloseTo(t, 10)
          const back = boundaryParameterOf(norm, p)
          expect(Math.min(Math.abs(back - s), 1 - Math.abs(back - s))).toBeLessThan(1e-9)
        }),
      )
    })

    it(`${norm}: tips at s = 0, ¼, ½, ¾ with literal zeros, counter-clockwise`, () => {
      expect(boundaryPointAt(norm, 2, 0)).toEqual([2, 0])
      expect(boundaryPointAt(norm, 2, 0.25)).toEqual([0, 2])
      expect(boundaryPointAt(norm, 2, 0.5)).toEqual([-2, 0])
      expect(boundaryPointAt(norm, 2, 0.75)).toEqual([0, -2])
      expect(boundaryPointAt(norm, 2, 1)).toEqual([2, 0])
      for (const p of boundaryPoints(norm, 2, 8)) for (const v of p) expect(Object.is(v, -0)).toBe(false)
      const [x, y] = boundaryPointAt(norm, 2, 0.1)
      expect(x).toBeGreaterThan(0)
      expect(y).toBeGreaterThan(0)
    })
  }

  it('the diamond parameter is arc length: equal steps give equal distances', () => {
    const pts = boundaryPoints('l1', 2, 16)
    const d = pts.map((p, i) => Math.hypot(p[0] - pts[(i + 1) % 16]![0], p[1] - pts[(i + 1) % 16]![1]))
    for (const v of d) expect(v).toBeCloseTo((4 * 2 * Math.SQRT2) / 16, 12)
  })

  it('outlines: the diamond is its 4 tips, closed; the circle has segments + 1 points', () => {
    expect(regionOutline('l1', 3)).toEqual([[3, 0], [0, 3], [-3, 0], [0, -3], [3, 0]])
    const circle = regionOutline('l2', 3, 64)
    expect(circle).toHaveLength(65)
    for (const p of circle) expect(Math.hypot(p[0], p[1])).toBeCloseTo(3, 12)
  })

  it('loss along the boundary: the curve is the bowl at the boundary points, and its lowest sample is near the exact optimum', () => {
    const q = quadratic(9, 1, 4.5, [4, 0.8])
    const curve = lossAlongBoundaryCurve(q, 'l1', 2.58, 400)
    expect(curve).toHaveLength(401)
    expect(curve[400]!.loss).toBe(curve[0]!.loss)
    expect(lossAlongBoundary(q, 'l1', 2.58, 0.3)).toBe(lossAt(q, boundaryPointAt('l1', 2.58, 0.3)))
    const lowest = curve.reduce((m, p) => (p.loss < m.loss ? p : m))
    expect(lowest.s).toBe(0) // the tip (2.58, 0)
    expect(boundaryParameterOf('l1', constrainedOptimum(q, 'l1', 2.58))).toBe(0)
  })

  it('rejects counts that are not multiples of 4 and zero β', () => {
    expect(() => boundaryPoints('l1', 2, 10)).toThrow(new RangeError('boundaryPoints: count must be a multiple of 4 (so the tips / axis points are included) (got 10)'))
    expect(() => boundaryPoints('l1', 2, 2.5)).toThrow(new RangeError('boundaryPoints: count must be an integer between 4 and 10000000 (got 2.5)'))
    expect(() => boundaryParameterOf('l2', [0, 0])).toThrow('boundaryParameterOf: beta must be a nonzero point')
    expect(() => boundaryPointAt('l2', -1, 0)).toThrow('boundaryPointAt: t must be a non-negative number (got -1)')
  })
})

describe('boundarySearchOptimum (the article’s coarse method)', () => {
  const q: Quadratic2 = quadratic(3, 1, 1, [5, 6])

  it('returns the best of the evenly spaced points (checked by enumerating them)', () => {
    for (const norm of ['l1', 'l2'] as Norm[]) {
      const pts = boundaryPoints(norm, 2, 100)
      const losses = pts.map((p) => lossAt(q, p))
      const best = pts[losses.indexOf(Math.min(...losses))]
      expect(boundarySearchOptimum(q, norm, 2, 100)).toEqual(best)
    }
  })

  it('96 points are exactly Parr’s set: linspace with 25 points per quarter, ends included', () => {
    // Parr's circle(): angles linspace(0, π/2, 25) per quarter; diamond(): x = linspace(0, t, 25).
    const pts = boundaryPoints('l2', 2, 96)
    for (let k = 0; k < 24; k++) {
      const angle = (k * (Math.PI / 2)) / 24
      expect(pts[k]![0]).toBeCloseTo(2 * Math.cos(angle), 14)
      expect(pts[k]![1]).toBeCloseTo(2 * Math.sin(angle), 14)
    }
    const diamond = boundaryPoints('l1', 2, 96)
    for (let k = 0; k < 24; k++) expect(diamond[k]![1]).toBeCloseTo((2 * k) / 24, 14)
  })

  it('gets closer to the exact optimum as the resolution grows', () => {
    for (const norm of ['l1', 'l2'] as Norm[]) {
      const exact = lossAt(q, constrainedOptimum(q, norm, 2))
      const gaps = [100, 1000, 10000].map((n) => lossAt(q, boundarySearchOptimum(q, norm, 2, n)) - exact)
      expect(gaps[0]).toBeGreaterThanOrEqual(-1e-12)
      expect(gaps[2]).toBeLessThanOrEqual(gaps[0]! + 1e-12)
      expect(gaps[2]).toBeLessThan(1e-5)
    }
  })
})
