// "Beyond L1 and L2": the constraint region morphs through Lp balls (p = 2, 1, 0.5,
// ∞) and the elastic-net mix. Left: one example bowl, its contours, the region and the exact
// (or proven-ε) constrained optimum. Right: the random-bowl simulation of
// "Random loss functions" rerun for the current region, its minima coloured by outcome, and
// the share with an exact zero.
import type { LpRegion, Quadratic2, SimulationRequest, SimulationSource, Vec2 } from '../index'
import { NEAR_MISS_FRACTION, lpConstrainedOptimum, outcomeAt, lpRegionOutline, quadratic, simulate } from '../index'
import { formatPercent } from './simulationText'
import type { Contour, PlaneView } from './plane'
import { contours, contourThrough, evenLevels, planeView, viewCornerLoss } from './plane'
import { formatNumber } from './format'
import { memoTable } from './memo'

/** Click steps: 0 p = 2, 1 p = 1, 2 p = 0.5, 3 p = ∞, 4 elastic net α = ½. */
export const LP_STEPS = 4
export const LP_PRESETS: readonly LpRegion[] = [
  { kind: 'lp', p: 2 },
  { kind: 'lp', p: 1 },
  { kind: 'lp', p: 0.5 },
  { kind: 'lp', p: Infinity },
  { kind: 'elasticNet', alpha: 0.5 },
]
/** Size of every region: tips at (±2, 0), (0, ±2), as in the simulation slides. */
export const LP_T = 2
/** The simulation: Parr's general family, seeded; the same bowls for every region. */
export const LP_SIMULATION = { trials: 1000, seed: 2020, family: 'general' } as const

/** The example bowl: tilted, minimum up and to the right of the region. */
export const lpExample = { a: 2, b: 1, c: -1 } as const
export const lpCenterDefault: Vec2 = [4.5, 2.5]
export const lpCenterBounds = { min: -5.5, max: 5.5 } as const

export interface LpControls {
  /** A region chosen with the slider, valid only at the step it was chosen in. */
  region: { step: number; region: LpRegion } | null
  /** The example bowl's minimum (dragged in self-study). */
  center: Vec2
}
export const lpDefaults: LpControls = { region: null, center: lpCenterDefault }

/** "p = 0.5", "p = ∞", "elastic net, α = 0.50". */
export function regionLabel(region: LpRegion): string {
  if (region.kind === 'elasticNet') return `elastic net, \u03B1 = ${formatNumber(region.alpha, 2)}`
  if (region.p === Infinity) return 'p = \u221E'
  return `p = ${formatNumber(region.p, Number.isInteger(region.p) ? 0 : Number.isInteger(region.p * 10) ? 1 : 2)}`
}

/** A region's cache key: p or α with its kind. */
export function regionKey(region: LpRegion): string {
  return region.kind === 'lp' ? `lp:${region.p}` : `en:${region.alpha}`
}

/** The simulation run for a region: the same seeded bowls (shapes) for every region. */
export function lpRequest(region: LpRegion): SimulationRequest {
  return { ...LP_SIMULATION, region, t: LP_T, method: 'exact' }
}

/** Outlines drawn so far, by region: a drag of the bowl redraws the same region every frame. */
const outlines = memoTable(64)
function outlineOf(region: LpRegion): Vec2[] {
  return outlines(regionKey(region), () => lpRegionOutline(region, LP_T, 40))
}

export interface LpScene {
  step: number
  region: LpRegion
  label: string
  /** The example: bowl, contours, the region's outline, the optimum and the contour through it. */
  bowl: Quadratic2
  view: PlaneView
  contours: Contour[]
  outline: Vec2[]
  optimum: Vec2
  optimumContour: Contour
  method: 'inside' | 'exact' | 'search'
  /** The simulation's minima by outcome, and the view they live in. */
  cloud: { zero: Vec2[]; nearMiss: Vec2[]; nonzero: Vec2[] }
  cloudView: PlaneView
  rates: { zero: number; nearMiss: number }
  /** Zero rates of the presented regions up to this step (the table on the side). */
  history: { label: string; zero: number; text: string; current: boolean }[]
  readout: { label: string; value: string }[]
  description: string
}

/** The picture at click `step` for the viewer's controls. */
export function lpScene(step: number, controls: LpControls = lpDefaults, source: SimulationSource = simulate): LpScene {
  const fn = 'lpScene'
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
  const [cx, cy] = controls.center
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) throw new RangeError(`${fn}: center must be finite (got ${cx}, ${cy})`)
  const s = Math.min(step, LP_STEPS)
  const center: Vec2 = [
    Math.min(lpCenterBounds.max, Math.max(lpCenterBounds.min, cx)),
    Math.min(lpCenterBounds.max, Math.max(lpCenterBounds.min, cy)),
  ]
  const chosen = controls.region && controls.region.step === s ? controls.region.region : null
  const region = chosen ?? (LP_PRESETS[s] as LpRegion)

  const bowl = quadratic(lpExample.a, lpExample.b, lpExample.c, center)
  const view: PlaneView = planeView([-4, 6], [-4, 6], 2)
  const opt = lpConstrainedOptimum(bowl, region, LP_T)
  const levels = evenLevels(viewCornerLoss(bowl, view), 9)

  const sim = source(lpRequest(region))
  const cloud: LpScene['cloud'] = { zero: [], nearMiss: [], nonzero: [] }
  for (let i = 0; i < sim.count; i++) cloud[outcomeAt(sim, i)].push([sim.c1[i]!, sim.c2[i]!])
  const n = sim.count
  const rates = { zero: sim.counts.zero / n, nearMiss: sim.counts.nearMiss / n }

  const history = LP_PRESETS.slice(0, s + 1).map((r, k) => {
    const shown = k === s ? region : r
    const zeros = source(lpRequest(shown)).counts.zero
    return { label: regionLabel(shown), zero: zeros / n, text: formatPercent(zeros, n), current: k === s }
  })

  const label = regionLabel(region)
  const pct = (x: number) => formatPercent(Math.round(x * n), n)
  const [o1, o2] = opt.beta
  const zeroText = o1 === 0 && o2 === 0 ? 'both coefficients 0' : o1 === 0 ? '\u03B2\u2081 = 0 exactly' : o2 === 0 ? '\u03B2\u2082 = 0 exactly' : 'no zero'
  const readout = [
    { label: 'Example optimum', value: `(${formatNumber(o1, 2)}, ${formatNumber(o2, 2)}): ${zeroText}` },
    { label: `In ${n} random bowls`, value: `${pct(rates.zero)} exactly zero` + (rates.nearMiss > 0 ? `\n${pct(rates.nearMiss)} near misses (|\u03B2| < ${formatNumber(NEAR_MISS_FRACTION * LP_T, 1)})` : '') },
  ]
  const description = `Constraint region ${label} of size ${LP_T} with an example bowl whose constrained optimum is (${formatNumber(o1, 2)}, ${formatNumber(o2, 2)}), ${zeroText}; `
    + `in ${n} random bowls the optimum has a coefficient exactly zero in ${pct(rates.zero)} of cases.`

  return {
    step: s,
    region,
    label,
    bowl,
    view,
    contours: contours(bowl, levels),
    outline: outlineOf(region),
    optimum: opt.beta,
    optimumContour: contourThrough(bowl, opt.beta),
    method: opt.method,
    cloud,
    cloudView: planeView([-10, 10], [-10, 10], 5),
    rates,
    history,
    readout,
    description,
  }
}

/** Slider position (0 … 1) → elastic-net region, α on the slider's 0.05 grid (so simulations repeat). */
export function elasticNetFromSlider(u: number): LpRegion {
  if (!Number.isFinite(u)) throw new RangeError(`elasticNetFromSlider: u must be finite (got ${u})`)
  return { kind: 'elasticNet', alpha: Math.round(Math.min(1, Math.max(0, u)) * 20) / 20 }
}

/** Slider position (0 … 2) ↔ region: 1/p = 2 − u for Lp balls, so u = 0, 1, 1.5, 2 are p = 0.5, 1, 2, ∞. */
export function lpFromSlider(u: number): LpRegion {
  if (!Number.isFinite(u)) throw new RangeError(`lpFromSlider: u must be finite (got ${u})`)
  const inv = 2 - Math.min(2, Math.max(0, u))
  // Round 1/p to the slider's 0.05 grid so that regions (and their cached simulations) repeat.
  const r = Math.round(inv * 20) / 20
  return { kind: 'lp', p: r === 0 ? Infinity : 1 / r }
}

/**
 * Every region the slide's slider reaches (p by its 0.05 steps, and α by 0.05): the presets
 * first, then outwards from where the slider starts (p = 1, α = ½), the likeliest next moves.
 */
export function lpSliderRegions(): LpRegion[] {
  const steps = Array.from({ length: 41 }, (_, i) => i / 20)
  const outwards = (from: number) => (a: number, b: number) => Math.abs(a - from) - Math.abs(b - from)
  const all: LpRegion[] = [
    ...LP_PRESETS,
    ...[...steps].sort(outwards(sliderFromLp(1))).map(lpFromSlider),
    ...steps.filter(a => a <= 1).sort(outwards(0.5)).map(elasticNetFromSlider),
  ]
  const seen = new Set<string>()
  return all.filter((r) => {
    const key = regionKey(r)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Inverse of lpFromSlider for an Lp ball. */
export function sliderFromLp(p: number): number {
  if (!(p > 0)) throw new RangeError(`sliderFromLp: p must be > 0 (got ${p})`)
  return 2 - (p === Infinity ? 0 : 1 / p)
}
