// Axis names (and, if asked, tick values) for a surface's floor, placed just outside the floor's edges
// nearest the viewer: the far edges lie behind the surface, and a label there would be
// drawn over it (labels are painted last, see draw.ts).
import type { Camera3 } from './camera'
import type { SurfaceLabel } from './draw'
import type { GridDomain } from './grid'

export interface FloorAxisLabelOptions<R extends string> {
  /** Distance from the edge to the tick values, in β units; the names sit 2.3 times as far out, between two values. */
  gap: number
  /** Tick values are the multiples of this inside the domain; without it, only the names, a gap out at mid-edge. */
  tick?: number
  names: readonly [string, string]
  nameRole: R
  tickRole?: R
}

/** A number as the deck writes it on an axis: a true minus sign, no trailing zeros. */
const tickText = (v: number) => (v < 0 ? `\u2212${-v}` : `${v}`)

/** Multiples of `step` in [lo, hi]. */
function multiples(lo: number, hi: number, step: number): number[] {
  const out: number[] = []
  // k·step + 0 turns −0 (k = 0 times a negative) into +0.
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9 * step; k++) out.push(k * step + 0)
  return out
}

/** Where an axis name goes along an edge: halfway between the two tick values nearest the edge's middle, clear of both. */
function between(range: readonly [number, number], step: number): number {
  const mid = (range[0] + range[1]) / 2
  const below = Math.floor(mid / step) * step
  const at = below + step / 2
  return at > range[1] ? mid : at
}

/**
 * The β1 values along the floor edge (β2 = const) nearest the viewer, the β2 values along the
 * edge (β1 = const) nearest the viewer, and each axis's name beyond its values, near mid-edge.
 */
export function floorAxisLabels<R extends string>(dom: GridDomain, cam: Camera3, o: FloorAxisLabelOptions<R>): SurfaceLabel<R>[] {
  // The edge nearest the viewer: the side `toward` points to.
  const yEdge = cam.toward[1] >= 0 ? dom.y[1] : dom.y[0]
  const ySide = cam.toward[1] >= 0 ? 1 : -1
  const xEdge = cam.toward[0] >= 0 ? dom.x[1] : dom.x[0]
  const xSide = cam.toward[0] >= 0 ? 1 : -1
  const labels: SurfaceLabel<R>[] = []
  if (o.tick === undefined) {
    return [
      { role: o.nameRole, at: [(dom.x[0] + dom.x[1]) / 2, yEdge + ySide * o.gap, 0], text: o.names[0] },
      { role: o.nameRole, at: [xEdge + xSide * o.gap, (dom.y[0] + dom.y[1]) / 2, 0], text: o.names[1] },
    ]
  }
  const tickRole = o.tickRole ?? o.nameRole
  for (const v of multiples(dom.x[0], dom.x[1], o.tick)) labels.push({ role: tickRole, at: [v, yEdge + ySide * o.gap, 0], text: tickText(v) })
  for (const v of multiples(dom.y[0], dom.y[1], o.tick)) labels.push({ role: tickRole, at: [xEdge + xSide * o.gap, v, 0], text: tickText(v) })
  labels.push(
    { role: o.nameRole, at: [between(dom.x, o.tick), yEdge + ySide * 2.3 * o.gap, 0], text: o.names[0] },
    { role: o.nameRole, at: [xEdge + xSide * 2.3 * o.gap, between(dom.y, o.tick), 0], text: o.names[1] },
  )
  return labels
}
