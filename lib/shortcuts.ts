// The two textbook shortcuts for circular bowls
// ("Shortcuts for round bowls, and where they fail"), written as plain geometry so that tests
// can hold them against the exact solver:
//   L2: the answer is where the ray from the origin to the minimum crosses the circle;
//   L1: the answer is the foot of the perpendicular from the minimum onto the nearest
//       diamond edge, or a tip when that foot would fall past the edge's end.
// Both are Euclidean projections, so they are right only when the contours are circles.
import type { Vec2 } from './vec'
import * as check from './validate'

/** L2 ray rule: the minimum scaled onto the circle of radius t (itself if inside). */
export function rayRule(center: Vec2, t: number): Vec2 {
  check.vec2('rayRule', 'center', center)
  check.nonNegative('rayRule', 't', t)
  const r = Math.hypot(center[0], center[1])
  if (r <= t) return center
  return [(center[0] * t) / r, (center[1] * t) / r]
}

/** L1 perpendicular-foot rule: the nearest point of the diamond |β1|+|β2| ≤ t to `center`. */
export function perpendicularFootRule(center: Vec2, t: number): Vec2 {
  check.vec2('perpendicularFootRule', 'center', center)
  check.nonNegative('perpendicularFootRule', 't', t)
  const u = Math.abs(center[0])
  const v = Math.abs(center[1])
  if (u + v <= t) return center
  const sx = center[0] < 0 ? -1 : 1
  const sy = center[1] < 0 ? -1 : 1
  // Foot on the edge x + y = t of the first quadrant: move along (1, 1)/√2 by the excess.
  if (u - v >= t) return [sx * t, 0]
  if (v - u >= t) return [0, sy * t]
  return [(sx * (u - v + t)) / 2, (sy * (v - u + t)) / 2]
}
