// "L1 descent: constant steps hit 0": L1 subgradient descent from 5 with η = ½. Exact
// arithmetic fact behind every expectation: 5 and 0.5 are exact in binary, so w_k = 5 − k/2
// exactly for k ≤ 10, which is 0 at k = 10; sign(0) = 0 keeps it there.
import { describe, expect, it } from 'vitest'
import { L1_STEPS, l1DescentScene, seedL1Path } from '../../lib/scenes/descentL1'

const expected = (k: number) => Math.max(0, 5 - k / 2)

describe('l1DescentScene', () => {
  it('the iterates are 5 − k/2 down to exactly 0 at step 10, then stay 0', () => {
    const path = seedL1Path(40)
    path.forEach((w, k) => expect(w).toBe(expected(k)))
    expect(path.indexOf(0)).toBe(10)
    expect(path.slice(10).every(w => Object.is(w, 0))).toBe(true)
  })

  it('at click k the weight sits on |w| at w_k, with the k earlier iterates as a trail', () => {
    for (let k = 0; k <= L1_STEPS; k++) {
      const { walk } = l1DescentScene(k)
      expect(walk.current).toEqual([expected(k), expected(k)])
      expect(walk.trail).toHaveLength(k)
      walk.trail.forEach(([w, y], j) => {
        expect(w).toBe(expected(j))
        expect(y).toBe(Math.abs(w))
      })
    }
  })

  it('the table at click k holds exactly the rows 0..k (recomputed, not accumulated)', () => {
    for (let k = 0; k <= L1_STEPS; k++) {
      const s = l1DescentScene(k)
      expect(s.rows.map(r => r.label)).toEqual(Array.from({ length: k + 1 }, (_, j) => String(j)))
      expect(s.rows.map(r => Number(r.cells[0]))).toEqual(Array.from({ length: k + 1 }, (_, j) => expected(j)))
      expect(s.tableSize).toBe(L1_STEPS + 1)
    }
    // stepping forward and back gives the earlier frame again
    const before = l1DescentScene(3)
    l1DescentScene(12)
    expect(l1DescentScene(3)).toEqual(before)
  })

  it('marks the exact zero from step 10 on and says why it stays', () => {
    expect(l1DescentScene(9).zeroAt).toBeNull()
    expect(l1DescentScene(10).zeroAt).toBe(10)
    expect(l1DescentScene(12).rows.slice(10).every(r => r.zero[0] && r.cells[0] === '0')).toBe(true)
    expect(l1DescentScene(9).rows.some(r => r.zero[0])).toBe(false)
    expect(l1DescentScene(11).readout[1]!.value).toMatch(/sign\(0\) = 0/)
    expect(l1DescentScene(3).readout[1]!.value).toBe('\u2212\u03B7\u00B7sign(w) = \u22120.5')
  })

  it('clamps the step and rejects a bad one', () => {
    expect(l1DescentScene(50)).toEqual(l1DescentScene(L1_STEPS))
    expect(() => l1DescentScene(-2)).toThrow('l1DescentScene: step must be a non-negative integer (got -2)')
  })
})
