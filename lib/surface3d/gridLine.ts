// A surface's own grid line as a curve on it: the vertices along β1 = v or β2 = v (v one of
// the grid's lines, such as an axis), at their heights, so the curve runs exactly along the
// facets' edges (an L1 crease, say). Cut at the ceiling like the facets: a piece above it
// is left out, and a segment that crosses it ends where the edge meets it (linearly, as
// clipBelow cuts the facets).
import type { Vec3 } from './camera'
import type { SurfaceGrid } from './grid'

/** The runs (two points or more) of grid line `axis` = `at` at or below `ceiling`; none if `at` is not a grid line. */
export function gridLineCurve(grid: SurfaceGrid, axis: 0 | 1, at: number, ceiling: number): Vec3[][] {
  const { n, xs, ys, heights } = grid
  const m = n + 1
  const k = (axis === 0 ? xs : ys).indexOf(at)
  if (k < 0) return []
  const vertex = (s: number): Vec3 => (axis === 0 ? [xs[k]!, ys[s]!, heights[s * m + k]!] : [xs[s]!, ys[k]!, heights[k * m + s]!])
  const runs: Vec3[][] = []
  let run: Vec3[] = []
  const close = () => {
    if (run.length > 1) runs.push(run)
    run = []
  }
  for (let s = 0; s <= n; s++) {
    const p = vertex(s)
    const prev = s > 0 ? vertex(s - 1) : undefined
    const crossing = (a: Vec3, b: Vec3): Vec3 => {
      const u = (ceiling - a[2]) / (b[2] - a[2])
      return [a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]), ceiling]
    }
    // A vertex exactly at the ceiling is its own crossing point: it is not added twice.
    if (p[2] <= ceiling) {
      if (run.length === 0 && prev && prev[2] > ceiling && p[2] !== ceiling) run.push(crossing(prev, p))
      run.push(p)
    }
    else if (run.length > 0) {
      if (prev![2] !== ceiling) run.push(crossing(prev!, p))
      close()
    }
  }
  close()
  return runs
}
