// Helpers shared by the descent scenes: the number format must keep "exactly 0" apart from
// "tiny", and the sampled curves must contain the kink of |w|.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  againstStep, checkStep, clampTo, clipConvexCurve, formatIterate, iterateRows, niceRange, penalty1D, penaltySlope1D, powerOfTen, sampleCurve, upTo,
} from '../../lib/scenes/descentShared'

describe('formatIterate', () => {
  it('prints exact zeros as "0" (−0 included) and short binary fractions in full', () => {
    expect(formatIterate(0)).toBe('0')
    expect(formatIterate(-0)).toBe('0')
    expect(formatIterate(5 / 64)).toBe('0.078125')
    expect(formatIterate(4.5)).toBe('4.5')
    expect(formatIterate(-2)).toBe('\u22122')
  })

  it('rounds float noise to six significant digits: 1 − 0.3·3 reads 0.1, not 0.09999999999999998', () => {
    expect(1 - 0.3 - 0.3 - 0.3).not.toBe(0.1)
    expect(formatIterate(1 - 0.3 - 0.3 - 0.3)).toBe('0.1')
    expect(formatIterate(1 - 0.3 * 4)).toBe('\u22120.2')
  })

  it('writes tiny values in powers of ten, the smallest subnormal included', () => {
    expect(formatIterate(Number.MIN_VALUE)).toBe('4.9 \u00D7 10\u207B\u00B3\u00B2\u2074')
    expect(formatIterate(1e-17)).toBe('1.0 \u00D7 10\u207B\u00B9\u2077')
  })

  it('never shows a non-zero value as "0"', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter(x => x !== 0), x => formatIterate(x) !== '0'))
  })

  it('rejects what cannot be shown', () => {
    expect(() => formatIterate(Number.NaN)).toThrow('formatIterate: x must be finite (got NaN)')
  })
})

describe('small helpers', () => {
  it('powerOfTen writes superscript exponents', () => {
    expect(powerOfTen(-300)).toBe('10\u207B\u00B3\u2070\u2070')
    expect(powerOfTen(2)).toBe('10\u00B2')
  })

  it('the penalties and slopes follow the third seed: |w|, sign(w) with sign(0) = 0; ½w², w', () => {
    expect([penalty1D('l1', -3), penalty1D('l2', -3)]).toEqual([3, 4.5])
    expect([penaltySlope1D('l1', -3), penaltySlope1D('l1', 0), penaltySlope1D('l2', -3)]).toEqual([-1, 0, -3])
  })

  it('sampleCurve includes w = 0 so the kink of |w| is drawn exactly, and stays sorted', () => {
    const pts = sampleCurve(Math.abs, -1, 5.5, 7)
    expect(pts.some(([w, y]) => w === 0 && y === 0)).toBe(true)
    expect(pts.map(p => p[0])).toEqual([...pts.map(p => p[0])].sort((a, b) => a - b))
    expect(pts[0]![0]).toBe(-1)
    expect(pts.at(-1)![0]).toBe(5.5)
  })

  it('checkStep clamps to the last step and rejects non-integers', () => {
    expect(checkStep('f', 9, 4)).toBe(4)
    expect(() => checkStep('f', -1, 4)).toThrow('f: step must be a non-negative integer (got -1)')
    expect(() => checkStep('f', 0.5, 4)).toThrow(RangeError)
  })

  it('clampTo keeps controls in range and turns NaN into the fallback', () => {
    expect(clampTo(7, 0, 3, 1)).toBe(3)
    expect(clampTo(Number.NaN, 0, 3, 1)).toBe(1)
  })

  it('iterateRows and againstStep read the sequences at the requested steps', () => {
    const rows = iterateRows([[3, 2, 0], [1, 0.5, 0.25]], upTo(2))
    expect(rows.map(r => r.label)).toEqual(['0', '1', '2'])
    expect(rows[2]).toEqual({ label: '2', cells: ['0', '0.25'], zero: [true, false] })
    expect(againstStep([3, 2, 0], 1)).toEqual([[0, 3], [1, 2]])
    expect(() => againstStep([3], 2)).toThrow('descent scene: no iterate 1 (sequence has 1)')
  })
})

describe('niceRange', () => {
  it('covers the values and 0 with round ends on its tick grid, at most eight intervals', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
      const { domain: [lo, hi], tick } = niceRange(values)
      expect(lo).toBeLessThanOrEqual(Math.min(0, ...values))
      expect(hi).toBeGreaterThanOrEqual(Math.max(0, ...values))
      expect((hi - lo) / tick).toBeLessThanOrEqual(8 + 1e-9)
      for (const end of [lo, hi]) expect(String(end).length).toBeLessThanOrEqual(6) // no 1.2000000000000002
      // each end is on the short ladder, so small changes of the values rarely move the axis
      for (const end of [-lo, hi]) expect([0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10]).toContain(end)
    }))
  })
})

describe('clipConvexCurve', () => {
  it('keeps the part at or below the cut and meets the cut exactly at both crossings', () => {
    const pts = sampleCurve(w => w * w, -3, 3, 12)
    const clipped = clipConvexCurve(pts, 4)
    expect(clipped[0]![1]).toBe(4)
    expect(clipped.at(-1)![1]).toBe(4)
    expect(clipped.every(([, y]) => y <= 4)).toBe(true)
    expect(clipped).toContainEqual([0, 0])
  })
})
