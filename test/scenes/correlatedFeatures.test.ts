// "Correlated features" against independent facts: Pearson correlations from the raw columns,
// the lasso's second knot checked by fitting on both sides of it, the L1 match between ridge
// and lasso, and the duplicated feature (ridge: equal halves by symmetry and strict convexity;
// lasso: the copies' sum equals the single column's coefficient, since |a| + |b| ≥ |a + b|).
import { describe, expect, it } from 'vitest'
import { carsColumns, carsData, fitElasticNet } from '../../lib/index'
import { CORRELATED_FEATURES, CORRELATED_STEPS, correlatedModel, correlatedScene, lassoLog10Range, ridgeLambdaForL1 } from '../../lib/scenes/correlatedFeatures'

const X = carsColumns([...CORRELATED_FEATURES])
const y = carsData().y
const model = correlatedModel()

function pearson(a: number[], b: number[]): number {
  const n = a.length
  const ma = a.reduce((s, v) => s + v, 0) / n
  const mb = b.reduce((s, v) => s + v, 0) / n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb)
    saa += (a[i]! - ma) ** 2
    sbb += (b[i]! - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}
const l1 = (v: number[]) => v.reduce((s, x) => s + Math.abs(x), 0)

describe('the correlated-features model', () => {
  it('holds the Pearson correlations of mpg, weight, displacement, horsepower', () => {
    const cols = [y, ...[0, 1, 2].map(j => X.map(r => r[j]!))]
    cols.forEach((a, i) => cols.forEach((b, j) => expect(model.correlation[i]![j]!).toBeCloseTo(pearson(a, b), 10)))
    expect(model.names).toEqual(['mpg', 'weight', 'displacement', 'horsepower'])
    // The three features are strongly correlated (> 0.85 pairwise).
    for (const [i, j] of [[1, 2], [1, 3], [2, 3]] as const) expect(model.correlation[i]![j]!).toBeGreaterThan(0.85)
  })

  it('the second knot is where the lasso goes from one feature to two', () => {
    const count = (lambda: number) => fitElasticNet(model.Z, model.y, { lambda, alpha: 1 }).coef.filter(v => v !== 0).length
    expect(count(model.secondKnot * 1.001)).toBe(1)
    expect(count(model.secondKnot * 0.999)).toBe(2)
    expect(count(model.lambdaMax * 1.0001)).toBe(0)
    expect(count(model.lambdaMax * 0.9999)).toBe(1)
  })
})

describe('correlatedScene', () => {

  it('step 0 shows only correlations; the lasso keeps weight alone at step 1', () => {
    const s0 = correlatedScene(0)
    expect(s0.lasso).toBeNull()
    expect(s0.ridge).toBeNull()
    const s1 = correlatedScene(1)
    expect(s1.lasso![0]).toBeLessThan(0)
    expect(s1.lasso!.slice(1)).toEqual([0, 0])
    expect(s1.ridge).toBeNull()
    expect(s1.lassoLambda).toBeGreaterThan(model.secondKnot)
    expect(s1.lassoLambda).toBeLessThan(model.lambdaMax)
  })

  it('ridge shares among all three, at the same L1 size as the lasso', () => {
    const s = correlatedScene(2)
    expect(s.ridge!.every(v => v < 0)).toBe(true)
    expect(l1(s.ridge!)).toBeCloseTo(l1(s.lasso!), 6)
    expect(Math.max(...s.ridge!.map(Math.abs))).toBeLessThan(0.5 * l1(s.ridge!))
  })

  it('with weight duplicated, ridge splits it into equal halves and the lasso keeps one copy', () => {
    const s2 = correlatedScene(2)
    const s3 = correlatedScene(3)
    expect(s3.features).toEqual(['weight', 'displacement', 'horsepower', 'weight (copy)'])
    expect(s3.ridge![0]!).toBeCloseTo(s3.ridge![3]!, 8)
    // The lasso objective only sees the copies' sum (same sign), so the sum equals the one-column answer.
    expect(s3.lasso![0]! + s3.lasso![3]!).toBeCloseTo(s2.lasso![0]!, 9)
    expect(s3.lasso!.filter(v => v !== 0)).toHaveLength(1)
    expect(s3.lasso![1]).toBe(0)
    expect(s3.lasso![2]).toBe(0)
  })

  it('the readout\u2019s "same \u2016\u03B2\u2016\u2081" is true wherever ridge is shown, the duplicated column included', () => {
    for (const step of [2, 3]) {
      for (const lassoLog10 of [null, -0.5, -2]) {
        const s = correlatedScene(step, { lassoLog10 })
        const claimed = Number(/same \u2016\u03B2\u2016\u2081 = ([\d.]+)/.exec(s.readout[1]!.label)![1])
        expect(l1(s.ridge!), `step ${step}, log10 ${lassoLog10}`).toBeCloseTo(l1(s.lasso!), 6)
        expect(l1(s.ridge!)).toBeCloseTo(claimed, 2)
      }
    }
  })

  it('with the copy, ridge needs a larger \u03BB for the same size, and the two copies together outweigh weight alone', () => {
    const s2 = correlatedScene(2)
    const s3 = correlatedScene(3)
    expect(s3.ridgeLambda).toBeGreaterThan(s2.ridgeLambda)
    expect(Math.abs(s3.ridge![0]! + s3.ridge![3]!)).toBeGreaterThan(Math.abs(s2.ridge![0]!))
  })

  it('a ridge λ tuned to an L1 size really has that size', () => {
    const lambda = ridgeLambdaForL1(model.Z, model.y, 2.5)
    expect(l1(fitElasticNet(model.Z, model.y, { lambda, alpha: 0 }).coef)).toBeCloseTo(2.5, 8)
    expect(() => ridgeLambdaForL1(model.Z, model.y, 0)).toThrow(/ridgeLambdaForL1: l1 must be finite and > 0/)
    expect(() => ridgeLambdaForL1(model.Z, model.y, 1e6)).toThrow(/ridgeLambdaForL1: l1 must be below the least-squares L1 norm/)
  })

  it('the λ control moves both fits; a very small λ lets all three into the lasso', () => {
    const s = correlatedScene(2, { lassoLog10: -3 })
    expect(s.lassoLambda).toBeCloseTo(model.lambdaMax / 1000, 12)
    expect(s.lasso!.every(v => v !== 0)).toBe(true)
    expect(() => correlatedScene(1, { lassoLog10: 1 })).toThrow(/correlatedScene: lassoLog10 must be between -3 and 0/)
    expect(() => correlatedScene(-2)).toThrow(/correlatedScene: step must be a non-negative integer/)
  })

  it('keeps one bar axis over the whole λ slider at each step, and every bar inside it', () => {
    const { min, max, step } = lassoLog10Range
    for (let s = 1; s <= CORRELATED_STEPS; s++) {
      const domains = new Set<string>()
      for (let k = 0; k <= Math.round((max - min) / step); k++) {
        const scene = correlatedScene(s, { lassoLog10: min + k * step })
        domains.add(scene.xDomain.join(','))
        for (const v of [...scene.lasso!, ...(scene.ridge ?? [])]) {
          expect(v).toBeGreaterThan(scene.xDomain[0])
          expect(v).toBeLessThan(scene.xDomain[1])
        }
      }
      // The presented λ (no slider) draws on the same axis as the slider's positions.
      domains.add(correlatedScene(s).xDomain.join(','))
      expect([...domains]).toHaveLength(1)
    }
  })
})
