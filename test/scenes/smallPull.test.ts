// The scene of "Why L1 bites small coefficients": the penalties 2β and 2β² and their pulls
// (slopes) 1 and 2β, at the sizes the slide quotes.
import { describe, expect, it } from 'vitest'
import { plain, pullRow, smallPullScene } from '../../lib/scenes/smallPull'
import { penaltyOf } from '../../lib/index'

describe('small-coefficient pull ("Why L1 bites small coefficients")', () => {
  it('gives the storyboard numbers', () => {
    expect(pullRow(0.1)).toMatchObject({ l1: 0.2, verdict: 'L1 10\u00D7 larger' })
    expect(pullRow(0.1).l2).toBeCloseTo(0.02, 15)
    expect(plain(pullRow(0.001).l2)).toBe('0.000002')
    expect(plain(pullRow(0.001).l1)).toBe('0.002')
    expect(pullRow(0.001).verdict).toBe('L1 1000\u00D7 larger')
    expect(pullRow(3)).toMatchObject({ l1: 6, l2: 18, verdict: 'L2 3\u00D7 larger' })
  })
  it('the pull on one coefficient is the penalty\u2019s slope in β1: 1 for L1, 2β for L2, equal at β = ½', () => {
    for (const beta of [0.001, 0.1, 0.5, 3]) {
      const h = 1e-6
      const slope = (norm: 'l1' | 'l2') => (penaltyOf(norm, [beta + h, beta]) - penaltyOf(norm, [beta - h, beta])) / (2 * h)
      expect(pullRow(beta).pull.l1).toBeCloseTo(slope('l1'), 6)
      expect(pullRow(beta).pull.l2).toBeCloseTo(slope('l2'), 6)
    }
    expect(pullRow(0.5).pull.l1).toBe(pullRow(0.5).pull.l2)
  })
  it('plots 2β and 2β², crossing at β = 1', () => {
    const s = smallPullScene(0)
    for (const [b, v] of s.curves.l1) expect(v).toBeCloseTo(2 * b, 12)
    for (const [b, v] of s.curves.l2) expect(v).toBeCloseTo(2 * b * b, 12)
    expect(s.markers[0]!.l1).toEqual(s.markers[0]!.l2)
  })
  it('switches to log axes for the last step, with positive samples only', () => {
    const s = smallPullScene(2)
    expect(s.log).toBe(true)
    expect(Math.min(...s.curves.l2.map(p => p[0]))).toBeGreaterThan(0)
    expect(s.rows.map(r => r.beta)).toEqual([0.1, 0.001, 3])
  })
})
