// "The textbook picture" (ESL figure 3.11): loss ellipses around the least-squares
// point, the L1 diamond and the L2 disk of size t. Clicks: contours and black dot; the
// region; a marker walks the boundary while an inset plots loss along it; the purple
// optimum at the lowest point of that curve. The optimum always comes from the exact solver.
import type { Norm, Quadratic2, Vec2 } from '../index'
import {
  boundaryParameterOf,
  boundaryPointAt,
  bowlFromShape,
  constrainedOptimum,
  lossAlongBoundaryCurve,
  lossAt,
  normOf,
} from '../index'
import { formatNumber } from './format'
import type { Contour, PlaneView } from './plane'
import { centredView, contours, contourThrough, evenLevels, region } from './plane'

export const TEXTBOOK_STEPS = 3

export interface TextbookControls {
  center: Vec2
  t: number
  /** How much steeper the bowl is across its long axis than along it. */
  stretch: number
  /** Direction of the contours' long axis, degrees from the β1 axis. */
  tilt: number
}

export const textbookDefaults: TextbookControls = { center: [1.5, 2.2], t: 1, stretch: 3, tilt: -30 }
export const textbookRanges = {
  t: { min: 0.2, max: 2.5, step: 0.05 },
  stretch: { min: 1, max: 8, step: 0.1 },
  tilt: { min: -90, max: 90, step: 1 },
  center: { min: -2.8, max: 2.8 },
} as const

export const textbookView: PlaneView = centredView(3, 1)

export interface TextbookPanel {
  norm: Norm
  name: string
  region: Vec2[] | null
  /** The walking marker (step 2 while it walks; hidden once the optimum is shown). */
  marker: Vec2 | null
  /** Loss along the boundary against the boundary parameter s ∈ [0, 1], drawn up to the marker. */
  inset: Vec2[] | null
  insetDomain: Vec2
  optimum: Vec2 | null
  /** Where the optimum sits on the inset, if it is on the boundary. */
  insetOptimum: Vec2 | null
  touching: Contour | null
  readout: { label: string; value: string }[]
}

export interface TextbookScene {
  step: number
  view: PlaneView
  contours: Contour[]
  center: Vec2
  panels: TextbookPanel[]
  description: string
}

/** The bowl the controls describe. */
export function textbookBowl(c: TextbookControls): Quadratic2 {
  return bowlFromShape(c.stretch, c.tilt, c.center)
}

/** Keeps the draggable minimum inside the view. */
export function clampCenter(p: Vec2): Vec2 {
  const { min, max } = textbookRanges.center
  const clamp = (v: number) => Math.min(max, Math.max(min, v))
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`clampCenter: center must be finite (got ${p[0]}, ${p[1]})`)
  return [clamp(p[0]), clamp(p[1])]
}

const INSET_SAMPLES = 120

const NAMES: Record<Norm, string> = { l1: 'L1 (lasso): the diamond', l2: 'L2 (ridge): the disk' }

function panel(q: Quadratic2, norm: Norm, t: number, step: number, walk: number): TextbookPanel {
  const showRegion = step >= 1
  const walking = step >= 2
  const solved = step >= 3
  // 120 samples: 2 px apart in the 242 px inset, and a multiple of 4, so the L1 curve's kinks
  // at the diamond's tips (s = 0, ¼, ½, ¾) are samples themselves.
  const curve = walking ? lossAlongBoundaryCurve(q, norm, t, INSET_SAMPLES).map(({ s, loss }) => [s, loss] as Vec2) : null
  const losses = curve ? curve.map(p => p[1]) : [0, 1]
  const lo = Math.min(...losses)
  const hi = Math.max(...losses)
  const pad = (hi - lo) * 0.08 || 1
  const optimum = solved ? constrainedOptimum(q, norm, t) : null
  const onBoundary = optimum !== null && normOf(norm, optimum) >= t * (1 - 1e-12) && t > 0
  const sOpt = onBoundary ? boundaryParameterOf(norm, optimum!) : null
  const readout: { label: string; value: string }[] = []
  if (optimum) {
    const zero = optimum[0] === 0 ? '\u03B2\u2081 = 0 exactly' : optimum[1] === 0 ? '\u03B2\u2082 = 0 exactly' : onBoundary ? 'both nonzero' : 'inside: idle'
    const tag = norm.toUpperCase()
    readout.push(
      { label: `${tag} optimum`, value: `(${formatNumber(optimum[0])}, ${formatNumber(optimum[1])})` },
      { label: `${tag} loss`, value: `${formatNumber(lossAt(q, optimum))} \u00B7 ${zero}` },
    )
  }
  return {
    norm,
    name: NAMES[norm],
    region: showRegion ? region(norm, t) : null,
    marker: walking && !solved ? boundaryPointAt(norm, t, walk) : null,
    inset: curve ? curve.filter(p => p[0] <= walk + 1e-12) : null,
    insetDomain: [Math.max(0, lo - pad), hi + pad],
    optimum,
    insetOptimum: sOpt === null || !optimum ? null : [sOpt, lossAt(q, optimum)],
    touching: optimum && onBoundary ? contourThrough(q, optimum) : null,
    readout,
  }
}

/**
 * The picture at click `step` for the given norms; `walk` ∈ [0, 1] is the marker's progress
 * round the boundary at step 2 (1 at rest, so every step lands on a fixed frame).
 */
export function textbookScene(step: number, controls: TextbookControls, norms: readonly Norm[] = ['l1', 'l2'], walk = 1): TextbookScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`textbookScene: step must be a non-negative integer (got ${step})`)
  if (!(walk >= 0 && walk <= 1)) throw new RangeError(`textbookScene: walk must be in [0, 1] (got ${walk})`)
  if (!(controls.t > 0) || !Number.isFinite(controls.t)) throw new RangeError(`textbookScene: t must be finite and > 0 (got ${controls.t})`)
  const s = Math.min(step, TEXTBOOK_STEPS)
  const q = textbookBowl({ ...controls, center: clampCenter(controls.center) })
  const levels = evenLevels(Math.max(0.5, 2.2 * lossAt(q, [0, 0])), 7)
  const panels = norms.map(n => panel(q, n, controls.t, s, walk))
  const parts = [`Elliptical loss contours around the least-squares point (${formatNumber(q.center[0])}, ${formatNumber(q.center[1])})`]
  if (s >= 1) parts.push(`the ${norms.map(n => (n === 'l1' ? 'diamond' : 'disk')).join(' and the ')} of size ${formatNumber(controls.t)}`)
  if (s === 2) parts.push('a marker walks the boundary while the inset plots the loss along it')
  for (const p of panels) if (p.optimum) parts.push(`${p.norm.toUpperCase()} optimum (${formatNumber(p.optimum[0])}, ${formatNumber(p.optimum[1])})`)
  return { step: s, view: textbookView, contours: contours(q, levels), center: q.center, panels, description: `${parts.join('; ')}.` }
}
