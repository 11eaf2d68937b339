// One surface, ready to paint: its quads (cut at the ceiling) in the exact back-to-front
// order of order.ts, with floor drawings and marks on the surface slotted in where they
// belong. Painting the list in array order is the hidden-surface removal: nothing needs a
// depth buffer or a sort. Why each slot is right:
//  - The floor (height 0) is below every cell, so from above (el ≥ 0) every cell is nearer
//    along any ray that meets both: the floor goes first (last when seen from below).
//  - A mark inside the closed prism of some cells is ordered like those cells (order.ts's
//    argument holds for any point in a prism): a point on the surface goes right after the
//    last of the cells it touches, so it shows on top of them; a drop line from the floor up
//    to the surface is below those cells, so from above it goes right before the first.
//  - A curve on the surface is cut where it crosses a grid line, and each piece is a point-
//    like mark of its own cell.
// Labels are annotations: they go last, always legible.
import type { Vec2 } from '../vec'
import * as check from '../validate'
import type { Camera3, Vec3 } from './camera'
import { clipBelow, clipPolygonToRect, clipPolylineToRect } from './clip'
import type { SurfaceFrame } from './frame'
import { projectWorld } from './frame'
import type { SurfaceGrid } from './grid'
import { cellsAlong } from './grid'
import { heightValue } from './height'
import { cellOrder, cellRanks } from './order'

/** One thing to paint, in screen coordinates; a list of these is painted in array order. */
export type DrawItem<R extends string = string> =
  /** A surface facet: `value` ∈ [0, 1] is its colour by height (heightValue); `cell` = j·n + i, a stable id. */
  | { kind: 'polygon'; cell: number; points: Vec2[]; value: number }
  /** `value`, if given, is the colour value of a contour's level (heightValue). */
  | { kind: 'line'; role: R; points: Vec2[]; value?: number }
  | { kind: 'area'; role: R; points: Vec2[] }
  | { kind: 'marker'; role: R; at: Vec2 }
  | { kind: 'label'; role: R; at: Vec2; text: string }

/** Drawings on the floor (height 0), in (β1, β2); cut at the domain's edge. */
export type FloorMark<R extends string = string> =
  | { kind: 'line'; role: R; points: readonly Vec2[]; value?: number }
  | { kind: 'area'; role: R; points: readonly Vec2[] }
  | { kind: 'marker'; role: R; at: Vec2 }

/** Marks in space, in (β1, β2, height), ordered with the surface's cells. */
export type SurfaceMark<R extends string = string> =
  /** A point on (or just above) the surface. */
  | { kind: 'marker'; role: R; at: Vec3 }
  /** The vertical segment from the floor up to `at` on the surface. */
  | { kind: 'drop'; role: R; at: Vec3 }
  /** A curve on the surface (e.g. the surface above a region's edge). */
  | { kind: 'curve'; role: R; points: readonly Vec3[] }

export interface SurfaceLabel<R extends string = string> {
  role: R
  at: Vec3
  text: string
}

export interface DrawOptions<R extends string> {
  /** Cut the surface at this height (default: the frame's top). */
  ceiling?: number
  floor?: readonly FloorMark<R>[]
  marks?: readonly SurfaceMark<R>[]
  labels?: readonly SurfaceLabel<R>[]
}

export interface DrawnSurface<R extends string> {
  items: DrawItem<R>[]
  /** How many facets are in `items` (cells with no corner below the ceiling are not drawn). */
  polygonCount: number
}

/** The ordered paint list of `grid` seen by `cam` in `frame`, with its floor, marks and labels. */
export function drawSurface<R extends string>(grid: SurfaceGrid, cam: Camera3, frame: SurfaceFrame, opts: DrawOptions<R> = {}): DrawnSurface<R> {
  const fn = 'drawSurface'
  const { n, xs, ys, heights } = grid
  const ceiling = opts.ceiling === undefined ? frame.top : check.positive(fn, 'ceiling', opts.ceiling)
  const slack = 1e-9 * frame.top
  for (let k = 0; k < heights.length; k++) {
    if (heights[k]! < -slack) check.rangeFail(fn, 'grid', 'a surface at or above the floor (height 0)', heights[k])
  }
  const fromAbove = cam.toward[2] >= 0
  const screen = (x: number, y: number, h: number): Vec2 => {
    const p = projectWorld(cam, frame, x, y, h)
    return [p.x, p.y]
  }

  // Screen points of every vertex, once.
  const m = n + 1
  const sx = new Float64Array(m * m)
  const sy = new Float64Array(m * m)
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      const p = projectWorld(cam, frame, xs[i]!, ys[j]!, heights[j * m + i]!)
      sx[j * m + i] = p.x
      sy[j * m + i] = p.y
    }
  }

  const order = cellOrder(n, cam)
  const rank = cellRanks(order)
  // marks slotted before or after a cell (few: a map, not an array per cell)
  const before = new Map<number, DrawItem<R>[]>()
  const after = new Map<number, DrawItem<R>[]>()
  const put = (where: Map<number, DrawItem<R>[]>, c: number, item: DrawItem<R>) => {
    const list = where.get(c)
    if (list) list.push(item)
    else where.set(c, [item])
  }
  // The first or last (in paint order) of the cells whose closed prism holds (x, y); null outside.
  const slot = (x: number, y: number, last: boolean): number | null => {
    let best: number | null = null
    for (const j of cellsAlong(ys, y)) {
      for (const i of cellsAlong(xs, x)) {
        const c = j * n + i
        if (best === null || (last ? rank[c]! > rank[best]! : rank[c]! < rank[best]!)) best = c
      }
    }
    return best
  }

  for (const mark of opts.marks ?? []) {
    if (mark.kind === 'marker') {
      const c = slot(mark.at[0], mark.at[1], true)
      if (c !== null) put(after, c, { kind: 'marker', role: mark.role, at: screen(...mark.at) })
    } else if (mark.kind === 'drop') {
      const [x, y, h] = mark.at
      const c = slot(x, y, !fromAbove)
      if (c !== null) put(fromAbove ? before : after, c, { kind: 'line', role: mark.role, points: [screen(x, y, 0), screen(x, y, h)] })
    } else {
      let lastCell: number | null = null
      let line: Vec2[] = []
      for (const piece of splitAtGrid(mark.points, xs, ys)) {
        const c = slot(piece.mid[0], piece.mid[1], true)
        if (c === null) {
          lastCell = null
          continue
        }
        const [p, q] = piece.points.map(pt => screen(...pt)) as [Vec2, Vec2]
        // pieces follow on from each other: one in the same cell as the last extends its polyline
        if (c === lastCell) line.push(q)
        else {
          line = [p, q]
          put(after, c, { kind: 'line', role: mark.role, points: line })
        }
        lastCell = c
      }
    }
  }

  const floor: DrawItem<R>[] = []
  const dom = frame.domain
  for (const f of opts.floor ?? []) {
    if (f.kind === 'marker') {
      const [x, y] = f.at
      if (x >= dom.x[0] && x <= dom.x[1] && y >= dom.y[0] && y <= dom.y[1]) floor.push({ kind: 'marker', role: f.role, at: screen(x, y, 0) })
    } else if (f.kind === 'area') {
      const pts = clipPolygonToRect(f.points, dom)
      if (pts.length >= 3) floor.push({ kind: 'area', role: f.role, points: pts.map(p => screen(p[0], p[1], 0)) })
    } else {
      for (const run of clipPolylineToRect(f.points, dom)) {
        const line: DrawItem<R> = { kind: 'line', role: f.role, points: run.map(p => screen(p[0], p[1], 0)) }
        if (f.value !== undefined) line.value = f.value
        floor.push(line)
      }
    }
  }

  const items: DrawItem<R>[] = fromAbove ? [...floor] : []
  let polygonCount = 0
  for (let k = 0; k < order.length; k++) {
    const c = order[k]!
    const b = before.get(c)
    if (b) items.push(...b)
    const poly = facet(c)
    if (poly) {
      items.push(poly)
      polygonCount++
    }
    const a = after.get(c)
    if (a) items.push(...a)
  }
  if (!fromAbove) items.push(...floor)
  for (const l of opts.labels ?? []) items.push({ kind: 'label', role: l.role, at: screen(...l.at), text: l.text })
  return { items, polygonCount }

  function facet(c: number): DrawItem<R> | null {
    const i = c % n
    const j = (c - i) / n
    const v0 = j * m + i
    const v1 = v0 + 1
    const v2 = v0 + m + 1
    const v3 = v0 + m
    const h0 = heights[v0]!
    const h1 = heights[v1]!
    const h2 = heights[v2]!
    const h3 = heights[v3]!
    if (h0 <= ceiling && h1 <= ceiling && h2 <= ceiling && h3 <= ceiling) {
      const points: Vec2[] = [[sx[v0]!, sy[v0]!], [sx[v1]!, sy[v1]!], [sx[v2]!, sy[v2]!], [sx[v3]!, sy[v3]!]]
      return { kind: 'polygon', cell: c, points, value: heightValue((h0 + h1 + h2 + h3) / 4, frame.top) }
    }
    if (h0 >= ceiling && h1 >= ceiling && h2 >= ceiling && h3 >= ceiling) return null // nothing below: at most a point or an edge
    const corners: Vec3[] = [[xs[i]!, ys[j]!, h0], [xs[i + 1]!, ys[j]!, h1], [xs[i + 1]!, ys[j + 1]!, h2], [xs[i]!, ys[j + 1]!, h3]]
    const cut = clipBelow(corners, ceiling)
    if (cut.length < 3) return null
    const mean = cut.reduce((sum, p) => sum + p[2], 0) / cut.length
    return { kind: 'polygon', cell: c, points: cut.map(p => screen(...p)), value: heightValue(mean, frame.top) }
  }
}

/**
 * Cuts a 3-D polyline where it crosses the grid lines, so that each piece lies in one cell
 * (or on a grid line between two); heights are interpolated linearly along the polyline.
 * The pieces follow on from each other, in the polyline's order.
 */
export function splitAtGrid(points: readonly Vec3[], xs: Float64Array, ys: Float64Array): { points: [Vec3, Vec3]; mid: Vec2 }[] {
  const pieces: { points: [Vec3, Vec3]; mid: Vec2 }[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!
    const b = points[k + 1]!
    const cuts: { s: number; axis: 0 | 1; at: number }[] = [{ s: 0, axis: 0, at: a[0] }, { s: 1, axis: 0, at: b[0] }]
    for (const [axis, lines] of [[0, xs], [1, ys]] as const) {
      const d = b[axis] - a[axis]
      if (d === 0) continue
      for (const g of lines) {
        const s = (g - a[axis]) / d
        if (s > 0 && s < 1) cuts.push({ s, axis, at: g })
      }
    }
    cuts.sort((p, q) => p.s - q.s)
    const at = (cut: { s: number; axis: 0 | 1; at: number }): Vec3 => {
      if (cut.s === 0) return a
      if (cut.s === 1) return b
      const p: [number, number, number] = [a[0] + cut.s * (b[0] - a[0]), a[1] + cut.s * (b[1] - a[1]), a[2] + cut.s * (b[2] - a[2])]
      p[cut.axis] = cut.at // exactly on the grid line
      return p
    }
    for (let c = 0; c + 1 < cuts.length; c++) {
      if (cuts[c + 1]!.s === cuts[c]!.s) continue
      const p = at(cuts[c]!)
      const q = at(cuts[c + 1]!)
      pieces.push({ points: [p, q], mid: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] })
    }
  }
  return pieces
}
