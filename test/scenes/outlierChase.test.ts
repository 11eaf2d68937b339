// The scene of "Linear models chase outliers", pinned with closed forms derived here, not with
// numbers copied from output: for one feature, least squares has slope Sxy/Sxx, and ridge in
// the glmnet convention (1/2n)·RSS + (λ/2)·β² has slope Sxy/(Sxx + nλ), both with centred sums.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Vec2 } from '../../lib/index'
import { OUTLIER_STEPS, outlierBounds, outlierData, outlierDefaults, outlierScene } from '../../lib/scenes/outlierChase'

function centredSums(points: readonly Vec2[]) {
  const n = points.length
  const mx = points.reduce((s, p) => s + p[0], 0) / n
  const my = points.reduce((s, p) => s + p[1], 0) / n
  let sxx = 0
  let sxy = 0
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
  }
  return { n, mx, my, sxx, sxy }
}

const base = outlierData()
const withOutlier = (o: Vec2): Vec2[] => [...base.slice(0, -1), o]

describe('the outlier data', () => {
  it('is ten points x = 1..10 lying within 1.5 of y = x', () => {
    expect(base).toHaveLength(10)
    base.forEach(([x, y], i) => {
      expect(x).toBe(i + 1)
      expect(Math.abs(y - x)).toBeLessThanOrEqual(1.5)
    })
  })
  it('is the same for the same seed and differs for another', () => {
    expect(outlierData(5)).toEqual(outlierData(5))
    expect(outlierData(5)).not.toEqual(outlierData(6))
  })
})

describe('outlierScene', () => {
  it('step 0 shows the least-squares fit of the clean data, slope near 1', () => {
    const s = outlierScene(0)
    const { sxx, sxy, mx, my } = centredSums(base)
    expect(s.lines).toHaveLength(1)
    expect(s.lines[0]!.slope).toBeCloseTo(sxy / sxx, 10)
    expect(s.lines[0]!.intercept).toBeCloseTo(my - (sxy / sxx) * mx, 10)
    expect(Math.abs(s.lines[0]!.slope - 1)).toBeLessThan(0.3)
    expect(s.draggable).toBe(false)
    expect(s.points.some(p => p.outlier)).toBe(false)
  })

  it('step 1 moves the last point to y = 100 and the slope swings steeply toward it', () => {
    const s = outlierScene(1)
    const last = s.points.at(-1)!
    expect([last.x, last.y, last.outlier]).toEqual([10, 100, true])
    const { sxx, sxy } = centredSums(withOutlier([10, 100]))
    const ols = s.lines.find(l => l.id === 'ols')!
    expect(ols.slope).toBeCloseTo(sxy / sxx, 10)
    expect(ols.slope).toBeGreaterThan(4)
    // the line from before stays as a reference
    expect(s.lines.find(l => l.id === 'before')!.slope).toBeCloseTo(outlierScene(0).lines[0]!.slope, 12)
    expect(s.yDomain[1]).toBeGreaterThanOrEqual(105)
  })

  it('step 2 adds the ridge line, slope Sxy/(Sxx + nλ)', () => {
    const s = outlierScene(2)
    const { n, sxx, sxy, mx, my } = centredSums(withOutlier([10, 100]))
    const ridge = s.lines.find(l => l.id === 'ridge')!
    const slope = sxy / (sxx + n * outlierDefaults.lambda)
    expect(ridge.slope).toBeCloseTo(slope, 8)
    expect(ridge.intercept).toBeCloseTo(my - slope * mx, 8)
    expect(s.readout.find(r => r.label.startsWith('Ridge'))).toEqual({ label: 'Ridge, \u03BB = 25.0', value: ridge.equation })
  })

  it('marks the mean point, which both lines pass through (the intercept is not penalized), for any \u03BB and outlier', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: outlierBounds.x[0], max: outlierBounds.x[1], noNaN: true }),
      fc.double({ min: outlierBounds.y[0], max: outlierBounds.y[1], noNaN: true }),
      (lambda, ox, oy) => {
        const s = outlierScene(2, { lambda, outlier: [ox, oy] })
        const { mx, my } = centredSums(withOutlier([ox, oy]))
        expect(s.mean![0]).toBeCloseTo(mx, 10)
        expect(s.mean![1]).toBeCloseTo(my, 10)
        for (const l of s.lines.filter(l => l.id !== 'before')) expect(l.intercept + l.slope * mx).toBeCloseTo(my, 8)
      },
    ))
    expect(outlierScene(1).mean).toBeNull()
    expect(outlierScene(2).objective).toMatch(/\(1\/2n\).*\(\u03BB\/2\)\u00B7b\u00B2/)
  })

  it('draws every line through its own end points', () => {
    for (let k = 0; k <= OUTLIER_STEPS; k++) {
      for (const l of outlierScene(k).lines) {
        expect(l.from[1]).toBeCloseTo(l.intercept + l.slope * l.from[0], 10)
        expect(l.to[1]).toBeCloseTo(l.intercept + l.slope * l.to[0], 10)
      }
    }
  })

  it('ridge never steepens the line: |ridge slope| ≤ |least-squares slope| for any λ and outlier', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.double({ min: outlierBounds.x[0], max: outlierBounds.x[1], noNaN: true }),
      fc.double({ min: outlierBounds.y[0], max: outlierBounds.y[1], noNaN: true }),
      (lambda, ox, oy) => {
        const s = outlierScene(2, { lambda, outlier: [ox, oy] })
        const ols = s.lines.find(l => l.id === 'ols')!.slope
        const ridge = s.lines.find(l => l.id === 'ridge')!.slope
        return Math.abs(ridge) <= Math.abs(ols) + 1e-9 && Math.sign(ridge) * Math.sign(ols) >= 0
      },
    ), { numRuns: 200 })
  })

  it('is a pure function of the step and the controls', () => {
    const c = { lambda: 7, outlier: [9, 60] as Vec2 }
    expect(outlierScene(2, c)).toEqual(outlierScene(2, c))
    expect(outlierScene(9, c)).toEqual(outlierScene(OUTLIER_STEPS, c))
  })

  it('keeps a dragged outlier inside the plotted region', () => {
    const s = outlierScene(1, { lambda: 1, outlier: [50, 1e6] })
    expect(s.points.at(-1)).toMatchObject({ x: outlierBounds.x[1], y: outlierBounds.y[1] })
  })

  it('rejects bad input with a message naming it', () => {
    expect(() => outlierScene(-1)).toThrow(/outlierScene: step must be a non-negative integer/)
    expect(() => outlierScene(1.5)).toThrow(/step/)
    expect(() => outlierScene(2, { lambda: -1, outlier: [10, 100] })).toThrow(/lambda must be finite and ≥ 0/)
    expect(() => outlierScene(2, { lambda: 1, outlier: [Number.NaN, 100] })).toThrow(/outlier must be finite/)
  })
})
