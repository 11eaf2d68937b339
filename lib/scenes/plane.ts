// Building blocks shared by every picture of the (β1, β2) plane: loss contours drawn
// exactly from the bowl, the constraint region, and the view box. Scene builders compose
// these; components turn them into chart series (components/options/plane.ts).
import type { Norm, Quadratic2, Vec2 } from '../index'
import { ellipseContour, l1TotalContour, lossAt, penalizedOptimum, quadratic, regionOutline, totalLoss } from '../index'

/** A loss contour: the level and its closed polyline. */
export interface Contour {
  level: number
  points: Vec2[]
}

/** A view of the plane with the same span on both axes, so circles stay circles. */
export interface PlaneView {
  x: Vec2
  y: Vec2
  /** Tick spacing for both axes. */
  tick: number
}

/** A view with equal spans; throws if the spans differ (the picture would be squashed). */
export function planeView(x: Vec2, y: Vec2, tick: number): PlaneView {
  const sx = x[1] - x[0]
  const sy = y[1] - y[0]
  if (!(sx > 0) || !(sy > 0) || Math.abs(sx - sy) > 1e-9 * Math.max(sx, sy)) {
    throw new RangeError(`planeView: x and y must span the same positive length (got ${sx} and ${sy})`)
  }
  if (!(tick > 0)) throw new RangeError(`planeView: tick must be > 0 (got ${tick})`)
  return { x, y, tick }
}

/** The square view [−half, half]². */
export function centredView(half: number, tick: number): PlaneView {
  return planeView([-half, half], [-half, half], tick)
}

/**
 * `count` loss levels whose ellipses are evenly spaced in "radius": level_k = maxLevel·(k/count)².
 * Equal spacing of √level keeps the rings evenly spaced on screen, like a topographic map.
 */
export function evenLevels(maxLevel: number, count: number): number[] {
  if (!(maxLevel > 0) || !Number.isFinite(maxLevel)) throw new RangeError(`evenLevels: maxLevel must be finite and > 0 (got ${maxLevel})`)
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`evenLevels: count must be a positive integer (got ${count})`)
  return Array.from({ length: count }, (_, i) => maxLevel * ((i + 1) / count) ** 2)
}

/**
 * Points per full turn of a drawn contour. A chord of an ellipse sampled at angle steps dφ
 * strays at most a·dφ²/8 from the curve (a = the long semi-axis): with 96 steps and a ≤ 300 px
 * (more than any chart in the deck) that is 0.13 px, below what a screen or a PDF shows.
 * Fewer points are less for the chart to copy and draw on every drag.
 */
export const CONTOUR_SEGMENTS = 96

/** Exact ellipse contours of the bowl at the given levels. */
export function contours(q: Quadratic2, levels: readonly number[], segments = CONTOUR_SEGMENTS): Contour[] {
  return levels.map(level => ({ level, points: ellipseContour(q, level, segments) }))
}

/** The contour of the bowl through the point β (its iso-loss ellipse). */
export function contourThrough(q: Quadratic2, beta: Vec2, segments = CONTOUR_SEGMENTS): Contour {
  const level = lossAt(q, beta)
  return { level, points: ellipseContour(q, level, segments) }
}

/** Closed outline of the region of size t: the diamond's four tips, or the circle as a CONTOUR_SEGMENTS-gon. */
export function region(norm: Norm, t: number): Vec2[] {
  return regionOutline(norm, t, CONTOUR_SEGMENTS)
}

/** Largest loss on the corners of the view: a level whose ellipse reaches past the whole view. */
export function viewCornerLoss(q: Quadratic2, view: PlaneView): number {
  const corners: Vec2[] = [[view.x[0], view.y[0]], [view.x[0], view.y[1]], [view.x[1], view.y[0]], [view.x[1], view.y[1]]]
  return Math.max(...corners.map(c => lossAt(q, c)))
}

/**
 * Contours of the penalized total q(β) + λ·P(β) at `offsets` above its minimum, as polylines.
 * L2: the total is the bowl with A + λI centred at the penalized optimum, so its contours
 * are exact ellipses. L1: exact arcs per quadrant (l1TotalContour).
 */
export function totalContours(q: Quadratic2, norm: Norm, lambda: number, offsets: readonly number[]): Vec2[][] {
  const minimum = penalizedOptimum(q, norm, lambda)
  if (norm === 'l2') {
    const total = quadratic(q.a + lambda, q.b + lambda, q.c, minimum)
    return offsets.map(d => ellipseContour(total, d, CONTOUR_SEGMENTS))
  }
  const floor = totalLoss(q, 'l1', lambda, minimum)
  return offsets.flatMap(d => l1TotalContour(q, lambda, floor + d, CONTOUR_SEGMENTS))
}
