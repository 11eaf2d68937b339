// A global search of the region's boundary with a proven error bound, for the regions where
// no closed form exists (Lp balls with p ∉ {1, 2, ∞}; for p < 1 the problem is not convex and
// may have several local minima on the boundary).
//
// Why the boundary: the bowl's minimum m lies outside the region (callers check), and a
// local minimum of q in the open interior would be m itself, so the constrained optimum is
// on the boundary, convex region or not.
//
// The boundary is cut into 8 half-arcs (4 quadrants × 2 halves split at the diagonal). Each
// half-arc is the graph of one coordinate over the other, chosen so the graph's slope is at
// most 1 in magnitude (see quarterCurve). Along a half-arc with parameter u, the loss
// f(u) = q(P(u)) then changes at most L = √2·G per unit of u, where G bounds ‖∇q‖ on the
// region: ‖∇q(β)‖ = ‖2A(β − m)‖ ≤ 2λmax(A)(‖β‖ + ‖m‖) with ‖β‖ ≤ t√2 for every region here.
//
// Branch and bound with two valid lower bounds on [a, b], keeping the larger:
//   Lipschitz (Piyavskii–Shubert):  f ≥ (f(a) + f(b))/2 − L(b − a)/2;
//   curvature:                      f ≥ min(f(a), f(b)) − K(b − a)²/8 when |f″| ≤ K on [a, b],
// with K = 4λmax(A) + G·max|v″| (|P′|² ≤ 2, ∇²q = 2A) and the curve's own second derivative
// bounded on the interval from its end points (curveBend; unbounded next to some tips, where
// only the Lipschitz bound applies). The curvature bound is what makes the search cheap: near
// a smooth minimum it prunes intervals of width √(8ε/K) instead of 2ε/L.
// Repeatedly split the interval with the lowest bound; stop when no interval's bound is below
// the best value found minus ε. Then best − ε ≤ global minimum ≤ best: the reported
// `lowerBound` is a proven bound, not an estimate. Finally each half-arc's best point is
// polished by bisection on f′(u) = 0 (the tangency/KKT condition on the smooth arc), which can
// only lower the value; a tip stays a literal tip (coordinates exactly ±t and 0).
import type { QuarterCurve } from './norm'

/** The bowl as plain numbers: a(x−m1)² + b(y−m2)² + c(x−m1)(y−m2). */
export interface BowlXY {
  a: number
  b: number
  c: number
  m1: number
  m2: number
}

/** What the search returns: the point, its loss, a proven lower bound on the minimum, and the work done. */
export interface BoundarySearchResult {
  x: number
  y: number
  loss: number
  /** Proven: lowerBound ≤ min over the boundary ≤ loss. */
  lowerBound: number
  evaluations: number
}

/** Default relative tolerance: ε = tol·(1 + largest loss seen on the boundary). */
export const SEARCH_TOL = 1e-9
const MAX_EVALUATIONS = 400_000

interface Interval {
  piece: number
  a: number
  b: number
  fa: number
  fb: number
  /** Curvature factors at a and b (QuarterCurve.bendU·bendV parts). */
  ua: number
  ub: number
  va: number
  vb: number
  lb: number
}

/** A binary min-heap of intervals by lower bound. */
class Heap {
  private items: Interval[] = []
  get size(): number { return this.items.length }
  peek(): Interval | undefined { return this.items[0] }
  push(x: Interval): void {
    const h = this.items
    h.push(x)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if ((h[parent] as Interval).lb <= x.lb) break
      h[i] = h[parent] as Interval
      i = parent
    }
    h[i] = x
  }
  pop(): Interval | undefined {
    const h = this.items
    const top = h[0]
    const last = h.pop()
    if (h.length > 0 && last) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        let mlb = last.lb
        if (l < h.length && (h[l] as Interval).lb < mlb) { m = l; mlb = (h[l] as Interval).lb }
        if (r < h.length && (h[r] as Interval).lb < mlb) m = r
        if (m === i) break
        h[i] = h[m] as Interval
        i = m
      }
      h[i] = last
    }
    return top
  }
}

/**
 * Global minimum of the bowl over the boundary of a region given by its quarter curve, to within
 * ε = tol·(1 + largest loss seen); unchecked (callers validate).
 */
export function searchBoundary(curve: QuarterCurve, q: BowlXY, tol = SEARCH_TOL): BoundarySearchResult {
  const { t, diagonal: m, convex } = curve
  const { a, b, c, m1, m2 } = q
  const half = Math.sqrt(0.25 * (a - b) * (a - b) + 0.25 * c * c)
  const lamMax = 0.5 * (a + b) + half
  const L = Math.SQRT2 * 2 * lamMax * (t * Math.SQRT2 + Math.hypot(m1, m2))

  // Piece k: quadrant k >> 1 (signs), half k & 1. u runs over [lo, hi] of the half.
  const lo = convex ? 0 : m
  const hi = convex ? m : t
  const sx = [1, -1, -1, 1]
  const sy = [1, 1, -1, -1]
  const byYOf = (k: number) => convex === ((k & 1) === 0)
  let px = 0
  let py = 0
  let dx = 0
  let dy = 0
  /** Sets (px, py) to the point of piece k at u and (dx, dy) to its derivative. */
  const point = (k: number, u: number, withSlope: boolean) => {
    const quadrant = k >> 1
    // Convex shapes: half 0 is (other(u), u) near the x-tip; non-convex: (u, other(u)).
    const byY = byYOf(k)
    const v = curve.other(u)
    const s = withSlope ? curve.slope(u) : 0
    const x = byY ? v : u
    const y = byY ? u : v
    px = (sx[quadrant] as number) * x
    py = (sy[quadrant] as number) * y
    if (withSlope) {
      dx = (sx[quadrant] as number) * (byY ? s : 1)
      dy = (sy[quadrant] as number) * (byY ? 1 : s)
    }
  }
  const loss = (x: number, y: number) => {
    const ex = x - m1
    const ey = y - m2
    return a * ex * ex + b * ey * ey + c * ex * ey
  }
  let evaluations = 0
  // Curvature factors of the last evaluated point (only when a curvature bound exists).
  const curved = curve.bendScale > 0 && curve.bendScale < Infinity
  let lastU = 1
  let lastV = 1
  const f = (k: number, u: number) => {
    evaluations++
    point(k, u, false)
    if (curved) {
      lastU = curve.bendU(u)
      lastV = curve.bendV(Math.abs(byYOf(k) ? px : py))
    }
    return loss(px, py)
  }
  const df = (k: number, u: number) => {
    point(k, u, true)
    const ex = px - m1
    const ey = py - m2
    return (2 * a * ex + c * ey) * dx + (c * ex + 2 * b * ey) * dy
  }

  // Best point per piece (for polishing) and overall.
  const bestU = new Float64Array(8)
  const bestF = new Float64Array(8).fill(Infinity)
  const bestW = new Float64Array(8)
  let best = Infinity
  let worst = 0
  const note = (k: number, u: number, fu: number, width: number) => {
    if (fu > worst) worst = fu
    if (fu < (bestF[k] as number) || (fu === bestF[k] && width < (bestW[k] as number))) {
      bestF[k] = fu
      bestU[k] = u
      bestW[k] = width
    }
    if (fu < best) best = fu
  }

  const G = 2 * lamMax * (t * Math.SQRT2 + Math.hypot(m1, m2))
  const heap = new Heap()
  const push = (piece: number, ia: number, ib: number, fa: number, fb: number, ua: number, ub: number, va: number, vb: number) => {
    const w = ib - ia
    let lb = 0.5 * (fa + fb) - 0.5 * L * w
    const bend = curve.bendScale === 0 ? 0 : curve.bendScale * Math.max(ua, ub) * Math.max(va, vb)
    if (bend < Infinity) lb = Math.max(lb, Math.min(fa, fb) - ((4 * lamMax + G * bend) * w * w) / 8)
    heap.push({ piece, a: ia, b: ib, fa, fb, ua, ub, va, vb, lb })
  }
  for (let k = 0; k < 8; k++) {
    const fa = f(k, lo)
    const ua = lastU
    const va = lastV
    const fb = f(k, hi)
    const ub = lastU
    const vb = lastV
    note(k, lo, fa, hi - lo)
    note(k, hi, fb, hi - lo)
    push(k, lo, hi, fa, fb, ua, ub, va, vb)
  }
  let lowerBound = best
  for (;;) {
    const top = heap.peek()
    const eps = tol * (1 + worst)
    if (!top || top.lb >= best - eps) {
      lowerBound = top ? Math.min(best, top.lb) : best
      // The stopping rule guarantees best − lowerBound ≤ ε; report the proven bound best − ε
      // when the heap's own bound is looser than that.
      lowerBound = Math.max(lowerBound, best - eps)
      break
    }
    if (evaluations >= MAX_EVALUATIONS) {
      lowerBound = Math.min(best, top.lb)
      break
    }
    heap.pop()
    const mid = 0.5 * (top.a + top.b)
    if (!(mid > top.a && mid < top.b)) {
      // The interval cannot be split in floating point: f is known at both ends, and the
      // Lipschitz bound over a gap of one ulp is within rounding of them. Drop it.
      continue
    }
    const fm = f(top.piece, mid)
    const um = lastU
    const vm = lastV
    const w = 0.5 * (top.b - top.a)
    note(top.piece, mid, fm, w)
    if (top.fa === bestF[top.piece] && top.a === bestU[top.piece]) bestW[top.piece] = Math.min(bestW[top.piece] as number, w)
    if (top.fb === bestF[top.piece] && top.b === bestU[top.piece]) bestW[top.piece] = Math.min(bestW[top.piece] as number, w)
    push(top.piece, top.a, mid, top.fa, fm, top.ua, um, top.va, vm)
    push(top.piece, mid, top.b, fm, top.fb, um, top.ub, vm, top.vb)
  }

  // Polish every piece whose best is (near) the best overall: find the stationary point
  // f′ = 0 inside the bracket around its best point. Never worse than the search's best
  // (beyond rounding), and an end of a half-arc where f′ shows a descent into the arc is
  // excluded: such a tip can tie to the last bit with a stationary point 1e-16 away (for p
  // slightly above 1), and only the derivative tells them apart.
  const eps = tol * (1 + worst)
  const cands: { k: number; u: number; f: number; polished: boolean }[] = []
  const disproved: number[] = []
  const isEnd = (u: number) => u === lo || u === hi
  const disprove = (k: number, u: number) => {
    point(k, u, false)
    disproved.push(px + 0, py + 0)
  }
  for (let k = 0; k < 8; k++) {
    if (!((bestF[k] as number) <= best + eps)) continue
    const u0 = bestU[k] as number
    cands.push({ k, u: u0, f: bestF[k] as number, polished: false })
    const w = Math.max(bestW[k] as number, (hi - lo) * 1e-12)
    let ua = Math.max(lo, u0 - w)
    let ub = Math.min(hi, u0 + w)
    let da = df(k, ua)
    let db = df(k, ub)
    if (isEnd(ua) && da < 0) disprove(k, ua)
    if (isEnd(ub) && db > 0) disprove(k, ub)
    if (!(da < 0 && db > 0)) continue
    // f′ changes sign: a stationary point (the tangency of the arc with a contour) lies
    // inside. Regula falsi with the Illinois modification keeps the bracket and converges
    // superlinearly; every third step bisects, so a root next to a tip (u ~ 1e-20) is still
    // approached geometrically.
    const startA = ua
    const startB = ub
    let side = 0
    for (let it = 0; it < 300 && ub - ua > 2.3e-16 * Math.max(Math.abs(ua), Math.abs(ub)); it++) {
      let um = it % 3 === 2 ? 0.5 * (ua + ub) : ua - (da * (ub - ua)) / (db - da)
      if (!(um > ua && um < ub)) um = 0.5 * (ua + ub)
      if (!(um > ua && um < ub)) break
      const dm = df(k, um)
      if (dm === 0) {
        ua = um
        ub = um
        break
      }
      if (dm < 0) {
        ua = um
        da = dm
        if (side === -1) db *= 0.5
        side = -1
      }
      else {
        ub = um
        db = dm
        if (side === 1) da *= 0.5
        side = 1
      }
    }
    const stuckA = ua === startA && isEnd(ua)
    const stuckB = ub === startB && isEnd(ub)
    const fa = f(k, ua)
    const fb = f(k, ub)
    const root = stuckA ? ub : stuckB ? ua : fa <= fb ? ua : ub
    cands.push({ k, u: root, f: root === ua ? fa : fb, polished: true })
  }
  let bk = -1
  let bu = 0
  let bf = Infinity
  let bPolished = false
  for (const cand of cands) {
    point(cand.k, cand.u, false)
    const cx = px + 0
    const cy = py + 0
    let excluded = false
    for (let i = 0; i < disproved.length; i += 2) if (disproved[i] === cx && disproved[i + 1] === cy) excluded = true
    if (excluded) continue
    const slack = 8 * Number.EPSILON * Math.abs(cand.f)
    if (cand.f < bf - slack || (cand.f <= bf + slack && cand.polished && !bPolished)) {
      bf = cand.f
      bk = cand.k
      bu = cand.u
      bPolished = cand.polished
    }
  }
  if (bk < 0) {
    // Every candidate was an excluded end (cannot happen with exact arithmetic): take the best.
    for (const cand of cands) {
      if (cand.f < bf) {
        bf = cand.f
        bk = cand.k
        bu = cand.u
      }
    }
  }
  point(bk, bu, false)
  const x = px + 0
  const y = py + 0
  return { x, y, loss: loss(x, y), lowerBound: Math.min(lowerBound, bf), evaluations }
}
