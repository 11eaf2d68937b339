import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  createRandom,
  crossValidate,
  elasticNetFitter,
  elasticNetObjective,
  elasticNetPath,
  fitElasticNet,
  fitOLS,
  lambdaGrid,
  lambdaMax,
  logSpace,
  softThreshold,
  standardize,
  unstandardizeCoef,
} from '../../lib/index'
import { solveDense } from './reference'

/** Seeded standard normals (Box–Muller). */
function normals(seed: number) {
  const r = createRandom(seed)
  return () => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next())
}

/** n rows of p correlated features (x2 ≈ x1, x3 ≈ x1 as in weight/displacement/horsepower) and a response. */
function correlatedData(seed: number, n: number, p = 6, noise = 1): { X: number[][]; y: number[] } {
  const z = normals(seed)
  const truth = [3, 0, 0, -2, 1, 0, 0.5, 0].slice(0, p)
  const X: number[][] = []
  const y: number[] = []
  for (let i = 0; i < n; i++) {
    const base = z()
    const row = Array.from({ length: p }, (_, j) => (j < 3 ? base + 0.3 * z() : z()) * (j + 1) + 10 * j)
    X.push(row)
    y.push(5 + row.reduce((s, v, j) => s + v * (truth[j] ?? 0) / (j + 1), 0) + noise * z())
  }
  return { X, y }
}

/** A design with centred columns and XᵀX/n = I (Gram–Schmidt on centred random columns). */
function orthonormalDesign(seed: number, n: number, p: number): number[][] {
  const z = normals(seed)
  const cols: number[][] = []
  for (let j = 0; j < p; j++) {
    let v = Array.from({ length: n }, () => z())
    const m = v.reduce((s, x) => s + x, 0) / n
    v = v.map((x) => x - m)
    for (const q of cols) {
      const d = v.reduce((s, x, i) => s + x * q[i]!, 0)
      v = v.map((x, i) => x - d * q[i]!)
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0))
    cols.push(v.map((x) => x / norm))
  }
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]! * Math.sqrt(n)))
}

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length
const column = (X: number[][], j: number) => X.map((r) => r[j]!)

describe('standardize', () => {
  it('centres to mean 0 and scales to population sd 1 (divide by n, as glmnet)', () => {
    const { X } = correlatedData(1, 50)
    const { Z, mean: m, scale } = standardize(X)
    for (let j = 0; j < 6; j++) {
      const zj = column(Z, j)
      expect(mean(zj)).toBeCloseTo(0, 12)
      expect(zj.reduce((s, v) => s + v * v, 0) / 50).toBeCloseTo(1, 12)
      expect(m[j]).toBeCloseTo(mean(column(X, j)), 12)
    }
    expect(standardize([[1], [3]]).scale).toEqual([1]) // population sd of {1, 3} is 1 (sample sd would be √2)
    expect(scale.every((s) => s > 0)).toBe(true)
  })

  it('unstandardizeCoef maps a fit on Z back to a fit on X with the same predictions', () => {
    const { X, y } = correlatedData(2, 40)
    const { Z, mean: m, scale } = standardize(X)
    const onZ = fitOLS(Z, y)
    const back = unstandardizeCoef(onZ.coef, onZ.intercept, m, scale)
    const onX = fitOLS(X, y)
    back.coef.forEach((b, j) => expect(b).toBeCloseTo(onX.coef[j]!, 8))
    expect(back.intercept).toBeCloseTo(onX.intercept, 6)
  })

  it('rejects constant columns, ragged and empty matrices', () => {
    expect(() => standardize([[1, 0.1], [2, 0.1], [3, 0.1]])).toThrow(new RangeError('standardize: column 1 of X has zero variance (every value is 0.1)'))
    expect(() => standardize([[1, 2], [3, 4, 5]])).toThrow(new RangeError('standardize: X[1] must be a row of length 2 like X[0] (ragged matrix) (got an array of length 3)'))
    expect(() => standardize([])).toThrow(new RangeError('standardize: X must be a non-empty array of rows (got an array of length 0)'))
    expect(() => standardize([[1, NaN]])).toThrow(new RangeError('standardize: X[0][1] must be a finite number (got NaN)'))
  })
})

describe('fitOLS', () => {
  it('recovers an exact line and an exact plane', () => {
    const line = fitOLS([[1], [2], [3], [4]], [5, 7, 9, 11])
    expect(line.intercept).toBeCloseTo(3, 12)
    expect(line.coef[0]).toBeCloseTo(2, 12)
    const X = [[0, 0], [1, 0], [0, 1], [2, 3], [-1, 4]]
    const plane = fitOLS(X, X.map(([a, b]) => 1 - 2 * a! + 0.5 * b!))
    expect(plane.intercept).toBeCloseTo(1, 12)
    expect(plane.coef[0]).toBeCloseTo(-2, 12)
    expect(plane.coef[1]).toBeCloseTo(0.5, 12)
  })

  it('satisfies the normal equations: residuals sum to 0 and are orthogonal to every column', () => {
    const { X, y } = correlatedData(3, 80)
    const { intercept, coef } = fitOLS(X, y)
    const r = y.map((v, i) => v - intercept - X[i]!.reduce((s, x, j) => s + x * coef[j]!, 0))
    const scale = Math.sqrt(y.reduce((s, v) => s + v * v, 0))
    expect(Math.abs(r.reduce((s, v) => s + v, 0))).toBeLessThan(1e-9 * scale)
    for (let j = 0; j < 6; j++) {
      const xj = column(X, j)
      const norm = Math.sqrt(xj.reduce((s, v) => s + v * v, 0))
      expect(Math.abs(r.reduce((s, v, i) => s + v * xj[i]!, 0))).toBeLessThan(1e-9 * scale * norm)
    }
  })

  it('throws on dependent columns, too few rows and mismatched y', () => {
    expect(() => fitOLS([[1, 2], [2, 4], [3, 6], [4, 8]], [1, 2, 3, 5])).toThrow(/fitOLS: the columns of X are linearly dependent/)
    expect(() => fitOLS([[1, 2], [2, 5]], [1, 2])).toThrow('fitOLS: X must have more rows than columns to fit an intercept (got 2 rows, 2 columns)')
    expect(() => fitOLS([[1], [2], [3]], [1, 2])).toThrow(new RangeError('fitOLS: y must be an array with one entry per row of X (3) (got an array of length 2)'))
    expect(() => fitOLS([[1], [2]], [1, Infinity])).toThrow('fitOLS: y[1] must be a finite number (got Infinity)')
  })
})

describe('fitElasticNet: closed forms on an orthonormal design (XᵀX/n = I, z = Xᵀy/n)', () => {
  const n = 60
  const p = 4
  const X = orthonormalDesign(7, n, p)
  const zn = normals(8)
  const y = X.map((row) => 2 + 1.5 * row[0]! - 0.4 * row[1]! + 0.05 * row[2]! + 0.3 * zn())
  const z = Array.from({ length: p }, (_, j) => X.reduce((s, row, i) => s + row[j]! * (y[i]! - mean(y)), 0) / n)

  it('ridge (α = 0): z/(1 + λ)', () => {
    for (const lambda of [0, 0.1, 1, 5]) {
      const fit = fitElasticNet(X, y, { lambda, alpha: 0 })
      fit.coef.forEach((b, j) => expect(b).toBeCloseTo(z[j]! / (1 + lambda), 10))
      expect(fit.intercept).toBeCloseTo(mean(y), 10)
      expect(fit.converged).toBe(true)
    }
  })

  it('lasso (α = 1): soft-threshold S(z, λ), zeros exactly 0', () => {
    for (const lambda of [0.01, 0.2, 0.5, 2]) {
      const fit = fitElasticNet(X, y, { lambda, alpha: 1 })
      fit.coef.forEach((b, j) => {
        const expected = Math.sign(z[j]!) * Math.max(Math.abs(z[j]!) - lambda, 0)
        if (expected === 0) expect(Object.is(b, 0)).toBe(true)
        else expect(b).toBeCloseTo(expected, 10)
      })
    }
  })

  it('elastic net: S(z, λα)/(1 + λ(1 − α))', () => {
    for (const [lambda, alpha] of [[0.3, 0.5], [1, 0.2], [0.05, 0.9]] as const) {
      const fit = fitElasticNet(X, y, { lambda, alpha })
      fit.coef.forEach((b, j) => {
        const s = Math.sign(z[j]!) * Math.max(Math.abs(z[j]!) - lambda * alpha, 0)
        expect(b).toBeCloseTo(s / (1 + lambda * (1 - alpha)), 10)
      })
    }
  })
})

describe('fitElasticNet on correlated data', () => {
  const { X, y } = correlatedData(11, 120)

  it('ridge matches (XcᵀXc/n + λI)β = Xcᵀyc/n solved directly', () => {
    const n = X.length
    const m = Array.from({ length: 6 }, (_, j) => mean(column(X, j)))
    const ym = mean(y)
    const Xc = X.map((r) => r.map((v, j) => v - m[j]!))
    for (const lambda of [0.01, 1, 10]) {
      const A = Array.from({ length: 6 }, (_, j) =>
        Array.from({ length: 6 }, (_, k) => Xc.reduce((s, r) => s + r[j]! * r[k]!, 0) / n + (j === k ? lambda : 0)),
      )
      const rhs = Array.from({ length: 6 }, (_, j) => Xc.reduce((s, r, i) => s + r[j]! * (y[i]! - ym), 0) / n)
      const beta = solveDense(A, rhs)
      const fit = fitElasticNet(X, y, { lambda, alpha: 0 })
      fit.coef.forEach((b, j) => expect(b).toBeCloseTo(beta[j]!, 7))
      expect(fit.intercept).toBeCloseTo(ym - m.reduce((s, v, j) => s + v * beta[j]!, 0), 6)
    }
  })

  it('no random perturbation of the fit lowers the objective', () => {
    const { Z } = standardize(X)
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.double({ min: 1e-5, max: 0.3, noNaN: true }),
        (lambda, alpha, direction, size) => {
          const fit = fitElasticNet(Z, y, { lambda, alpha })
          const best = elasticNetObjective(Z, y, fit, { lambda, alpha })
          const moved = {
            intercept: fit.intercept + size * direction[6]!,
            coef: fit.coef.map((b, j) => b + size * direction[j]!),
          }
          expect(elasticNetObjective(Z, y, moved, { lambda, alpha })).toBeGreaterThanOrEqual(best - 1e-12 * (1 + best))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('un-centred X is fine: shifting a column changes only the intercept', () => {
    const shifted = X.map((r) => r.map((v, j) => v + 1000 * (j + 1)))
    const a = fitElasticNet(X, y, { lambda: 0.3, alpha: 0.7 })
    const b = fitElasticNet(shifted, y, { lambda: 0.3, alpha: 0.7 })
    a.coef.forEach((v, j) => expect(b.coef[j]).toBeCloseTo(v, 8))
    expect(b.intercept).toBeCloseTo(a.intercept - b.coef.reduce((s, v, j) => s + v * 1000 * (j + 1), 0), 5)
  })

  it('one fitter reused at many penalties, in any order, gives each fresh fit to the last bit (no state carried over)', () => {
    const fit = elasticNetFitter(X, y)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.001, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }), (penalties) => {
        for (const [lambda, alpha] of penalties) expect(fit({ lambda, alpha })).toEqual(fitElasticNet(X, y, { lambda, alpha }))
      }),
      { numRuns: 40 },
    )
    expect(() => elasticNetFitter(X, y.slice(1))).toThrow('elasticNetFitter: y must be an array with one entry per row of X (120)')
    expect(() => fit({ lambda: -1, alpha: 0 })).toThrow('elasticNetFitter: opts.lambda must be a non-negative number (got -1)')
  })

  it('reports non-convergence instead of hiding it', () => {
    const fit = fitElasticNet(X, y, { lambda: 1e-4, alpha: 1, maxIter: 2 })
    expect(fit.converged).toBe(false)
    expect(fit.iterations).toBe(2)
  })

  it('argument checks name the option', () => {
    expect(() => fitElasticNet(X, y, { lambda: -1, alpha: 1 })).toThrow(new RangeError('fitElasticNet: opts.lambda must be a non-negative number (got -1)'))
    expect(() => fitElasticNet(X, y, { lambda: 1, alpha: 1.5 })).toThrow(new RangeError('fitElasticNet: opts.alpha must be a number between 0 and 1 (got 1.5)'))
    expect(() => fitElasticNet(X, y, { lambda: 1, alpha: 1, tol: 0 })).toThrow('fitElasticNet: opts.tol must be a positive number (got 0)')
    expect(() => fitElasticNet(X, y, { lambda: 1, alpha: 1, maxIter: 0.5 })).toThrow('fitElasticNet: opts.maxIter must be an integer between 1 and 100000000 (got 0.5)')
    expect(() => fitElasticNet(X, y.slice(1), { lambda: 1, alpha: 1 })).toThrow('fitElasticNet: y must be an array with one entry per row of X (120)')
  })
})

describe('lambdaMax and the lasso path', () => {
  const { X, y } = correlatedData(21, 150)
  const { Z } = standardize(X)

  it('at λ_max every lasso coefficient is 0; just below, exactly one enters: the column most correlated with y', () => {
    const lmax = lambdaMax(Z, y, 1)
    expect(fitElasticNet(Z, y, { lambda: lmax, alpha: 1 }).coef.every((b) => Object.is(b, 0))).toBe(true)
    const below = fitElasticNet(Z, y, { lambda: lmax * (1 - 1e-3), alpha: 1 }).coef
    expect(below.filter((b) => b !== 0)).toHaveLength(1)
    // Pearson correlation computed from scratch.
    const ym = mean(y)
    const corr = Array.from({ length: 6 }, (_, j) => {
      const x = column(X, j)
      const xm = mean(x)
      const sxy = x.reduce((s, v, i) => s + (v - xm) * (y[i]! - ym), 0)
      const sxx = x.reduce((s, v) => s + (v - xm) ** 2, 0)
      const syy = y.reduce((s, v) => s + (v - ym) ** 2, 0)
      return Math.abs(sxy / Math.sqrt(sxx * syy))
    })
    expect(below.findIndex((b) => b !== 0)).toBe(corr.indexOf(Math.max(...corr)))
  })

  it('elastic net λ_max scales as 1/α; glmnet floors α at 0.001 for ridge', () => {
    expect(lambdaMax(Z, y, 0.5)).toBeCloseTo(2 * lambdaMax(Z, y, 1), 12)
    expect(lambdaMax(Z, y, 0)).toBeCloseTo(1000 * lambdaMax(Z, y, 1), 8)
    const l = lambdaMax(Z, y, 0.5)
    expect(fitElasticNet(Z, y, { lambda: l, alpha: 0.5 }).coef.every((b) => b === 0)).toBe(true)
    expect(fitElasticNet(Z, y, { lambda: l * 0.99, alpha: 0.5 }).coef.some((b) => b !== 0)).toBe(true)
  })

  it('path with warm starts equals independent fits, in the input order of λ', () => {
    const lambdas = [0.5, 0.01, 2, 0.1, 0.5]
    for (const alpha of [1, 0.5, 0]) {
      const path = elasticNetPath(Z, y, { lambdas, alpha })
      expect(path.map((p) => p.lambda)).toEqual(lambdas)
      path.forEach(({ lambda, coef, intercept }) => {
        const fit = fitElasticNet(Z, y, { lambda, alpha })
        coef.forEach((b, j) => expect(b).toBeCloseTo(fit.coef[j]!, 7))
        expect(intercept).toBeCloseTo(fit.intercept, 7)
      })
    }
  })

  it('grids: log-spaced, descending from λ_max, endpoints exact', () => {
    const g = lambdaGrid(10, 5, 1e-4)
    expect(g[0]).toBe(10)
    expect(g[4]).toBeCloseTo(1e-3, 15)
    for (let i = 1; i < 5; i++) expect(g[i - 1]! / g[i]!).toBeCloseTo(10, 10)
    const ls = logSpace(1, 100, 3)
    expect([ls[0], ls[2]]).toEqual([1, 100])
    expect(ls[1]).toBeCloseTo(10, 12)
    expect(() => lambdaGrid(10, 5, 2)).toThrow('lambdaGrid: minRatio must be a number between 0 and 1 (exclusive) (got 2)')
    expect(() => elasticNetPath(Z, y, { lambdas: [], alpha: 1 })).toThrow('elasticNetPath: opts.lambdas must be a non-empty array (got an array of length 0)')
    expect(() => elasticNetPath(Z, y, { lambdas: [1, -1], alpha: 1 })).toThrow('elasticNetPath: opts.lambdas[1] must be a non-negative number (got -1)')
  })

  it('softThreshold: S(z, k) with exact +0 inside [−k, k]', () => {
    expect(softThreshold(3, 1)).toBe(2)
    expect(softThreshold(-3, 1)).toBe(-2)
    expect(Object.is(softThreshold(-0.5, 1), 0)).toBe(true)
    expect(Object.is(softThreshold(1, 1), 0)).toBe(true)
  })
})

describe('crossValidate', () => {
  const { X, y } = correlatedData(31, 200, 6, 2)
  const { Z } = standardize(X)
  const lambdas = lambdaGrid(lambdaMax(Z, y, 1) * 2, 20, 1e-4)

  it('is deterministic for a seed, in λ order, with non-negative standard errors', () => {
    const a = crossValidate(Z, y, { lambdas, alpha: 1, folds: 5, seed: 1 })
    expect(crossValidate(Z, y, { lambdas, alpha: 1, folds: 5, seed: 1 })).toEqual(a)
    expect(crossValidate(Z, y, { lambdas, alpha: 1, folds: 5, seed: 2 })).not.toEqual(a)
    expect(a.map((r) => r.lambda)).toEqual(lambdas)
    expect(a.every((r) => r.se >= 0 && r.mean > 0)).toBe(true)
  })

  it('has the U-ish shape: the all-zero model is clearly worse than the best λ', () => {
    const cv = crossValidate(Z, y, { lambdas, alpha: 1, folds: 10, seed: 3 })
    const best = Math.min(...cv.map((r) => r.mean))
    // Above λ_max every fold predicts its training mean: error ≈ var(y).
    const ym = mean(y)
    const variance = y.reduce((s, v) => s + (v - ym) ** 2, 0) / y.length
    expect(Math.abs(cv[0]!.mean / variance - 1)).toBeLessThan(0.05)
    expect(best).toBeLessThan(cv[0]!.mean / 2)
  })

  it('leave-one-out works (folds = n) and the standard error is the sd of fold MSEs / √folds', () => {
    const small = correlatedData(5, 12, 2)
    const cv = crossValidate(small.X, small.y, { lambdas: [0.1], alpha: 1, folds: 12, seed: 1 })
    // Recompute by hand: each fold leaves out one row.
    const errs = small.X.map((_, i) => {
      const X = small.X.filter((_, k) => k !== i)
      const y = small.y.filter((_, k) => k !== i)
      const fit = fitElasticNet(X, y, { lambda: 0.1, alpha: 1 })
      const pred = fit.intercept + small.X[i]!.reduce((s, v, j) => s + v * fit.coef[j]!, 0)
      return (small.y[i]! - pred) ** 2
    })
    const m = mean(errs)
    const sd = Math.sqrt(errs.reduce((s, e) => s + (e - m) ** 2, 0) / (errs.length - 1))
    expect(cv[0]!.mean).toBeCloseTo(m, 8)
    expect(cv[0]!.se).toBeCloseTo(sd / Math.sqrt(12), 8)
  })

  it('checks folds and seed', () => {
    expect(() => crossValidate(Z, y, { lambdas, alpha: 1, folds: 1, seed: 1 })).toThrow('crossValidate: opts.folds must be an integer between 2 and 200 (got 1)')
    expect(() => crossValidate(Z, y, { lambdas, alpha: 1, folds: 201, seed: 1 })).toThrow(RangeError)
    expect(() => crossValidate(Z, y, { lambdas, alpha: 1, folds: 5, seed: 0.5 })).toThrow(/crossValidate: opts.seed must be an integer/)
  })
})
