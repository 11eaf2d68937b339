// A height field h(β1, β2) sampled on a rectilinear grid: the vertices of the quads drawn for
// a 3-D surface. Where the domain contains an axis, 0 is one of the grid lines, so the L1
// penalty's creases (along β1 = 0 and β2 = 0) fall on quad edges and are drawn exactly,
// never cut across by a facet.
import type { Vec2 } from '../vec'
import * as check from '../validate'

/** The rectangle [x0, x1] × [y0, y1] a surface is drawn over. */
export interface GridDomain {
  x: Vec2
  y: Vec2
}

/** Vertex (i, j) is (xs[i], ys[j]) at height heights[j·(n + 1) + i]; cell (i, j) has id j·n + i. */
export interface SurfaceGrid {
  /** Cells per side; there are n + 1 grid lines per axis and n² cells. */
  n: number
  xs: Float64Array
  ys: Float64Array
  heights: Float64Array
}

/** Largest cells-per-side accepted: 40,000 quads, far beyond what a chart can draw per frame. */
export const MAX_GRID_CELLS = 200

/** Throws unless `d` is a rectangle with finite, increasing ends. */
export function checkDomain(fn: string, name: string, d: unknown): GridDomain {
  const o = check.object(fn, name, d)
  for (const axis of ['x', 'y'] as const) {
    const v = check.vec2(fn, `${name}.${axis}`, o[axis])
    if (!(v[0] < v[1])) throw new RangeError(`${fn}: ${name}.${axis} must be an interval [lo, hi] with lo < hi (got [${v[0]}, ${v[1]}])`)
  }
  return d as GridDomain
}

/**
 * n + 1 increasing coordinates from lo to hi (both exact). If lo < 0 < hi, 0 is one of them
 * (a literal +0): the cells on each side of 0 are equal, and each side gets its share of the
 * n cells by length (at least one), so the spacing is uniform whenever n·lo/(hi − lo) is an integer.
 */
export function gridLines(lo: number, hi: number, n: number): Float64Array {
  const fn = 'gridLines'
  check.finite(fn, 'lo', lo)
  check.finite(fn, 'hi', hi)
  if (!(lo < hi)) check.rangeFail(fn, 'hi', `greater than lo = ${lo}`, hi)
  check.integer(fn, 'n', n, 2, MAX_GRID_CELLS)
  const out = new Float64Array(n + 1)
  const fill = (from: number, a: number, b: number, cells: number) => {
    for (let k = 0; k <= cells; k++) out[from + k] = k === cells ? b : a + ((b - a) * k) / cells
  }
  if (lo < 0 && hi > 0) {
    const left = Math.min(n - 1, Math.max(1, Math.round((n * -lo) / (hi - lo))))
    fill(0, lo, 0, left)
    fill(left, 0, hi, n - left)
    out[left] = 0 // +0 exactly, whatever the arithmetic above gave
  } else {
    fill(0, lo, hi, n)
  }
  return out
}

/** Samples `height` on the grid of n × n cells over `domain` (0 a grid line where the domain holds it). */
export function surfaceGrid(height: (x: number, y: number) => number, domain: GridDomain, n: number): SurfaceGrid {
  const fn = 'surfaceGrid'
  if (typeof height !== 'function') check.typeFail(fn, 'height', 'a function (x, y) => number', height)
  checkDomain(fn, 'domain', domain)
  check.integer(fn, 'n', n, 2, MAX_GRID_CELLS)
  const xs = gridLines(domain.x[0], domain.x[1], n)
  const ys = gridLines(domain.y[0], domain.y[1], n)
  const heights = new Float64Array((n + 1) * (n + 1))
  for (let j = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++) {
      const h = height(xs[i]!, ys[j]!)
      if (!Number.isFinite(h)) check.rangeFail(fn, 'height', `finite at (${xs[i]}, ${ys[j]})`, h)
      heights[j * (n + 1) + i] = h
    }
  }
  return { n, xs, ys, heights }
}

/**
 * The indices i with lines[i] ≤ v ≤ lines[i + 1]: the cells along one axis whose closed
 * extent holds v (two when v is an inner grid line, none outside).
 */
export function cellsAlong(lines: Float64Array, v: number): number[] {
  const n = lines.length - 1
  if (!(v >= lines[0]! && v <= lines[n]!)) return []
  let lo = 0
  let hi = n - 1
  // binary search for the last i with lines[i] ≤ v (capped at n − 1)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]! <= v) lo = mid
    else hi = mid - 1
  }
  return lo > 0 && lines[lo] === v ? [lo - 1, lo] : [lo]
}
