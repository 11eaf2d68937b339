// "Correlated features": weight, displacement and horsepower of the cars data move
// together. Fitted on those three standardized features, the lasso keeps one and sets the
// others exactly to 0, while ridge (tuned to the same L1 size) shares the effect among all
// three. Duplicating a feature makes the point sharp: ridge (matched to the lasso's size
// again) gives the two copies equal coefficients, the lasso puts it all on one copy (for the
// lasso any split with the same sign is equally good, and coordinate descent keeps the first).
import type { Vec2 } from '../index'
import { carsColumns, carsData, elasticNetFitter, elasticNetPath, fitElasticNet, lambdaMax, standardize } from '../index'
import { formatNumber } from './format'
import { memoTable } from './memo'
import { formatLambda } from './coefficientPaths'

/** The three correlated features, in bar order. */
export const CORRELATED_FEATURES = ['weight', 'displacement', 'horsepower'] as const

/** Click steps: 0 correlations, 1 lasso, 2 ridge, 3 a duplicated feature. */
export const CORRELATED_STEPS = 3

export interface CorrelatedModel {
  /** Names of the correlation matrix rows: mpg, then the three features. */
  names: string[]
  /** Pearson correlations (population moments), symmetric with a unit diagonal. */
  correlation: number[][]
  Z: number[][]
  y: number[]
  lambdaMax: number
  /** The λ at which the second feature enters the lasso (exact, from the one-feature KKT conditions). */
  secondKnot: number
}

/** Correlations and the standardized three-feature problem (computed once). */
export function computeCorrelatedModel(X: number[][], y: number[], names: readonly string[]): CorrelatedModel {
  const fn = 'computeCorrelatedModel'
  const p = X[0]?.length ?? 0
  if (p < 2 || names.length !== p) throw new RangeError(`${fn}: names must name the columns of X (at least 2; got ${names.length} names for ${p} columns)`)
  const { Z } = standardize(X)
  const n = Z.length
  const ym = y.reduce((s, v) => s + v, 0) / n
  const ysd = Math.sqrt(y.reduce((s, v) => s + (v - ym) ** 2, 0) / n)
  const zy = y.map(v => (v - ym) / ysd)
  const cols = [zy, ...Array.from({ length: p }, (_, j) => Z.map(r => r[j] as number))]
  const correlation = cols.map(a => cols.map(b => a.reduce((s, v, i) => s + v * (b[i] as number), 0) / n))
  const lmax = lambdaMax(Z, y, 1)

  // With one active feature w (the one with the largest |c_w|, c = Zᵀ(y − ȳ)/n) and unit
  // variances, the lasso is β_w(λ) = c_w − λ·sign(c_w); feature j joins when its residual
  // correlation c_j − r_jw·β_w(λ) reaches ±λ. Both cases are linear in λ.
  const c = Array.from({ length: p }, (_, j) => Z.reduce((s, r, i) => s + (r[j] as number) * ((y[i] as number) - ym), 0) / n)
  let w = 0
  for (let j = 1; j < p; j++) if (Math.abs(c[j] as number) > Math.abs(c[w] as number)) w = j
  const sw = Math.sign(c[w] as number)
  let knot = 0
  for (let j = 0; j < p; j++) {
    if (j === w) continue
    const r = (correlation[j + 1] as number[])[w + 1] as number
    // c_j − r(c_w − λ s_w) = ±λ  ⇔  λ(r s_w ∓ 1) = ±... solved for both signs.
    for (const sgn of [1, -1]) {
      const denom = sgn - r * sw
      if (denom === 0) continue
      const lam = ((c[j] as number) - r * (c[w] as number)) / denom
      if (lam > knot && lam < lmax) knot = lam
    }
  }
  return { names: ['mpg', ...names], correlation, Z, y, lambdaMax: lmax, secondKnot: knot }
}

let cached: CorrelatedModel | undefined

/** The model for the cars data. */
export function correlatedModel(): CorrelatedModel {
  if (!cached) cached = computeCorrelatedModel(carsColumns([...CORRELATED_FEATURES]), carsData().y, [...CORRELATED_FEATURES])
  return cached
}

export interface CorrelatedControls {
  /** log10(λ/λmax) of the lasso; null: the presented value, halfway (in log) between λmax and the second knot. */
  lassoLog10: number | null
}
export const correlatedDefaults: CorrelatedControls = { lassoLog10: null }
export const lassoLog10Range = { min: -3, max: 0, step: 0.05 } as const

/** The ridge λ whose fit has the given L1 norm (bisection in log λ; the norm falls as λ grows). */
export function ridgeLambdaForL1(Z: number[][], y: number[], l1: number): number {
  const fn = 'ridgeLambdaForL1'
  if (!(l1 > 0) || !Number.isFinite(l1)) throw new RangeError(`${fn}: l1 must be finite and > 0 (got ${l1})`)
  const fit = elasticNetFitter(Z, y, fn)
  const norm = (lambda: number) => fit({ lambda, alpha: 0 }).coef.reduce((s, v) => s + Math.abs(v), 0)
  let lo = -12
  let hi = 12
  if (norm(Math.exp(lo)) < l1) throw new RangeError(`${fn}: l1 must be below the least-squares L1 norm (got ${l1})`)
  for (let i = 0; i < 80; i++) {
    const mid = 0.5 * (lo + hi)
    if (norm(Math.exp(mid)) > l1) lo = mid
    else hi = mid
  }
  return Math.exp(0.5 * (lo + hi))
}

export interface CorrelatedScene {
  step: number
  matrix: { names: string[]; values: number[][] }
  /** Bar categories (three features, plus "weight (copy)" at step 3). */
  features: string[]
  lasso: number[] | null
  ridge: number[] | null
  lassoLambda: number
  ridgeLambda: number
  /** ‖β‖₁ of the lasso fit; ridge is tuned to the same. */
  l1: number
  xDomain: Vec2
  readout: { label: string; value: string }[]
  description: string
}

/** Ridge λ per (problem, lasso λ): the bisection costs ~80 fits, and a slider revisits its values. */
const ridgeLambdas = memoTable(512)

/** The ridge λ with the lasso fit's ‖β‖₁ on the columns Z (λmax when the lasso is all zero: no size to match). */
function matchedRidgeLambda(Z: number[][], y: number[], l1: number, key: string, lambdaMax: number): number {
  return ridgeLambdas(key, () => (l1 > 0 ? ridgeLambdaForL1(Z, y, l1) : lambdaMax))
}

interface CorrelatedFits {
  features: string[]
  /** Bars shown at this step (null before their step). */
  lasso: number[] | null
  ridge: number[] | null
  ridgeLambda: number
  /** ‖β‖₁ of the three-feature lasso fit. */
  l1: number
  /** Smallest and largest coefficient of the fits, with 0. */
  extent: Vec2
}

/** The lasso at `lassoLambda` and ridge at the same ‖β‖₁, as step `s` shows them. */
function fitsAt(model: CorrelatedModel, s: number, lassoLambda: number): CorrelatedFits {
  const lassoFit = fitElasticNet(model.Z, model.y, { lambda: lassoLambda, alpha: 1 })
  const l1 = lassoFit.coef.reduce((a, v) => a + Math.abs(v), 0)
  let ridgeLambda = matchedRidgeLambda(model.Z, model.y, l1, `3|${lassoLambda}`, model.lambdaMax)
  let features = [...CORRELATED_FEATURES] as string[]
  let lasso: number[] | null = s >= 1 ? lassoFit.coef : null
  let ridge: number[] | null = s >= 2 ? fitElasticNet(model.Z, model.y, { lambda: ridgeLambda, alpha: 0 }).coef : null
  if (s >= 3) {
    // Weight twice: column 0 appended as a fourth column. The lasso at the same λ keeps the
    // same ‖β‖₁ (it puts everything on one copy); ridge is matched to that size afresh, since
    // at the old λ the shared coefficients would have a larger ‖β‖₁ than the lasso's.
    const Z4 = duplicatedWeight(model)
    features = [...features, 'weight (copy)']
    lasso = elasticNetPath(Z4, model.y, { lambdas: [lassoLambda], alpha: 1 })[0]!.coef
    ridgeLambda = matchedRidgeLambda(Z4, model.y, l1, `4|${lassoLambda}`, model.lambdaMax)
    ridge = elasticNetPath(Z4, model.y, { lambdas: [ridgeLambda], alpha: 0 })[0]!.coef
  }
  let lo = 0
  let hi = 0
  for (const v of [...(lasso ?? []), ...(ridge ?? []), ...lassoFit.coef]) { lo = Math.min(lo, v); hi = Math.max(hi, v) }
  return { features, lasso, ridge, ridgeLambda, l1, extent: [lo, hi] }
}

const duplicatedCache = new WeakMap<CorrelatedModel, number[][]>()
/** The three standardized columns with weight appended again as a fourth. */
export function duplicatedWeight(model: CorrelatedModel): number[][] {
  let Z4 = duplicatedCache.get(model)
  if (!Z4) duplicatedCache.set(model, Z4 = model.Z.map(r => [...r, r[0] as number]))
  return Z4
}

const widestCache = new WeakMap<CorrelatedModel, Map<number, Vec2>>()
/** The fits' extent at the slider's smallest λ, for step `s` (computed once). */
function widestExtent(model: CorrelatedModel, s: number): Vec2 {
  let byStep = widestCache.get(model)
  if (!byStep) widestCache.set(model, byStep = new Map())
  let e = byStep.get(s)
  if (!e) byStep.set(s, e = fitsAt(model, s, model.lambdaMax * 10 ** lassoLog10Range.min).extent)
  return e
}

/** The picture at click `step` for the viewer's controls. */
export function correlatedScene(step: number, controls: CorrelatedControls = correlatedDefaults, model: CorrelatedModel = correlatedModel()): CorrelatedScene {
  const fn = 'correlatedScene'
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
  const s = Math.min(step, CORRELATED_STEPS)
  const log10 = controls.lassoLog10
  if (log10 !== null && !(log10 >= lassoLog10Range.min && log10 <= lassoLog10Range.max)) {
    throw new RangeError(`${fn}: lassoLog10 must be between ${lassoLog10Range.min} and ${lassoLog10Range.max} (got ${log10})`)
  }
  const lassoLambda = log10 === null ? Math.sqrt(model.lambdaMax * model.secondKnot) : model.lambdaMax * 10 ** log10
  const { lasso, ridge, ridgeLambda, l1, features, extent } = fitsAt(model, s, lassoLambda)
  // One axis for every slider position of a step, so bars shrink against a fixed scale as λ
  // grows: coefficients are largest at the slider's smallest λ (the current fit is included
  // so no bar can leave the axis).
  const widest = widestExtent(model, s)
  const [lo, hi] = [Math.min(extent[0], widest[0]), Math.max(extent[1], widest[1])]
  const xDomain: Vec2 = [Math.floor(lo - 0.8), Math.max(2, Math.ceil(hi + 2))]
  const duplicated = s >= 3

  const fmt = (v: number) => (v === 0 ? '0' : formatNumber(v, 2))
  const list = (coef: number[]) => coef.map((v, j) => `${features[j]} ${fmt(v)}`).join(', ')
  const readout: { label: string; value: string }[] = []
  if (lasso) readout.push({ label: `Lasso, \u03BB = ${formatLambda(lassoLambda)}`, value: list(lasso) })
  if (ridge) readout.push({ label: `Ridge, \u03BB = ${formatLambda(ridgeLambda)} (same \u2016\u03B2\u2016\u2081 = ${formatNumber(l1, 2)})`, value: list(ridge) })
  const r = model.correlation
  const description = `Correlation matrix of mpg, weight, displacement and horsepower (weight–displacement ${formatNumber(r[1]![2]!, 2)}, weight–horsepower ${formatNumber(r[1]![3]!, 2)}, displacement–horsepower ${formatNumber(r[2]![3]!, 2)})`
    + (lasso ? `; lasso coefficients ${list(lasso)}` : '')
    + (ridge ? `; ridge coefficients ${list(ridge)}` : '')
    + (duplicated ? '; weight appears twice' : '') + '.'
  return {
    step: s,
    matrix: { names: model.names, values: model.correlation },
    features,
    lasso,
    ridge,
    lassoLambda,
    ridgeLambda,
    l1,
    xDomain,
    readout,
    description,
  }
}
