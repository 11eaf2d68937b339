// Elastic net by cyclic coordinate descent (Friedman, Hastie & Tibshirani 2010, "glmnet"):
//   minimize (1/(2n))·‖y − β0 − Xβ‖² + λ·((1 − α)/2·‖β‖² + α·‖β‖₁),
// α = 1 the lasso, α = 0 ridge; the intercept is not penalized and X is used as given
// (standardize first if you want the usual scale-free penalty).
//
// Centring X and y removes the intercept from the problem (β0 = ȳ − x̄ᵀβ afterwards), so
// un-centred X is fine. With G = XcᵀXc/n and c = Xcᵀyc/n ("covariance updates") each
// coordinate step is
//   β_j ← S(c_j − Σ_{k≠j} G_jk·β_k, λα) / (G_jj + λ(1 − α)),
// kept cheap by maintaining g = c − Gβ: after a change δ in β_j, g −= δ·G[:, j]. One sweep
// costs O(p²) whatever n is, and the Gram matrix is built once per data set (shared by a
// whole λ path). Convergence: the largest scaled change in a sweep, max_j |δ_j|·√G_jj
// (how far the fitted values moved, in RMS), is at most tol·sd(y).
import { softThreshold } from '../softThreshold'
import * as check from '../validate'
import { checkDesign, columnMeans, meanOf } from './matrix'

/** Result of fitElasticNet: coefficients, unpenalized intercept, sweeps used, and whether tol was met. */
export interface ElasticNetFit {
  intercept: number
  coef: number[]
  iterations: number
  converged: boolean
}

/** Default convergence tolerance (relative to sd(y)) and sweep limit. */
export const ELASTIC_NET_DEFAULTS = { tol: 1e-10, maxIter: 100_000 } as const

/** The data reduced to what coordinate descent needs: Gram matrix, X'y, means, sd(y). */
export interface GramProblem {
  n: number
  p: number
  /** XcᵀXc/n, p×p row-major. */
  G: Float64Array
  /** Xcᵀyc/n. */
  c: Float64Array
  xMean: number[]
  yMean: number
  ySd: number
}

/** Builds the Gram problem of (X, y), unchecked. */
export function gramProblem(X: readonly (readonly number[])[], y: readonly number[]): GramProblem {
  const n = X.length
  const p = (X[0] as readonly number[]).length
  const xMean = columnMeans(X)
  const yMean = meanOf(y)
  const G = new Float64Array(p * p)
  const c = new Float64Array(p)
  const xc = new Float64Array(p)
  let yss = 0
  for (let i = 0; i < n; i++) {
    const row = X[i] as readonly number[]
    for (let j = 0; j < p; j++) xc[j] = (row[j] as number) - (xMean[j] as number)
    const yc = (y[i] as number) - yMean
    yss += yc * yc
    for (let j = 0; j < p; j++) {
      const xj = xc[j] as number
      c[j] = (c[j] as number) + xj * yc
      for (let k = j; k < p; k++) G[j * p + k] = (G[j * p + k] as number) + xj * (xc[k] as number)
    }
  }
  for (let j = 0; j < p; j++) {
    c[j] = (c[j] as number) / n
    for (let k = j; k < p; k++) {
      const v = (G[j * p + k] as number) / n
      G[j * p + k] = v
      G[k * p + j] = v
    }
  }
  return { n, p, G, c, xMean, yMean, ySd: Math.sqrt(yss / n) }
}

/**
 * Coordinate descent on a Gram problem, in place: `beta` is the warm start and the answer.
 * Plain numbers and preallocated arrays only; no allocation inside the sweeps.
 */
export function coordinateDescent(
  prob: GramProblem,
  lambda: number,
  alpha: number,
  beta: Float64Array,
  tol: number,
  maxIter: number,
): { iterations: number; converged: boolean } {
  const { p, G, c } = prob
  const l1 = lambda * alpha
  const l2 = lambda * (1 - alpha)
  // g = c − Gβ for the warm start.
  const g = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    let s = c[j] as number
    for (let k = 0; k < p; k++) s -= (G[j * p + k] as number) * (beta[k] as number)
    g[j] = s
  }
  const threshold = tol * (prob.ySd > 0 ? prob.ySd : 1)
  for (let it = 1; it <= maxIter; it++) {
    let maxChange = 0
    for (let j = 0; j < p; j++) {
      const gjj = G[j * p + j] as number
      const denom = gjj + l2
      const old = beta[j] as number
      // A constant column (gjj = 0) with no ridge part carries no information: keep it at 0.
      const next = denom > 0 ? softThreshold((g[j] as number) + gjj * old, l1) / denom : 0
      const delta = next - old
      if (delta !== 0) {
        beta[j] = next
        for (let k = 0; k < p; k++) g[k] = (g[k] as number) - (G[k * p + j] as number) * delta
        const change = Math.abs(delta) * Math.sqrt(gjj)
        if (change > maxChange) maxChange = change
      }
    }
    if (maxChange <= threshold) return { iterations: it, converged: true }
  }
  return { iterations: maxIter, converged: false }
}

/** Intercept β0 = ȳ − x̄ᵀβ. */
export function interceptFor(prob: GramProblem, beta: Float64Array): number {
  let b0 = prob.yMean
  for (let j = 0; j < prob.p; j++) b0 -= (prob.xMean[j] as number) * (beta[j] as number)
  return b0
}

/** Validates the penalty arguments shared by the elastic-net functions. */
export function checkPenalty(fn: string, lambda: unknown, alpha: unknown): void {
  check.nonNegative(fn, 'opts.lambda', lambda)
  check.inRange(fn, 'opts.alpha', alpha, 0, 1)
}

/** Elastic-net fit (glmnet convention; α = 1 lasso, α = 0 ridge) by coordinate descent from β = 0. */
export function fitElasticNet(
  X: number[][],
  y: number[],
  opts: { lambda: number; alpha: number; tol?: number; maxIter?: number },
): ElasticNetFit {
  return elasticNetFitter(X, y, 'fitElasticNet')(opts)
}

/**
 * Fits of one design at many penalties: X and y are checked and their Gram problem formed
 * once, and each fit starts from β = 0, so it equals fitElasticNet's to the last bit. For
 * searches that fit the same data again and again (a λ found by bisection).
 */
export function elasticNetFitter(
  X: number[][],
  y: number[],
  fn = 'elasticNetFitter',
): (opts: { lambda: number; alpha: number; tol?: number; maxIter?: number }) => ElasticNetFit {
  const { p } = checkDesign(fn, X, y)
  const prob = gramProblem(X, y)
  return (opts) => {
    check.object(fn, 'opts', opts)
    checkPenalty(fn, opts.lambda, opts.alpha)
    const tol = opts.tol === undefined ? ELASTIC_NET_DEFAULTS.tol : check.positive(fn, 'opts.tol', opts.tol)
    const maxIter =
      opts.maxIter === undefined ? ELASTIC_NET_DEFAULTS.maxIter : check.integer(fn, 'opts.maxIter', opts.maxIter, 1, 1e8)
    const beta = new Float64Array(p)
    const { iterations, converged } = coordinateDescent(prob, opts.lambda, opts.alpha, beta, tol, maxIter)
    return { intercept: interceptFor(prob, beta), coef: Array.from(beta, (b) => b + 0), iterations, converged }
  }
}

/** The elastic-net objective (1/(2n))‖y − β0 − Xβ‖² + λ((1−α)/2‖β‖² + α‖β‖₁), for checking fits. */
export function elasticNetObjective(
  X: number[][],
  y: number[],
  fit: { intercept: number; coef: readonly number[] },
  opts: { lambda: number; alpha: number },
): number {
  const fn = 'elasticNetObjective'
  const { n, p } = checkDesign(fn, X, y)
  check.numberArray(fn, 'fit.coef', fit.coef, p)
  check.finite(fn, 'fit.intercept', fit.intercept)
  checkPenalty(fn, opts.lambda, opts.alpha)
  let rss = 0
  for (let i = 0; i < n; i++) {
    const row = X[i] as number[]
    let r = (y[i] as number) - fit.intercept
    for (let j = 0; j < p; j++) r -= (row[j] as number) * (fit.coef[j] as number)
    rss += r * r
  }
  let l1 = 0
  let l2 = 0
  for (const b of fit.coef) {
    l1 += Math.abs(b)
    l2 += b * b
  }
  return rss / (2 * n) + opts.lambda * (((1 - opts.alpha) / 2) * l2 + opts.alpha * l1)
}
