// "Where the zeros come from": for circular bowls the L1 optimum is the point of
// the diamond nearest to the minimum, and that is a tip (a coefficient exactly 0) precisely
// when the minimum lies in the wedge beyond the tip, |c1| − t ≥ |c2| or |c2| − t ≥ |c1|.
// Steps: 0 the simulated minima of 5 000 symmetric bowls; 1 the exact zone shaded, with its
// share of the sampling square (256/392 for t = 2) beside the simulated rate; 2 one bowl
// whose minimum the viewer can drag, with its circular contours and its optimum.
import type { SimulationRequest, SimulationRun, SimulationSource, Vec2 } from '../index'
import { L1_REGION, constrainedOptimum, inL1ZeroZone, simulate, l1ZeroZoneFraction, l1ZeroZonePolygons, quadratic } from '../index'
import type { Contour, PlaneView } from './plane'
import { contours, contourThrough, evenLevels, region } from './plane'
import { formatNumber } from './format'
import type { CloudPanel } from './simulationCloud'
import { CLOUD_SEED, CLOUD_T, CLOUD_VIEW, cloudPanel } from './simulationCloud'
import { formatCount, formatPercent } from './simulationText'

export const ZONE_STEPS = 2
export const ZONE_TRIALS = 5000
/** Where the example bowl's minimum starts (inside the zone beyond the β1 tip). */
export const ZONE_EXAMPLE: Vec2 = [7, 2.5]
/** The example can be dragged anywhere in the sampling square. */
export const ZONE_BOUNDS = { min: -10, max: 10 } as const

export interface ZoneControls {
  /** The dragged minimum of the example bowl; null = the presented one. */
  center: Vec2 | null
}
export const zoneDefaults: ZoneControls = { center: null }

/** The run "Where the zeros come from" shows: symmetric bowls, L1, exact (the same run as the symmetric family of "Random loss functions"). */
export function zoneRequest(): SimulationRequest {
  return { family: 'symmetric', seed: CLOUD_SEED, trials: ZONE_TRIALS, region: L1_REGION, t: CLOUD_T, method: 'exact' }
}

/** The example bowl: circular, its contours, its optimum and whether a coefficient is zero. */
export interface ZoneExample {
  center: Vec2
  optimum: Vec2
  contours: Contour[]
  through: Contour
  inZone: boolean
  zero: boolean
  text: string
}

export interface ZoneScene {
  step: number
  view: PlaneView
  panel: CloudPanel
  /** The four wedges, shown from step 1. */
  zone: Vec2[][] | null
  diamond: Vec2[]
  example: ZoneExample | null
  draggable: boolean
  readout: { label: string; value: string }[]
  description: string
}

/** Clamps a dragged minimum into the sampling square and off the diamond (so the bowl's minimum stays outside). */
export function clampZoneCenter(p: Vec2): Vec2 {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`zoneScene: center must be finite (got ${p[0]}, ${p[1]})`)
  const clamp = (v: number) => Math.min(ZONE_BOUNDS.max, Math.max(ZONE_BOUNDS.min, v))
  return [clamp(p[0]), clamp(p[1])]
}

/** The example bowl for a minimum at `center` (a = b = 1, c = 0: circles). */
export function zoneExample(center: Vec2, t = CLOUD_T): ZoneExample {
  const q = quadratic(1, 1, 0, center)
  const optimum = constrainedOptimum(q, 'l1', t)
  const inside = Math.abs(center[0]) + Math.abs(center[1]) <= t
  const through = contourThrough(q, optimum)
  const level = through.level
  const zero = !inside && (optimum[0] === 0 || optimum[1] === 0)
  const inZone = inL1ZeroZone(center, t)
  const where = `(${formatNumber(optimum[0])}, ${formatNumber(optimum[1])})`
  let text: string
  if (inside) text = `Minimum inside the diamond: the optimum is the minimum itself, ${where}.`
  else if (zero) text = `In the zone: the optimum is the tip ${where}, ${optimum[0] === 0 ? '\u03B2\u2081' : '\u03B2\u2082'} = 0 exactly.`
  else text = `Outside the zone: the optimum ${where} is on an edge, no zero.`
  return {
    center,
    optimum,
    // Two rings inside the one through the optimum: radii r/3 and 2r/3.
    contours: level > 0 ? contours(q, evenLevels(level, 3).slice(0, 2)) : [],
    through,
    inZone,
    zero,
    text,
  }
}

function checkStep(step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`zoneScene: step must be a non-negative integer (got ${step})`)
}

/** The part of the picture that only the zone's appearance changes: the simulated minima and the wedges. */
export function zoneBackdrop(run: SimulationRun, zoneShown: boolean): Pick<ZoneScene, 'view' | 'panel' | 'zone'> {
  return { view: CLOUD_VIEW, panel: cloudPanel(run, CLOUD_T, null), zone: zoneShown ? l1ZeroZonePolygons(CLOUD_T, 10) : null }
}

/** The picture at click `step`. */
export function zoneScene(step: number, controls: ZoneControls = zoneDefaults, source: SimulationSource = simulate): ZoneScene {
  checkStep(step)
  const s = Math.min(step, ZONE_STEPS)
  const run = source(zoneRequest())
  const panel = cloudPanel(run, CLOUD_T, null)
  const fraction = l1ZeroZoneFraction(CLOUD_T, 10)
  const half = 10
  const zoneArea = 4 * (half - CLOUD_T) ** 2
  const outsideArea = 4 * half * half - 2 * CLOUD_T * CLOUD_T
  const readout = [
    { label: `Simulated: ${formatCount(run.count)} circular bowls`, value: `${formatPercent(run.counts.zero, run.count)} exactly zero` },
  ]
  if (s >= 1) readout.push({ label: 'Zone\u2019s share of the square outside the diamond', value: `${zoneArea}/${outsideArea} = ${formatNumber(100 * fraction, 1)}%` })
  const example = s >= 2 ? zoneExample(clampZoneCenter(controls.center ?? ZONE_EXAMPLE)) : null
  return {
    step: s,
    view: CLOUD_VIEW,
    panel,
    zone: s >= 1 ? l1ZeroZonePolygons(CLOUD_T, half) : null,
    diamond: region('l1', CLOUD_T),
    example,
    draggable: s >= 2,
    readout,
    description: `Minima of ${formatCount(run.count)} circular bowls on the square from \u221210 to 10 with the diamond of size ${CLOUD_T}; `
      + `${formatPercent(run.counts.zero, run.count)} give an exactly-zero L1 coefficient.`
      + (s >= 1 ? ` The zero zone, the four wedges beyond the tips where |c1| \u2212 ${CLOUD_T} \u2265 |c2| or the reverse, is shaded: ${zoneArea}/${outsideArea} = ${formatNumber(100 * fraction, 1)}% of the square outside the diamond.` : '')
      + (example ? ` Example bowl with its minimum at (${formatNumber(example.center[0], 1)}, ${formatNumber(example.center[1], 1)}): ${example.text}` : ''),
  }
}
