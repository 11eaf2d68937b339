// "Linear models chase outliers": ten seeded points near y = x, the
// least-squares line, the last point jumping to y = 100, and a ridge line that holds.
import type { Vec2 } from '../index'
import { fitElasticNet, fitOLS, uniformSampler } from '../index'
import { formatLine, formatNumber } from './format'
import { ONE_FEATURE_RIDGE_OBJECTIVE } from './objectives'

/** Click steps: 0 fit, 1 the outlier jumps, 2 ridge holds. */
export const OUTLIER_STEPS = 2

export interface OutlierControls {
  /** Ridge strength in the glmnet convention: (1/2n)·RSS + (λ/2)·slope². */
  lambda: number
  /** Where the outlier sits from step 1 on (dragged in self-study). */
  outlier: Vec2
}

export const OUTLIER_SEED = 2020
export const outlierDefaults: OutlierControls = { lambda: 25, outlier: [10, 100] }
/** The region the outlier may be dragged in; the chart's axes cover it. */
export const outlierBounds = { x: [0.5, 10.5], y: [-15, 115] } as const
export const lambdaRange = { min: 0, max: 100, step: 0.5 } as const

export interface FittedLine {
  id: 'before' | 'ols' | 'ridge'
  slope: number
  intercept: number
  /** End points over the plotted x range. */
  from: Vec2
  to: Vec2
  equation: string
}

export interface OutlierScene {
  step: number
  points: { x: number; y: number; outlier: boolean }[]
  lines: FittedLine[]
  xDomain: Vec2
  yDomain: Vec2
  /** Spacing of the y-axis ticks, so the labels are round numbers. */
  yTick: number
  /**
   * The mean point (x̄, ȳ) from the ridge step on: the intercept is not penalized, so every
   * fitted line passes through it; ridge only turns the line about it (null before).
   */
  mean: Vec2 | null
  /** Equations of the lines shown, labelled, in the order they appeared. */
  readout: { label: string; value: string }[]
  /** What the ridge line minimizes, with the λ of the slider (null before the ridge step). */
  objective: string | null
  draggable: boolean
  description: string
}

/** Ten points x = 1..10, y = x + uniform noise in [−1.5, 1.5], from a fixed seed. */
export function outlierData(seed = OUTLIER_SEED): Vec2[] {
  const noise = uniformSampler(seed)
  return Array.from({ length: 10 }, (_, i) => {
    const x = i + 1
    return [x, x + (noise() * 3 - 1.5)] as const
  })
}

const baseData = outlierData()

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v))
}

/** The outlier position actually used: finite and inside the draggable region. */
export function clampOutlier(p: Vec2): Vec2 {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`outlierScene: outlier must be finite (got ${p[0]}, ${p[1]})`)
  return [clamp(p[0], outlierBounds.x[0], outlierBounds.x[1]), clamp(p[1], outlierBounds.y[0], outlierBounds.y[1])]
}

function line(id: FittedLine['id'], slope: number, intercept: number, xDomain: Vec2): FittedLine {
  return {
    id,
    slope,
    intercept,
    from: [xDomain[0], intercept + slope * xDomain[0]],
    to: [xDomain[1], intercept + slope * xDomain[1]],
    equation: formatLine(slope, intercept),
  }
}

function fitLine(points: readonly Vec2[], lambda?: number): { slope: number; intercept: number } {
  const X = points.map(p => [p[0]])
  const y = points.map(p => p[1])
  const fit = lambda === undefined ? fitOLS(X, y) : fitElasticNet(X, y, { lambda, alpha: 0 })
  return { slope: fit.coef[0]!, intercept: fit.intercept }
}

/** The picture at click `step` given the viewer's controls. */
export function outlierScene(step: number, controls: OutlierControls = outlierDefaults): OutlierScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`outlierScene: step must be a non-negative integer (got ${step})`)
  if (!Number.isFinite(controls.lambda) || controls.lambda < 0) throw new RangeError(`outlierScene: lambda must be finite and ≥ 0 (got ${controls.lambda})`)
  const s = Math.min(step, OUTLIER_STEPS)
  const jumped = s >= 1
  const outlier = clampOutlier(controls.outlier)
  const data = jumped ? [...baseData.slice(0, -1), outlier] : baseData
  const xDomain: Vec2 = [0, 11]
  const yDomain: Vec2 = jumped ? [-20, 120] : [-2, 14]

  const before = fitLine(baseData)
  let mean: Vec2 | null = null
  const lines: FittedLine[] = []
  const readout: OutlierScene['readout'] = []
  if (!jumped) {
    lines.push(line('ols', before.slope, before.intercept, xDomain))
    readout.push({ label: 'Least squares', value: lines[0]!.equation })
  }
  else {
    const ols = fitLine(data)
    lines.push(line('before', before.slope, before.intercept, xDomain))
    lines.push(line('ols', ols.slope, ols.intercept, xDomain))
    readout.push({ label: 'Without the outlier', value: lines[0]!.equation })
    readout.push({ label: 'Least squares', value: lines[1]!.equation })
    if (s >= 2) {
      const ridge = fitLine(data, controls.lambda)
      const r = line('ridge', ridge.slope, ridge.intercept, xDomain)
      lines.push(r)
      readout.push({ label: `Ridge, \u03BB = ${formatNumber(controls.lambda, 1)}`, value: r.equation })
      mean = [data.reduce((t, p) => t + p[0], 0) / data.length, data.reduce((t, p) => t + p[1], 0) / data.length]
      readout.push({ label: 'Both lines pass through the mean', value: `(x\u0304, y\u0304) = (${formatNumber(mean[0], 1)}, ${formatNumber(mean[1], 1)})` })
    }
  }

  const slopes = lines.filter(l => l.id !== 'before').map(l => `${l.id === 'ols' ? 'least-squares' : 'ridge'} slope ${formatNumber(l.slope)}`)
  const description = `Scatter of ${data.length} points near the line y = x`
    + (jumped ? `, with the last point moved to (${formatNumber(outlier[0], 1)}, ${formatNumber(outlier[1], 1)})` : '')
    + `; ${slopes.join(', ')}`
    + (mean ? `; both lines pass through the mean point (${formatNumber(mean[0], 1)}, ${formatNumber(mean[1], 1)})` : '') + '.'

  return {
    step: s,
    points: data.map((p, i) => ({ x: p[0], y: p[1], outlier: jumped && i === data.length - 1 })),
    lines,
    xDomain,
    yDomain,
    yTick: jumped ? 20 : 2,
    mean,
    readout,
    objective: s >= 2 ? ONE_FEATURE_RIDGE_OBJECTIVE : null,
    draggable: jumped,
    description,
  }
}
