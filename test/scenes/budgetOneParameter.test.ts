// "One parameter, one budget": with loss (β − 2)² and |β| ≤ t, the best allowed β is 2 when
// t ≥ 2 and t when 0 ≤ t < 2 (the parabola falls all the way to the boundary), with loss
// (2 − t)².
import { describe, expect, it } from 'vitest'
import { BUDGET_MAX_STEP, BUDGET_STEPS, budget1DScene } from '../../lib/scenes/budgetOneParameter'

describe('budget1DScene', () => {
  it('starts with the parabola and the black dot at β = 2 only', () => {
    const s = budget1DScene(0)
    expect(s.minimum).toEqual([2, 0])
    expect(s.budget).toBeNull()
    expect(s.optimum).toBeNull()
    for (const [b, l] of s.curve) expect(l).toBeCloseTo((b - 2) ** 2, 12)
  })

  it('shrinks t = 1, 0.5, 0 and then relaxes to 2.5, the answer riding the boundary while active', () => {
    expect(BUDGET_STEPS.slice(1)).toEqual([1, 0.5, 0, 2.5])
    for (let k = 1; k <= BUDGET_MAX_STEP; k++) {
      const s = budget1DScene(k)
      const t = BUDGET_STEPS[k]!
      const expected = t >= 2 ? 2 : t
      expect(s.budget).toBe(t)
      expect(s.optimum).toEqual([expected, (expected - 2) ** 2])
      expect(s.active).toBe(t < 2)
    }
  })

  it('the slider overrides the step budget, and the answer never leaves the allowed interval', () => {
    for (const t of [0, 0.3, 1.99, 2, 3]) {
      const s = budget1DScene(1, t)
      expect(Math.abs(s.optimum![0])).toBeLessThanOrEqual(t)
      expect(s.optimum![0]).toBe(Math.min(t, 2))
    }
  })

  it('says in words whether the constraint binds', () => {
    expect(budget1DScene(1).readout.at(-1)!.value).toMatch(/^active/)
    expect(budget1DScene(4).readout.at(-1)!.value).toMatch(/^idle/)
  })

  it('rejects bad input', () => {
    expect(() => budget1DScene(-1)).toThrow(/budget1DScene: step/)
    expect(() => budget1DScene(1, -0.1)).toThrow(/budget1DScene: t must be finite and ≥ 0/)
    expect(() => budget1DScene(1, Number.NaN)).toThrow(/t must be finite/)
  })
})
