// K-fold cross-validation of the elastic net along a λ grid (the U-shaped curve of "Choosing λ").
// Rows are shuffled with a seeded stream and dealt round-robin into `folds` folds (sizes
// differ by at most one). For each fold the path is fitted on the other rows (X as given:
// standardize beforehand if wanted) and scored by mean squared error on the held-out rows.
// Per λ: mean of the fold MSEs and its standard error, sd(fold MSEs)/√folds with the
// sample sd (divide by folds − 1).
import * as check from '../validate'
import { createRandom, checkSeed, shuffledIndices } from '../random'
import { checkDesign } from './matrix'
import { gramProblem } from './elasticNet'
import { checkLambdas, pathOnGram } from './path'

/** Cross-validated error per λ (in the order given): mean fold MSE and its standard error. */
export function crossValidate(
  X: number[][],
  y: number[],
  opts: { lambdas: number[]; alpha: number; folds: number; seed: number },
): { lambda: number; mean: number; se: number }[] {
  const fn = 'crossValidate'
  const { n } = checkDesign(fn, X, y)
  check.object(fn, 'opts', opts)
  const lambdas = checkLambdas(fn, opts.lambdas)
  check.inRange(fn, 'opts.alpha', opts.alpha, 0, 1)
  if (n < 2) check.rangeFail(fn, 'X', 'at least 2 rows for cross-validation', X)
  const folds = check.integer(fn, 'opts.folds', opts.folds, 2, n)
  const seed = checkSeed(fn, 'opts.seed', opts.seed)

  const order = shuffledIndices(n, createRandom(seed))
  const foldOf = new Array<number>(n)
  order.forEach((row, i) => (foldOf[row] = i % folds))

  const mse: number[][] = lambdas.map(() => [])
  for (let f = 0; f < folds; f++) {
    const trainX: number[][] = []
    const trainY: number[] = []
    const testRows: number[] = []
    for (let i = 0; i < n; i++) {
      if (foldOf[i] === f) testRows.push(i)
      else {
        trainX.push(X[i] as number[])
        trainY.push(y[i] as number)
      }
    }
    const path = pathOnGram(fn, gramProblem(trainX, trainY), lambdas, opts.alpha)
    path.forEach((fit, l) => {
      let s = 0
      for (const i of testRows) {
        const row = X[i] as number[]
        let r = (y[i] as number) - fit.intercept
        for (let j = 0; j < row.length; j++) r -= (row[j] as number) * (fit.coef[j] as number)
        s += r * r
      }
      ;(mse[l] as number[]).push(s / testRows.length)
    })
  }
  return lambdas.map((lambda, l) => {
    const e = mse[l] as number[]
    const mean = e.reduce((s, v) => s + v, 0) / folds
    const variance = e.reduce((s, v) => s + (v - mean) ** 2, 0) / (folds - 1)
    return { lambda, mean, se: Math.sqrt(variance / folds) }
  })
}
