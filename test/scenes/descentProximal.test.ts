// "Subgradient bounces; proximal lands on 0": fixed-step subgradient against the proximal step,
// from w = 1 with η = 0.3.
// By hand: 1 − 0.3 − 0.3 − 0.3 ≈ 0.1 < η, so the subgradient then jumps to 0.1 − 0.3 = −0.2,
// back to −0.2 + 0.3 = 0.1, and so on (odd steps 0.1, even steps −0.2 from step 3); the
// soft threshold maps anything with |w| ≤ η to exactly 0.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { etaRange, PROXIMAL_LONG_RUN, PROXIMAL_STEPS, proximalPaths, proximalScene, w0Range } from '../../lib/scenes/descentProximal'

describe('proximalScene at the presented start w = 1, η = 0.3', () => {
  const s = proximalScene(PROXIMAL_STEPS)
  const lane = (id: 'subgradient' | 'proximal') => s.lanes.find(l => l.id === id)!.points.map(p => p[1])

  it('the subgradient goes 0.7, 0.4, 0.1, −0.2, 0.1, −0.2 and never hits 0', () => {
    ;[1, 0.7, 0.4, 0.1, -0.2, 0.1, -0.2].forEach((v, k) => expect(lane('subgradient')[k]).toBeCloseTo(v, 12))
    expect(s.firstZero.subgradient).toBeNull()
  })

  it('the proximal step goes 0.7, 0.4, 0.1, then exactly 0 and stays', () => {
    ;[1, 0.7, 0.4, 0.1].forEach((v, k) => expect(lane('proximal')[k]).toBeCloseTo(v, 12))
    expect(lane('proximal').slice(4).every(w => Object.is(w, 0))).toBe(true)
    expect(s.firstZero.proximal).toBe(4)
  })

  it('the long run: at steps 999 and 1000 the subgradient still bounces (0.1, −0.2); the proximal step is 0', () => {
    expect(s.longRun.map(r => r.label)).toEqual([String(PROXIMAL_LONG_RUN - 1), String(PROXIMAL_LONG_RUN)])
    expect(s.longRun.map(r => r.cells)).toEqual([['0.1', '0'], ['\u22120.2', '0']])
    expect(s.longRun.map(r => r.zero)).toEqual([[false, true], [false, true]])
    const paths = proximalPaths({ w0: 1, eta: 0.3 }, PROXIMAL_LONG_RUN)
    for (let k = 3; k <= PROXIMAL_LONG_RUN; k++) expect(paths.subgradient[k]).toBeCloseTo(k % 2 === 1 ? 0.1 : -0.2, 12)
  })

  it('the table at click k holds rows 0..k only', () => {
    for (let k = 0; k <= PROXIMAL_STEPS; k++) {
      const rows = proximalScene(k).rows
      expect(rows.map(r => r.label)).toEqual(Array.from({ length: k + 1 }, (_, j) => String(j)))
      expect(rows.map(r => r.zero[1])).toEqual(Array.from({ length: k + 1 }, (_, j) => j >= 4))
    }
  })

  it('the axes hold 0 and every plotted point', () => {
    const [lo, hi] = s.yDomain
    expect(lo).toBeLessThan(-0.2)
    expect(hi).toBeGreaterThan(1)
    expect(s.kDomain[1]).toBeGreaterThanOrEqual(PROXIMAL_STEPS)
  })
})

describe('proximalScene for any start and step (self-study)', () => {
  it('with η = 0.25 from w = 1 the subgradient lands on 0 too: 1 is four exact binary steps', () => {
    const s = proximalScene(PROXIMAL_STEPS, { w0: 1, eta: 0.25 })
    expect(s.firstZero).toEqual({ subgradient: 4, proximal: 4 })
  })

  it('the proximal step is exactly 0 by step ⌈|w0|/η⌉ and stays; the subgradient stays within η of 0 after it', () => {
    fc.assert(fc.property(
      fc.double({ min: w0Range.min, max: w0Range.max, noNaN: true }),
      fc.double({ min: etaRange.min, max: etaRange.max, noNaN: true }),
      (w0, eta) => {
        const n = Math.ceil(Math.abs(w0) / eta)
        const paths = proximalPaths({ w0, eta }, n + 20)
        // within one rounding of n: |w0| − nη may be a hair above 0 in float64
        expect(paths.proximal.slice(n + 1).every(w => Object.is(w, 0))).toBe(true)
        for (const w of paths.subgradient.slice(n + 1)) expect(Math.abs(w)).toBeLessThanOrEqual(eta + 1e-12)
      },
    ), { numRuns: 200 })
  })

  it('plots every shown point inside the axes', () => {
    fc.assert(fc.property(
      fc.double({ min: w0Range.min, max: w0Range.max, noNaN: true }),
      fc.double({ min: etaRange.min, max: etaRange.max, noNaN: true }),
      (w0, eta) => {
        const s = proximalScene(PROXIMAL_STEPS, { w0, eta })
        for (const l of s.lanes) for (const [, w] of l.points) expect(w >= s.yDomain[0] && w <= s.yDomain[1]).toBe(true)
        expect(s.yDomain[0] <= 0 && s.yDomain[1] >= 0).toBe(true)
      },
    ), { numRuns: 100 })
  })

  it('keeps the axis still while w0 sweeps: it changes only where the ends cross the ladder', () => {
    // By hand, at η = 0.3 the paths lie in [−0.3, w0] (w0 > 0): the top end steps through
    // 0.25, 0.5, 1, 1.5, 2, 3, 4 and the bottom end flips once (when the 8 % margin of the span
    // pushes 0.3 past 0.5); mirrored for w0 < 0. So about 16 changes over the 61 positions;
    // ranging on where the bounces land changed it at most positions.
    const positions = Array.from({ length: 61 }, (_, i) => Number((w0Range.min + i * w0Range.step).toFixed(1)))
    const domains = positions.map(w0 => proximalScene(PROXIMAL_STEPS, { w0, eta: 0.3 }).yDomain.join())
    const changes = domains.filter((d, i) => i > 0 && d !== domains[i - 1]).length
    expect(changes).toBeLessThanOrEqual(18)
    // and the presented start gets the range worked out by hand: [−0.3, 1] plus 8 % of 1.3
    expect(proximalScene(PROXIMAL_STEPS).yDomain).toEqual([-0.5, 1.5])
  })

  it('rejects controls out of range with a message naming them', () => {
    expect(() => proximalScene(0, { w0: 9, eta: 0.3 })).toThrow('proximalScene: w0 must be a number between -3 and 3 (got 9)')
    expect(() => proximalScene(0, { w0: 1, eta: 0 })).toThrow('proximalScene: eta must be a number between 0.05 and 1 (got 0)')
    expect(() => proximalScene(0, { w0: Number.NaN, eta: 0.3 })).toThrow(/w0 must be a number/)
    expect(() => proximalScene(-1)).toThrow('proximalScene: step must be a non-negative integer (got -1)')
  })
})
