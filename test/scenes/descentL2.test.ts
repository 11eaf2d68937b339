// "L2 descent: halving never hits 0": L2 gradient descent from 5 with η = ½ halves w.
// Expectations by hand: w_k = 5·2⁻ᵏ is exact in float64 while it is representable, i.e. down to
// 5·2⁻¹⁰⁷⁴ = 5u (u = 2⁻¹⁰⁷⁴ = Number.MIN_VALUE). Then w − ½w rounds: ½·5u = 2.5u → 2u (ties to
// even), w = 3u at step 1075; ½·3u = 1.5u → 2u, w = u at step 1076; ½u → 0, so w stays u forever.
import { describe, expect, it } from 'vitest'
import {
  floatFloor, L2_FLOOR_STEP, L2_HALVING_STEPS, L2_RACE_STEP, L2_STEPS, l2DescentScene, LONG_RUN, RACE_STEPS, seedL2Path,
} from '../../lib/scenes/descentL2'

const u = Number.MIN_VALUE

describe('the L2 iterates in float64', () => {
  const path = seedL2Path()

  it('halve exactly to 5u at step 1074, then 3u, then stick at u = 5e-324 from step 1076: never 0', () => {
    for (let k = 0; k <= 1074; k++) expect(path[k]).toBe(5 * 2 ** -k)
    expect(path[1074]).toBe(5 * u)
    expect(path[1075]).toBe(3 * u)
    expect(path.slice(1076).every(w => w === u)).toBe(true)
    expect(path.includes(0)).toBe(false)
    expect(floatFloor(path)).toEqual({ exactUntil: 1074, step: 1076, value: u })
  })

  it('floatFloor finds the floor of any settled halving sequence and refuses an unsettled one', () => {
    expect(floatFloor([8, 4, 2, 1, 1, 1])).toEqual({ exactUntil: 3, step: 3, value: 1 })
    expect(() => floatFloor([4, 2, 1])).toThrow('floatFloor: the sequence has not settled by its last step')
    expect(() => floatFloor([4, 1, 2, 1, 1])).toThrow(/has not settled/)
  })
})

describe('l2DescentScene', () => {
  it('clicks 0..6 halve w on ½w², and the table holds rows 0..k', () => {
    for (let k = 0; k <= L2_HALVING_STEPS; k++) {
      const s = l2DescentScene(k)
      const w = 5 / 2 ** k
      expect(s.walk!.current).toEqual([w, (w * w) / 2])
      expect(s.walk!.trail).toHaveLength(k)
      expect(s.rows.map(r => Number(r.cells[0]))).toEqual(Array.from({ length: k + 1 }, (_, j) => 5 / 2 ** j))
      expect(s.rows.some(r => r.zero[0])).toBe(false)
      expect(s.race).toBeNull()
    }
  })

  it('the near inset plots |w_k| = 5·2⁻ᵏ on a log axis whose range is positive and covers the points', () => {
    const { inset } = l2DescentScene(L2_HALVING_STEPS)
    expect(inset.mode).toBe('near')
    expect(inset.points).toEqual(Array.from({ length: 7 }, (_, k) => [k, 5 / 2 ** k]))
    expect(inset.yDomain[0]).toBeGreaterThan(0)
    for (const [, y] of inset.points) expect(y >= inset.yDomain[0] && y <= inset.yDomain[1]).toBe(true)
  })

  it('click 7 zooms the inset out to the float64 floor and says where it sticks', () => {
    const s = l2DescentScene(L2_FLOOR_STEP)
    expect(s.walk!.current[0]).toBe(5 / 2 ** L2_HALVING_STEPS) // the main chart holds still
    expect(s.inset.mode).toBe('floor')
    expect(s.inset.points).toHaveLength(LONG_RUN + 1)
    expect(s.inset.floor).toEqual({ exactUntil: 1074, step: 1076, value: u })
    // every plotted value is > 0 and inside the axis: a log axis can draw all of them
    expect(Math.min(...s.inset.points.map(p => p[1]))).toBe(u)
    expect(s.inset.yDomain[0]).toBe(u)
    expect(s.inset.note).toMatch(/step 1074/)
    expect(s.inset.note).toMatch(/from step 1076/)
    expect(s.inset.note).toMatch(/never exactly 0/)
  })

  it('the last click races L1 (5 − k/2, exactly 0 from step 10) against L2 (5·2⁻ᵏ, never 0)', () => {
    const s = l2DescentScene(L2_RACE_STEP)
    expect(s.walk).toBeNull()
    const [l1, l2] = s.race!.lanes
    expect(l1!.points).toEqual(Array.from({ length: RACE_STEPS + 1 }, (_, k) => [k, Math.max(0, 5 - k / 2)]))
    expect(l2!.points).toEqual(Array.from({ length: RACE_STEPS + 1 }, (_, k) => [k, 5 / 2 ** k]))
    expect(s.rows.map(r => r.label)).toEqual(['10', '1000', '1076'])
    expect(s.rows.map(r => r.zero)).toEqual([[true, false], [true, false], [true, false]])
    expect(s.rows[0]!.cells[1]).toBe('0.00488281') // 5/1024 to six significant digits
    expect(s.description).toMatch(/exactly 0 from step 10/)
  })

  it('clamps the step and rejects a bad one', () => {
    expect(l2DescentScene(40)).toEqual(l2DescentScene(L2_STEPS))
    expect(() => l2DescentScene(1.5)).toThrow('l2DescentScene: step must be a non-negative integer (got 1.5)')
  })
})
