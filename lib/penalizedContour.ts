// Contours of the L1-penalized total q(β) + λ(|β1| + |β2|), drawn exactly. Inside one
// closed quadrant with signs s the penalty is linear, λ·sᵀβ, and a quadratic plus a linear
// term is the same bowl moved: q(β) + λ·sᵀβ = q(β − δ) + k with δ = −(λ/2)A⁻¹s and
// k = λ·sᵀm − (λ²/4)·sᵀA⁻¹s (m the bowl's centre). So each quadrant's piece of a contour
// is an arc of an exact ellipse. The arc's ends are found in closed form where the ellipse
// meets the axes, so even an arc far shorter than the ellipse is drawn, ends on the axes.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import { checkQuadratic, symmetricEigen2 } from './quadratic'
import * as check from './validate'

const QUADRANTS: readonly Vec2[] = [[1, 1], [-1, 1], [-1, -1], [1, -1]]
const TAU = 2 * Math.PI

/** The pieces (polylines) of the contour q(β) + λ·‖β‖₁ = level; `segments` points per full turn. */
export function l1TotalContour(q: Quadratic2, lambda: number, level: number, segments = 240): Vec2[][] {
  const fn = 'l1TotalContour'
  checkQuadratic(fn, 'q', q)
  check.nonNegative(fn, 'lambda', lambda)
  check.finite(fn, 'level', level)
  check.integer(fn, 'segments', segments, 8, 1e6)
  const { a, b, c } = q
  const [m1, m2] = q.center
  const h = c / 2
  const det = a * b - h * h
  const { values, angle } = symmetricEigen2(a, h, b)
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const pieces: Vec2[][] = []
  for (const [s1, s2] of QUADRANTS) {
    const w1 = (b * s1 - h * s2) / det // (A⁻¹s)₁
    const w2 = (a * s2 - h * s1) / det
    const cx = m1 - (lambda / 2) * w1
    const cy = m2 - (lambda / 2) * w2
    const rest = level - (lambda * (s1 * m1 + s2 * m2) - (lambda * lambda / 4) * (s1 * w1 + s2 * w2))
    if (!(rest > 0)) continue
    // Ellipse point at parameter φ: centre + (ux·cos φ + vx·sin φ, uy·cos φ + vy·sin φ).
    const r1 = Math.sqrt(rest / values[0])
    const r2 = Math.sqrt(rest / values[1])
    const ux = cos * r1
    const uy = sin * r1
    const vx = -sin * r2
    const vy = cos * r2
    const at = (phi: number): Vec2 => [cx + ux * Math.cos(phi) + vx * Math.sin(phi), cy + uy * Math.cos(phi) + vy * Math.sin(phi)]
    const inside = (p: Vec2) => p[0] * s1 >= 0 && p[1] * s2 >= 0
    // Where the ellipse meets x = 0 and y = 0: R·cos(φ − δ) = −centre coordinate.
    const cuts: { phi: number; axis: 0 | 1 }[] = []
    for (const [axis, u, v, centre] of [[0, ux, vx, cx], [1, uy, vy, cy]] as const) {
      const R = Math.hypot(u, v)
      if (R === 0 || Math.abs(centre) > R) continue
      const delta = Math.atan2(v, u)
      const spread = Math.acos(-centre / R)
      for (const phi of [delta + spread, delta - spread]) cuts.push({ phi: ((phi % TAU) + TAU) % TAU, axis })
    }
    cuts.sort((p, q2) => p.phi - q2.phi)
    if (cuts.length === 0) {
      if (inside(at(0))) pieces.push(arc(at, 0, TAU, segments))
      continue
    }
    for (let i = 0; i < cuts.length; i++) {
      const from = cuts[i]!
      const to = i + 1 < cuts.length ? cuts[i + 1]! : { phi: cuts[0]!.phi + TAU, axis: cuts[0]!.axis }
      if (to.phi - from.phi <= 0) continue
      if (!inside(at((from.phi + to.phi) / 2))) continue
      const piece = arc(at, from.phi, to.phi, Math.max(8, Math.ceil((segments * (to.phi - from.phi)) / TAU)))
      // The ends lie on the axes: make the cut coordinate exactly 0.
      piece[0] = onAxis(piece[0]!, from.axis)
      piece[piece.length - 1] = onAxis(piece[piece.length - 1]!, to.axis)
      pieces.push(piece)
    }
  }
  return pieces
}

function arc(at: (phi: number) => Vec2, from: number, to: number, n: number): Vec2[] {
  return Array.from({ length: n + 1 }, (_, i) => at(from + ((to - from) * i) / n))
}

function onAxis(p: Vec2, axis: 0 | 1): Vec2 {
  return axis === 0 ? [0, p[1]] : [p[0], 0]
}
