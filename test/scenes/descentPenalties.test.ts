// "Each penalty beside its slope": the penalties and their slopes. Expectations come from the
// definitions (|w|, ½w², sign(w) with sign(0) = 0, w) and from finite differences, not from output.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PENALTY_STEPS, penaltyScene } from '../../lib/scenes/descentPenalties'

const panel = (step: number, norm: 'l1' | 'l2', probe: number | null = null) =>
  penaltyScene(step, { probe }).panels.find(p => p.norm === norm)!

describe('penaltyScene', () => {
  it('draws |w| and ½w² on the same w range, the kink of |w| included', () => {
    const s = penaltyScene(0)
    for (const [w, y] of panel(0, 'l1').penalty) expect(y).toBe(Math.abs(w))
    for (const [w, y] of panel(0, 'l2').penalty) expect(y).toBeCloseTo((w * w) / 2, 14)
    expect(panel(0, 'l1').penalty).toContainEqual([0, 0])
    expect(s.panels.every(p => !p.slopeShown && p.probe === null)).toBe(true)
    expect(s.readout).toBeNull()
  })

  it('reveals sign(w) at click 1 and w at click 2', () => {
    expect(panel(1, 'l1').slopeShown).toBe(true)
    expect(panel(1, 'l2').slopeShown).toBe(false)
    expect(panel(2, 'l2').slopeShown).toBe(true)
  })

  it('sign(w) is −1 left of 0, +1 right of 0, and 0 at 0 (the choice descend makes)', () => {
    const l1 = panel(1, 'l1')
    const [left, right] = l1.slopePieces
    expect(left!.every(([w, y]) => w <= 0 && y === -1)).toBe(true)
    expect(right!.every(([w, y]) => w >= 0 && y === 1)).toBe(true)
    expect(l1.slopeAtZero).toEqual([0, 0])
    expect(l1.openEnds).toEqual([[0, -1], [0, 1]])
    for (const [w, y] of panel(2, 'l2').slopePieces[0]!) expect(y).toBe(w)
  })

  it('click 3 reads both slopes at w = 2.5 (1 and 2.5), click 4 at w = ½ (1 and ½)', () => {
    expect(panel(3, 'l1').probe!.slope).toBe(1)
    expect(panel(3, 'l2').probe!.slope).toBe(2.5)
    expect(panel(4, 'l1').probe!.slope).toBe(1)
    expect(panel(4, 'l2').probe!.slope).toBe(0.5)
    expect(penaltyScene(4).readout).toEqual({ heading: 'Slope at w = 0.5', rows: [{ label: 'L1: sign(w)', value: '1.0' }, { label: 'L2: w', value: '0.5' }] })
  })

  it('the probe sits on its curves and its tangent has the finite-difference slope', () => {
    fc.assert(fc.property(fc.double({ min: -3, max: 3, noNaN: true }).filter(w => Math.abs(w) > 1e-3), (w) => {
      for (const norm of ['l1', 'l2'] as const) {
        const pr = panel(PENALTY_STEPS, norm, w).probe!
        const f = norm === 'l1' ? Math.abs : (x: number) => (x * x) / 2
        const h = 1e-4
        const fd = (f(w + h) - f(w - h)) / (2 * h)
        expect(pr.slope).toBeCloseTo(fd, 6)
        expect(pr.onPenalty[1]).toBeCloseTo(f(w), 12)
        expect(pr.onSlope).toEqual([w, pr.slope])
        const [[x0, y0], [x1, y1]] = pr.tangent
        expect((y1 - y0) / (x1 - x0)).toBeCloseTo(pr.slope, 10)
        expect(y0 + pr.slope * (w - x0)).toBeCloseTo(f(w), 10)
      }
    }), { numRuns: 100 })
  })

  it("the viewer's probe shows at any click and overrides the presented one", () => {
    expect(panel(0, 'l2', -1.5).probe!.slope).toBe(-1.5)
    expect(panel(4, 'l1', -1.5).probe!.slope).toBe(-1)
  })

  it('is a pure function of the step and the probe, and clamps the step', () => {
    expect(penaltyScene(3, { probe: 0.7 })).toEqual(penaltyScene(3, { probe: 0.7 }))
    expect(penaltyScene(99)).toEqual(penaltyScene(PENALTY_STEPS))
  })

  it('rejects bad input with a message naming it', () => {
    expect(() => penaltyScene(-1)).toThrow('penaltyScene: step must be a non-negative integer (got -1)')
    expect(() => penaltyScene(0, { probe: 4 })).toThrow('penaltyScene: probe must be a number between -3 and 3 (got 4)')
    expect(() => penaltyScene(0, { probe: Number.NaN })).toThrow(/probe must be a number/)
  })
})
