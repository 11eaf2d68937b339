// The scene of "Hard and soft are the same family": the penalized minimum is the
// constrained optimum for its own budget, at every λ.
import { describe, expect, it } from 'vitest'
import { constrainedOptimum, lossAt, normOf, penalizedOptimum } from '../../lib/index'
import { hardSoftBowl, hardSoftLambdas, hardSoftScene, HARD_SOFT_STEPS, l1ZeroLambda } from '../../lib/scenes/hardSoft'

describe('hard equals soft ("Hard and soft are the same family")', () => {
  it('the two panels show the same point at every click, for both norms', () => {
    for (const norm of ['l1', 'l2'] as const) {
      for (let k = 0; k <= HARD_SOFT_STEPS; k++) {
        const s = hardSoftScene(k, norm)
        expect(s.hard[0]).toBeCloseTo(s.soft[0], 9)
        expect(s.hard[1]).toBeCloseTo(s.soft[1], 9)
        expect(s.soft).toEqual(penalizedOptimum(hardSoftBowl, norm, s.lambda))
        expect(normOf(norm, s.soft)).toBeCloseTo(s.budget, 12)
      }
    }
  })
  it('starts at the least-squares point and ends, for L1, exactly at the origin', () => {
    expect(hardSoftScene(0).soft).toEqual(hardSoftBowl.center)
    expect(hardSoftScene(HARD_SOFT_STEPS, 'l1').soft).toEqual([0, 0])
    // just below the zero λ, the L1 optimum is not yet the origin
    expect(penalizedOptimum(hardSoftBowl, 'l1', 0.97 * l1ZeroLambda(hardSoftBowl))).not.toEqual([0, 0])
  })
  it('no point of the region beats the hard optimum (brute force over a grid of the region)', () => {
    const s = hardSoftScene(3, 'l1')
    const best = lossAt(hardSoftBowl, s.hard)
    for (let i = -60; i <= 60; i++) {
      for (let j = -60; j <= 60; j++) {
        const b = [(i / 60) * s.budget, (j / 60) * s.budget] as const
        if (Math.abs(b[0]) + Math.abs(b[1]) <= s.budget) expect(lossAt(hardSoftBowl, b)).toBeGreaterThanOrEqual(best - 1e-9)
      }
    }
    expect(constrainedOptimum(hardSoftBowl, 'l1', s.budget)).toEqual(s.hard)
  })
  it('λ grows click by click', () => {
    for (let k = 1; k < hardSoftLambdas.length; k++) expect(hardSoftLambdas[k]!).toBeGreaterThan(hardSoftLambdas[k - 1]!)
  })
})
