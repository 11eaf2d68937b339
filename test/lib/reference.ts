// Independent reference computations for the tests: slow, simple, and sharing no code
// with lib/ (the boundary is re-parameterized here by angle, the searches are brute force).
import fc from 'fast-check'

export type P2 = [number, number]

/** A bowl as plain numbers: a(x−m1)² + b(y−m2)² + c(x−m1)(y−m2). */
export interface Bowl {
  a: number
  b: number
  c: number
  m: P2
}

export const bowlLoss = (q: Bowl, x: number, y: number): number => {
  const dx = x - q.m[0]
  const dy = y - q.m[1]
  return q.a * dx * dx + q.b * dy * dy + q.c * dx * dy
}

/** Golden-section search for the minimizer of a unimodal f on [lo, hi]. */
export function golden(f: (x: number) => number, lo: number, hi: number, iterations = 120): number {
  const r = (Math.sqrt(5) - 1) / 2
  let a = lo
  let b = hi
  let x1 = b - r * (b - a)
  let x2 = a + r * (b - a)
  let f1 = f(x1)
  let f2 = f(x2)
  for (let i = 0; i < iterations && b - a > 1e-15 * (1 + Math.abs(a) + Math.abs(b)); i++) {
    if (f1 <= f2) {
      b = x2
      x2 = x1
      f2 = f1
      x1 = b - r * (b - a)
      f1 = f(x1)
    } else {
      a = x1
      x1 = x2
      f1 = f2
      x2 = a + r * (b - a)
      f2 = f(x2)
    }
  }
  return f1 <= f2 ? x1 : x2
}

/** Boundary point by polar angle θ: the ray at θ meets the diamond / circle of size t. */
export function polarBoundary(norm: 'l1' | 'l2', t: number, theta: number): P2 {
  const cx = Math.cos(theta)
  const cy = Math.sin(theta)
  const r = norm === 'l2' ? t : t / (Math.abs(cx) + Math.abs(cy))
  return [r * cx, r * cy]
}

/** Brute-force constrained optimum: the minimum if feasible, else a fine angle grid on the boundary, refined by golden section. */
export function bruteConstrained(q: Bowl, norm: 'l1' | 'l2', t: number, grid = 4000): P2 {
  const [m1, m2] = q.m
  const size = norm === 'l1' ? Math.abs(m1) + Math.abs(m2) : Math.hypot(m1, m2)
  if (size <= t) return [m1, m2]
  const lossAtAngle = (th: number): number => {
    const [x, y] = polarBoundary(norm, t, th)
    return bowlLoss(q, x, y)
  }
  let best = 0
  let bestLoss = Infinity
  for (let k = 0; k < grid; k++) {
    const l = lossAtAngle((2 * Math.PI * k) / grid)
    if (l < bestLoss) {
      bestLoss = l
      best = k
    }
  }
  const h = (2 * Math.PI) / grid
  const th = golden(lossAtAngle, (best - 1) * h, (best + 1) * h)
  // The exact tips are candidates too (golden section only approaches a kink).
  let out = polarBoundary(norm, t, th)
  if (norm === 'l1') {
    for (const tip of [[t, 0], [0, t], [-t, 0], [0, -t]] as P2[]) {
      if (bowlLoss(q, tip[0], tip[1]) <= bowlLoss(q, out[0], out[1])) out = tip
    }
  }
  return out
}

/** Brute-force penalized optimum by nested golden-section search (the total is convex, and so is its partial minimum). */
export function brutePenalized(q: Bowl, norm: 'l1' | 'l2', lambda: number): P2 {
  const P = (x: number, y: number): number => (norm === 'l1' ? Math.abs(x) + Math.abs(y) : x * x + y * y)
  const F = (x: number, y: number): number => bowlLoss(q, x, y) + lambda * P(x, y)
  // The optimum satisfies q(β) ≤ F(β) ≤ F(0) = q(0): it lies in the ellipse q ≤ q(0), whose
  // bounding box is m ± √(q(0)·(A⁻¹)_ii) with A = [[a, c/2], [c/2, b]].
  const q0 = bowlLoss(q, 0, 0)
  const det = q.a * q.b - (q.c * q.c) / 4
  const r1 = Math.sqrt((q0 * q.b) / det) + 1e-9
  const r2 = Math.sqrt((q0 * q.a) / det) + 1e-9
  const inner = (x: number): number => golden((y) => F(x, y), q.m[1] - r2, q.m[1] + r2, 100)
  const x = golden((x) => F(x, inner(x)), q.m[0] - r1, q.m[0] + r1, 100)
  return [x, inner(x)]
}

/** Random positive-definite bowls with moderate conditioning: a, b ∈ [0.1, 10], |c| < 1.9·√(ab). */
export const bowlArb = (centerRange = 10): fc.Arbitrary<Bowl> =>
  fc
    .record({
      a: fc.double({ min: 0.1, max: 10, noNaN: true }),
      b: fc.double({ min: 0.1, max: 10, noNaN: true }),
      rho: fc.double({ min: -0.95, max: 0.95, noNaN: true }),
      m1: fc.double({ min: -centerRange, max: centerRange, noNaN: true }),
      m2: fc.double({ min: -centerRange, max: centerRange, noNaN: true }),
    })
    .map(({ a, b, rho, m1, m2 }) => ({ a, b, c: 2 * rho * Math.sqrt(a * b), m: [m1, m2] as P2 }))

/** Solves a small dense linear system by Gaussian elimination with partial pivoting. */
export function solveDense(A: number[][], b: number[]): number[] {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i] as number])
  for (let k = 0; k < n; k++) {
    let piv = k
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[piv]![k]!)) piv = i
    ;[M[k], M[piv]] = [M[piv]!, M[k]!]
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / M[k]![k]!
      for (let j = k; j <= n; j++) M[i]![j]! -= f * M[k]![j]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!
    x[i] = s / M[i]![i]!
  }
  return x
}
