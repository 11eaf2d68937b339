// The edge of the constraint region of size t, walked by one parameter s ∈ [0, 1):
// counter-clockwise from the tip (t, 0), with the four axis points (tips) at
// s = 0, ¼, ½, ¾. For 'l1' s is the fraction of the diamond's perimeter (arc length);
// for 'l2' it is the fraction of the full turn (angle 2πs). Tips come out exact
// (coordinates literally 0), because each point is built in the first quadrant and
// then rotated by quarter turns, never through cos(π/2) ≈ 6e-17.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import type { Norm } from './norms'
import { checkQuadratic, lossAtXY } from './quadratic'
import { checkNorm } from './norms'
import * as check from './validate'

/**
 * Writes the boundary point for quarter `k` (0..3) and fraction f ∈ [0, 1) within it
 * into out[at], out[at+1]. Negation is written `0 - v` so that no −0 appears.
 */
export function writeBoundaryPoint(norm: Norm, t: number, k: number, f: number, out: Float64Array, at: number): void {
  let x: number
  let y: number
  if (f === 0) {
    x = t
    y = 0
  } else if (norm === 'l1') {
    x = t * (1 - f)
    y = t * f
  } else {
    const angle = f * (Math.PI / 2)
    x = t * Math.cos(angle)
    y = t * Math.sin(angle)
  }
  switch (k) {
    case 0: out[at] = x; out[at + 1] = y; break
    case 1: out[at] = 0 - y; out[at + 1] = x; break
    case 2: out[at] = 0 - x; out[at + 1] = 0 - y; break
    default: out[at] = y; out[at + 1] = 0 - x
  }
}

/** `count` evenly spaced boundary points s = i/count as a flat [x0, y0, x1, y1, …] array; count must be a multiple of 4. */
export function boundaryTable(norm: Norm, t: number, count: number): Float64Array {
  const perQuarter = count / 4
  const out = new Float64Array(2 * count)
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / perQuarter)
    writeBoundaryPoint(norm, t, k, (i - k * perQuarter) / perQuarter, out, 2 * i)
  }
  return out
}

const scratch = new Float64Array(2)

/** Point of the region boundary of size t at parameter s (wrapped into [0, 1)). */
export function boundaryPointAt(norm: Norm, t: number, s: number): Vec2 {
  const fn = 'boundaryPointAt'
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  check.finite(fn, 's', s)
  const u = 4 * (s - Math.floor(s))
  const k = Math.min(3, Math.floor(u))
  writeBoundaryPoint(norm, t, k, u - k, scratch, 0)
  return [scratch[0] as number, scratch[1] as number]
}

/** Boundary parameter s ∈ [0, 1) of the ray from the origin through β (inverse of boundaryPointAt); β ≠ 0. */
export function boundaryParameterOf(norm: Norm, beta: Vec2): number {
  const fn = 'boundaryParameterOf'
  checkNorm(fn, 'norm', norm)
  check.vec2(fn, 'beta', beta)
  const [x, y] = beta
  if (x === 0 && y === 0) check.rangeFail(fn, 'beta', 'a nonzero point', beta)
  if (norm === 'l2') {
    const turn = Math.atan2(y, x) / (2 * Math.PI)
    return turn < 0 ? turn + 1 : turn
  }
  // Rotate β back into the first quadrant (x > 0, y ≥ 0), then read the arc fraction y/(x+y).
  let k = 0
  let px = x
  let py = y
  while (!(px > 0 && py >= 0)) {
    const nx = py
    py = 0 - px
    px = nx
    k++
  }
  return (k + py / (px + py)) / 4
}

/** `count` evenly spaced boundary points (s = i/count, tips included); count: a multiple of 4, at least 4. */
export function boundaryPoints(norm: Norm, t: number, count: number): Vec2[] {
  const fn = 'boundaryPoints'
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  checkBoundaryCount(fn, 'count', count)
  const table = boundaryTable(norm, t, count)
  const out: Vec2[] = []
  for (let i = 0; i < count; i++) out.push([table[2 * i] as number, table[2 * i + 1] as number])
  return out
}

/** Throws unless n is an integer multiple of 4 in [4, 1e7] (so the four tips are among the points). */
export function checkBoundaryCount(fn: string, name: string, n: unknown): number {
  check.integer(fn, name, n, 4, 1e7)
  if ((n as number) % 4 !== 0) check.rangeFail(fn, name, 'a multiple of 4 (so the tips / axis points are included)', n)
  return n as number
}

/**
 * Closed outline of the region of size t for drawing (first point repeated at the end):
 * the diamond is exactly its 4 tips (5 points, `segments` ignored); the circle has segments + 1 points.
 */
export function regionOutline(norm: Norm, t: number, segments = 128): Vec2[] {
  const fn = 'regionOutline'
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  if (norm === 'l1') return [[t, 0], [0, t], [0 - t, 0], [0, 0 - t], [t, 0]]
  checkBoundaryCount(fn, 'segments', segments)
  const pts = boundaryPoints('l2', t, segments)
  pts.push(pts[0] as Vec2)
  return pts
}

/** The loss q at the boundary point with parameter s (for the "loss along the boundary" inset). */
export function lossAlongBoundary(q: Quadratic2, norm: Norm, t: number, s: number): number {
  checkQuadratic('lossAlongBoundary', 'q', q)
  const [x, y] = boundaryPointAt(norm, t, s)
  return lossAtXY(q, x, y)
}

/** Samples of the inset curve: `samples` + 1 pairs (s, loss) for s = 0, 1/samples, …, 1 (closed). */
export function lossAlongBoundaryCurve(
  q: Quadratic2,
  norm: Norm,
  t: number,
  samples = 400,
): { s: number; loss: number }[] {
  const fn = 'lossAlongBoundaryCurve'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  checkBoundaryCount(fn, 'samples', samples)
  const table = boundaryTable(norm, t, samples)
  const out: { s: number; loss: number }[] = []
  for (let i = 0; i <= samples; i++) {
    const j = i % samples
    out.push({ s: i / samples, loss: lossAtXY(q, table[2 * j] as number, table[2 * j + 1] as number) })
  }
  return out
}
