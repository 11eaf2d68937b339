// Coefficient paths over many λ values, λ_max, and λ grids.
// elasticNetPath accepts λ in any order: it solves them from the largest to the smallest
// (each warm-started from the previous answer, as glmnet does; the big-λ answers are
// sparse and close to 0, so every step starts near its solution) and returns them in the
// order given.
import * as check from '../validate'
import { checkDesign } from './matrix'
import { ELASTIC_NET_DEFAULTS, checkPenalty, coordinateDescent, gramProblem, interceptFor } from './elasticNet'
import type { GramProblem } from './elasticNet'

/** One point of a coefficient path. */
export interface PathPoint {
  lambda: number
  intercept: number
  coef: number[]
}

/** Validates a λ list: non-empty, every entry finite and ≥ 0. */
export function checkLambdas(fn: string, lambdas: unknown): number[] {
  const list = check.numberArray(fn, 'opts.lambdas', lambdas)
  for (let i = 0; i < list.length; i++) check.nonNegative(fn, `opts.lambdas[${i}]`, list[i])
  return list
}

/** Solves a prepared Gram problem along `lambdas` (any order) with warm starts; results in input order. */
export function pathOnGram(fn: string, prob: GramProblem, lambdas: readonly number[], alpha: number): PathPoint[] {
  const order = lambdas.map((_, i) => i).sort((i, j) => (lambdas[j] as number) - (lambdas[i] as number))
  const beta = new Float64Array(prob.p)
  const out: PathPoint[] = new Array(lambdas.length)
  for (const i of order) {
    const lambda = lambdas[i] as number
    const { converged } = coordinateDescent(prob, lambda, alpha, beta, ELASTIC_NET_DEFAULTS.tol, ELASTIC_NET_DEFAULTS.maxIter)
    if (!converged) {
      throw new Error(`${fn}: coordinate descent did not converge at lambda = ${lambda} within ${ELASTIC_NET_DEFAULTS.maxIter} sweeps`)
    }
    out[i] = { lambda, intercept: interceptFor(prob, beta), coef: Array.from(beta, (b) => b + 0) }
  }
  return out
}

/** Elastic-net fits for every λ in `lambdas` (any order, warm-started largest first), returned in input order. */
export function elasticNetPath(X: number[][], y: number[], opts: { lambdas: number[]; alpha: number }): PathPoint[] {
  const fn = 'elasticNetPath'
  checkDesign(fn, X, y)
  check.object(fn, 'opts', opts)
  const lambdas = checkLambdas(fn, opts.lambdas)
  check.inRange(fn, 'opts.alpha', opts.alpha, 0, 1)
  return pathOnGram(fn, gramProblem(X, y), lambdas, opts.alpha)
}

// glmnet's convention for ridge-like mixes: λ_max uses max(α, 0.001), since with α = 0 no
// finite λ zeroes the coefficients. The result is then a scale for a grid, not a threshold.
const MIN_ALPHA_FOR_LAMBDA_MAX = 1e-3

/**
 * Smallest λ at which every lasso / elastic-net coefficient is exactly 0:
 * max_j |⟨x_j − x̄_j, y − ȳ⟩| / (n·α). For α < 0.001 (ridge) α is floored at 0.001 as in glmnet.
 */
export function lambdaMax(X: number[][], y: number[], alpha: number): number {
  const fn = 'lambdaMax'
  checkDesign(fn, X, y)
  check.inRange(fn, 'alpha', alpha, 0, 1)
  const prob = gramProblem(X, y)
  let m = 0
  for (let j = 0; j < prob.p; j++) m = Math.max(m, Math.abs(prob.c[j] as number))
  return m / Math.max(alpha, MIN_ALPHA_FOR_LAMBDA_MAX)
}

/** `count` log-spaced values from `from` to `to` inclusive (both > 0; either order). */
export function logSpace(from: number, to: number, count: number): number[] {
  const fn = 'logSpace'
  check.positive(fn, 'from', from)
  check.positive(fn, 'to', to)
  check.integer(fn, 'count', count, 1, 1e6)
  if (count === 1) return [from]
  const a = Math.log(from)
  const b = Math.log(to)
  const out: number[] = []
  for (let i = 0; i < count; i++) out.push(Math.exp(a + ((b - a) * i) / (count - 1)))
  out[0] = from
  out[count - 1] = to
  return out
}

/** Descending λ grid: `count` log-spaced values from lambdaMax down to lambdaMax·minRatio (glmnet style). */
export function lambdaGrid(lambdaMaxValue: number, count = 100, minRatio = 1e-3): number[] {
  const fn = 'lambdaGrid'
  check.positive(fn, 'lambdaMax', lambdaMaxValue)
  check.integer(fn, 'count', count, 1, 1e6)
  const r = check.positive(fn, 'minRatio', minRatio)
  if (r >= 1) check.rangeFail(fn, 'minRatio', 'a number between 0 and 1 (exclusive)', minRatio)
  return logSpace(lambdaMaxValue, lambdaMaxValue * r, count)
}
