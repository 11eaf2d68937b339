// "Choosing λ": hold out a seeded quarter of the cars as a test set, run seeded
// 10-fold cross-validation of the lasso (or elastic net / ridge) on the rest, mark the λ with
// the smallest CV error and the one-standard-error choice (the largest λ whose CV error is
// within one standard error of that minimum), and finally score both on the held-out cars.
import type { Vec2 } from '../index'
import { carsData, crossValidate, elasticNetPath, fitOLS, lambdaGrid, lambdaMax, standardize, trainTestSplit } from '../index'
import { formatNumber } from './format'
import { memoTable } from './memo'
import { formatLambda } from './coefficientPaths'

/** Click steps: 0 the CV curve, 1 zoom and λmin, 2 the one-SE choice, 3 the held-out test. */
export const CV_STEPS = 3

/** Fixed parts of the experiment (seeds make every run, in Node and every browser, identical). */
export const CV_SETUP = { testFraction: 0.25, splitSeed: 2020, folds: 10, count: 60, minRatio: 1e-4 } as const

export type CvAlpha = 1 | 0.5 | 0
export const CV_ALPHAS: readonly CvAlpha[] = [1, 0.5, 0]

export interface CvControls {
  alpha: CvAlpha
  foldSeed: number
}
export const cvDefaults: CvControls = { alpha: 1, foldSeed: 1 }

export interface CvModel {
  alpha: CvAlpha
  foldSeed: number
  nTrain: number
  nTest: number
  lambdas: number[]
  logLambdas: number[]
  cv: { lambda: number; mean: number; se: number }[]
  /** Index of the smallest mean CV error. */
  iMin: number
  /** Index of the one-standard-error choice (largest λ with mean ≤ mean[iMin] + se[iMin]). */
  i1se: number
  /** Held-out mean squared error of the fit on all training rows, per λ. */
  testMse: number[]
  nonzero: number[]
  /** ‖β‖₁ of the fit on all training rows, per λ (on the standardized features). */
  l1Norm: number[]
  olsTestMse: number
  /** Milliseconds in crossValidate and in the training path, measured when built. */
  cvMs: number
  pathMs: number
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** The whole experiment for one data set: split, standardize on the training rows, CV, test. */
export function computeCvModel(X: number[][], y: number[], controls: CvControls): CvModel {
  const fn = 'computeCvModel'
  if (!CV_ALPHAS.includes(controls.alpha)) throw new RangeError(`${fn}: alpha must be one of ${CV_ALPHAS.join(', ')} (got ${controls.alpha})`)
  if (!Number.isSafeInteger(controls.foldSeed)) throw new RangeError(`${fn}: foldSeed must be a safe integer (got ${controls.foldSeed})`)
  const { train, test } = trainTestSplit(X.length, CV_SETUP.testFraction, CV_SETUP.splitSeed)
  const { Z: Ztrain, mean, scale } = standardize(train.map(i => X[i] as number[]))
  const ytrain = train.map(i => y[i] as number)
  const Ztest = test.map(i => (X[i] as number[]).map((v, j) => (v - (mean[j] as number)) / (scale[j] as number)))
  const ytest = test.map(i => y[i] as number)
  // Ridge's λmax is glmnet's, with α floored at 0.001 (1000 times the lasso's): its grid runs
  // 1000 times further down so that all three grids reach the same small λ.
  const minRatio = controls.alpha === 0 ? CV_SETUP.minRatio * 1e-3 : CV_SETUP.minRatio
  const lambdas = lambdaGrid(lambdaMax(Ztrain, ytrain, controls.alpha), CV_SETUP.count, minRatio)

  let started = now()
  const cv = crossValidate(Ztrain, ytrain, { lambdas, alpha: controls.alpha, folds: CV_SETUP.folds, seed: controls.foldSeed })
  const cvMs = now() - started
  started = now()
  const path = elasticNetPath(Ztrain, ytrain, { lambdas, alpha: controls.alpha })
  const pathMs = now() - started

  let iMin = 0
  cv.forEach((c, i) => { if (c.mean < (cv[iMin] as typeof c).mean) iMin = i })
  const limit = (cv[iMin] as { mean: number }).mean + (cv[iMin] as { se: number }).se
  let i1se = iMin
  for (let i = 0; i <= iMin; i++) {
    if ((cv[i] as { mean: number }).mean <= limit) {
      i1se = i
      break
    }
  }
  const mse = (intercept: number, coef: readonly number[]) => {
    let s = 0
    Ztest.forEach((row, i) => {
      let r = (ytest[i] as number) - intercept
      row.forEach((v, j) => { r -= v * (coef[j] as number) })
      s += r * r
    })
    return s / Ztest.length
  }
  const ols = fitOLS(Ztrain, ytrain)
  return {
    alpha: controls.alpha,
    foldSeed: controls.foldSeed,
    nTrain: train.length,
    nTest: test.length,
    lambdas,
    logLambdas: lambdas.map(Math.log),
    cv,
    iMin,
    i1se,
    testMse: path.map(pt => mse(pt.intercept, pt.coef)),
    nonzero: path.map(pt => pt.coef.filter(v => v !== 0).length),
    l1Norm: path.map(pt => pt.coef.reduce((t, v) => t + Math.abs(v), 0)),
    olsTestMse: mse(ols.intercept, ols.coef),
    cvMs,
    pathMs,
  }
}

// Each "New folds" press is a new seed: bounded, so a long session does not keep them all.
const models = memoTable(32)

/** The experiment on the cars data for these controls (each combination computed once). */
export function cvModel(controls: CvControls = cvDefaults): CvModel {
  return models(`${controls.alpha}/${controls.foldSeed}`, () => {
    const d = carsData()
    return computeCvModel(d.X, d.y, controls)
  })
}

export interface CvMark {
  id: 'min' | '1se'
  label: string
  logLambda: number
  mean: number
}

export interface CvScene {
  step: number
  /** (log λ, mean CV error) per grid point. */
  curve: Vec2[]
  /** (log λ, mean − se, mean + se) per grid point. */
  bars: [number, number, number][]
  marks: CvMark[]
  /** (log λ, held-out error) per grid point, from step 3. */
  test: Vec2[] | null
  /** Nonzero coefficients at a few λ, for the labels along the top. */
  nonzeroTicks: { logLambda: number; count: number }[]
  xDomain: Vec2
  yDomain: Vec2
  yTick: number
  readout: { label: string; value: string }[]
  description: string
}

const alphaName = (a: CvAlpha) => (a === 1 ? 'lasso' : a === 0 ? 'ridge' : 'elastic net, \u03B1 = 0.5')

/** The picture at click `step` for the viewer's controls. */
export function cvScene(step: number, controls: CvControls = cvDefaults, model: CvModel = cvModel(controls)): CvScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`cvScene: step must be a non-negative integer (got ${step})`)
  const s = Math.min(step, CV_STEPS)
  const { cv, logLambdas } = model
  const curve: Vec2[] = cv.map((c, i) => [logLambdas[i] as number, c.mean])
  const bars: [number, number, number][] = cv.map((c, i) => [logLambdas[i] as number, c.mean - c.se, c.mean + c.se])
  const min = cv[model.iMin] as { lambda: number; mean: number; se: number }
  const one = cv[model.i1se] as { lambda: number; mean: number; se: number }

  const marks: CvMark[] = []
  if (s >= 1) marks.push({ id: 'min', label: 'min', logLambda: logLambdas[model.iMin] as number, mean: min.mean })
  if (s >= 2) marks.push({ id: '1se', label: '1 SE', logLambda: logLambdas[model.i1se] as number, mean: one.mean })

  // Step 0 shows the whole curve; from step 1 the view zooms on the bottom of the U.
  let yLo: number
  let yHi: number
  let yTick: number
  if (s === 0) {
    yLo = 0
    const top = Math.max(...bars.map(b => b[2]))
    yTick = top > 40 ? 10 : 5
    yHi = Math.ceil(top / yTick) * yTick
  }
  else {
    const lowest = Math.min(...bars.map(b => b[1]), ...(s >= 3 ? [...model.testMse, model.olsTestMse] : []))
    yTick = 2
    yLo = Math.max(0, Math.floor(lowest / yTick) * yTick)
    yHi = yLo + 5 * yTick
    const need = Math.max(min.mean + 3 * min.se, ...(s >= 3 ? [model.olsTestMse] : []))
    while (yHi < need) yHi += yTick
  }
  const lastLog = logLambdas[logLambdas.length - 1] as number
  const firstLog = logLambdas[0] as number
  const xDomain: Vec2 = [Math.floor(lastLog), Math.ceil(firstLog)]
  const ticks = 7
  const nonzeroTicks = Array.from({ length: ticks }, (_, k) => {
    const i = Math.round((k * (logLambdas.length - 1)) / (ticks - 1))
    return { logLambda: logLambdas[i] as number, count: model.nonzero[i] as number }
  })

  const readout: { label: string; value: string }[] = []
  readout.push({ label: 'Cross-validation', value: `${CV_SETUP.folds} folds of ${model.nTrain} training cars, ${alphaName(model.alpha)}` })
  if (s >= 1) readout.push({ label: 'Smallest CV error', value: `\u03BB = ${formatLambda(min.lambda)}: ${formatNumber(min.mean, 2)} \u00B1 ${formatNumber(min.se, 2)}, ${model.nonzero[model.iMin]} features` })
  if (s >= 2) readout.push({ label: 'One-standard-error choice', value: `\u03BB = ${formatLambda(one.lambda)}: ${formatNumber(one.mean, 2)}, ${model.nonzero[model.i1se]} features` })
  if (s >= 3) {
    readout.push({
      label: `Test error on ${model.nTest} held-out cars`,
      value: `least squares ${formatNumber(model.olsTestMse, 2)}\nat min ${formatNumber(model.testMse[model.iMin] as number, 2)}\nat 1 SE ${formatNumber(model.testMse[model.i1se] as number, 2)}`,
    })
  }
  const description = `Cross-validated mean squared error of the ${alphaName(model.alpha)} against log lambda, with one-standard-error bars`
    + (s >= 1 ? `; minimum ${formatNumber(min.mean, 2)} at lambda ${formatLambda(min.lambda)}` : '')
    + (s >= 2 ? `; one-standard-error choice lambda ${formatLambda(one.lambda)} with ${model.nonzero[model.i1se]} features` : '')
    + (s >= 3 ? `; held-out test error: least squares ${formatNumber(model.olsTestMse, 2)}, at the minimum ${formatNumber(model.testMse[model.iMin] as number, 2)}, at the one-SE choice ${formatNumber(model.testMse[model.i1se] as number, 2)}` : '')
    + '.'
  return {
    step: s,
    curve,
    bars,
    marks,
    test: s >= 3 ? model.testMse.map((v, i) => [logLambdas[i] as number, v]) : null,
    nonzeroTicks,
    xDomain,
    yDomain: [yLo, yHi],
    yTick,
    readout,
    description,
  }
}
