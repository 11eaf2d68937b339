// Cutting shapes to what is drawn: a surface polygon at the ceiling (a bowl thousands of
// units deep is cut at the top contour's level, like a plot's z-limit, so its bottom is not
// squashed flat), and floor lines and regions at the domain's edge.
import type { Vec2 } from '../vec'
import type { Vec3 } from './camera'
import type { GridDomain } from './grid'

/** The part of polygon `poly` with height (third coordinate) ≤ ceiling (Sutherland–Hodgman, one plane). */
export function clipBelow(poly: readonly Vec3[], ceiling: number): Vec3[] {
  const out: Vec3[] = []
  for (let k = 0; k < poly.length; k++) {
    const a = poly[k]!
    const b = poly[(k + 1) % poly.length]!
    const aIn = a[2] <= ceiling
    const bIn = b[2] <= ceiling
    if (aIn) out.push(a)
    // a corner exactly at the ceiling is its own crossing point: do not add it twice
    if (aIn !== bIn && a[2] !== ceiling && b[2] !== ceiling) {
      const s = (ceiling - a[2]) / (b[2] - a[2])
      out.push([a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1]), ceiling])
    }
  }
  return out
}

/** The part of the closed polygon `poly` inside the rectangle (Sutherland–Hodgman, four edges). */
export function clipPolygonToRect(poly: readonly Vec2[], d: GridDomain): Vec2[] {
  let pts: Vec2[] = [...poly]
  const edges: [0 | 1, number, 1 | -1][] = [[0, d.x[0], 1], [0, d.x[1], -1], [1, d.y[0], 1], [1, d.y[1], -1]]
  for (const [axis, at, side] of edges) {
    const next: Vec2[] = []
    for (let k = 0; k < pts.length; k++) {
      const a = pts[k]!
      const b = pts[(k + 1) % pts.length]!
      const aIn = side * (a[axis] - at) >= 0
      const bIn = side * (b[axis] - at) >= 0
      if (aIn) next.push(a)
      if (aIn !== bIn) {
        const s = (at - a[axis]) / (b[axis] - a[axis])
        const p: [number, number] = [a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]
        p[axis] = at
        next.push(p)
      }
    }
    pts = next
    if (pts.length === 0) break
  }
  return pts
}

/** The runs (two points or more) of polyline `line` inside the rectangle (Liang–Barsky on each segment). */
export function clipPolylineToRect(line: readonly Vec2[], d: GridDomain): Vec2[][] {
  const runs: Vec2[][] = []
  let run: Vec2[] = []
  const close = () => {
    if (run.length > 1) runs.push(run)
    run = []
  }
  const span = new Float64Array(2)
  for (let k = 0; k + 1 < line.length; k++) {
    const a = line[k]!
    const b = line[k + 1]!
    const dx = b[0] - a[0]
    const dy = b[1] - a[1]
    if (!segmentInRect(a, dx, dy, d, span)) {
      close()
      continue
    }
    const t0 = span[0]!
    const t1 = span[1]!
    const start: Vec2 = t0 === 0 ? a : [a[0] + t0 * dx, a[1] + t0 * dy]
    const end: Vec2 = t1 === 1 ? b : [a[0] + t1 * dx, a[1] + t1 * dy]
    if (run.length === 0 || t0 > 0) {
      close()
      run.push(start)
    }
    run.push(end)
    if (t1 < 1) close()
  }
  close()
  return runs
}

/**
 * Liang–Barsky: whether the segment a → a + (dx, dy) meets the rectangle, and the parameter
 * span [t0, t1] ⊆ [0, 1] inside it (written to `span`; no allocation in the hot loop).
 */
function segmentInRect(a: Vec2, dx: number, dy: number, d: GridDomain, span: Float64Array): boolean {
  let t0 = 0
  let t1 = 1
  // each edge: p = −(step toward the edge), q = distance inside it
  const ps = [-dx, dx, -dy, dy]
  const qs = [a[0] - d.x[0], d.x[1] - a[0], a[1] - d.y[0], d.y[1] - a[1]]
  for (let e = 0; e < 4; e++) {
    const p = ps[e]!
    const q = qs[e]!
    if (p === 0) {
      if (q < 0) return false
    } else if (p < 0) t0 = Math.max(t0, q / p)
    else t1 = Math.min(t1, q / p)
  }
  span[0] = t0
  span[1] = t1
  return t0 <= t1
}
