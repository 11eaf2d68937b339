// "Competition, and corners in higher dimensions" (left, LambdaCompetition). Closed forms
// derived here for the bowl 1.2(β1 − 3)² + (β2 − 1.8)² + 0.6(β1 − 3)(β2 − 1.8):
//   on the β1 axis (β2 = 0), minimizing q(β1, 0) + λβ1 gives 2a(β1 − m1) − c·m2 + λ = 0,
//   β1 = m1 + c·m2/(2a) − λ/(2a); β2 stays 0 while |∂q/∂β2| ≤ λ there, i.e. from
//   λ* = 2·m2·(b − h²/a)/(1 − h/a) with h = c/2: 3.6·(1 − 0.075)/0.75 = 4.44.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lossAt, penalizedOptimum } from '../../lib/index'
import { COMPETITION_CENTER, COMPETITION_LAMBDAS, competitionBowl, competitionScene, zeroFromLambda } from '../../lib/scenes/lambdaCompetition'

const [a, b, c] = [1.2, 1, 0.6]
const [m1, m2] = COMPETITION_CENTER
const h = c / 2

describe('competitionScene', () => {
  it('steps λ through 0, 2, 5', () => {
    expect(COMPETITION_LAMBDAS.map((_, k) => competitionScene(k).lambda)).toEqual([0, 2, 5])
    expect(competitionScene(7).lambda).toBe(5)
  })

  it('λ = 0: both optima are the unregularized minimum', () => {
    const s = competitionScene(0)
    expect(s.l1).toEqual(COMPETITION_CENTER)
    expect(s.l2).toEqual(COMPETITION_CENTER)
    expect(s.touchingContour).toBeNull()
  })

  it('λ = 5: the L1 optimum is on the β1 axis at the closed form; L2 keeps both coefficients', () => {
    const s = competitionScene(2)
    expect(s.l1[1]).toBe(0)
    expect(s.l1[0]).toBeCloseTo(m1 + (c * m2) / (2 * a) - 5 / (2 * a), 12)
    expect(s.l2[0]).not.toBe(0)
    expect(s.l2[1]).not.toBe(0)
    expect(s.readout[1]!.value).toMatch(/β₂ = 0 exactly/)
  })

  it('λ = 2: both L1 coefficients still nonzero', () => {
    const s = competitionScene(1)
    expect(s.l1[0]).not.toBe(0)
    expect(s.l1[1]).not.toBe(0)
  })

  it('β2 reaches 0 at λ* = 2·m2·(b − h²/a)/(1 − h/a) ≈ 4.44 and stays there', () => {
    const expected = (2 * m2 * (b - (h * h) / a)) / (1 - h / a)
    expect(expected).toBeCloseTo(4.44, 10)
    expect(zeroFromLambda(competitionBowl(), 1)!).toBeCloseTo(expected, 6)
    for (const l of [4.5, 6, 8, 10]) expect(penalizedOptimum(competitionBowl(), 'l1', l)[1]).toBe(0)
    for (const l of [1, 3, 4.4]) expect(penalizedOptimum(competitionBowl(), 'l1', l)[1]).not.toBe(0)
  })

  it('the L2 optimum never reaches an axis for λ up to 10', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (l) => {
      const s = competitionScene(0, { lambda: l })
      return s.l2[0] !== 0 && s.l2[1] !== 0
    }))
  })

  it('the touching diamond and the touching contour both pass through the L1 optimum', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), (l) => {
      const s = competitionScene(0, { lambda: l })
      const size = Math.abs(s.l1[0]) + Math.abs(s.l1[1])
      const onDiamond = Math.abs(Math.abs(s.touchingDiamond[0]![0]) - size) < 1e-12
      const level = lossAt(competitionBowl(), s.l1)
      const onContour = s.touchingContour === null || s.touchingContour.points.every(p => Math.abs(lossAt(competitionBowl(), p) - level) < 1e-8 * (1 + level))
      return onDiamond && onContour
    }), { numRuns: 50 })
  })

  it('the trail starts at the minimum and ends at the current optimum', () => {
    const s = competitionScene(2)
    expect(s.l1Trail[0]).toEqual(COMPETITION_CENTER)
    expect(s.l1Trail.at(-1)).toEqual(s.l1)
    expect(s.l2Trail.at(-1)).toEqual(s.l2)
  })

  it('rejects λ outside the slider range', () => {
    expect(() => competitionScene(0, { lambda: -1 })).toThrow(/lambda must be in \[0, 10\]/)
    expect(() => competitionScene(0.5)).toThrow(/step must be a non-negative integer/)
  })
})
