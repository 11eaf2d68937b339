// The Lp simulation (slide 24): the same trials as simulate() where both apply, and zero
// rates checked against exact geometry (probability-zero events, and the area of the
// elastic-net zero zone for circular bowls, computed here by quadrature).
import { describe, expect, it } from 'vitest'
import type { LpRegion } from '../../lib/index'
import { simulate, simulateLp } from '../../lib/index'
import { SIMULATION_TOL } from '../../lib/lp/simulate'

describe('simulateLp', () => {
  it('draws the very trials of simulate() for p = 1 and p = 2, with the same zeros', () => {
    for (const family of ['general', 'symmetric', 'weakFeature'] as const) {
      for (const [norm, p] of [['l1', 1], ['l2', 2]] as const) {
        const ref = simulate({ trials: 300, seed: 42, family, norm })
        const mine = simulateLp({ trials: 300, seed: 42, family, region: { kind: 'lp', p } })
        mine.trials.forEach((tr, i) => {
          const r = ref.trials[i]!
          expect([tr.a, tr.b, tr.c]).toEqual([r.loss.a, r.loss.b, r.loss.c])
          expect(tr.center).toEqual(r.loss.center)
          expect(tr.optimum).toEqual(r.optimum)
          expect(tr.outcome === 'zero').toBe(r.outcome === 'zero')
        })
        expect(mine.counts.zero).toBe(ref.counts.zero)
      }
    }
  })

  it('smooth boundaries give no exact zeros (a probability-zero event), only near misses', () => {
    for (const region of [{ kind: 'lp', p: 2 }, { kind: 'lp', p: 1.5 }, { kind: 'lp', p: 1.2 }, { kind: 'lp', p: Infinity }] as LpRegion[]) {
      const r = simulateLp({ trials: 400, seed: 5, family: 'general', region })
      expect(r.counts.zero).toBe(0)
    }
    // Nearly a corner: p = 1.1 puts many optima within 0.01·t of an axis.
    const nearCorner = simulateLp({ trials: 400, seed: 5, family: 'general', region: { kind: 'lp', p: 1.1 } })
    expect(nearCorner.counts.nearMiss).toBeGreaterThan(40)
  })

  it('counts add up, outcomes follow the definitions, and the searched optima carry a small proven gap', () => {
    const r = simulateLp({ trials: 300, seed: 9, family: 'general', region: { kind: 'lp', p: 0.5 }, nearMiss: 0.02 })
    expect(r.counts.zero + r.counts.nearMiss + r.counts.nonzero).toBe(300)
    for (const tr of r.trials) {
      const small = Math.min(Math.abs(tr.optimum[0]), Math.abs(tr.optimum[1]))
      const expected = small === 0 ? 'zero' : small < 0.02 * 2 ? 'nearMiss' : 'nonzero'
      expect(tr.outcome).toBe(expected)
    }
    expect(r.maxLossGap).toBeGreaterThan(0)
    // ε = tol·(1 + largest boundary loss); losses here stay below 22·(10√2 + 2√2)² < 1e4.
    expect(r.maxLossGap).toBeLessThanOrEqual(SIMULATION_TOL * (1 + 1e4))
  })

  it('circular bowls and the elastic net: the zero rate matches the exact area of the zero zone', () => {
    // For a circular bowl the optimum is the nearest point of the region. The tip (t, 0) is
    // nearest iff m − tip lies in the normal cone spanned by (α + (1−α)t, ±α), i.e.
    // m1 ≥ t and |m2| ≤ k(m1 − t) with k = α/(α + (1−α)t). Four such wedges inside the
    // square [−10, 10]² have area 4k(10 − t)²; minima are uniform on the square minus the region.
    const t = 2
    for (const alpha of [1, 0.5, 0.2]) {
      const k = alpha / (alpha + (1 - alpha) * t)
      // Region area: 4 × ∫₀ᵗ y(x) dx, y(x) from α(x + y) + (1−α)/2(x² + y²) = αt + (1−α)t²/2 (Simpson).
      const level = alpha * t + ((1 - alpha) / 2) * t * t
      const yOf = (x: number) => {
        const A = (1 - alpha) / 2
        const C = alpha * x + A * x * x - level
        return A === 0 ? -C / alpha : (-alpha + Math.sqrt(alpha * alpha - 4 * A * C)) / (2 * A)
      }
      const steps = 20000
      let integral = yOf(0) + yOf(t)
      for (let i = 1; i < steps; i++) integral += (i % 2 ? 4 : 2) * yOf((i * t) / steps)
      const area = (4 * integral * (t / steps)) / 3
      const expected = (4 * k * (10 - t) ** 2) / (400 - area)
      const n = 4000
      const r = simulateLp({ trials: n, seed: 2024, family: 'symmetric', region: { kind: 'elasticNet', alpha } })
      const rate = r.counts.zero / n
      const sd = Math.sqrt((expected * (1 - expected)) / n)
      expect(Math.abs(rate - expected)).toBeLessThan(4 * sd)
    }
  })

  it('is reproducible and prefix-stable', () => {
    const region: LpRegion = { kind: 'lp', p: 0.7 }
    const long = simulateLp({ trials: 120, seed: 3, family: 'general', region })
    const short = simulateLp({ trials: 50, seed: 3, family: 'general', region })
    expect(short.trials).toEqual(long.trials.slice(0, 50))
  })

  it('rejects bad options with clear messages', () => {
    expect(() => simulateLp({ trials: -1, seed: 1, family: 'general', region: { kind: 'lp', p: 1 } })).toThrow(/simulateLp: opts.trials must be an integer between 0 and 1000000/)
    // @ts-expect-error: unknown family
    expect(() => simulateLp({ trials: 1, seed: 1, family: 'wild', region: { kind: 'lp', p: 1 } })).toThrow(/simulateLp: opts.family must be one of/)
    expect(() => simulateLp({ trials: 1, seed: 1, family: 'general', region: { kind: 'lp', p: 0 } })).toThrow(/simulateLp: opts.region.p must be a number ≥ 0.25/)
    expect(() => simulateLp({ trials: 1, seed: 1, family: 'general', region: { kind: 'lp', p: 1 }, t: 11 })).toThrow(/simulateLp: opts.t must be a number between 0 and 10/)
  })
})
