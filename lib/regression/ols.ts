// Ordinary least squares with an intercept: centre X and y, solve the centred problem by
// Householder QR (better conditioned than forming XᵀX), then β0 = ȳ − x̄ᵀβ.
import { centeredFlat, checkDesign, columnMeans, leastSquaresQR, meanOf } from './matrix'

/** Least-squares line/plane ŷ = intercept + X·coef; throws if X (centred) is rank deficient. */
export function fitOLS(X: number[][], y: number[]): { intercept: number; coef: number[] } {
  const fn = 'fitOLS'
  const { n, p } = checkDesign(fn, X, y)
  if (n < p + 1) throw new RangeError(`fitOLS: X must have more rows than columns to fit an intercept (got ${n} rows, ${p} columns)`)
  const mean = columnMeans(X)
  const ym = meanOf(y)
  const A = centeredFlat(X, mean)
  const b = Float64Array.from(y, (v) => v - ym)
  const beta = leastSquaresQR(A, n, p, b)
  if (beta === null) throw new RangeError('fitOLS: the columns of X are linearly dependent (after centring), so the fit is not unique')
  const coef = Array.from(beta)
  let intercept = ym
  for (let j = 0; j < p; j++) intercept -= (coef[j] as number) * (mean[j] as number)
  return { intercept, coef }
}
