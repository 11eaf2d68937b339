// Iso-loss contours of a quadratic bowl are ellipses, so they are drawn analytically:
// q(β) = dᵀAd = level with A = VΛVᵀ gives d = V·(√(level/λ1)·cos φ, √(level/λ2)·sin φ).
// No grid, no marching squares, exact at any zoom.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import { checkQuadratic, lossAtXY, symmetricEigen2 } from './quadratic'
import * as check from './validate'

/** Closed polyline (segments + 1 points, last = first) of the contour q(β) = level, level ≥ 0. */
export function ellipseContour(q: Quadratic2, level: number, segments = 128): Vec2[] {
  const fn = 'ellipseContour'
  checkQuadratic(fn, 'q', q)
  check.nonNegative(fn, 'level', level)
  check.integer(fn, 'segments', segments, 3, 1e6)
  const { values, angle } = symmetricEigen2(q.a, q.c / 2, q.b)
  const r1 = Math.sqrt(level / values[0])
  const r2 = Math.sqrt(level / values[1])
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const [cx, cy] = q.center
  const out: Vec2[] = []
  for (let i = 0; i < segments; i++) {
    const phi = (2 * Math.PI * i) / segments
    const u = r1 * Math.cos(phi)
    const v = r2 * Math.sin(phi)
    out.push([cx + cos * u - sin * v, cy + sin * u + cos * v])
  }
  out.push(out[0] as Vec2)
  return out
}

/** The loss level of the contour through β (so ellipseContour(q, contourLevelThrough(q, β)) passes through β). */
export function contourLevelThrough(q: Quadratic2, beta: Vec2): number {
  checkQuadratic('contourLevelThrough', 'q', q)
  check.vec2('contourLevelThrough', 'beta', beta)
  return lossAtXY(q, beta[0], beta[1])
}

/** Semi-axis lengths (long, short) and long-axis angle of the contour q(β) = level. */
export function ellipseAxes(q: Quadratic2, level: number): { semiAxes: Vec2; angle: number } {
  checkQuadratic('ellipseAxes', 'q', q)
  check.nonNegative('ellipseAxes', 'level', level)
  const { values, angle } = symmetricEigen2(q.a, q.c / 2, q.b)
  // The long axis belongs to the small eigenvalue, perpendicular to the steep direction.
  return { semiAxes: [Math.sqrt(level / values[1]), Math.sqrt(level / values[0])], angle: angle + Math.PI / 2 }
}
