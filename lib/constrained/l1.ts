// Exact argmin of the bowl over the diamond |β1| + |β2| ≤ t.
// If the minimum is inside, it is the answer. Otherwise the answer lies on the boundary
// (convexity), and each of the four edges is a segment on which the bowl is a 1-D
// quadratic in the edge parameter s ∈ [0, 1]: minimize in closed form, clamp to the
// segment, keep the best edge. A clamped answer is returned as the literal tip, so its
// zero coordinate is exactly 0 — the whole point of the lecture.
import type { Vec2 } from '../vec'
import { insideRegion } from '../norms'

/** argmin over |β1|+|β2| ≤ t of a(β1−m1)² + b(β2−m2)² + c(β1−m1)(β2−m2), unchecked (4ab > c², t ≥ 0). */
export function l1ConstrainedXY(a: number, b: number, c: number, m1: number, m2: number, t: number): Vec2 {
  if (insideRegion('l1', t, m1, m2)) return [m1, m2]
  if (t === 0) return [0, 0]
  // Compare edges in units where max(|m1|, |m2|) = 1 (no under/overflow for extreme
  // inputs); build the answer from the caller's t so tips stay literal.
  const unit = Math.max(Math.abs(m1), Math.abs(m2))
  const u1 = m1 / unit
  const u2 = m2 / unit
  const tu = t / unit
  const h = c / 2
  let bestS = 0
  let bestEdge = 0
  let bestLoss = Infinity
  for (let e = 0; e < 4; e++) {
    // Edge from tip P = (σ1·t, 0) to tip Q = (0, σ2·t): β(s) = P + s·D, D = (−σ1·t, σ2·t).
    const s1 = e & 1 ? -1 : 1
    const s2 = e & 2 ? -1 : 1
    const dx = -s1 * tu
    const dy = s2 * tu
    const ex = s1 * tu - u1 // E = P − m
    const ey = -u2
    const dAd = a * dx * dx + 2 * h * dx * dy + b * dy * dy
    const dAe = dx * (a * ex + h * ey) + dy * (h * ex + b * ey)
    let s = -dAe / dAd
    s = s <= 0 ? 0 : s >= 1 ? 1 : s
    const ux = ex + s * dx
    const uy = ey + s * dy
    const loss = a * ux * ux + b * uy * uy + c * ux * uy
    if (loss < bestLoss) {
      bestLoss = loss
      bestS = s
      bestEdge = e
    }
  }
  const s1 = bestEdge & 1 ? -1 : 1
  const s2 = bestEdge & 2 ? -1 : 1
  if (bestS === 0) return [s1 * t, 0]
  if (bestS === 1) return [0, s2 * t]
  return [s1 * t * (1 - bestS), s2 * t * bestS]
}
