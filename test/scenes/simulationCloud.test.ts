// The scene of "Random loss functions", pinned with facts that do not come from the code under
// test:
//   - an exact L1 optimum is a tip exactly when −∇q(tip) lies in the tip's normal cone
//     (for the tip (t, 0): g1 ≥ |g2| with g = −∇q), checked per trial here by hand;
//   - exact L2 optima are never on an axis (0 zeros);
//   - the library author's 40 000-trial rate for general bowls, L1 exact: 72.8 %, and the
//     exact area share 256/392 ≈ 65.3 % for circular bowls; a 5 000-trial run must lie within
//     4 binomial standard errors of them.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { Vec2 } from '../../lib/index'
import {
  CLOUD_COUNTS,
  CLOUD_SEED,
  CLOUD_STEPS,
  CLOUD_T,
  cloudDefaults,
  cloudRequests,
  cloudScene,
  cloudSymbolSize,
  nearestTrial,
  trialInset,
} from '../../lib/scenes/simulationCloud'
import type { SimulationRequest } from '../../lib/index'
import { L1_REGION, L2_REGION, minimaWithOutcome, requestKey, runBuffers, simulate, trialAt } from '../../lib/index'
import { formatCount, formatPercent } from '../../lib/scenes/simulationText'

const within4Sigma = (count: number, n: number, p: number) => Math.abs(count / n - p) <= 4 * Math.sqrt((p * (1 - p)) / n)

/** Whether the L1 optimum of the bowl is the tip `tip` (KKT: −∇q(tip) in the normal cone of the diamond there). */
function tipIsOptimal(a: number, b: number, c: number, m: Vec2, tip: Vec2): boolean {
  const dx = tip[0] - m[0]
  const dy = tip[1] - m[1]
  const g1 = -(2 * a * dx + c * dy)
  const g2 = -(c * dx + 2 * b * dy)
  // Normal cone at (±t, 0): sign·g1 ≥ |g2|; at (0, ±t): sign·g2 ≥ |g1|.
  if (tip[1] === 0) return Math.sign(tip[0]) * g1 >= Math.abs(g2) - 1e-9
  return Math.sign(tip[1]) * g2 >= Math.abs(g1) - 1e-9
}

describe('packing the simulation', () => {
  it('hands its columns to a worker as eight transferable buffers', () => {
    const run = simulate({ family: 'general', seed: 5, trials: 300, region: L2_REGION, t: 2, method: 'exact' })
    expect(runBuffers(run)).toHaveLength(8)
    expect(runBuffers(run)[0]!.byteLength).toBe(300 * 8)
  })

  it('splits minima by outcome without losing any', () => {
    const pack = simulate({ family: 'general', seed: 9, trials: 500, region: L2_REGION, t: 2, method: { boundaryPoints: 100 } })
    const total = (['zero', 'nearMiss', 'nonzero'] as const).reduce((s, o) => s + minimaWithOutcome(pack, o).length / 2, 0)
    expect(total).toBe(500)
    expect(minimaWithOutcome(pack, 'zero').length / 2).toBe(pack.counts.zero)
  })

  it('gives equal keys to equal requests and different keys otherwise', () => {
    const r: SimulationRequest = { family: 'general', seed: 1, trials: 10, region: L1_REGION, t: 2, method: { boundaryPoints: 100 } }
    expect(requestKey({ ...r, method: { boundaryPoints: 100 } })).toBe(requestKey(r))
    expect(requestKey({ ...r, method: 'exact' })).not.toBe(requestKey(r))
    expect(requestKey({ ...r, seed: 2 })).not.toBe(requestKey(r))
  })

  it('trialAt rejects an index out of range', () => {
    const pack = simulate({ family: 'general', seed: 1, trials: 3, region: L1_REGION, t: 2, method: 'exact' })
    expect(() => trialAt(pack, 3)).toThrow('trialAt: i must be an integer in [0, 3) (got 3)')
  })
})

describe('readout text', () => {
  it('groups thousands and sizes percentages by magnitude', () => {
    expect(formatCount(5000)).toBe('5\u202F000')
    expect(formatCount(999)).toBe('999')
    expect(formatPercent(0, 5000)).toBe('0%')
    expect(formatPercent(3, 5000)).toBe('0.06%')
    expect(formatPercent(3640, 5000)).toBe('72.8%')
    expect(formatPercent(1, 1)).toBe('100.0%')
    expect(() => formatPercent(3, 2)).toThrow(/part ≤ whole/)
  })
})

describe('cloudScene', () => {
  it('shows 1, 10, 100, 1 000, 5 000 trials at clicks 0–4, in both panels', () => {
    expect(CLOUD_COUNTS).toEqual([1, 10, 100, 1000, 5000])
    for (let k = 0; k <= CLOUD_STEPS; k++) {
      const s = cloudScene(k)
      expect(s.count).toBe(CLOUD_COUNTS[k])
      for (const p of s.panels) {
        expect(p.total).toBe(CLOUD_COUNTS[k])
        expect(p.points.reduce((n, pts) => n + pts.data.length / 2, 0)).toBe(CLOUD_COUNTS[k])
      }
    }
    expect(cloudScene(9).count).toBe(5000)
  })

  it('at 5 000 trials: L1 exactly zero near the long-run 72.8 %, L2 exactly never', () => {
    const s = cloudScene(4)
    const [l1, l2] = s.panels
    const zero = (p: typeof l1) => p.readout.find(r => r.outcome === 'zero')!.count
    expect(within4Sigma(zero(l1), 5000, 0.728)).toBe(true)
    expect(zero(l2)).toBe(0)
    // One vocabulary for both panels (lib/simulation/outcome.ts), in legend order.
    expect(l1.readout.map(r => r.outcome)).toEqual(['zero', 'nearMiss', 'nonzero'])
    expect(l2.readout.map(r => r.outcome)).toEqual(['zero', 'nearMiss', 'nonzero'])
  })

  it('circular bowls: L1 zero rate within 4σ of the zone area 256/392', () => {
    const s = cloudScene(4, { ...cloudDefaults, family: 'symmetric' })
    expect(within4Sigma(s.panels[0].readout[0]!.count, 5000, 256 / 392)).toBe(true)
  })

  it('colours each L1 minimum green exactly when the optimum is a tip by the KKT test', () => {
    const run = simulate(cloudRequests(3, cloudDefaults)[0])
    const tips: Vec2[] = [[CLOUD_T, 0], [0, CLOUD_T], [-CLOUD_T, 0], [0, -CLOUD_T]]
    for (let i = 0; i < run.count; i++) {
      const tr = trialAt(run, i)
      const atTip = tips.some(tip => tipIsOptimal(tr.a, tr.b, tr.c, tr.center, tip))
      expect(tr.outcome === 'zero').toBe(atTip)
    }
  })

  it('plots every minimum inside the sampling square and outside its region', () => {
    const s = cloudScene(3)
    for (const panel of s.panels) {
      for (const { data } of panel.points) {
        for (let i = 0; i < data.length; i += 2) {
          const x = data[i]!
          const y = data[i + 1]!
          expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(10)
          const size = panel.norm === 'l1' ? Math.abs(x) + Math.abs(y) : Math.hypot(x, y)
          expect(size).toBeGreaterThan(CLOUD_T)
        }
      }
    }
  })

  it('draws the view square (equal spans) with the region to scale', () => {
    const s = cloudScene(0)
    expect(s.view.x[1] - s.view.x[0]).toBe(s.view.y[1] - s.view.y[0])
    const circle = s.panels[1].region
    for (const p of circle) expect(Math.hypot(p[0], p[1])).toBeCloseTo(CLOUD_T, 12)
  })

  it('is a pure function of the step and the controls; a new seed gives other bowls', () => {
    expect(cloudScene(2)).toEqual(cloudScene(2))
    const other = cloudScene(2, { ...cloudDefaults, seed: CLOUD_SEED + 1 })
    expect(other.description).not.toBe(cloudScene(2).description)
  })

  it('asks its source for exactly the two runs of the step', () => {
    const source = vi.fn(simulate)
    cloudScene(1, cloudDefaults, source)
    expect(source.mock.calls.map(c => c[0])).toEqual(cloudRequests(1, cloudDefaults))
  })

  it('markers shrink as points multiply', () => {
    const sizes = CLOUD_COUNTS.map(cloudSymbolSize)
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!)
  })

  it('the selection marks its minimum in its own panel only, and falls back to trial 1 when out of range', () => {
    const s = cloudScene(2, { ...cloudDefaults, selected: { norm: 'l2', index: 42 } })
    expect(s.panels[0].selected).toBeNull()
    expect(s.inset.index).toBe(42)
    expect(s.panels[1].selected).toEqual(s.inset.center)
    const fallback = cloudScene(0, { ...cloudDefaults, selected: { norm: 'l1', index: 42 } })
    expect(fallback.inset.index).toBe(0)
  })

  it('rejects bad input', () => {
    expect(() => cloudScene(-1)).toThrow('cloudScene: step must be a non-negative integer (got -1)')
    expect(() => cloudScene(0, { ...cloudDefaults, seed: 0.5 })).toThrow(/seed must be a safe integer/)
  })
})

describe('trialInset', () => {
  const run = simulate({ family: 'general', seed: CLOUD_SEED, trials: 200, region: L1_REGION, t: 2, method: 'exact' })

  it('draws the contour through the optimum, touching the region there', () => {
    for (const i of [0, 1, 2, 57]) {
      const inset = trialInset(run, i, CLOUD_T)
      const tr = trialAt(run, i)
      const loss = (p: Vec2) => {
        const dx = p[0] - tr.center[0]
        const dy = p[1] - tr.center[1]
        return tr.a * dx * dx + tr.b * dy * dy + tr.c * dx * dy
      }
      const level = loss(tr.optimum)
      for (const p of inset.through.points) expect(loss(p)).toBeCloseTo(level, 8)
      expect(inset.contours).toHaveLength(5)
      expect(inset.contours[2]!.level).toBeCloseTo(level, 10)
      // The zoom holds the minimum and the whole region.
      expect(inset.view.x[1]).toBeGreaterThanOrEqual(Math.max(Math.abs(tr.center[0]), Math.abs(tr.center[1]), CLOUD_T))
    }
  })

  it('words the outcome', () => {
    const zeros = Array.from({ length: run.count }, (_, i) => i).filter(i => trialAt(run, i).outcome === 'zero')
    const z = trialInset(run, zeros[0]!, CLOUD_T)
    expect(z.verdict).toMatch(/^β[₁₂] = 0 exactly$/)
    const nz = Array.from({ length: run.count }, (_, i) => i).find(i => trialAt(run, i).outcome === 'nonzero')!
    expect(trialInset(run, nz, CLOUD_T).verdict).toMatch(/^no zero: \(/)
  })
})

describe('nearestTrial', () => {
  const run = simulate({ family: 'general', seed: 3, trials: 400, region: L1_REGION, t: 2, method: 'exact' })

  it('finds the minimum nearest to a point, by brute force', () => {
    const coord = fc.double({ min: -10, max: 10, noNaN: true })
    fc.assert(fc.property(coord, coord, (x, y) => {
      const i = nearestTrial(run, [x, y], 100)!
      const d = (k: number) => Math.hypot(run.c1[k]! - x, run.c2[k]! - y)
      for (let k = 0; k < run.count; k++) if (d(k) < d(i) - 1e-12) return false
      return true
    }), { numRuns: 100 })
  })

  it('returns null when nothing is within reach, and the trial itself at its own minimum', () => {
    expect(nearestTrial(run, [1000, 1000], 1)).toBeNull()
    expect(nearestTrial(run, [run.c1[17]!, run.c2[17]!], 0.001)).toBe(17)
  })
})
