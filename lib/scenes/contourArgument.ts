// "The contour argument" (Parr's figure): β1 is very predictive, β2 barely, so the
// bowl 9(β1 − 4)² + (β2 − 0.8)² + 4.5(β1 − 4)(β2 − 0.8) is steep across β1 and shallow
// along a tilted valley. With budget t = 2.58 for both norms:
//   L1: the optimum is the tip (2.58, 0), loss ≈ 23.90; every other point of the diamond lies
//       outside that tip's iso-loss contour, so sliding along an edge only raises the loss.
//   L2: the optimum ≈ (2.50, 0.64), loss ≈ 21.37, lies inside that contour: the circle has no
//       tip, so it can do better than the axis point, and β2 stays nonzero.
// Steps: 0 contours and the black dot; 1 the diamond, the L1 optimum and its contour; 2 a
// marker slid along the edge; 3 the circle and the L2 optimum; 4 the black dot moves up and
// to the left until the L1 optimum leaves the tip.
import type { Norm, Quadratic2, Vec2 } from '../index'
import { boundaryParameterOf, boundaryPointAt, constrainedOptimum, lossAlongBoundaryCurve, lossAt, quadratic } from '../index'
import type { Contour, PlaneView } from './plane'
import { contours, contourThrough, evenLevels, planeView, region } from './plane'
import { formatNumber } from './format'

export const ARGUMENT_STEPS = 4
export const ARGUMENT_SHAPE = { a: 9, b: 1, c: 4.5 } as const
export const ARGUMENT_CENTER: Vec2 = [4, 0.8]
/** Where step 4 moves the black dot: far enough up and left that the L1 optimum leaves the tip. */
export const ARGUMENT_MOVED: Vec2 = [1.5, 4]
export const ARGUMENT_T = 2.58
/** The marker's presented position at step 2: boundary parameter u (0 = the tip on the +β1 axis, ¼ = the +β2 tip). */
export const ARGUMENT_MARKER = 0.06
/** The marker at click 4, further along the edge than the moved L1 optimum. */
export const ARGUMENT_MARKER_MOVED = 0.15
export const ARGUMENT_VIEW: PlaneView = planeView([-3, 6], [-3, 6], 1)
/** Loss levels of the background contours (fixed, so rings morph when the dot moves). */
export const ARGUMENT_LEVELS = evenLevels(120, 8)

export interface ArgumentControls {
  /** The dragged black dot; null = the presented one. */
  center: Vec2 | null
  /** The marker's boundary parameter u in [−½, ½]; null = the presented one. */
  marker: number | null
}
export const argumentDefaults: ArgumentControls = { center: null, marker: null }

/** The black dot may go anywhere in the view. */
export function clampArgumentCenter(p: Vec2): Vec2 {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`argumentScene: center must be finite (got ${p[0]}, ${p[1]})`)
  const v = ARGUMENT_VIEW
  return [Math.min(v.x[1], Math.max(v.x[0], p[0])), Math.min(v.y[1], Math.max(v.y[0], p[1]))]
}

/** Boundary parameter in [−½, ½): 0 at the +β1 tip, positive counter-clockwise. */
export function signedParameter(norm: Norm, beta: Vec2): number {
  const s = boundaryParameterOf(norm, beta)
  return s >= 0.5 ? s - 1 : s
}

export interface OptimumMark {
  norm: Norm
  optimum: Vec2
  loss: number
  /** Its boundary parameter u (null when the optimum is the unconstrained minimum inside the region). */
  u: number | null
  through: Contour
}

export interface MarkerMark {
  u: number
  point: Vec2
  loss: number
  /** The stretch of edge from the tip to the marker. */
  trail: Vec2[]
}

/** Loss along the boundary, for the small chart: x = u in [−½, ½], y = loss. */
export interface EdgeCurve {
  range: Vec2
  yMax: number
  ticks: { u: number; label: string }[]
  l1: Vec2[]
  l2: Vec2[] | null
}

export interface ArgumentScene {
  step: number
  view: PlaneView
  bowl: Quadratic2
  contours: Contour[]
  center: Vec2
  diamond: Vec2[] | null
  l1: OptimumMark | null
  marker: MarkerMark | null
  circle: Vec2[] | null
  l2: OptimumMark | null
  curve: EdgeCurve | null
  readout: { id: 'l1' | 'marker' | 'l2'; label: string; value: string; note: string }[]
  draggable: boolean
  description: string
}

function mark(q: Quadratic2, norm: Norm): OptimumMark {
  const optimum = constrainedOptimum(q, norm, ARGUMENT_T)
  const onBoundary = norm === 'l1'
    ? Math.abs(Math.abs(optimum[0]) + Math.abs(optimum[1]) - ARGUMENT_T) < 1e-9
    : Math.abs(Math.hypot(optimum[0], optimum[1]) - ARGUMENT_T) < 1e-9
  return {
    norm,
    optimum,
    loss: lossAt(q, optimum),
    u: onBoundary ? signedParameter(norm, optimum) : null,
    through: contourThrough(q, optimum),
  }
}

/** Points of the diamond's edge from u = 0 (the tip) to u, tips included, for the trail. */
function edgeTrail(u: number): Vec2[] {
  const n = 24
  const out: Vec2[] = []
  for (let i = 0; i <= n; i++) out.push(boundaryPointAt('l1', ARGUMENT_T, (u * i) / n))
  return out
}

/** A round number at least x (1, 2 or 5 times a power of ten). */
function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x))
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p
  return 10 * p
}

function curveOf(q: Quadratic2, norm: Norm): Vec2[] {
  // lossAlongBoundaryCurve runs s over [0, 1]; re-centre it on the +β1 tip: u in [−½, ½].
  const pts = lossAlongBoundaryCurve(q, norm, ARGUMENT_T, 200)
  const half = pts.slice(100).map(p => [p.s - 1, p.loss] as Vec2)
  return [...half, ...pts.slice(1, 101).map(p => [p.s, p.loss] as Vec2)]
}

function edgeCurve(q: Quadratic2, l1: OptimumMark, l2: OptimumMark | null, marker: MarkerMark | null): EdgeCurve {
  const us = [l1.u, l2?.u ?? null, marker?.u ?? null].filter((u): u is number => u !== null)
  const wide = us.some(u => Math.abs(u) > 0.2)
  const range: Vec2 = wide ? [-0.5, 0.5] : [-0.25, 0.25]
  const ticks = (wide ? [-0.5, -0.25, 0, 0.25, 0.5] : [-0.25, 0, 0.25]).map(u => ({
    u,
    label: Math.abs(u) === 0.25 ? '\u03B2\u2081 = 0' : '\u03B2\u2082 = 0',
  }))
  const lowest = Math.min(l1.loss, l2?.loss ?? Infinity)
  return {
    range,
    yMax: niceCeil(Math.max(3.2 * lowest, 10, (marker?.loss ?? 0) * 1.25)),
    ticks,
    l1: curveOf(q, 'l1'),
    l2: l2 ? curveOf(q, 'l2') : null,
  }
}

function checkStep(step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`argumentScene: step must be a non-negative integer (got ${step})`)
}

/** The picture at click `step` given the viewer's controls. */
export function argumentScene(step: number, controls: ArgumentControls = argumentDefaults): ArgumentScene {
  checkStep(step)
  const s = Math.min(step, ARGUMENT_STEPS)
  if (controls.marker !== null && !(Number.isFinite(controls.marker) && Math.abs(controls.marker) <= 0.5)) {
    throw new RangeError(`argumentScene: marker must be in [−0.5, 0.5] (got ${controls.marker})`)
  }
  const center = clampArgumentCenter(controls.center ?? (s >= 4 ? ARGUMENT_MOVED : ARGUMENT_CENTER))
  const { a, b, c } = ARGUMENT_SHAPE
  const q = quadratic(a, b, c, center)
  const l1 = s >= 1 ? mark(q, 'l1') : null
  const l2 = s >= 3 ? mark(q, 'l2') : null
  let marker: MarkerMark | null = null
  if (s >= 2) {
    // Once the minimum has moved (click 4) the L1 optimum sits on the edge near the first
    // marker position, and the two symbols would cover each other: the marker moves on.
    const u = controls.marker ?? (s >= 4 ? ARGUMENT_MARKER_MOVED : ARGUMENT_MARKER)
    const point = boundaryPointAt('l1', ARGUMENT_T, u)
    marker = { u, point, loss: lossAt(q, point), trail: edgeTrail(u) }
  }
  const where = (p: Vec2) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`
  const zeroNote = (p: Vec2) => (p[1] === 0 ? '\u03B2\u2082 = 0 exactly' : p[0] === 0 ? '\u03B2\u2081 = 0 exactly' : 'both nonzero')
  const readout: ArgumentScene['readout'] = []
  if (l1) readout.push({ id: 'l1', label: 'L1 optimum (diamond)', value: `${where(l1.optimum)} \u00B7 loss ${formatNumber(l1.loss)}`, note: zeroNote(l1.optimum) })
  if (marker && l1) {
    const rise = marker.loss - l1.loss
    readout.push({
      id: 'marker',
      label: 'Marker on the diamond edge',
      value: `${where(marker.point)} \u00B7 loss ${formatNumber(marker.loss)}`,
      note: rise >= 0 ? `\u2191 ${formatNumber(rise)} more than the L1 optimum` : `\u2193 ${formatNumber(-rise)} less than the L1 optimum`,
    })
  }
  if (l2 && l1) {
    readout.push({
      id: 'l2',
      label: 'L2 optimum (circle)',
      value: `${where(l2.optimum)} \u00B7 loss ${formatNumber(l2.loss)}`,
      note: l2.loss < l1.loss ? `lower loss than L1, ${zeroNote(l2.optimum)}` : zeroNote(l2.optimum),
    })
  }
  const parts = [`Loss contours of a tilted bowl with its minimum (black dot) at ${where(center)}`]
  if (l1) parts.push(`the diamond of size ${ARGUMENT_T} with the L1 optimum at ${where(l1.optimum)}, loss ${formatNumber(l1.loss)}, and the contour through it`)
  if (marker) parts.push(`a marker on the diamond edge at ${where(marker.point)} with loss ${formatNumber(marker.loss)}`)
  if (l2) parts.push(`the circle of radius ${ARGUMENT_T} with the L2 optimum at ${where(l2.optimum)}, loss ${formatNumber(l2.loss)}`)
  return {
    step: s,
    view: ARGUMENT_VIEW,
    bowl: q,
    contours: contours(q, ARGUMENT_LEVELS),
    center,
    diamond: l1 ? region('l1', ARGUMENT_T) : null,
    l1,
    marker,
    circle: l2 ? region('l2', ARGUMENT_T) : null,
    l2,
    curve: l1 ? edgeCurve(q, l1, l2, marker) : null,
    readout,
    draggable: true,
    description: `${parts.join('; ')}.`,
  }
}
