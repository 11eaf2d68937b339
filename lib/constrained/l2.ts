// Exact argmin of the bowl over the disk β1² + β2² ≤ t².
// With the minimum m outside the disk, the KKT conditions give (A + μI)β = A·m with
// μ > 0 and ‖β‖ = t (A = [[a, c/2], [c/2, b]] is positive definite, so there is no
// "hard case"). ‖β(μ)‖ falls monotonically from ‖m‖ > t at μ = 0 to 0, so the root is
// unique. Newton's method on ψ(μ) = 1/‖β(μ)‖ − 1/t (Moré–Sorensen: ψ is concave and
// nearly linear, so Newton from the left converges fast and monotonically) runs inside
// a bisection bracket that catches any rounding-level overshoot. All 2×2 solves are
// Cramer's rule on plain numbers: no allocation, and a zero coordinate stays exactly 0
// when the data make it so (minimum on an axis of an axis-aligned bowl).
import type { Vec2 } from '../vec'
import { insideRegion } from '../norms'

const MAX_ITERATIONS = 200

/** argmin over β1²+β2² ≤ t² of a(β1−m1)² + b(β2−m2)² + c(β1−m1)(β2−m2), unchecked (4ab > c², t ≥ 0). */
export function l2ConstrainedXY(a: number, b: number, c: number, m1: number, m2: number, t: number): Vec2 {
  if (insideRegion('l2', t, m1, m2)) return [m1, m2]
  if (t === 0) return [0, 0]
  // Solve in units where max(|m1|, |m2|) = 1 (the answer scales with m and t), so tiny or
  // huge inputs neither underflow nor overflow; only the direction is kept from there.
  const unit = Math.max(Math.abs(m1), Math.abs(m2))
  const u1 = m1 / unit
  const u2 = m2 / unit
  const tu = t / unit
  const h = c / 2
  const r1 = a * u1 + h * u2
  const r2 = h * u1 + b * u2
  // A budget vanishingly small next to the minimum's distance: μ → ∞ and β ∝ (A + μI)⁻¹A·m
  // tends to the direction of A·m (relative error ~ cond(A)·t/|m|, below rounding here).
  // Taking the limit avoids (a + μ)(b + μ) overflowing.
  if (tu < 1e-24) {
    const k = t / Math.hypot(r1, r2)
    return [r1 * k + 0, r2 * k + 0]
  }
  const invT = 1 / tu
  const rNorm = Math.hypot(r1, r2)
  // Bracket from the eigenvalues of A: ‖r‖/(λmax + μ) ≤ ‖β(μ)‖ ≤ ‖r‖/(λmin + μ), so the root
  // lies in [‖r‖/t − λmax, ‖r‖/t − λmin]. Starting at the lower end keeps Newton on the left.
  const half = Math.sqrt(0.25 * (a - b) * (a - b) + h * h)
  const lamMax = 0.5 * (a + b) + half
  const lamMin = (a * b - h * h) / lamMax
  let lo = Math.max(0, rNorm * invT - lamMax)
  let hi = rNorm * invT - lamMin
  if (!(hi > lo)) hi = lo + rNorm * invT // rounding guard; ψ(μ) > 0 there
  let mu = lo
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const p = a + mu
    const s = b + mu
    const invDet = 1 / (p * s - h * h)
    const x = (s * r1 - h * r2) * invDet
    const y = (p * r2 - h * r1) * invDet
    const nn = x * x + y * y
    const norm = Math.sqrt(nn)
    const psi = 1 / norm - invT
    if (psi === 0) break
    if (psi < 0) lo = mu
    else hi = mu
    // ψ'(μ) = βᵀ(A + μI)⁻¹β / ‖β‖³, so the Newton step is ψ·‖β‖³ / βᵀ(A + μI)⁻¹β.
    const wx = (s * x - h * y) * invDet
    const wy = (p * y - h * x) * invDet
    let next = mu - (psi * nn * norm) / (x * wx + y * wy)
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi)
    const step = Math.abs(next - mu)
    mu = next
    if (step <= 2 * Number.EPSILON * mu || hi - lo <= 2 * Number.EPSILON * hi) break
  }
  const p = a + mu
  const s = b + mu
  const det = p * s - h * h
  const x = (s * r1 - h * r2) / det
  const y = (p * r2 - h * r1) / det
  // Back to the caller's units, landing on the circle to the last bit (μ is right to
  // rounding already; this only removes drift in the length).
  const k = t / Math.sqrt(x * x + y * y)
  return [x * k + 0, y * k + 0]
}
