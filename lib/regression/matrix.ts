// Small dense-matrix helpers for the regression code. Data come in as number[][] (rows);
// inside, matrices are flat Float64Arrays in row-major order.
import * as check from '../validate'

/** Validates a design matrix X (rows × cols) and, if given, a response y of matching length. */
export function checkDesign(fn: string, X: unknown, y?: unknown): { n: number; p: number } {
  const { rows, cols } = check.matrix(fn, 'X', X)
  if (y !== undefined) {
    if (!Array.isArray(y)) check.typeFail(fn, 'y', 'an array of numbers', y)
    if (y.length !== rows) check.rangeFail(fn, 'y', `an array with one entry per row of X (${rows})`, y)
    check.numberArray(fn, 'y', y)
  }
  return { n: rows, p: cols }
}

/** Column means of X. */
export function columnMeans(X: readonly (readonly number[])[]): number[] {
  const n = X.length
  const p = (X[0] as readonly number[]).length
  const mean = new Array<number>(p).fill(0)
  for (const row of X) for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) + (row[j] as number)
  return mean.map((s) => s / n)
}

/** Mean of a vector. */
export function meanOf(v: readonly number[]): number {
  let s = 0
  for (const x of v) s += x
  return s / v.length
}

/** X with column means subtracted, as a flat row-major array. */
export function centeredFlat(X: readonly (readonly number[])[], mean: readonly number[]): Float64Array {
  const n = X.length
  const p = mean.length
  const out = new Float64Array(n * p)
  for (let i = 0; i < n; i++) {
    const row = X[i] as readonly number[]
    for (let j = 0; j < p; j++) out[i * p + j] = (row[j] as number) - (mean[j] as number)
  }
  return out
}

/**
 * Least squares min ‖A·x − b‖ for a flat n×p matrix A (n ≥ p) by Householder QR.
 * Returns null when A is rank deficient (a pivot below 1e-12 of the largest column norm).
 */
export function leastSquaresQR(A: Float64Array, n: number, p: number, b: Float64Array): Float64Array | null {
  const R = Float64Array.from(A)
  const rhs = Float64Array.from(b)
  let scale = 0
  for (let j = 0; j < p; j++) {
    let s = 0
    for (let i = 0; i < n; i++) s += (R[i * p + j] as number) ** 2
    scale = Math.max(scale, Math.sqrt(s))
  }
  const v = new Float64Array(n)
  for (let k = 0; k < p; k++) {
    let norm = 0
    for (let i = k; i < n; i++) norm += (R[i * p + k] as number) ** 2
    norm = Math.sqrt(norm)
    if (norm <= 1e-12 * scale || norm === 0) return null
    const alpha = (R[k * p + k] as number) > 0 ? -norm : norm
    // v = x − alpha·e1, reflect with H = I − 2vvᵀ/(vᵀv).
    let vv = 0
    for (let i = k; i < n; i++) {
      v[i] = (R[i * p + k] as number) - (i === k ? alpha : 0)
      vv += (v[i] as number) ** 2
    }
    for (let j = k; j < p; j++) {
      let s = 0
      for (let i = k; i < n; i++) s += (v[i] as number) * (R[i * p + j] as number)
      const f = (2 * s) / vv
      for (let i = k; i < n; i++) R[i * p + j] = (R[i * p + j] as number) - f * (v[i] as number)
    }
    let s = 0
    for (let i = k; i < n; i++) s += (v[i] as number) * (rhs[i] as number)
    const f = (2 * s) / vv
    for (let i = k; i < n; i++) rhs[i] = (rhs[i] as number) - f * (v[i] as number)
  }
  // Back substitution with the upper triangle R[0..p).
  const x = new Float64Array(p)
  for (let k = p - 1; k >= 0; k--) {
    let s = rhs[k] as number
    for (let j = k + 1; j < p; j++) s -= (R[k * p + j] as number) * (x[j] as number)
    x[k] = s / (R[k * p + k] as number)
  }
  return x
}
