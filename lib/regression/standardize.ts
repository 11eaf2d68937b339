// Centre and scale each column to mean 0 and standard deviation 1.
// The standard deviation is the population one (divide by n), as glmnet does, so that
// ZᵀZ/n has a unit diagonal and λ means the same thing as in glmnet / scikit-learn.
import { checkDesign, columnMeans } from './matrix'

/** Z = (X − mean)/scale per column, population sd (1/n); throws on a constant column. */
export function standardize(X: number[][]): { Z: number[][]; mean: number[]; scale: number[] } {
  const fn = 'standardize'
  const { n, p } = checkDesign(fn, X)
  const mean = columnMeans(X)
  const scale: number[] = []
  for (let j = 0; j < p; j++) {
    let lo = Infinity
    let hi = -Infinity
    let ss = 0
    const m = mean[j] as number
    for (const row of X) {
      const v = row[j] as number
      lo = Math.min(lo, v)
      hi = Math.max(hi, v)
      ss += (v - m) ** 2
    }
    // Test constancy on the data themselves: a float mean of equal values need not equal them.
    if (lo === hi) throw new RangeError(`standardize: column ${j} of X has zero variance (every value is ${lo})`)
    scale.push(Math.sqrt(ss / n))
  }
  const Z = X.map((row) => row.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number)))
  return { Z, mean, scale }
}

/** Maps coefficients fitted on standardized columns back to the original units: β_j / scale_j and the intercept. */
export function unstandardizeCoef(
  coef: readonly number[],
  intercept: number,
  mean: readonly number[],
  scale: readonly number[],
): { intercept: number; coef: number[] } {
  const out = coef.map((b, j) => b / (scale[j] as number))
  let b0 = intercept
  for (let j = 0; j < out.length; j++) b0 -= (out[j] as number) * (mean[j] as number)
  return { intercept: b0, coef: out }
}
