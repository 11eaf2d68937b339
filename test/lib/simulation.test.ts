// The random-bowl experiment (lib/simulation), one engine for every region: reproducible
// draws, sampling as in the article, each optimum its own bowl's exact (or coarse) optimum,
// one outcome classification, and zero rates against exact geometry (the zero zones'
// areas), the article's published coarse-search rates and probability-zero events.
import { describe, expect, it } from 'vitest'
import {
  L1_REGION,
  L2_REGION,
  NEAR_MISS_FRACTION,
  SIMULATION_TOL,
  boundarySearchOptimum,
  classifyOptimum,
  constrainedOptimum,
  inL1ZeroZone,
  lpConstrainedOptimum,
  normOf,
  outcomeAt,
  quadratic,
  simulate,
  trialAt,
} from '../../lib/index'
import type { LossFamily, LpRegion, Norm, SimulationRequest, SimulationRun } from '../../lib/index'

const FAMILIES: LossFamily[] = ['general', 'symmetric', 'weakFeature']
const NORMS: Norm[] = ['l1', 'l2']
const regionOf = (norm: Norm) => (norm === 'l1' ? L1_REGION : L2_REGION)
const request = (over: Partial<SimulationRequest>): SimulationRequest => ({ trials: 200, seed: 1, family: 'general', region: L1_REGION, t: 2, method: 'exact', ...over })
const trials = (run: SimulationRun) => Array.from({ length: run.count }, (_, i) => trialAt(run, i))
const rate = (count: number, n: number) => count / n

describe('reproducibility', () => {
  it('the same seed gives identical runs; another seed does not', () => {
    const r = request({ trials: 300, seed: 7, region: L2_REGION })
    expect(simulate(r)).toEqual(simulate(r))
    expect(trialAt(simulate({ ...r, seed: 8 }), 0)).not.toEqual(trialAt(simulate(r), 0))
  })

  it('is prefix-stable: the first k trials of a longer run are a k-trial run, for every region', () => {
    for (const region of [L1_REGION, { kind: 'lp', p: 0.7 }, { kind: 'elasticNet', alpha: 0.3 }] as LpRegion[]) {
      const long = simulate(request({ trials: 120, seed: 3, family: 'weakFeature', region }))
      const short = simulate(request({ trials: 50, seed: 3, family: 'weakFeature', region }))
      expect(trials(long).slice(0, 50)).toEqual(trials(short))
    }
  })

  it("'exact' and { boundaryPoints } see the very same bowls", () => {
    for (const family of FAMILIES) {
      for (const norm of NORMS) {
        const exact = simulate(request({ seed: 11, family, region: regionOf(norm) }))
        const coarse = simulate(request({ seed: 11, family, region: regionOf(norm), method: { boundaryPoints: 100 } }))
        expect([coarse.a, coarse.b, coarse.c, coarse.c1, coarse.c2]).toEqual([exact.a, exact.b, exact.c, exact.c1, exact.c2])
      }
    }
  })

  it('every region of one seed gets the same bowl shapes (only the minima differ)', () => {
    const runs = [L1_REGION, L2_REGION, { kind: 'lp', p: 0.5 } as LpRegion, { kind: 'elasticNet', alpha: 0.5 } as LpRegion].map(region => simulate(request({ seed: 5, region })))
    for (const r of runs) expect([r.a, r.b, r.c]).toEqual([runs[0]!.a, runs[0]!.b, runs[0]!.c])
  })
})

describe('sampling follows the article', () => {
  for (const family of FAMILIES) {
    for (const norm of NORMS) {
      it(`${family}/${norm}: bowls in range, minima in the square and outside the region`, () => {
        const all = trials(simulate(request({ trials: 2000, family, region: regionOf(norm) })))
        for (const { a, b, c, center } of all) {
          expect(4 * a * b).toBeGreaterThan(c * c)
          expect(a).toBeGreaterThan(0)
          expect(a).toBeLessThan(10)
          expect(b).toBeLessThan(10)
          expect(Math.abs(center[0])).toBeLessThanOrEqual(10)
          expect(Math.abs(center[1])).toBeLessThanOrEqual(10)
          expect(normOf(norm, center)).toBeGreaterThan(2)
          if (family === 'general') expect(Math.abs(c)).toBeLessThanOrEqual(2)
          if (family === 'symmetric') expect([b, c]).toEqual([a, 0])
          if (family === 'weakFeature') {
            expect(c).toBe(0)
            expect(a === 0.1 || b === 0.1).toBe(true)
          }
        }
        if (family === 'weakFeature') {
          // A fair coin picks the weak feature: 2000 flips, 4.5σ ≈ 0.05.
          const weakFirst = all.filter(t => t.a === 0.1).length / all.length
          expect(Math.abs(weakFirst - 0.5)).toBeLessThan(0.05)
        }
      })
    }
  }

  it('each optimum is the exact constrained optimum, or the coarse search, of its own bowl, for every region', () => {
    for (const norm of NORMS) {
      for (const t of trials(simulate(request({ seed: 2, region: regionOf(norm) })))) {
        expect(t.optimum).toEqual(constrainedOptimum(quadratic(t.a, t.b, t.c, t.center), norm, 2))
      }
      for (const t of trials(simulate(request({ seed: 2, region: regionOf(norm), method: { boundaryPoints: 100 } })))) {
        expect(t.optimum).toEqual(boundarySearchOptimum(quadratic(t.a, t.b, t.c, t.center), norm, 2, 100))
      }
    }
    for (const region of [{ kind: 'lp', p: Infinity }, { kind: 'elasticNet', alpha: 0.5 }] as LpRegion[]) {
      for (const t of trials(simulate(request({ trials: 100, seed: 2, region })))) {
        expect(t.optimum).toEqual(lpConstrainedOptimum(quadratic(t.a, t.b, t.c, t.center), region, 2).beta)
      }
    }
  })
})

describe('one outcome classification for every region', () => {
  it('zero: a coordinate exactly 0; near miss: the smaller one under 5 % of t; else nonzero', () => {
    expect(classifyOptimum(0, 1.3, 2)).toBe('zero')
    expect(classifyOptimum(-0.09, 1.3, 2)).toBe('nearMiss')
    expect(classifyOptimum(0.1, 1.3, 2)).toBe('nonzero')
    expect(classifyOptimum(0.19, 1.3, 4)).toBe('nearMiss')
    expect(classifyOptimum(0.2, 1.3, 4)).toBe('nonzero')
    for (const region of [L1_REGION, L2_REGION, { kind: 'lp', p: 0.5 } as LpRegion]) {
      const run = simulate(request({ trials: 500, seed: 9, region }))
      for (let i = 0; i < run.count; i++) {
        const small = Math.min(Math.abs(run.o1[i]!), Math.abs(run.o2[i]!))
        expect(outcomeAt(run, i)).toBe(small === 0 ? 'zero' : small < NEAR_MISS_FRACTION * 2 ? 'nearMiss' : 'nonzero')
      }
      expect(run.counts.zero + run.counts.nearMiss + run.counts.nonzero).toBe(500)
    }
  })

  it('the article\u2019s L2 "zeros" are near misses once solved exactly, every one of them', () => {
    for (const family of FAMILIES) {
      const coarse = simulate(request({ trials: 3000, seed: 21, family, region: L2_REGION, method: { boundaryPoints: 100 } }))
      const exact = simulate(request({ trials: 3000, seed: 21, family, region: L2_REGION }))
      let zeros = 0
      for (let i = 0; i < coarse.count; i++) {
        if (outcomeAt(coarse, i) !== 'zero') continue
        zeros++
        expect(outcomeAt(exact, i)).toBe('nearMiss')
      }
      expect(zeros).toBeGreaterThan(20)
    }
  })
})

describe('exact answers', () => {
  it('smooth boundaries never give an exact zero (5000 trials, every family)', () => {
    for (const family of FAMILIES) expect(simulate(request({ trials: 5000, seed: 2020, family, region: L2_REGION })).counts.zero).toBe(0)
    for (const region of [{ kind: 'lp', p: 1.5 }, { kind: 'lp', p: 1.2 }, { kind: 'lp', p: Infinity }] as LpRegion[]) {
      expect(simulate(request({ trials: 400, seed: 5, region })).counts.zero).toBe(0)
    }
  })

  it('symmetric L1: zero exactly when the minimum is in the zone |c1| − t ≥ |c2| (or swapped); rate ≈ 256/392', () => {
    const n = 20000
    const run = simulate(request({ trials: n, seed: 13, family: 'symmetric' }))
    for (const t of trials(run)) expect(t.outcome === 'zero').toBe(inL1ZeroZone(t.center, 2))
    // Binomial sampling error: σ = √(p(1 − p)/n) ≈ 0.34 %; allow 4σ.
    const p = 256 / 392
    expect(Math.abs(rate(run.counts.zero, n) - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n))
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
      const r = simulate(request({ trials: n, seed: 2024, family: 'symmetric', region: { kind: 'elasticNet', alpha } }))
      const sd = Math.sqrt((expected * (1 - expected)) / n)
      expect(Math.abs(r.counts.zero / n - expected)).toBeLessThan(4 * sd)
    }
  })

  it('searched optima (p < 1) carry a small proven loss gap', () => {
    const r = simulate(request({ trials: 300, seed: 9, region: { kind: 'lp', p: 0.5 } }))
    expect(r.maxLossGap).toBeGreaterThan(0)
    // ε = tol·(1 + largest boundary loss); losses here stay below 22·(10√2 + 2√2)² < 1e4.
    expect(r.maxLossGap).toBeLessThanOrEqual(SIMULATION_TOL * (1 + 1e4))
    expect(simulate(request({ trials: 300, seed: 9 })).maxLossGap).toBe(0)
  })
})

describe('the coarse boundary search reproduces the article', () => {
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
        const { counts } = simulate(request({ trials: n, seed: 42, family, region: regionOf(norm), method: { boundaryPoints: 100 } }))
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
      method => rate(simulate(request({ trials: 5000, seed: 9, region: L2_REGION, method })).counts.zero, 5000),
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
      method => rate(simulate(request({ trials: 5000, seed: 9, method })).counts.zero, 5000),
    )
    for (const z of zeros) expect(Math.abs(z - 0.72)).toBeLessThan(0.035)
    expect(Math.abs(zeros[1]! - zeros[2]!)).toBeLessThan(0.005)
  })
})

describe('argument checks', () => {
  const base = request({ trials: 10 })
  it('names the field and the problem', () => {
    expect(() => simulate({ ...base, trials: 1.5 })).toThrow(new RangeError('simulate: request.trials must be an integer between 0 and 1000000 (got 1.5)'))
    expect(() => simulate({ ...base, seed: NaN })).toThrow(new RangeError(`simulate: request.seed must be an integer between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (got NaN)`))
    expect(() => simulate({ ...base, family: 'tilted' as LossFamily })).toThrow(new RangeError(`simulate: request.family must be one of 'general', 'symmetric', 'weakFeature' (got "tilted")`))
    expect(() => simulate({ ...base, region: { kind: 'lp', p: 0 } })).toThrow(/simulate: request.region.p must be a number ≥ 0.25/)
    expect(() => simulate({ ...base, t: -2 })).toThrow('simulate: request.t must be a number between 0 and 10 (got -2)')
    expect(() => simulate({ ...base, method: { boundaryPoints: 50 } })).toThrow(new RangeError('simulate: request.method.boundaryPoints must be a multiple of 4 (so the tips / axis points are included) (got 50)'))
    expect(() => simulate({ ...base, method: { boundaryPoints: 99.5 } })).toThrow('simulate: request.method.boundaryPoints must be an integer between 4 and 10000000 (got 99.5)')
    expect(() => simulate({ ...base, method: 'coarse' as 'exact' })).toThrow(new TypeError(`simulate: request.method must be 'exact' or { boundaryPoints: n } (got "coarse")`))
    expect(() => simulate({ ...base, region: { kind: 'lp', p: 0.5 }, method: { boundaryPoints: 100 } })).toThrow(/simulate: request.method must be 'exact' for this region/)
    expect(() => simulate(null as unknown as SimulationRequest)).toThrow(new TypeError('simulate: request must be an object (got null)'))
  })
})
