import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  constrainedOptimum,
  createRandom,
  inL1ZeroZone,
  l1ZeroZoneFraction,
  l1ZeroZonePolygons,
  quadratic,
  shuffledIndices,
  uniformSampler,
} from '../../lib/index'
import type { Vec2 } from '../../lib/index'

describe('L1 zero zone for symmetric bowls ("Where the zeros come from")', () => {
  it('agrees with the exact solver: the optimum has a zero coordinate iff the minimum is in the zone', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        (a, x, y, t) => {
          fc.pre(Math.abs(x) + Math.abs(y) > t)
          // Stay off the zone's edges, where rounding may go either way.
          fc.pre(Math.abs(Math.abs(Math.abs(x) - Math.abs(y)) - t) > 1e-9)
          const beta = constrainedOptimum(quadratic(a, a, 0, [x, y]), 'l1', t)
          expect(beta[0] === 0 || beta[1] === 0).toBe(inL1ZeroZone([x, y], t))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('holds 256/392 of the sampling square outside the diamond for t = 2 (area by counting a fine grid)', () => {
    expect(l1ZeroZoneFraction(2)).toBeCloseTo(256 / 392, 15)
    // Midpoint grid of 1000 × 1000 cells on [−10, 10]²: counts converge to the area ratio.
    const cells = 1000
    let outside = 0
    let zone = 0
    for (let i = 0; i < cells; i++) {
      for (let j = 0; j < cells; j++) {
        const p: Vec2 = [-10 + (20 * (i + 0.5)) / cells, -10 + (20 * (j + 0.5)) / cells]
        if (Math.abs(p[0]) + Math.abs(p[1]) <= 2) continue
        outside++
        if (inL1ZeroZone(p, 2)) zone++
      }
    }
    expect(zone / outside).toBeCloseTo(256 / 392, 2)
  })

  it('polygons: four wedges with apex at the tips, inside the square, covering the zone', () => {
    const polys = l1ZeroZonePolygons(2)
    expect(polys).toHaveLength(4)
    expect(polys[0]).toEqual([[2, 0], [10, 8], [10, -8], [2, 0]])
    // Shoelace area of each wedge = (10 − 2)² = 64; four of them = 256.
    const area = (poly: Vec2[]) =>
      Math.abs(poly.slice(0, -1).reduce((s, p, i) => s + p[0] * poly[i + 1]![1] - poly[i + 1]![0] * p[1], 0)) / 2
    expect(polys.map(area)).toEqual([64, 64, 64, 64])
    expect(() => l1ZeroZonePolygons(11)).toThrow('l1ZeroZonePolygons: t must be at most half (10) (got 11)')
  })
})

describe('seeded random numbers', () => {
  it('same seed, same stream; values in [0, 1)', () => {
    const a = createRandom(123)
    const b = createRandom(123)
    const xs = Array.from({ length: 1000 }, () => a.next())
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()))
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(createRandom(124).next()).not.toBe(xs[0])
  })

  it('is roughly uniform: mean ½ and variance 1/12 within 5σ over 20000 draws', () => {
    const r = createRandom(99)
    const n = 20000
    const xs = Array.from({ length: n }, () => r.next())
    const mean = xs.reduce((s, x) => s + x, 0) / n
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n))
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005)
  })

  it('split() gives an independent stream and leaves the parent alone', () => {
    const r = createRandom(5)
    const child = r.split()
    const fresh = createRandom(5)
    expect(r.next()).toBe(fresh.next())
    expect(child.next()).not.toBe(createRandom(5).next())
  })

  it('seeds beyond 32 bits still differ; the sampler matches the stream', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(1 + 2 ** 32).next())
    const s = uniformSampler(77)
    const r = createRandom(77)
    expect([s(), s()]).toEqual([r.next(), r.next()])
    expect(() => createRandom(1.5)).toThrow(RangeError)
  })

  it('shuffledIndices is a permutation', () => {
    const p = shuffledIndices(50, createRandom(1))
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(p).not.toEqual(Array.from({ length: 50 }, (_, i) => i))
  })
})
