// "Where the zeros come from": for a symmetric (circular) bowl the constrained L1 optimum is
// the Euclidean projection of the minimum onto the diamond, and it lands on a tip — a coefficient
// exactly 0 — precisely when the minimum lies in the wedge "perpendicular to the tip":
// |c1| − t ≥ |c2| (tip on the β1 axis) or |c2| − t ≥ |c1| (tip on the β2 axis).
import type { Vec2 } from './vec'
import * as check from './validate'

/** Whether a symmetric bowl centred at `center` has an exactly-zero L1 optimum for budget t. */
export function inL1ZeroZone(center: Vec2, t: number): boolean {
  check.vec2('inL1ZeroZone', 'center', center)
  check.nonNegative('inL1ZeroZone', 't', t)
  const ax = Math.abs(center[0])
  const ay = Math.abs(center[1])
  return ax - t >= ay || ay - t >= ax
}

/** The four zero-zone wedges clipped to the square [−half, half]², as closed polygons (t ≤ half). */
export function l1ZeroZonePolygons(t: number, half = 10): Vec2[][] {
  const fn = 'l1ZeroZonePolygons'
  check.nonNegative(fn, 't', t)
  check.positive(fn, 'half', half)
  if (t > half) check.rangeFail(fn, 't', `at most half (${half})`, t)
  const w = half - t
  const east: Vec2[] = [[t, 0], [half, w], [half, 0 - w], [t, 0]]
  const rotate = (p: Vec2): Vec2 => [0 - p[1], p[0]]
  const north = east.map(rotate)
  const west = north.map(rotate)
  const south = west.map(rotate)
  return [east, north, west, south]
}

/**
 * Share of the sampling square [−half, half]² outside the diamond that lies in the zero zone:
 * 4(half − t)² / (4·half² − 2t²); 256/392 ≈ 65.3 % for t = 2, half = 10.
 */
export function l1ZeroZoneFraction(t: number, half = 10): number {
  const fn = 'l1ZeroZoneFraction'
  check.nonNegative(fn, 't', t)
  check.positive(fn, 'half', half)
  if (t > half) check.rangeFail(fn, 't', `at most half (${half})`, t)
  return (4 * (half - t) ** 2) / (4 * half * half - 2 * t * t)
}
