// The paths of "Coefficient paths on real data" on the real cars data, checked against facts
// derived independently: the lasso's KKT conditions at several λ, ridge's closed form
// (ZᵀZ/n + λI)β = Zᵀ(y − ȳ)/n solved by Gaussian elimination, the first feature to enter
// (largest |correlation| with mpg, entering just below λmax = max|zⱼᵀ(y − ȳ)|/n), and the
// click count in the slide's markdown.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAR_FEATURES, carsData } from '../../lib/index'
import { spreadLabels } from '../../lib/scenes/realDataLabels'
import { cursorIndexAt, formatLambda, PATHS_STEPS, pathsModel, pathsScene } from '../../lib/scenes/coefficientPaths'
import { solveDense } from '../lib/reference'

const data = carsData()
const n = data.X.length
const p = CAR_FEATURES.length
// Standardized columns written out here (population sd, as glmnet).
const means = Array.from({ length: p }, (_, j) => data.X.reduce((s, r) => s + r[j]!, 0) / n)
const sds = Array.from({ length: p }, (_, j) => Math.sqrt(data.X.reduce((s, r) => s + (r[j]! - means[j]!) ** 2, 0) / n))
const Z = data.X.map(r => r.map((v, j) => (v - means[j]!) / sds[j]!))
const ybar = data.y.reduce((s, v) => s + v, 0) / n
const yc = data.y.map(v => v - ybar)
/** (1/n)·zⱼᵀ(y − ȳ − Zβ): the gradient of the squared-error part, per feature. */
function residualCorrelations(beta: readonly number[]): number[] {
  const r = yc.map((v, i) => v - Z[i]!.reduce((s, z, j) => s + z * beta[j]!, 0))
  return Array.from({ length: p }, (_, j) => Z.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / n)
}

const model = pathsModel()

describe('the lasso path on the cars data', () => {
  it('satisfies the KKT conditions at several λ: |gradient| = λ on the support, ≤ λ off it', () => {
    for (const i of [10, 48, 55, 60, 70, 90, 110, 130, 140]) {
      const lambda = model.lambdas[i]!
      const beta = model.lasso[i]!
      const g = residualCorrelations(beta)
      beta.forEach((b, j) => {
        if (b !== 0) expect(Math.abs(g[j]! - lambda * Math.sign(b))).toBeLessThan(1e-7)
        else expect(Math.abs(g[j]!)).toBeLessThanOrEqual(lambda + 1e-9)
      })
    }
  })

  it('is exactly zero for λ ≥ λmax = max|zⱼᵀ(y − ȳ)|/n, and the first feature in is the one most correlated with mpg', () => {
    const c = residualCorrelations(new Array(p).fill(0))
    const lambdaMax = Math.max(...c.map(Math.abs))
    expect(model.lambdaMax).toBeCloseTo(lambdaMax, 10)
    const corr = Array.from({ length: p }, (_, j) => Z.reduce((s, r, i) => s + r[j]! * yc[i]!, 0) / n / Math.sqrt(yc.reduce((s, v) => s + v * v, 0) / n))
    const strongest = corr.map(Math.abs).indexOf(Math.max(...corr.map(Math.abs)))
    expect(CAR_FEATURES[strongest]).toBe('weight')
    const first = model.entries[0]!
    expect(first.feature).toBe(strongest)
    // Every grid point with λ ≥ λmax is all zeros; the first one below has exactly that feature.
    model.lambdas.forEach((lambda, i) => {
      if (lambda >= lambdaMax) expect(model.lasso[i]!.every(v => v === 0)).toBe(true)
    })
    expect(model.lambdas[first.index - 1]!).toBeGreaterThanOrEqual(lambdaMax)
    expect(model.lambdas[first.index]!).toBeLessThan(lambdaMax)
    expect(model.lasso[first.index]!.filter(v => v !== 0)).toHaveLength(1)
  })
})

describe('the ridge path on the cars data', () => {
  it('equals the closed form (ZᵀZ/n + λI)β = Zᵀ(y − ȳ)/n at several λ', () => {
    const G = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => Z.reduce((s, r) => s + r[j]! * r[k]!, 0) / n))
    const c = residualCorrelations(new Array(p).fill(0))
    for (const i of [0, 30, 60, 90, 120, 140]) {
      const lambda = model.lambdas[i]!
      const exact = solveDense(G.map((row, j) => row.map((v, k) => v + (j === k ? lambda : 0))), c)
      model.ridge[i]!.forEach((b, j) => expect(b).toBeCloseTo(exact[j]!, 7))
      expect(model.ridge[i]!.every(v => v !== 0)).toBe(true)
    }
  })
})

describe('pathsScene', () => {
  it('has one click step per stop (the slide declares that many: test/narration/notesShape.test.ts)', () => {
    expect(model.stops).toHaveLength(PATHS_STEPS + 1)
  })

  it('step 0 is above λmax (lasso all zero, ridge all nonzero); each later stop has one more lasso feature entered', () => {
    const s0 = pathsScene(0)
    expect(s0.panels[0].nonzero).toBe(0)
    expect(s0.panels[1].nonzero).toBe(p)
    for (let k = 1; k <= model.entries.length; k++) {
      const s = pathsScene(k)
      const entered = model.entries.slice(0, k).map(e => e.feature)
      // The newest feature is in at its stop.
      expect(s.panels[0].lines[entered.at(-1)!]!.value).not.toBe(0)
      expect(s.cursorIndex).toBeGreaterThanOrEqual(model.entries[k - 1]!.index)
      if (k < model.entries.length) expect(s.cursorIndex).toBeLessThan(model.entries[k]!.index)
    }
    expect(pathsScene(PATHS_STEPS).cursorIndex).toBe(model.lambdas.length - 1)
  })

  it('reveals each path from the largest λ up to the cursor, in log λ or in ‖β‖₁', () => {
    const s = pathsScene(3)
    for (const panel of s.panels) {
      for (const line of panel.lines) {
        expect(line.points).toHaveLength(s.cursorIndex + 1)
        expect(line.points.at(-1)![0]).toBeCloseTo(Math.log(s.lambda), 12)
      }
    }
    const l1 = pathsScene(3, { axis: 'l1', cursor: null })
    l1.panels.forEach((panel) => {
      const coefs = panel.lines.map(l => l.value)
      expect(panel.cursorX).toBeCloseTo(coefs.reduce((a, v) => a + Math.abs(v), 0), 12)
    })
    expect(l1.xInverse).toBe(false)
    expect(s.xInverse).toBe(true)
  })

  it('a dragged cursor holds only at the step it was dragged in (the frame is a function of step and controls)', () => {
    const dragged = { axis: 'logLambda' as const, cursor: { step: 2, index: 100 } }
    expect(pathsScene(2, dragged).cursorIndex).toBe(100)
    expect(pathsScene(3, dragged).cursorIndex).toBe(pathsScene(3).cursorIndex)
    expect(pathsScene(2, dragged)).toEqual(pathsScene(2, dragged))
  })

  it('maps a drag position to the nearest grid point on either axis', () => {
    expect(cursorIndexAt(model, 'logLambda', 'lasso', model.logLambdas[37]! + 1e-6)).toBe(37)
    expect(cursorIndexAt(model, 'l1', 'ridge', model.l1.ridge[120]!)).toBe(120)
    expect(cursorIndexAt(model, 'logLambda', 'lasso', 1e9)).toBe(0)
  })

  it('formats λ with three significant digits', () => {
    expect(formatLambda(649.2)).toBe('649')
    expect(formatLambda(4.6789)).toBe('4.68')
    expect(formatLambda(0.000649)).toBe('0.000649')
  })

  it('rejects bad input with messages naming it', () => {
    expect(() => pathsScene(-1)).toThrow(/pathsScene: step must be a non-negative integer/)
    // @ts-expect-error: not an axis
    expect(() => pathsScene(0, { axis: 'x', cursor: null })).toThrow(/pathsScene: axis must be 'logLambda' or 'l1'/)
    expect(() => pathsScene(1, { axis: 'l1', cursor: { step: 1, index: 999 } })).toThrow(/pathsScene: cursor.index must be an integer between 0 and 140/)
    expect(() => cursorIndexAt(model, 'l1', 'lasso', Number.NaN)).toThrow(/cursorIndexAt: x must be finite/)
    expect(() => formatLambda(0)).toThrow(/formatLambda: lambda must be finite and > 0/)
  })
})

describe('spreadLabels', () => {
  it('keeps labels at least `gap` apart, in order, inside the bounds when they fit', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 8 }), (wanted) => {
      const out = spreadLabels(wanted, 19, 0, 300)
      const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b)
      for (let k = 1; k < order.length; k++) {
        if (out[order[k]!]! - out[order[k - 1]!]! < 19 - 1e-9) return false
      }
      return out.every(v => v >= -1e-9 && v <= 300 + 1e-9)
    }))
  })
  it('leaves labels that are already apart where they are', () => {
    expect(spreadLabels([10, 100, 50], 19, 0, 300)).toEqual([10, 100, 50])
  })
  it('spreads a tie symmetrically around it', () => {
    const [a, b] = spreadLabels([100, 100], 20, 0, 300)
    expect([a, b]).toEqual([90, 110])
  })
  it('rejects a negative gap', () => {
    expect(() => spreadLabels([1], -1, 0, 10)).toThrow(/spreadLabels: gap must be finite and ≥ 0/)
  })
})
