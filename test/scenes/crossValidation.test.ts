// "Choosing λ" against independent reconstructions: the folds rebuilt from the seeded shuffle and
// each fold refitted with fitElasticNet (not the path code crossValidate uses), the minimum
// and one-SE choice by their definitions, least squares on the training rows by the normal
// equations, and test errors recomputed from separately fitted models.
import { describe, expect, it } from 'vitest'
import { carsData, createRandom, fitElasticNet, shuffledIndices, standardize, trainTestSplit } from '../../lib/index'
import { CV_SETUP, CV_STEPS, cvModel, cvScene } from '../../lib/scenes/crossValidation'
import { solveDense } from '../lib/reference'

const data = carsData()
const { train, test } = trainTestSplit(data.X.length, CV_SETUP.testFraction, CV_SETUP.splitSeed)
const { Z, mean, scale } = standardize(train.map(i => data.X[i]!))
const ytr = train.map(i => data.y[i]!)
const Zte = test.map(i => data.X[i]!.map((v, j) => (v - mean[j]!) / scale[j]!))
const yte = test.map(i => data.y[i]!)
const mse = (rows: number[][], ys: number[], b0: number, b: number[]) => rows.reduce((s, r, i) => s + (ys[i]! - b0 - r.reduce((a, v, j) => a + v * b[j]!, 0)) ** 2, 0) / rows.length

describe('the cross-validation experiment', () => {
  const m = cvModel({ alpha: 1, foldSeed: 1 })

  it('holds out a quarter of the cars and standardizes on the training rows only', () => {
    expect(m.nTest).toBe(Math.round(data.X.length * 0.25))
    expect(m.nTrain + m.nTest).toBe(data.X.length)
  })

  it('reproduces the CV curve from independently rebuilt folds and refits', () => {
    const order = shuffledIndices(m.nTrain, createRandom(1))
    const foldOf = new Array<number>(m.nTrain)
    order.forEach((row, i) => { foldOf[row] = i % CV_SETUP.folds })
    for (const k of [5, m.iMin, 50]) {
      const lambda = m.lambdas[k]!
      const errs: number[] = []
      for (let f = 0; f < CV_SETUP.folds; f++) {
        const inF = Z.map((_, i) => foldOf[i] === f)
        const fit = fitElasticNet(Z.filter((_, i) => !inF[i]), ytr.filter((_, i) => !inF[i]), { lambda, alpha: 1 })
        errs.push(mse(Z.filter((_, i) => inF[i]), ytr.filter((_, i) => inF[i]), fit.intercept, fit.coef))
      }
      const avg = errs.reduce((s, v) => s + v, 0) / errs.length
      const sd = Math.sqrt(errs.reduce((s, v) => s + (v - avg) ** 2, 0) / (errs.length - 1))
      expect(m.cv[k]!.mean).toBeCloseTo(avg, 7)
      expect(m.cv[k]!.se).toBeCloseTo(sd / Math.sqrt(CV_SETUP.folds), 7)
    }
  })

  it('marks the minimum and the largest λ within one standard error of it', () => {
    const means = m.cv.map(c => c.mean)
    expect(m.iMin).toBe(means.indexOf(Math.min(...means)))
    const limit = m.cv[m.iMin]!.mean + m.cv[m.iMin]!.se
    // λ descends along the grid, so "largest λ" is the smallest index within the limit.
    const within = means.map((v, i) => (v <= limit ? i : Infinity))
    expect(m.i1se).toBe(Math.min(...within))
    expect(m.lambdas[m.i1se]!).toBeGreaterThanOrEqual(m.lambdas[m.iMin]!)
  })

  it('scores least squares and the chosen fits on the held-out cars', () => {
    // Least squares by the normal equations on centred data.
    const p = Z[0]!.length
    const zm = Array.from({ length: p }, (_, j) => Z.reduce((s, r) => s + r[j]!, 0) / Z.length)
    const ym = ytr.reduce((s, v) => s + v, 0) / ytr.length
    const A = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => Z.reduce((s, r) => s + (r[j]! - zm[j]!) * (r[k]! - zm[k]!), 0)))
    const b = Array.from({ length: p }, (_, j) => Z.reduce((s, r, i) => s + (r[j]! - zm[j]!) * (ytr[i]! - ym), 0))
    const beta = solveDense(A, b)
    const b0 = ym - beta.reduce((s, v, j) => s + v * zm[j]!, 0)
    expect(m.olsTestMse).toBeCloseTo(mse(Zte, yte, b0, beta), 8)
    for (const k of [m.iMin, m.i1se, 0]) {
      const fit = fitElasticNet(Z, ytr, { lambda: m.lambdas[k]!, alpha: 1 })
      expect(m.testMse[k]!).toBeCloseTo(mse(Zte, yte, fit.intercept, fit.coef), 7)
      expect(m.nonzero[k]).toBe(fit.coef.filter(v => v !== 0).length)
    }
  })

  it('is seeded: the same folds give the same curve, other folds another', () => {
    const again = cvModel({ alpha: 1, foldSeed: 1 })
    expect(again.cv).toEqual(m.cv)
    expect(cvModel({ alpha: 1, foldSeed: 2 }).cv).not.toEqual(m.cv)
  })
})

describe('cvScene', () => {

  it('adds the marks and the test curve step by step, and zooms after step 0', () => {
    const s = [0, 1, 2, 3].map(k => cvScene(k))
    expect(s.map(x => x.marks.map(mk => mk.id))).toEqual([[], ['min'], ['min', '1se'], ['min', '1se']])
    expect(s.map(x => x.test !== null)).toEqual([false, false, false, true])
    expect(s[0]!.yDomain[1]).toBeGreaterThan(s[1]!.yDomain[1])
    // The zoomed view still holds the minimum and its error bar.
    const m = cvModel()
    const min = m.cv[m.iMin]!
    expect(s[1]!.yDomain[0]).toBeLessThanOrEqual(min.mean - min.se)
    expect(s[1]!.yDomain[1]).toBeGreaterThanOrEqual(min.mean + min.se)
  })

  it('works for the elastic net and ridge too (ridge keeps all six features)', () => {
    const ridge = cvModel({ alpha: 0, foldSeed: 1 })
    expect(ridge.nonzero.every(v => v === 6)).toBe(true)
    expect(cvScene(2, { alpha: 0.5, foldSeed: 1 }).marks).toHaveLength(2)
  })

  it('rejects bad input', () => {
    expect(() => cvScene(-1)).toThrow(/cvScene: step must be a non-negative integer/)
    // @ts-expect-error: not an offered mix
    expect(() => cvModel({ alpha: 0.3, foldSeed: 1 })).toThrow(/computeCvModel: alpha must be one of 1, 0.5, 0 \(got 0.3\)/)
    expect(() => cvModel({ alpha: 1, foldSeed: 1.5 })).toThrow(/computeCvModel: foldSeed must be a safe integer/)
  })
})
