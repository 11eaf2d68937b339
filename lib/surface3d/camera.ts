// The one orthographic camera of the library (CrossPolytope's octahedron and the 3-D surfaces).
// Orthographic, not perspective: a chart has no eye distance, parallel lines stay parallel,
// and the exact back-to-front order of a height field (order.ts) needs parallel rays.
import * as check from '../validate'

/** A point or direction in 3-D, [x, y, z]; for surfaces [β1, β2, height]. */
export type Vec3 = readonly [number, number, number]

/** Dot product a · b. */
export const dot3 = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** An orthographic camera: `toward` points from the origin to the viewer; `right` and `up` span the screen. */
export interface Camera3 {
  right: Vec3
  up: Vec3
  toward: Vec3
}

/**
 * The camera looking at the origin from azimuth `az` (about the third axis, from the first
 * axis toward the second) and elevation `el` (above the plane of the first two), both in
 * radians; the third axis points up on screen. Straight above or below has no "up", so
 * |el| must stay short of π/2.
 */
export function camera(az: number, el: number): Camera3 {
  check.finite('camera', 'az', az)
  check.inRange('camera', 'el', el, -Math.PI / 2 + 1e-6, Math.PI / 2 - 1e-6)
  const ca = Math.cos(az)
  const sa = Math.sin(az)
  const ce = Math.cos(el)
  const se = Math.sin(el)
  return {
    toward: [ce * ca, ce * sa, se],
    right: [-sa, ca, 0],
    up: [-se * ca, -se * sa, ce],
  }
}

/** Screen position (x right, y up) of p, and its depth toward the viewer (larger is nearer). */
export function projectPoint(cam: Camera3, p: Vec3): { x: number; y: number; depth: number } {
  return { x: dot3(cam.right, p), y: dot3(cam.up, p), depth: dot3(cam.toward, p) }
}
