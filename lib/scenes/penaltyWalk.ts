// "The penalty alone: diamonds and circles": L1 contours are diamonds, L2 contours circles. A
// point's L1 size is the walk along the axes (taxicab: |β1| then |β2|), its L2 size the
// straight line.
import type { Vec2 } from '../index'
import { lerp, normOf, regionOutline } from '../index'
import { formatNumber } from './format'
import type { PlaneView } from './plane'
import { centredView } from './plane'

export const WALK_STEPS = 3
export const walkView: PlaneView = centredView(5, 1)
export const walkDefaults = { point: [3, 2] as Vec2 }
export const walkBounds = 4.6

export interface WalkPanel {
  norm: 'l1' | 'l2'
  caption: string
  family: Vec2[][]
  /** Segments drawn so far, each with a label at its middle. */
  segments: { from: Vec2; to: Vec2; label: string }[]
  /** The contour of the family that passes through the point, once its size is known. */
  through: Vec2[] | null
  size: number | null
}

export interface WalkScene {
  step: number
  point: Vec2 | null
  view: PlaneView
  panels: [WalkPanel, WalkPanel]
  readout: { label: string; value: string }[]
  description: string
}

const SIZES = [1, 2, 3, 4, 5, 6]

/** Keeps a dragged point inside the view. */
export function clampWalkPoint(p: Vec2): Vec2 {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`clampWalkPoint: point must be finite (got ${p[0]}, ${p[1]})`)
  const c = (v: number) => Math.min(walkBounds, Math.max(-walkBounds, v))
  return [c(p[0]), c(p[1])]
}

/**
 * The picture at click `step`; `grow` ∈ [0, 1] is how far the segment revealed at this step
 * has been drawn (1 at rest).
 */
export function walkScene(step: number, point: Vec2 = walkDefaults.point, grow = 1): WalkScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`walkScene: step must be a non-negative integer (got ${step})`)
  if (!(grow >= 0 && grow <= 1)) throw new RangeError(`walkScene: grow must be in [0, 1] (got ${grow})`)
  const s = Math.min(step, WALK_STEPS)
  const p = clampWalkPoint(point)
  const corner: Vec2 = [p[0], 0]
  const l1 = normOf('l1', p)
  const l2 = normOf('l2', p)
  const partial = (from: Vec2, to: Vec2, revealedAt: number): Vec2 => (s === revealedAt ? lerp(from, to, grow) : to)

  const l1Segments: WalkPanel['segments'] = []
  if (s >= 1) l1Segments.push({ from: [0, 0], to: partial([0, 0], corner, 1), label: `|\u03B2\u2081| = ${formatNumber(Math.abs(p[0]))}` })
  if (s >= 2) l1Segments.push({ from: corner, to: partial(corner, p, 2), label: `|\u03B2\u2082| = ${formatNumber(Math.abs(p[1]))}` })
  const l2Segments: WalkPanel['segments'] = s >= 3 ? [{ from: [0, 0], to: partial([0, 0], p, 3), label: formatNumber(l2) }] : []

  const readout: WalkScene['readout'] = []
  if (s >= 2) readout.push({ label: 'L1 size: walk along the axes', value: `${formatNumber(Math.abs(p[0]))} + ${formatNumber(Math.abs(p[1]))} = ${formatNumber(l1)}` })
  if (s >= 3) readout.push({ label: 'L2 size: the straight line', value: `\u221A(${formatNumber(p[0])}\u00B2 + ${formatNumber(p[1])}\u00B2) = ${formatNumber(l2)}` })

  const parts = ['Orange diamonds, the L1 contours |β1| + |β2| = 1 to 6, beside orange circles, the L2 contours of the same sizes']
  if (s >= 1) parts.push(`a point at (${formatNumber(p[0])}, ${formatNumber(p[1])})`)
  if (s >= 2) parts.push(`its taxicab walk along the axes has length ${formatNumber(l1)}`)
  if (s >= 3) parts.push(`its straight-line distance is ${formatNumber(l2)}`)
  return {
    step: s,
    point: s >= 1 ? p : null,
    view: walkView,
    panels: [
      {
        norm: 'l1',
        caption: 'L1: diamonds',
        family: SIZES.map(r => regionOutline('l1', r)),
        segments: l1Segments,
        through: s >= 2 && l1 > 0 ? regionOutline('l1', l1) : null,
        size: s >= 2 ? l1 : null,
      },
      {
        norm: 'l2',
        caption: 'L2: circles',
        family: SIZES.map(r => regionOutline('l2', r, 160)),
        segments: l2Segments,
        through: s >= 3 && l2 > 0 ? regionOutline('l2', l2, 160) : null,
        size: s >= 3 ? l2 : null,
      },
    ],
    readout,
    description: `${parts.join('; ')}.`,
  }
}
