// "Reaching 0: step size or trade-off". The optima are checked against optimality conditions
// and a brute-force grid, never against the formulas the scene uses: for ½(w − 2)² + λ·½w² the
// derivative (w − 2) + λw vanishes; for ½(w − 2)² + λ|w| either w > 0 and (w − 2) + λ = 0, or w = 0
// and the data slope |0 − 2| is at most λ (0 is in the subdifferential).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  lambdaAtStep, SETTLE_STEPS, TRADEOFF_STEPS, tradeoffDescent, tradeoffOptimum, tradeoffScene, tradeoffTotal,
} from '../../lib/scenes/descentTradeoff'

const data = (w: number) => 0.5 * (w - 2) ** 2
const l1Total = (lambda: number, w: number) => data(w) + lambda * Math.abs(w)
const l2Total = (lambda: number, w: number) => data(w) + lambda * 0.5 * w * w

function gridMin(f: (w: number) => number): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i <= 9000; i++) best = Math.min(best, f(-1 + i / 2000))
  return best
}

describe('click 0: η = 1 lands L2 on 0 in one step', () => {
  const s = tradeoffScene(0)
  it('jumps from (5, 12.5) on ½w² to exactly (0, 0), and stays at 0', () => {
    expect(s.mode).toBe('oneStep')
    expect(s.jump).toEqual([[5, 12.5], [0, 0]])
    const big = s.lanes.find(l => l.id === 'l2')!
    expect(big.points.slice(1).every(([, w]) => Object.is(w, 0))).toBe(true)
  })
  it('the table names each column by the step whose iterate it holds (w_k = 5·2^-k for η = ½)', () => {
    const [, first, last] = s.headers
    const k = (h: string) => Number([...h.slice(1)].map(c => c.charCodeAt(0) - 0x2080).join(''))
    const half = s.rows.find(r => r.label === 'η = ½')!
    expect(Number(half.cells[0])).toBeCloseTo(5 / 2 ** k(first!), 12)
    expect(Number(half.cells[1]) / (5 / 2 ** k(last!))).toBeCloseTo(1, 5)
  })
  it('beside it, η = ½ halves and is never 0', () => {
    const half = s.lanes.find(l => l.id === 'ghost')!
    half.points.forEach(([k, w]) => expect(w).toBe(5 / 2 ** k))
  })
})

describe('clicks 1–6: the data loss ½(w − 2)² and a stepped λ', () => {
  it('steps λ through 0 … 2.5, reaching the L1 threshold 2 and going past it', () => {
    expect(TRADEOFF_STEPS).toBe(lambdaAtStep.length)
    for (let s = 1; s <= TRADEOFF_STEPS; s++) expect(tradeoffScene(s).lambda).toBe(lambdaAtStep[s - 1])
    expect(lambdaAtStep).toContain(2)
    expect(Math.max(...lambdaAtStep)).toBeGreaterThan(2)
    expect(lambdaAtStep[0]).toBe(0)
  })

  it('the totals are the data loss plus λ|w| and λ·½w², as stated on screen', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: -1, max: 3.5, noNaN: true }), (lambda, w) => {
      expect(tradeoffTotal('l1', lambda, w)).toBeCloseTo(l1Total(lambda, w), 10)
      expect(tradeoffTotal('l2', lambda, w)).toBeCloseTo(l2Total(lambda, w), 10)
    }))
    expect(tradeoffScene(1).convention).toMatch(/½\(w − 2\)²/)
    expect(tradeoffScene(1).convention).toMatch(/λ\|w\|/)
    expect(tradeoffScene(1).convention).toMatch(/λ·½w²/)
  })

  it('the optima satisfy the optimality conditions and beat every grid point', () => {
    for (const lambda of [...lambdaAtStep, 0.3, 1.99, 2.01, 3]) {
      const w2 = tradeoffOptimum('l2', lambda)
      expect((w2 - 2) + lambda * w2).toBeCloseTo(0, 12)
      const w1 = tradeoffOptimum('l1', lambda)
      if (w1 > 0) expect((w1 - 2) + lambda).toBeCloseTo(0, 12)
      else expect(Object.is(w1, 0) && 2 <= lambda).toBe(true)
      expect(l2Total(lambda, w2)).toBeLessThanOrEqual(gridMin(w => l2Total(lambda, w)) + 1e-12)
      expect(l1Total(lambda, w1)).toBeLessThanOrEqual(gridMin(w => l1Total(lambda, w)) + 1e-12)
    }
  })

  it('L2 never reaches 0 for finite λ; L1 is exactly 0 exactly when λ ≥ 2', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (lambda) => {
      expect(tradeoffOptimum('l2', lambda)).toBeGreaterThan(0)
      expect(Object.is(tradeoffOptimum('l1', lambda), 0)).toBe(lambda >= 2)
    }))
  })

  it("matches Parr's convention after rescaling: (β − 2)² + λ|β| has its minimum at max(0, 2 − λ/2), (β − 2)² + λβ² at 2/(1 + λ)", () => {
    // (β − 2)² + λ|β| = 2·[½(β − 2)² + (λ/2)|β|];  (β − 2)² + λβ² = 2·[½(β − 2)² + λ·½β²]
    for (const lambda of [0, 1, 3, 4, 6]) {
      expect(tradeoffOptimum('l1', lambda / 2)).toBeCloseTo(Math.max(0, 2 - lambda / 2), 14)
      expect(tradeoffOptimum('l2', lambda)).toBeCloseTo(2 / (1 + lambda), 14)
    }
  })

  it('descent from w = 5 settles at the optimum; the L1 run is exactly 0 for every λ ≥ 2 shown', () => {
    for (const lambda of [...lambdaAtStep, 3]) {
      const l1 = tradeoffDescent('l1', lambda)
      const l2 = tradeoffDescent('l2', lambda)
      expect(l1[0]).toBe(5)
      expect(l2.at(-1)).toBeCloseTo(2 / (1 + lambda), 12)
      expect(l2.includes(0)).toBe(false)
      if (lambda >= 2) expect(Object.is(l1.at(-1), 0)).toBe(true)
      else expect(l1.at(-1)).toBeCloseTo(2 - lambda, 12)
    }
  })

  it('shows the optimum and the settled value side by side, and when L1 became exactly 0', () => {
    const at2 = tradeoffScene(5)
    expect(at2.lambda).toBe(2)
    expect(at2.rows[0]).toEqual({ label: 'L1: max(0, 2 \u2212 \u03BB)', cells: ['0', '0'], zero: [true, true] })
    expect(at2.rows[1]!.zero).toEqual([false, false])
    expect(at2.headers[2]).toBe(`descent, ${SETTLE_STEPS} steps`)
    // at λ = 2 the proximal L1 step is w ← ½w exactly until ½w + 1 rounds to 1: 5·2⁻ᵏ < 2⁻⁵³ first at k = 55
    expect(at2.l1ZeroStep).toBe(55)
    expect(tradeoffScene(6).l1ZeroStep).toBeLessThan(10)
    expect(tradeoffScene(4).l1ZeroStep).toBeNull()
  })

  it('puts the exact minima on the curves and the black dot at w = 2', () => {
    for (let s = 1; s <= TRADEOFF_STEPS; s++) {
      const scene = tradeoffScene(s)
      expect(scene.dataMin).toEqual([2, 0])
      for (const o of scene.optima) expect(o.loss).toBeCloseTo((o.norm === 'l1' ? l1Total : l2Total)(scene.lambda!, o.w), 12)
      for (const l of scene.lanes) for (const [, w] of l.points) expect(w >= scene.laneDomain[0] && w <= scene.laneDomain[1]).toBe(true)
    }
  })

  it("the viewer's λ replaces the clicked one (from click 1 on) and is checked", () => {
    expect(tradeoffScene(1, { lambda: 2.7 }).lambda).toBe(2.7)
    expect(tradeoffScene(1, { lambda: 2.7 }).headers[0]).toBe('\u03BB = 2.7 (slider)')
    expect(tradeoffScene(0, { lambda: 2.7 }).mode).toBe('oneStep')
    expect(() => tradeoffScene(1, { lambda: -1 })).toThrow('tradeoffScene: lambda must be a number between 0 and 3 (got -1)')
    expect(() => tradeoffScene(1, { lambda: Number.NaN })).toThrow(/lambda must be a number/)
    expect(() => tradeoffScene(-1)).toThrow('tradeoffScene: step must be a non-negative integer (got -1)')
    expect(tradeoffScene(20)).toEqual(tradeoffScene(TRADEOFF_STEPS))
  })
})
