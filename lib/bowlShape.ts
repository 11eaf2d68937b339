// Bowls described the way a student adjusts them: how stretched the contours are and how
// they are tilted. A = R(θ)·diag(1, stretch)·R(θ)ᵀ, so the contours' long axis points
// along θ and the bowl is `stretch` times steeper across it than along it.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import { quadratic } from './quadratic'
import * as check from './validate'

/** The bowl with curvature 1 along the direction `tiltDeg` (degrees) and `stretch` across it. */
export function bowlFromShape(stretch: number, tiltDeg: number, center: Vec2): Quadratic2 {
  const fn = 'bowlFromShape'
  check.positive(fn, 'stretch', stretch)
  check.finite(fn, 'tiltDeg', tiltDeg)
  check.vec2(fn, 'center', center)
  const th = (tiltDeg * Math.PI) / 180
  const c = Math.cos(th)
  const s = Math.sin(th)
  const a = c * c + stretch * s * s
  const b = s * s + stretch * c * c
  const cross = 2 * (1 - stretch) * c * s
  return quadratic(a, b, cross, center)
}
