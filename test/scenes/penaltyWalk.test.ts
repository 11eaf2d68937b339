// The scene of "The penalty alone: diamonds and circles". Facts by hand: the taxicab walk to
// (3, 2) is |3| + |2| = 5, the straight line √13 ≈ 3.6056.
import { describe, expect, it } from 'vitest'
import { clampWalkPoint, walkScene } from '../../lib/scenes/penaltyWalk'

describe('taxicab walk ("The penalty alone: diamonds and circles")', () => {
  it('walks |3| then |2| for P = (3, 2): L1 size 5, L2 size √13', () => {
    const s = walkScene(3)
    expect(s.panels[0].segments.map(g => [g.from, g.to])).toEqual([[[0, 0], [3, 0]], [[3, 0], [3, 2]]])
    expect(s.panels[0].size).toBe(5)
    expect(s.panels[1].size).toBeCloseTo(Math.sqrt(13), 12)
    expect(s.readout.map(r => r.value)).toEqual(['3.00 + 2.00 = 5.00', '\u221A(3.00\u00B2 + 2.00\u00B2) = 3.61'])
  })
  it('the highlighted contour passes through P', () => {
    const s = walkScene(3, [-1.5, 2.5])
    const [l1, l2] = s.panels
    for (const p of l1.through!) expect(Math.abs(p[0]) + Math.abs(p[1])).toBeCloseTo(4, 9)
    for (const p of l2.through!) expect(Math.hypot(p[0], p[1])).toBeCloseTo(Math.hypot(1.5, 2.5), 9)
  })
  it('grows the segment of the current step from its start', () => {
    const half = walkScene(2, [3, 2], 0.5)
    expect(half.panels[0].segments[1]!.to).toEqual([3, 1])
    expect(walkScene(2, [3, 2], 0.5).panels[0].segments[0]!.to).toEqual([3, 0]) // earlier legs are complete
  })
  it('clamps a dragged point and rejects bad input', () => {
    expect(clampWalkPoint([10, -10])).toEqual([4.6, -4.6])
    expect(() => walkScene(1, [Number.NaN, 0])).toThrow(/point must be finite/)
    expect(() => walkScene(1, [1, 1], 2)).toThrow(/grow must be in \[0, 1\]/)
  })
})
