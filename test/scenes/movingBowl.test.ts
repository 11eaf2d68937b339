// The scene of "The moving bowl" (L2 and L1). Facts by hand: minimizing 5(β1 − 15)² + λβ1²
// gives β1 = 75/(5 + λ); with L1, 10(β1 − c1) + λ·sign(β1) = 0 gives β1 = c1 − λ/10 until 0.
import { describe, expect, it } from 'vitest'
import { lossAt, totalLoss } from '../../lib/index'
import { MOVING_CENTERS, MOVING_LAMBDAS, movingBowlScene, movingDataLoss } from '../../lib/scenes/movingBowl'

describe('moving bowl ("The moving bowl: L2 penalty", "The moving bowl: L1 penalty")', () => {
  it('L2: λ steps 0, 0.3, …, 6 and the minimum is (75/(5+λ), −75/(5+λ))', () => {
    expect(MOVING_LAMBDAS.l2).toHaveLength(21)
    MOVING_LAMBDAS.l2.forEach((l, k) => {
      expect(l).toBeCloseTo(0.3 * k, 12)
      const s = movingBowlScene('l2', k)
      expect(s.panels[0]!.minimum[0]).toBeCloseTo(75 / (5 + l), 10)
      expect(s.panels[0]!.minimum[1]).toBeCloseTo(-75 / (5 + l), 10)
    })
    const last = movingBowlScene('l2', 20).panels[0]!.minimum
    expect(last[0]).toBeCloseTo(6.818, 3)
  })
  it('L1: each coordinate moves λ/10 toward 0 and stops; (15, −5) hits the axis at λ = 50, both reach 0 at λ = 150', () => {
    MOVING_LAMBDAS.l1.forEach((l, k) => {
      const [diag, off] = movingBowlScene('l1', k).panels
      const toward = (c: number) => Math.sign(c) * Math.max(0, Math.abs(c) - l / 10)
      expect(diag!.minimum[0]).toBeCloseTo(toward(15), 10)
      expect(diag!.minimum[1]).toBeCloseTo(toward(-15), 10)
      expect(off!.minimum[0]).toBeCloseTo(toward(15), 10)
      expect(off!.minimum[1]).toBeCloseTo(toward(-5), 10)
    })
    expect(movingBowlScene('l1', 5).panels[1]!.minimum[1]).toBe(0) // λ = 50, exactly zero
    expect(movingBowlScene('l1', 4).panels[1]!.minimum[1]).toBeLessThan(0)
    expect(movingBowlScene('l1', 15).panels.map(p => p.minimum)).toEqual([[0, 0], [0, 0]])
  })
  it('the trail holds the minima of the earlier clicks, ending at the current one', () => {
    const s = movingBowlScene('l2', 4)
    expect(s.panels[0]!.trail).toHaveLength(5)
    expect(s.panels[0]!.trail.at(-1)).toEqual(s.panels[0]!.minimum)
  })
  it('draws the total-loss contours at levels above its minimum', () => {
    for (const norm of ['l1', 'l2'] as const) {
      const s = movingBowlScene(norm, 3)
      const q = movingDataLoss(s.panels[0]!.center)
      const floor = totalLoss(q, norm, s.lambda, s.panels[0]!.minimum)
      for (const ring of s.panels[0]!.totalContours) {
        for (const p of ring) expect(totalLoss(q, norm, s.lambda, p)).toBeGreaterThan(floor)
      }
    }
  })
  it('the data contours lie on their levels and the penalty rings on their radii, at every λ (they are made once and shared)', () => {
    for (const norm of ['l1', 'l2'] as const) {
      for (const lambda of [0, 7.5, 120]) {
        for (const panel of movingBowlScene(norm, 0, lambda).panels) {
          const q = movingDataLoss(panel.center)
          for (const c of panel.dataContours) for (const p of c.points) expect(lossAt(q, p) / c.level).toBeCloseTo(1, 9)
          panel.penaltyContours.forEach((ring, k) => {
            const r = 4 * (k + 1)
            for (const [x, y] of ring) expect(norm === 'l1' ? Math.abs(x) + Math.abs(y) : Math.hypot(x, y)).toBeCloseTo(r, 9)
          })
        }
      }
    }
  })
  it('draws only the panels asked for, each as in the whole picture', () => {
    const whole = movingBowlScene('l1', 0, 35)
    const [, off] = MOVING_CENTERS.l1
    const one = movingBowlScene('l1', 0, 35, [off!])
    expect(one.panels).toHaveLength(1)
    expect(one.panels[0]).toEqual(whole.panels[1])
  })
  it('rejects a negative λ and an empty or non-finite set of centres', () => {
    expect(() => movingBowlScene('l2', 0, -1)).toThrow(/movingBowlScene: lambda must be finite and ≥ 0/)
    expect(() => movingBowlScene('l2', 0, 1, [])).toThrow(/movingBowlScene: centers must be one or more finite points/)
    expect(() => movingBowlScene('l2', 0, 1, [[Number.NaN, 0]])).toThrow(/movingBowlScene: centers must be one or more finite points/)
  })
})
