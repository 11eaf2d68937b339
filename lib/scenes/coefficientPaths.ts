// "Coefficient paths on real data": lasso and ridge fitted to the standardized
// cars features along one λ grid (elasticNetPath), and a cursor on that grid. Clicks move
// the cursor to where the next feature has just entered the lasso; in self-study the
// cursor is dragged, and the x-axis shows log λ or the L1 norm of the coefficients.
import type { CarFeature, PathPoint, Vec2 } from '../index'
import { carsData, elasticNetPath, lambdaMax, logSpace, standardize } from '../index'
import { formatNumber } from './format'

/** What the x-axis measures: log λ (glmnet's xvar = "lambda") or ‖β‖₁ (xvar = "norm"). */
export type PathAxis = 'logLambda' | 'l1'

/** The grid: from 100·λmax (lasso) down to 10⁻⁴·λmax, log-spaced. */
export const PATH_GRID = { count: 141, above: 100, below: 1e-4 } as const

/** Paths along one λ grid, computed once per data set. Arrays are indexed [grid index][feature]. */
export interface PathsModel {
  features: readonly string[]
  lambdas: number[]
  logLambdas: number[]
  /** Smallest λ at which every lasso coefficient is 0. */
  lambdaMax: number
  lasso: number[][]
  ridge: number[][]
  l1: { lasso: number[]; ridge: number[] }
  /** Each feature's first grid index with a nonzero lasso coefficient, in order of entry. */
  entries: { feature: number; index: number }[]
  /** The cursor's grid index at each click step. */
  stops: number[]
  /** Milliseconds spent in elasticNetPath (both paths), measured when the model was built. */
  pathMs: number
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** Lasso and ridge paths of (X, y) on the standardized columns, and the cursor stops. */
export function computePathsModel(X: number[][], y: number[], features: readonly string[]): PathsModel {
  const fn = 'computePathsModel'
  if (features.length !== (X[0]?.length ?? -1)) throw new RangeError(`${fn}: features must name every column of X (got ${features.length} names for ${X[0]?.length ?? 0} columns)`)
  const { Z } = standardize(X)
  const lmax = lambdaMax(Z, y, 1)
  const lambdas = logSpace(lmax * PATH_GRID.above, lmax * PATH_GRID.below, PATH_GRID.count)
  const started = now()
  const lassoPath: PathPoint[] = elasticNetPath(Z, y, { lambdas, alpha: 1 })
  const ridgePath: PathPoint[] = elasticNetPath(Z, y, { lambdas, alpha: 0 })
  const pathMs = now() - started
  const lasso = lassoPath.map(pt => pt.coef)
  const ridge = ridgePath.map(pt => pt.coef)
  const norm1 = (c: number[]) => c.reduce((s, v) => s + Math.abs(v), 0)

  const p = features.length
  const entries: { feature: number; index: number }[] = []
  for (let j = 0; j < p; j++) {
    const index = lasso.findIndex(c => c[j] !== 0)
    if (index >= 0) entries.push({ feature: j, index })
  }
  entries.sort((a, b) => a.index - b.index || a.feature - b.feature)

  // A stop halfway between a feature's entry and the next change of the lasso's support
  // (entry or exit of any feature), so the newcomer is visibly away from 0.
  const support = (i: number) => (lasso[i] as number[]).map(v => v !== 0).join()
  const last = lambdas.length - 1
  const stops = [0]
  for (const e of entries) {
    let end = e.index
    while (end < last && support(end + 1) === support(e.index)) end++
    const stop = Math.round((e.index + end) / 2)
    if (stop > (stops.at(-1) as number)) stops.push(stop)
  }
  if ((stops.at(-1) as number) < last) stops.push(last)

  return {
    features,
    lambdas,
    logLambdas: lambdas.map(Math.log),
    lambdaMax: lmax,
    lasso,
    ridge,
    l1: { lasso: lasso.map(norm1), ridge: ridge.map(norm1) },
    entries,
    stops,
    pathMs,
  }
}

let cached: PathsModel | undefined

/** The paths of the cars data (computed on first use, then kept). */
export function pathsModel(): PathsModel {
  if (!cached) {
    const d = carsData()
    cached = computePathsModel(d.X, d.y, d.features)
  }
  return cached
}

/** Click steps of "Coefficient paths on real data" for the cars data: λ above λmax, one per entering feature, then the smallest λ. */
export const PATHS_STEPS = 7

export interface PathsControls {
  axis: PathAxis
  /** A dragged cursor (grid index), valid only at the step it was set in. */
  cursor: { step: number; index: number } | null
}

export const pathsDefaults: PathsControls = { axis: 'logLambda', cursor: null }

export interface PathLine {
  feature: string
  /** The path from the largest λ to the cursor, as (x, coefficient). */
  points: Vec2[]
  /** Coefficient at the cursor. */
  value: number
}

export interface PathPanel {
  id: 'lasso' | 'ridge'
  title: string
  lines: PathLine[]
  cursorX: number
  nonzero: number
}

export interface PathsScene {
  step: number
  axis: PathAxis
  cursorIndex: number
  lambda: number
  panels: [PathPanel, PathPanel]
  xName: string
  xDomain: Vec2
  xTick: number
  /** log λ runs right to left (large λ first), so the cursor always moves right. */
  xInverse: boolean
  yDomain: Vec2
  yTick: number
  /** Arrow-key step of the cursor handle, in x units (signed so → moves right). */
  keyStep: number
  readout: { label: string; value: string }[]
  description: string
}

function niceFloor(v: number, tick: number): number {
  return Math.floor(v / tick) * tick
}
function niceCeil(v: number, tick: number): number {
  return Math.ceil(v / tick) * tick
}

/** The grid index whose x (on this axis, in this panel) is nearest to x. */
export function cursorIndexAt(model: PathsModel, axis: PathAxis, panel: 'lasso' | 'ridge', x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cursorIndexAt: x must be finite (got ${x})`)
  const xs = axis === 'logLambda' ? model.logLambdas : model.l1[panel]
  let best = 0
  for (let i = 1; i < xs.length; i++) if (Math.abs((xs[i] as number) - x) < Math.abs((xs[best] as number) - x)) best = i
  return best
}

/** The picture at click `step` for the viewer's controls. */
export function pathsScene(step: number, controls: PathsControls = pathsDefaults, model: PathsModel = pathsModel()): PathsScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`pathsScene: step must be a non-negative integer (got ${step})`)
  if (controls.axis !== 'logLambda' && controls.axis !== 'l1') throw new RangeError(`pathsScene: axis must be 'logLambda' or 'l1' (got ${String(controls.axis)})`)
  const last = model.lambdas.length - 1
  const s = Math.min(step, model.stops.length - 1)
  const dragged = controls.cursor && controls.cursor.step === s ? controls.cursor.index : null
  if (dragged !== null && (!Number.isInteger(dragged) || dragged < 0 || dragged > last)) {
    throw new RangeError(`pathsScene: cursor.index must be an integer between 0 and ${last} (got ${dragged})`)
  }
  const cursor = dragged ?? (model.stops[s] as number)
  const axis = controls.axis

  const panel = (id: 'lasso' | 'ridge'): PathPanel => {
    const coefs = model[id]
    const xs = axis === 'logLambda' ? model.logLambdas : model.l1[id]
    const lines = model.features.map((feature, j) => {
      const points: Vec2[] = []
      for (let i = 0; i <= cursor; i++) points.push([xs[i] as number, (coefs[i] as number[])[j] as number])
      return { feature, points, value: (coefs[cursor] as number[])[j] as number }
    })
    return {
      id,
      title: id === 'lasso' ? 'Lasso (L1)' : 'Ridge (L2)',
      lines,
      cursorX: xs[cursor] as number,
      nonzero: lines.filter(l => l.value !== 0).length,
    }
  }
  const panels: [PathPanel, PathPanel] = [panel('lasso'), panel('ridge')]

  let lo = Infinity
  let hi = -Infinity
  for (const c of [...model.lasso, ...model.ridge]) for (const v of c) { lo = Math.min(lo, v); hi = Math.max(hi, v) }
  const yTick = hi - lo > 8 ? 2 : 1
  const yDomain: Vec2 = [niceFloor(lo, yTick), niceCeil(hi, yTick)]

  let xDomain: Vec2
  let xTick: number
  let keyStep: number
  if (axis === 'logLambda') {
    xTick = 2
    xDomain = [niceFloor(model.logLambdas[last] as number, xTick), niceCeil(model.logLambdas[0] as number, xTick)]
    keyStep = (model.logLambdas[1] as number) - (model.logLambdas[0] as number)
  }
  else {
    const maxNorm = Math.max(...model.l1.lasso, ...model.l1.ridge)
    xTick = maxNorm > 8 ? 2 : 1
    xDomain = [0, niceCeil(maxNorm, xTick)]
    keyStep = xDomain[1] / 100
  }

  const lambda = model.lambdas[cursor] as number
  // Lasso features listed in order of entry; when most are in, name the ones still at 0.
  const byEntry = model.entries.map(e => e.feature).concat(model.features.map((_, j) => j).filter(j => !model.entries.some(e => e.feature === j)))
  const lassoValue = (j: number) => (model.lasso[cursor] as number[])[j] as number
  const lassoIn = byEntry.filter(j => lassoValue(j) !== 0).map(j => model.features[j] as string)
  const lassoOut = byEntry.filter(j => lassoValue(j) === 0).map(j => model.features[j] as string)
  const total = model.features.length
  const lassoText = `${panels[0].nonzero} of ${total} nonzero`
    + (lassoIn.length === 0 || lassoIn.length === total ? '' : lassoIn.length <= total / 2 ? `: ${lassoIn.join(', ')}` : ` (0: ${lassoOut.join(', ')})`)
  const readout = [
    { label: 'Cursor', value: `\u03BB = ${formatLambda(lambda)}, log \u03BB = ${formatNumber(Math.log(lambda), 2)}` },
    { label: 'Lasso', value: lassoText },
    { label: 'Ridge', value: `${panels[1].nonzero} of ${total} nonzero` },
  ]
  const description = `Coefficient paths of lasso and ridge on the standardized cars data, x-axis ${axis === 'logLambda' ? 'log lambda' : 'L1 norm of the coefficients'}; `
    + `cursor at lambda ${formatLambda(lambda)}: lasso has ${panels[0].nonzero} nonzero coefficients`
    + (lassoIn.length ? ` (${lassoIn.join(', ')})` : '')
    + `, ridge has ${panels[1].nonzero}.`
  return {
    step: s,
    axis,
    cursorIndex: cursor,
    lambda,
    panels,
    xName: axis === 'logLambda' ? 'log \u03BB (larger \u03BB on the left)' : '\u2016\u03B2\u2016\u2081 (L1 norm of the coefficients)',
    xDomain,
    xTick,
    xInverse: axis === 'logLambda',
    yDomain,
    yTick,
    keyStep,
    readout,
    description,
  }
}

/** λ with three significant digits (λ spans six decades here). */
export function formatLambda(lambda: number): string {
  if (!(lambda > 0) || !Number.isFinite(lambda)) throw new RangeError(`formatLambda: lambda must be finite and > 0 (got ${lambda})`)
  if (lambda >= 100) return formatNumber(lambda, 0)
  const digits = Math.max(0, 2 - Math.floor(Math.log10(lambda)))
  return formatNumber(lambda, Math.min(digits, 6))
}
