import { describe, expect, it } from 'vitest'
import {
  boundarySearchOptimum,
  constrainedOptimum,
  inL1ZeroZone,
  normOf,
  simulate,
} from '../../lib/index'
import type { LossFamily, Norm, SimulationOptions } from '../../lib/index'

const FAMILIES: LossFamily[] = ['general', 'symmetric', 'weakFeature']
const NORMS: Norm[] = ['l1', 'l2']
const rate = (count: number, n: number) => count / n

describe('reproducibility', () => {
  it('the same seed gives identical trials; another seed does not', () => {
    const opts: SimulationOptions = { trials: 300, seed: 7, family: 'general', norm: 'l2' }
    expect(simulate(opts)).toEqual(simulate(opts))
    expect(simulate({ ...opts, seed: 8 }).trials[0]).not.toEqual(simulate(opts).trials[0])
  })

  it('is prefix-stable: the first k trials of a longer run are a k-trial run', () => {
    const long = simulate({ trials: 500, seed: 3, family: 'weakFeature', norm: 'l1' })
    const short = simulate({ trials: 50, seed: 3, family: 'weakFeature', norm: 'l1' })
    expect(long.trials.slice(0, 50)).toEqual(short.trials)
  })

  it("'exact' and { boundaryPoints } see the very same bowls", () => {
    for (const family of FAMILIES) {
      for (const norm of NORMS) {
        const exact = simulate({ trials: 200, seed: 11, family, norm })
        const coarse = simulate({ trials: 200, seed: 11, family, norm, method: { boundaryPoints: 100 } })
        expect(coarse.trials.map((t) => t.loss)).toEqual(exact.trials.map((t) => t.loss))
      }
    }
  })

  it('L1 and L2 runs of one seed share the bowl shapes (only the minima differ)', () => {
    const l1 = simulate({ trials: 200, seed: 5, family: 'general', norm: 'l1' })
    const l2 = simulate({ trials: 200, seed: 5, family: 'general', norm: 'l2' })
    expect(l1.trials.map(({ loss }) => [loss.a, loss.b, loss.c])).toEqual(l2.trials.map(({ loss }) => [loss.a, loss.b, loss.c]))
  })
})

describe('sampling follows the article', () => {
  for (const family of FAMILIES) {
    for (const norm of NORMS) {
      it(`${family}/${norm}: bowls in range, minima in the square and outside the region`, () => {
        const { trials } = simulate({ trials: 2000, seed: 1, family, norm })
        for (const { loss } of trials) {
          expect(4 * loss.a * loss.b).toBeGreaterThan(loss.c * loss.c)
          expect(loss.a).toBeGreaterThan(0)
          expect(loss.a).toBeLessThan(10)
          expect(loss.b).toBeLessThan(10)
          expect(Math.abs(loss.center[0])).toBeLessThanOrEqual(10)
          expect(Math.abs(loss.center[1])).toBeLessThanOrEqual(10)
          expect(normOf(norm, loss.center)).toBeGreaterThan(2)
          if (family === 'general') expect(Math.abs(loss.c)).toBeLessThanOrEqual(2)
          if (family === 'symmetric') expect([loss.b, loss.c]).toEqual([loss.a, 0])
          if (family === 'weakFeature') {
            expect(loss.c).toBe(0)
            expect(loss.a === 0.1 || loss.b === 0.1).toBe(true)
          }
        }
        if (family === 'weakFeature') {
          // A fair coin picks the weak feature: 2000 flips, 4.5σ ≈ 0.05.
          const weakFirst = trials.filter(({ loss }) => loss.a === 0.1).length / trials.length
          expect(Math.abs(weakFirst - 0.5)).toBeLessThan(0.05)
        }
      })
    }
  }

  it('each optimum is the exact constrained optimum, or the coarse search, of its own bowl', () => {
    for (const norm of NORMS) {
      for (const { loss, optimum } of simulate({ trials: 200, seed: 2, family: 'general', norm }).trials) {
        expect(optimum).toEqual(constrainedOptimum(loss, norm, 2))
      }
      const coarse = simulate({ trials: 200, seed: 2, family: 'general', norm, method: { boundaryPoints: 100 } })
      for (const { loss, optimum } of coarse.trials) expect(optimum).toEqual(boundarySearchOptimum(loss, norm, 2, 100))
    }
  })
})

describe('exact answers', () => {
  it('L2 never gives an exact zero (5000 trials, every family)', () => {
    for (const family of FAMILIES) {
      const { counts } = simulate({ trials: 5000, seed: 2020, family, norm: 'l2' })
      expect(counts.zero).toBe(0)
    }
  })

  it('symmetric L1: zero exactly when the minimum is in the zone |c1| − t ≥ |c2| (or swapped); rate ≈ 256/392', () => {
    const n = 20000
    const { trials, counts } = simulate({ trials: n, seed: 13, family: 'symmetric', norm: 'l1' })
    for (const { loss, outcome } of trials) expect(outcome === 'zero').toBe(inL1ZeroZone(loss.center, 2))
    // Binomial sampling error: σ = √(p(1 − p)/n) ≈ 0.34 %; allow 4σ.
    const p = 256 / 392
    expect(Math.abs(rate(counts.zero, n) - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n))
  })

  it('L1 has no near misses; counts add up', () => {
    for (const family of FAMILIES) {
      const { counts, trials } = simulate({ trials: 1000, seed: 4, family, norm: 'l1' })
      expect(counts.nearMiss).toBe(0)
      expect(counts.zero + counts.nonzero).toBe(1000)
      expect(trials.filter((t) => t.outcome === 'zero')).toHaveLength(counts.zero)
    }
  })
})

describe('the coarse boundary search reproduces the article (slides 11–12)', () => {
  // Parr's figures: 5000 trials each, printed as floor(100·zeros/trials) %, so his true rate
  // lies in [r, r + 1) % up to his own sampling error σ_P = √(p(1 − p)/5000). We run 20000
  // trials (σ_o = √(p(1 − p)/20000)) and accept r − 3σ ≤ ours ≤ r + 1 + 3σ with
  // σ = √(σ_P² + σ_o²). (Small method differences remain: his 96 distinct points vs our
  // 100, and his grid-based "is it a bowl" check vs the exact 4ab > c².)
  const reported: Record<LossFamily, Record<Norm, number>> = {
    general: { l1: 72, l2: 5 },
    symmetric: { l1: 66, l2: 3 },
    weakFeature: { l1: 80, l2: 45 },
  }
  const n = 20000
  for (const family of FAMILIES) {
    for (const norm of NORMS) {
      const r = reported[family][norm]
      it(`${family} ${norm}: near ${r} %`, () => {
        const { counts } = simulate({ trials: n, seed: 42, family, norm, method: { boundaryPoints: 100 } })
        const p = r / 100
        const sigma = Math.sqrt((p * (1 - p)) / 5000 + (p * (1 - p)) / n)
        const ours = rate(counts.zero, n)
        expect(ours).toBeGreaterThanOrEqual(p - 3 * sigma)
        expect(ours).toBeLessThanOrEqual(p + 0.01 + 3 * sigma)
      })
    }
  }

  it('L2 "zeros" are a sampling artefact: they fall with resolution (≈ 5 % → ≈ 0.5 % → ≈ 0 → exactly 0)', () => {
    const zeros = [{ boundaryPoints: 100 }, { boundaryPoints: 1000 }, { boundaryPoints: 10000 }, 'exact' as const].map(
      (method) => rate(simulate({ trials: 5000, seed: 9, family: 'general', norm: 'l2', method }).counts.zero, 5000),
    )
    // A minimum's best grid point is an axis point with probability ∝ grid spacing, so ten
    // times the points gives about a tenth of the zeros.
    expect(zeros[0]).toBeGreaterThan(0.035)
    expect(zeros[1]).toBeLessThan(0.012)
    expect(zeros[1]).toBeGreaterThan(0.001)
    expect(zeros[2]).toBeLessThan(0.003)
    expect(zeros[3]).toBe(0)
  })

  it('L1 zeros stay put as the resolution grows', () => {
    const zeros = [{ boundaryPoints: 100 }, { boundaryPoints: 10000 }, 'exact' as const].map(
      (method) => rate(simulate({ trials: 5000, seed: 9, family: 'general', norm: 'l1', method }).counts.zero, 5000),
    )
    for (const z of zeros) expect(Math.abs(z - 0.72)).toBeLessThan(0.035)
    expect(Math.abs(zeros[1]! - zeros[2]!)).toBeLessThan(0.005)
  })
})

describe('near misses (L2)', () => {
  const distance = (t: number, [x, y]: readonly [number, number]) =>
    Math.min(Math.hypot(x - t, y), Math.hypot(x + t, y), Math.hypot(x, y - t), Math.hypot(x, y + t))

  for (const method of ['exact', { boundaryPoints: 100 }] as const) {
    it(`${typeof method === 'string' ? method : 'coarse'}: exactly the nonzero outcomes in the bottom 10 % of the distance range`, () => {
      const { trials, counts } = simulate({ trials: 3000, seed: 21, family: 'general', norm: 'l2', method })
      const nonzero = trials.filter((t) => t.outcome !== 'zero')
      const d = nonzero.map((t) => distance(2, t.optimum))
      const lo = Math.min(...d)
      const hi = Math.max(...d)
      nonzero.forEach((t, i) => expect(t.outcome === 'nearMiss').toBe((d[i]! - lo) / (hi - lo) < 0.1))
      expect(counts.nearMiss).toBeGreaterThan(0)
      expect(counts.zero + counts.nearMiss + counts.nonzero).toBe(3000)
    })
  }

  it('nearMiss: 0 disables them; a larger threshold marks more', () => {
    const none = simulate({ trials: 1000, seed: 1, family: 'general', norm: 'l2', nearMiss: 0 })
    const some = simulate({ trials: 1000, seed: 1, family: 'general', norm: 'l2', nearMiss: 0.1 })
    const more = simulate({ trials: 1000, seed: 1, family: 'general', norm: 'l2', nearMiss: 0.3 })
    expect(none.counts.nearMiss).toBe(0)
    expect(more.counts.nearMiss).toBeGreaterThan(some.counts.nearMiss)
  })

  it('a single trial has no distance range, hence no near miss', () => {
    expect(simulate({ trials: 1, seed: 1, family: 'general', norm: 'l2' }).counts.nearMiss).toBe(0)
    expect(simulate({ trials: 0, seed: 1, family: 'general', norm: 'l2' }).trials).toEqual([])
  })
})

describe('argument checks', () => {
  const base: SimulationOptions = { trials: 10, seed: 1, family: 'general', norm: 'l1' }
  it('names the option and the problem', () => {
    expect(() => simulate({ ...base, trials: 1.5 })).toThrow(new RangeError('simulate: opts.trials must be an integer between 0 and 1000000 (got 1.5)'))
    expect(() => simulate({ ...base, seed: NaN })).toThrow(new RangeError(`simulate: opts.seed must be an integer between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (got NaN)`))
    expect(() => simulate({ ...base, family: 'tilted' as LossFamily })).toThrow(new RangeError(`simulate: opts.family must be one of 'general', 'symmetric', 'weakFeature' (got "tilted")`))
    expect(() => simulate({ ...base, norm: 'l3' as Norm })).toThrow(`simulate: opts.norm must be one of 'l1', 'l2' (got "l3")`)
    expect(() => simulate({ ...base, t: -2 })).toThrow('simulate: opts.t must be a number between 0 and 10 (got -2)')
    expect(() => simulate({ ...base, nearMiss: 2 })).toThrow('simulate: opts.nearMiss must be a number between 0 and 1 (got 2)')
    expect(() => simulate({ ...base, method: { boundaryPoints: 50 } })).toThrow(new RangeError('simulate: opts.method.boundaryPoints must be a multiple of 4 (so the tips / axis points are included) (got 50)'))
    expect(() => simulate({ ...base, method: { boundaryPoints: 99.5 } })).toThrow('simulate: opts.method.boundaryPoints must be an integer between 4 and 10000000 (got 99.5)')
    expect(() => simulate({ ...base, method: 'coarse' as 'exact' })).toThrow(new TypeError(`simulate: opts.method must be 'exact' or { boundaryPoints: n } (got "coarse")`))
    expect(() => simulate(null as unknown as SimulationOptions)).toThrow(new TypeError('simulate: opts must be an object (got null)'))
  })
})
