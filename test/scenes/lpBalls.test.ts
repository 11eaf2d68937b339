// The scene of "Beyond L1 and L2": steps map to the presented regions, the example optimum
// agrees with the library's exact L1/L2 solvers where those apply, the cloud and the rates are the
// simulation's, and the slider round-trips.
import { describe, expect, it } from 'vitest'
import { vi } from 'vitest'
import { constrainedOptimum, quadratic, simulate } from '../../lib/index'
import { LP_PRESETS, LP_SIMULATION, LP_STEPS, LP_T, lpCenterDefault, lpExample, lpFromSlider, lpRequest, lpScene, lpSliderRegions, regionKey, regionLabel, sliderFromLp } from '../../lib/scenes/lpBalls'

describe('lpScene', () => {

  it('steps through p = 2, 1, 0.5, ∞ and the elastic net', () => {
    expect([0, 1, 2, 3, 4].map(k => lpScene(k).label)).toEqual(['p = 2', 'p = 1', 'p = 0.5', 'p = \u221E', 'elastic net, \u03B1 = 0.50'])
    expect(lpScene(9).step).toBe(LP_STEPS)
  })

  it('the example optimum matches the exact L2 and L1 solvers for p = 2 and p = 1', () => {
    const q = quadratic(lpExample.a, lpExample.b, lpExample.c, lpCenterDefault)
    expect(lpScene(0).optimum).toEqual(constrainedOptimum(q, 'l2', LP_T))
    expect(lpScene(1).optimum).toEqual(constrainedOptimum(q, 'l1', LP_T))
    // Corners on the axes (p = 1, 0.5, the elastic net) put this example on a tip; the circle and the square do not.
    const zero = (k: number) => lpScene(k).optimum.some(v => v === 0)
    expect([0, 1, 2, 3, 4].map(zero)).toEqual([false, true, true, false, true])
  })

  it('shows the simulation of the current region: every trial once, rates from its counts', () => {
    for (let k = 0; k <= LP_STEPS; k++) {
      const s = lpScene(k)
      const sim = simulate(lpRequest(LP_PRESETS[k]!))
      expect(s.cloud.zero.length + s.cloud.nearMiss.length + s.cloud.nonzero.length).toBe(LP_SIMULATION.trials)
      expect(s.cloud.zero).toHaveLength(sim.counts.zero)
      expect(s.rates.zero).toBe(sim.counts.zero / LP_SIMULATION.trials)
      expect(s.history).toHaveLength(k + 1)
      expect(s.history.at(-1)).toMatchObject({ current: true, zero: s.rates.zero })
    }
    // No corners on the axes, no exact zeros; corners there, plenty.
    expect(lpScene(0).rates.zero).toBe(0)
    expect(lpScene(3).rates.zero).toBe(0)
    expect(lpScene(1).rates.zero).toBeGreaterThan(0.6)
    expect(lpScene(2).rates.zero).toBeGreaterThan(lpScene(1).rates.zero)
    expect(lpScene(4).rates.zero).toBeGreaterThan(0)
    expect(lpScene(4).rates.zero).toBeLessThan(lpScene(1).rates.zero)
  })

  it('a region chosen with the slider holds only at its own step; the dragged minimum is clamped', () => {
    const chosen = { step: 1, region: { kind: 'lp' as const, p: 1.5 } }
    expect(lpScene(1, { region: chosen, center: lpCenterDefault }).label).toBe('p = 1.5')
    expect(lpScene(2, { region: chosen, center: lpCenterDefault }).label).toBe('p = 0.5')
    expect(lpScene(0, { region: null, center: [40, -40] }).bowl.center).toEqual([5.5, -5.5])
    expect(() => lpScene(0, { region: null, center: [Number.NaN, 0] })).toThrow(/lpScene: center must be finite/)
  })

  it('the slider runs p = 0.5 → 1 → 2 → ∞ linearly in 1/p, and back', () => {
    expect([0, 1, 1.5, 2].map(u => lpFromSlider(u))).toEqual([{ kind: 'lp', p: 0.5 }, { kind: 'lp', p: 1 }, { kind: 'lp', p: 2 }, { kind: 'lp', p: Infinity }])
    for (const p of [0.5, 1, 2, Infinity]) expect(sliderFromLp(p)).toBe([0.5, 1, 2, Infinity].indexOf(p) === 0 ? 0 : p === 1 ? 1 : p === 2 ? 1.5 : 2)
    expect(regionLabel({ kind: 'lp', p: 1 / 0.65 })).toBe('p = 1.54')
  })
})

describe('the simulations the slider needs (computed ahead by a Web Worker)', () => {
  it('lists every region the slider reaches once, the presets first', () => {
    const regions = lpSliderRegions()
    const keys = regions.map(regionKey)
    expect(new Set(keys).size).toBe(keys.length)
    expect(regions.slice(0, LP_PRESETS.length)).toEqual(LP_PRESETS)
    // the slider's positions: u = 0, 0.05, …, 2 in p mode and α = 0, 0.05, …, 1
    for (let i = 0; i <= 40; i++) expect(keys).toContain(regionKey(lpFromSlider(i / 20)))
    for (let i = 0; i <= 20; i++) expect(keys).toContain(regionKey({ kind: 'elasticNet', alpha: Math.round((i / 20) * 20) / 20 }))
    // 41 p positions (p = 0.5 … ∞) and 21 α positions, nothing else
    expect(regions).toHaveLength(41 + 21)
  })

  it('takes its runs from the source it is given (the page\u2019s store), one per region shown', () => {
    const source = vi.fn(simulate)
    const s = lpScene(2, undefined, source)
    const asked = source.mock.calls.map(c => c[0])
    expect(asked).toContainEqual(lpRequest(LP_PRESETS[2]!))
    for (const r of LP_PRESETS.slice(0, 3)) expect(asked).toContainEqual(lpRequest(r))
    expect(asked.every(r => r.trials === LP_SIMULATION.trials && r.seed === LP_SIMULATION.seed && r.t === LP_T)).toBe(true)
    expect(s).toEqual(lpScene(2))
  })
})
