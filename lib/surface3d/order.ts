// The exact back-to-front order of a height field's cells for an orthographic camera (no
// depth sorting). Each cell's surface lies in the vertical prism over its rectangle, and
// prisms do not overlap. Along a viewing ray the horizontal position moves steadily toward
// the viewer, in the direction u = the horizontal part of `toward` (never zero: |el| < 90°).
// So if a ray meets cell A nearer than cell B, a point of A lies further along u than a
// point of B: A's column index is ≥ B's when u points to +x (≤ when to −x), and likewise
// for rows. Visiting rows from the far side, and cells within a row from the far side,
// therefore paints every cell after every cell it can hide. Sorting by the depth of a cell's
// centroid (the usual painter's algorithm) has no such guarantee for long or tilted cells.
import type { Camera3 } from './camera'

/** Cell ids (j·n + i) of an n × n grid over increasing coordinates, far first. */
export function cellOrder(n: number, cam: Camera3): Int32Array {
  const order = new Int32Array(n * n)
  const iUp = cam.toward[0] >= 0 // viewer on the +x side: low x is far
  const jUp = cam.toward[1] >= 0
  let k = 0
  for (let jj = 0; jj < n; jj++) {
    const j = jUp ? jj : n - 1 - jj
    for (let ii = 0; ii < n; ii++) order[k++] = j * n + (iUp ? ii : n - 1 - ii)
  }
  return order
}

/** rank[cell] = its position in `order`. */
export function cellRanks(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length)
  for (let k = 0; k < order.length; k++) rank[order[k]!] = k
  return rank
}
