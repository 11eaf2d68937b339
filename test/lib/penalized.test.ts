import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  budgetForLambda,
  constrainedOptimum,
  lossGradient,
  penalizedOptimum,
  penalizedOptimum1D,
  penaltyOf,
  quadratic,
  totalLoss,
} from '../../lib/index'
import type { Norm, Quadratic2 } from '../../lib/index'
import { bowlArb, bowlLoss, brutePenalized } from './reference'
import type { Bowl } from './reference'

const toQ = (b: Bowl): Quadratic2 => quadratic(b.a, b.b, b.c, b.m)
const lambdaArb = fc.double({ min: 0, max: 60, noNaN: true })

describe('penalizedOptimum against nested golden-section search', () => {
  for (const norm of ['l1', 'l2'] as Norm[]) {
    it(`${norm}: total loss never above the brute-force optimum, and the same point`, () => {
      fc.assert(
        fc.property(bowlArb(), lambdaArb, (bowl, lambda) => {
          const q = toQ(bowl)
          const exact = penalizedOptimum(q, norm, lambda)
          const ref = brutePenalized(bowl, norm, lambda)
          const F = (x: number, y: number) =>
            bowlLoss(bowl, x, y) + lambda * (norm === 'l1' ? Math.abs(x) + Math.abs(y) : x * x + y * y)
          const fe = F(exact[0], exact[1])
          const fr = F(ref[0], ref[1])
          expect(fe).toBeLessThanOrEqual(fr + 1e-9 * (1 + Math.abs(fr)))
          expect(fr - fe).toBeLessThan(1e-7 * (1 + Math.abs(fr)))
          expect(Math.hypot(exact[0] - ref[0], exact[1] - ref[1])).toBeLessThan(1e-4)
          expect(totalLoss(q, norm, lambda, exact)).toBeCloseTo(fe, 9)
        }),
        { numRuns: 150 },
      )
    })
  }
})

describe('optimality conditions', () => {
  it('l2: ∇q(β) + 2λβ = 0', () => {
    fc.assert(
      fc.property(bowlArb(), lambdaArb, (bowl, lambda) => {
        const q = toQ(bowl)
        const beta = penalizedOptimum(q, 'l2', lambda)
        const g = lossGradient(q, beta)
        const scale = 1 + Math.hypot(...lossGradient(q, [0, 0]))
        expect(Math.abs(g[0] + 2 * lambda * beta[0])).toBeLessThan(1e-9 * scale)
        expect(Math.abs(g[1] + 2 * lambda * beta[1])).toBeLessThan(1e-9 * scale)
      }),
      { numRuns: 300 },
    )
  })

  it('l1: subgradient condition, with zero coordinates exactly +0', () => {
    fc.assert(
      fc.property(bowlArb(), lambdaArb, (bowl, lambda) => {
        const q = toQ(bowl)
        const beta = penalizedOptimum(q, 'l1', lambda)
        const g = lossGradient(q, beta)
        const tol = 1e-9 * (1 + lambda + Math.hypot(...lossGradient(q, [0, 0])))
        for (const i of [0, 1] as const) {
          if (beta[i] === 0) {
            expect(Object.is(beta[i], 0)).toBe(true)
            expect(Math.abs(g[i])).toBeLessThanOrEqual(lambda + tol)
          } else {
            expect(Math.abs(g[i] + lambda * Math.sign(beta[i]))).toBeLessThan(tol)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('zeros are +0', () => {
  // Found by the property above (unseeded): at λ = 0 the optimum is the centre, and a centre of −0 came back as −0.
  it('at λ = 0, a centre coordinate of −0 comes back as +0, for both norms', () => {
    for (const norm of ['l1', 'l2'] as Norm[]) {
      const beta = penalizedOptimum(quadratic(0.1, 0.1, 0, [-0, 0]), norm, 0)
      expect(Object.is(beta[0], 0)).toBe(true)
    }
  })
})

describe('"Hard and soft are the same family"', () => {
  for (const norm of ['l1', 'l2'] as Norm[]) {
    it(`${norm}: constrainedOptimum(q, budgetForLambda(q, λ)) = penalizedOptimum(q, λ)`, () => {
      fc.assert(
        fc.property(bowlArb(), lambdaArb, (bowl, lambda) => {
          const q = toQ(bowl)
          const soft = penalizedOptimum(q, norm, lambda)
          const t = budgetForLambda(q, norm, lambda)
          const hard = constrainedOptimum(q, norm, t)
          const scale = 1 + Math.hypot(...bowl.m)
          expect(Math.abs(hard[0] - soft[0])).toBeLessThan(1e-8 * scale)
          expect(Math.abs(hard[1] - soft[1])).toBeLessThan(1e-8 * scale)
        }),
        { numRuns: 300 },
      )
    })
  }

  it('λ = 0 gives back the minimum and a budget equal to its size', () => {
    const q = quadratic(2, 1, 0.5, [3, -4])
    expect(penalizedOptimum(q, 'l2', 0)).toEqual([3, -4])
    expect(budgetForLambda(q, 'l2', 0)).toBe(5)
    expect(budgetForLambda(q, 'l1', 0)).toBe(7)
  })
})

describe('the moving bowl ("The moving bowl: L2 penalty", "The moving bowl: L1 penalty")', () => {
  it('L2: 5(β1−15)² + 5(β2+15)² + λ(β1²+β2²) has its minimum at (75/(5+λ), −75/(5+λ))', () => {
    const q = quadratic(5, 5, 0, [15, -15])
    for (let k = 0; k <= 20; k++) {
      const lambda = 0.3 * k
      const [x, y] = penalizedOptimum(q, 'l2', lambda)
      expect(x).toBeCloseTo(75 / (5 + lambda), 12)
      expect(y).toBeCloseTo(-75 / (5 + lambda), 12)
    }
    const [x6, y6] = penalizedOptimum(q, 'l2', 6)
    expect(x6).toBeCloseTo(6.82, 2)
    expect(y6).toBeCloseTo(-6.82, 2)
  })

  it('L1: each coordinate moves toward 0 by λ/10 and stops at exactly 0', () => {
    const diag = quadratic(5, 5, 0, [15, -15])
    expect(penalizedOptimum(diag, 'l1', 100)).toEqual([5, -5])
    expect(penalizedOptimum(diag, 'l1', 149)[0]).toBeCloseTo(0.1, 12)
    expect(penalizedOptimum(diag, 'l1', 150)).toEqual([0, 0])
    expect(penalizedOptimum(diag, 'l1', 200)).toEqual([0, 0])
    const off = quadratic(5, 5, 0, [15, -5])
    expect(penalizedOptimum(off, 'l1', 30)).toEqual([12, -2])
    const at50 = penalizedOptimum(off, 'l1', 50)
    expect(at50).toEqual([10, 0])
    expect(Object.is(at50[1], 0)).toBe(true)
    expect(penalizedOptimum(off, 'l1', 100)).toEqual([5, 0])
    expect(penalizedOptimum(off, 'l1', 150)).toEqual([0, 0])
  })
})

describe('one-parameter closed forms ("Reaching 0: step size or trade-off", Parr convention)', () => {
  it('(β − 2)² + λβ² → 2/(1 + λ); (β − 2)² + λ|β| → max(0, 2 − λ/2)', () => {
    for (const lambda of [0, 0.5, 1, 3, 4, 10]) {
      expect(penalizedOptimum1D('l2', 2, lambda)).toBeCloseTo(2 / (1 + lambda), 14)
      expect(penalizedOptimum1D('l1', 2, lambda)).toBeCloseTo(Math.max(0, 2 - lambda / 2), 14)
    }
    expect(Object.is(penalizedOptimum1D('l1', 2, 4), 0)).toBe(true)
  })
})

describe('"Why L1 bites small coefficients"', () => {
  it('at 0.1: L1 penalty 0.2 vs L2 0.02; at 0.001: 0.002 vs 0.000002; L2 is stronger for big ones', () => {
    expect(penaltyOf('l1', [0.1, 0.1])).toBeCloseTo(0.2, 15)
    expect(penaltyOf('l2', [0.1, 0.1])).toBeCloseTo(0.02, 15)
    expect(penaltyOf('l1', [0.001, 0.001])).toBeCloseTo(0.002, 15)
    expect(penaltyOf('l2', [0.001, 0.001])).toBeCloseTo(0.000002, 15)
    expect(penaltyOf('l2', [3, 3])).toBeGreaterThan(penaltyOf('l1', [3, 3]))
  })
})

describe('argument checks', () => {
  const q = quadratic(1, 1, 0, [3, 3])
  it('rejects negative or non-finite λ, unknown norms', () => {
    expect(() => penalizedOptimum(q, 'l1', -0.5)).toThrow(new RangeError('penalizedOptimum: lambda must be a non-negative number (got -0.5)'))
    expect(() => budgetForLambda(q, 'l2', Infinity)).toThrow(new RangeError('budgetForLambda: lambda must be a finite number (got Infinity)'))
    expect(() => penalizedOptimum(q, 'L1' as Norm, 1)).toThrow(`penalizedOptimum: norm must be one of 'l1', 'l2' (got "L1")`)
    expect(() => totalLoss(q, 'l1', 1, [1, NaN] as unknown as [number, number])).toThrow('totalLoss: beta[1] must be a finite number (got NaN)')
  })
})
