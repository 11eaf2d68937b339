import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { descend } from '../../lib/index'
import type { DescentOptions } from '../../lib/index'

describe('"L1 descent: constant steps hit 0": L1 subgradient descent from 5 with η = ½', () => {
  it('takes constant steps 5, 4.5, …, reaches exactly 0 after 10 steps, then stays', () => {
    const w = descend({ w0: 5, eta: 0.5, steps: 30, penalty: 'l1', method: 'subgradient' })
    expect(w.slice(0, 11)).toEqual([5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0])
    expect(w.indexOf(0)).toBe(10)
    expect(w.slice(10).every((v) => Object.is(v, 0))).toBe(true)
  })
})

describe('"L2 descent: halving never hits 0": L2 gradient descent from 5 with η = ½ halves w', () => {
  const w = descend({ w0: 5, eta: 0.5, steps: 1200, penalty: 'l2', method: 'gradient' })

  it('5, 2.5, 1.25, … and no exact zero in the first 1000 steps', () => {
    expect(w.slice(0, 4)).toEqual([5, 2.5, 1.25, 0.625])
    for (let k = 0; k <= 1000; k++) expect(w[k]).toBe(5 * 2 ** -k)
    expect(w.slice(0, 1001).includes(0)).toBe(false)
  })

  it('float64: written as w − ηλw it bottoms out at 5e-324 after 1076 steps and sticks there', () => {
    // By hand: 5·2⁻ᵏ is exact down to k = 1074 (5 × 2⁻¹⁰⁷⁴, five units of the smallest
    // subnormal u). Then ½w = 2.5u rounds to 2u (ties to even): w = 3u; ½w = 1.5u → 2u: w = u
    // at k = 1076; ½u rounds to 0, so w − 0 = u forever.
    expect(w[1074]).toBe(5 * Number.MIN_VALUE)
    expect(w[1075]).toBe(3 * Number.MIN_VALUE)
    expect(w.indexOf(Number.MIN_VALUE)).toBe(1076)
    expect(w.slice(1076).every((v) => v === Number.MIN_VALUE)).toBe(true)
    expect(w.includes(0)).toBe(false)
  })

  it('the other formulation, w·½, would underflow to exactly 0 at step 1077 (why the choice matters)', () => {
    let v = 5
    let k = 0
    while (v !== 0) {
      v *= 0.5
      k++
    }
    expect(k).toBe(1077)
  })
})

describe('"Reaching 0: step size or trade-off": L2 can reach zero; data loss makes a trade-off', () => {
  it('η = 1 lands on 0 in one step', () => {
    expect(descend({ w0: 5, eta: 1, steps: 3, penalty: 'l2', method: 'gradient' })).toEqual([5, 0, 0, 0])
  })

  it('with D(w) = ½(w − 2)²: L2 settles at 2/(1 + λ), never 0', () => {
    for (const lambda of [0, 0.5, 1, 2, 4, 10]) {
      const eta = 1 / (1 + lambda) / 2 // stable: η(1 + λ) < 2
      const w = descend({ w0: 5, eta, steps: 2000, penalty: 'l2', method: 'gradient', lambda, dataTarget: 2 })
      expect(w.at(-1)).toBeCloseTo(2 / (1 + lambda), 12)
      expect(w.includes(0)).toBe(false)
      const p = descend({ w0: 5, eta: 0.5, steps: 2000, penalty: 'l2', method: 'proximal', lambda, dataTarget: 2 })
      expect(p.at(-1)).toBeCloseTo(2 / (1 + lambda), 12)
    }
  })

  it('with D(w) = ½(w − 2)²: proximal L1 settles at max(0, 2 − λ), exactly 0 once λ ≥ 2', () => {
    for (const lambda of [0, 0.5, 1, 1.5, 1.9]) {
      const w = descend({ w0: 5, eta: 0.5, steps: 2000, penalty: 'l1', method: 'proximal', lambda, dataTarget: 2 })
      expect(w.at(-1)).toBeCloseTo(2 - lambda, 12)
    }
    for (const lambda of [2, 2.5, 3, 10]) {
      const w = descend({ w0: 5, eta: 0.5, steps: 2000, penalty: 'l1', method: 'proximal', lambda, dataTarget: 2 })
      expect(Object.is(w.at(-1), 0)).toBe(true)
    }
  })
})

describe('"Subgradient bounces; proximal lands on 0": fixed-step subgradient oscillates, the proximal step lands on 0', () => {
  it('subgradient from 1 with step 0.3: 0.7, 0.4, 0.1, −0.2, 0.1, −0.2, … forever', () => {
    const w = descend({ w0: 1, eta: 0.3, steps: 1000, penalty: 'l1', method: 'subgradient' })
    const expected = [1, 0.7, 0.4, 0.1, -0.2, 0.1, -0.2]
    expected.forEach((v, k) => expect(w[k]).toBeCloseTo(v, 12))
    for (let k = 3; k <= 1000; k++) expect(w[k]).toBeCloseTo(k % 2 === 1 ? 0.1 : -0.2, 12)
    expect(w.includes(0)).toBe(false)
  })

  it('proximal from 1 with step 0.3: 0.7, 0.4, 0.1, then exactly 0, 0', () => {
    const w = descend({ w0: 1, eta: 0.3, steps: 5, penalty: 'l1', method: 'proximal' })
    expect(w[1]).toBeCloseTo(0.7, 14)
    expect(w[2]).toBeCloseTo(0.4, 14)
    expect(w[3]).toBeCloseTo(0.1, 14)
    expect(Object.is(w[4], 0)).toBe(true)
    expect(Object.is(w[5], 0)).toBe(true)
  })

  it('negative starts mirror positive ones, with +0 (not −0) at the end', () => {
    const w = descend({ w0: -1, eta: 0.3, steps: 5, penalty: 'l1', method: 'proximal' })
    expect(Object.is(w[5], 0)).toBe(true)
    const s = descend({ w0: -5, eta: 0.5, steps: 12, penalty: 'l1', method: 'subgradient' })
    expect(Object.is(s[12], 0)).toBe(true)
  })
})

describe('general properties', () => {
  it('returns steps + 1 iterates starting at w0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: -10, max: 10, noNaN: true }), (steps, w0) => {
        const w = descend({ w0, eta: 0.1, steps, penalty: 'l1', method: 'proximal' })
        expect(w).toHaveLength(steps + 1)
        expect(w[0]).toBe(w0)
      }),
    )
  })

  it('proximal L1 never crosses zero and never grows |w| without data', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (w0, eta) => {
        const w = descend({ w0, eta, steps: 40, penalty: 'l1', method: 'proximal' })
        for (let k = 1; k < w.length; k++) {
          expect(Math.abs(w[k]!)).toBeLessThanOrEqual(Math.abs(w[k - 1]!))
          expect(w[k]! * w0).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })
})

describe('argument checks', () => {
  const base: DescentOptions = { w0: 5, eta: 0.5, steps: 10, penalty: 'l1', method: 'subgradient' }
  it('names the option and the problem', () => {
    expect(() => descend({ ...base, steps: 2.5 })).toThrow(new RangeError('descend: opts.steps must be an integer between 0 and 1000000 (got 2.5)'))
    expect(() => descend({ ...base, steps: 1e7 })).toThrow(RangeError)
    expect(() => descend({ ...base, eta: 0 })).toThrow(new RangeError('descend: opts.eta must be a positive number (got 0)'))
    expect(() => descend({ ...base, eta: NaN })).toThrow(new RangeError('descend: opts.eta must be a finite number (got NaN)'))
    expect(() => descend({ ...base, w0: Infinity })).toThrow('descend: opts.w0 must be a finite number (got Infinity)')
    expect(() => descend({ ...base, lambda: -1 })).toThrow('descend: opts.lambda must be a non-negative number (got -1)')
    expect(() => descend({ ...base, dataTarget: NaN })).toThrow('descend: opts.dataTarget must be a finite number (got NaN)')
    expect(() => descend({ ...base, method: 'newton' as 'proximal' })).toThrow(`descend: opts.method must be one of 'gradient', 'subgradient', 'proximal' (got "newton")`)
    expect(() => descend({ ...base, penalty: 'l0' as 'l1' })).toThrow(`descend: opts.penalty must be one of 'l1', 'l2' (got "l0")`)
  })

  it('rejects method/penalty pairs that do not fit: gradient needs l2, subgradient is for l1', () => {
    expect(() => descend({ ...base, method: 'gradient', penalty: 'l1' })).toThrow(/descend: opts.method 'gradient' needs a differentiable penalty/)
    expect(() => descend({ ...base, method: 'subgradient', penalty: 'l2' })).toThrow(/descend: opts.method 'subgradient' is meant for penalty 'l1'/)
  })
})
