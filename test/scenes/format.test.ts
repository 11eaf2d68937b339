import { describe, expect, it } from 'vitest'
import { formatLine, formatNumber, formatTerm } from '../../lib/scenes/format'

describe('readout formatting', () => {
  it('uses a true minus sign and fixed decimals', () => {
    expect(formatNumber(-1.5)).toBe('\u22121.50')
    expect(formatNumber(2, 1)).toBe('2.0')
  })
  it('never shows a negative zero', () => {
    expect(formatNumber(-0.001)).toBe('0.00')
    expect(formatNumber(-0)).toBe('0.00')
    expect(formatTerm(-0.001)).toBe('+ 0.00')
  })
  it('writes a fitted line as the audience reads it', () => {
    expect(formatLine(1.0234, -0.5)).toBe('\u0177 = 1.02x \u2212 0.50')
    expect(formatLine(-2, 3)).toBe('\u0177 = \u22122.00x + 3.00')
  })
  it('refuses non-finite numbers instead of printing NaN', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/formatNumber: x must be finite \(got NaN\)/)
  })
})
