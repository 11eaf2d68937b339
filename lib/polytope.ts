// Three dimensions ("Competition, and corners in higher dimensions"): the L1 ball
// |β1| + |β2| + |β3| ≤ t is an octahedron (the 3-D cross-polytope), the L2 ball a sphere. This file holds
// their exact geometry, which edges face the camera (surface3d/camera.ts) when drawn on a flat
// chart, and the exact Euclidean projection onto the L1 ball in any dimension (the constrained
// optimum of a circular bowl).
import * as check from './validate'
import type { Camera3, Vec3 } from './surface3d/camera'
import { dot3 } from './surface3d/camera'

// The camera moved to surface3d/camera.ts (one camera for every 3-D picture); re-exported
// here so imports of it from this file keep working.
export type { Camera3, Vec3 } from './surface3d/camera'
export { camera, dot3, projectPoint } from './surface3d/camera'

/** The octahedron |β1| + |β2| + |β3| ≤ t: 6 tips, 12 edges, 8 triangular faces with outward normals. */
export interface CrossPolytope3 {
  vertices: Vec3[]
  edges: [number, number][]
  faces: { vertices: [number, number, number]; normal: Vec3 }[]
}

/** The 3-D cross-polytope of size t; vertex 2i is +t·e_i and 2i + 1 is −t·e_i. */
export function crossPolytope3(t: number): CrossPolytope3 {
  check.positive('crossPolytope3', 't', t)
  const vertices: Vec3[] = []
  for (let i = 0; i < 3; i++) {
    const plus: [number, number, number] = [0, 0, 0]
    const minus: [number, number, number] = [0, 0, 0]
    plus[i] = t
    minus[i] = 0 - t
    vertices.push(plus, minus)
  }
  // Two tips are joined by an edge unless they are opposite (on the same axis).
  const edges: [number, number][] = []
  for (let i = 0; i < 6; i++) {
    for (let j = i + 1; j < 6; j++) if (i >> 1 !== j >> 1) edges.push([i, j])
  }
  // One face per sign pattern (s1, s2, s3): the tips s1·t·e1, s2·t·e2, s3·t·e3.
  const faces: CrossPolytope3['faces'] = []
  const k = 1 / Math.sqrt(3)
  for (const s1 of [1, -1]) {
    for (const s2 of [1, -1]) {
      for (const s3 of [1, -1]) {
        const tip = (axis: number, s: number) => 2 * axis + (s > 0 ? 0 : 1)
        faces.push({ vertices: [tip(0, s1), tip(1, s2), tip(2, s3)], normal: [s1 * k, s2 * k, s3 * k] })
      }
    }
  }
  return { vertices, edges, faces }
}

/** For each edge: whether it is in front (one of its two faces faces the viewer) or hidden behind the body. */
export function visibleEdges(poly: CrossPolytope3, cam: Camera3): boolean[] {
  const front = poly.faces.map(f => dot3(f.normal, cam.toward) > 0)
  return poly.edges.map(([i, j]) => poly.faces.some((f, k) => front[k] && f.vertices.includes(i) && f.vertices.includes(j)))
}

/** The circle of radius r where coordinate `axis` is 0 (a great circle of the sphere), as a closed polyline. */
export function coordinateCircle(axis: 0 | 1 | 2, r: number, segments = 120): Vec3[] {
  check.positive('coordinateCircle', 'r', r)
  check.integer('coordinateCircle', 'segments', segments, 4, 1e5)
  const [u, v] = axis === 0 ? [1, 2] : axis === 1 ? [2, 0] : [0, 1]
  const out: Vec3[] = []
  for (let i = 0; i <= segments; i++) {
    const phi = (2 * Math.PI * i) / segments
    const p: [number, number, number] = [0, 0, 0]
    p[u] = r * Math.cos(phi)
    p[v] = r * Math.sin(phi)
    out.push(p)
  }
  return out
}

/** How many coordinates of p are exactly 0. */
export function zeroCount(p: readonly number[]): number {
  return p.reduce((n, x) => n + (x === 0 ? 1 : 0), 0)
}

/**
 * Exact Euclidean projection of v onto the L1 ball of size t in any dimension (the constrained
 * optimum of the circular bowl ‖β − v‖²): soft-thresholding at the θ ≥ 0 for which the result
 * has L1 norm t (Duchi et al. 2008, by sorting). Zero coordinates come back as literal +0.
 */
export function projectOntoL1Ball(v: readonly number[], t: number): number[] {
  const fn = 'projectOntoL1Ball'
  check.numberArray(fn, 'v', v)
  check.nonNegative(fn, 't', t)
  const abs = v.map(Math.abs)
  const norm = abs.reduce((s, x) => s + x, 0)
  if (norm <= t) return v.map(x => x + 0)
  if (t === 0) return v.map(() => 0)
  const sorted = [...abs].sort((a, b) => b - a)
  // θ = (Σ_{i<ρ} sorted_i − t)/ρ for the largest ρ with sorted_{ρ−1} > θ.
  let sum = 0
  let theta = 0
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!
    const candidate = (sum - t) / (i + 1)
    if (sorted[i]! > candidate) theta = candidate
    else break
  }
  return v.map((x) => {
    const m = Math.abs(x) - theta
    return m > 0 ? (x > 0 ? m : 0 - m) : 0
  })
}

/**
 * How many coordinates of the projection of (x, y, z) onto the L1 ball of size t are 0, without
 * building it: with |coordinates| sorted s1 ≥ s2 ≥ s3, the projection keeps ρ coordinates,
 * the largest ρ with s_ρ > (s1 + … + s_ρ − t)/ρ (Duchi et al.), so it has 3 − ρ zeros.
 * Equals zeroCount(projectOntoL1Ball([x, y, z], t)) for points outside the ball.
 */
export function l1ProjectionZeros3(x: number, y: number, z: number, t: number): number {
  let s1 = Math.abs(x)
  let s2 = Math.abs(y)
  let s3 = Math.abs(z)
  if (s1 + s2 + s3 <= t) return (x === 0 ? 1 : 0) + (y === 0 ? 1 : 0) + (z === 0 ? 1 : 0)
  let tmp: number
  if (s2 > s1) { tmp = s1; s1 = s2; s2 = tmp }
  if (s3 > s2) { tmp = s2; s2 = s3; s3 = tmp }
  if (s2 > s1) { tmp = s1; s1 = s2; s2 = tmp }
  if (!(s2 > s1 - t)) return 2
  if (!(2 * s3 > s1 + s2 - t)) return 1
  return 0
}
