// The coarse method of Parr's article ("A visual explanation for regularization of
// linear models", explained.ai 2020; code in github.com/parrt/website-explained.ai,
// regularization/code): evaluate the loss at a fixed set of boundary points and keep
// the lowest. His `diamond()` / `circle()` helpers put n // 4 = 25 points on each
// quarter with both ends included (linspace), i.e. 96 distinct points with every tip
// counted twice; `np.argmin` keeps the first minimum. Here `points` distinct points
// are evenly spaced by arc length (diamond) or angle (circle), tips included, so
// { boundaryPoints: 96 } is exactly his point set and 100 is the slightly finer set
// the lecture quotes. Deliberately approximate: this is what "The honest correction" corrects.
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import type { Norm } from './norms'
import { checkQuadratic } from './quadratic'
import { checkNorm } from './norms'
import { boundaryTable, checkBoundaryCount } from './boundary'
import * as check from './validate'

/**
 * Best of `points` evenly spaced boundary points of the region of size t (points: a multiple of 4,
 * tips included). Searches the boundary only, as the article does (its minima always lie outside).
 */
export function boundarySearchOptimum(q: Quadratic2, norm: Norm, t: number, points: number): Vec2 {
  const fn = 'boundarySearchOptimum'
  checkQuadratic(fn, 'q', q)
  checkNorm(fn, 'norm', norm)
  check.nonNegative(fn, 't', t)
  checkBoundaryCount(fn, 'points', points)
  const table = boundaryTable(norm, t, points)
  const i = bestBoundaryIndex(table, q.a, q.b, q.c, q.center[0], q.center[1])
  return [table[2 * i] as number, table[2 * i + 1] as number]
}

/** Index of the first lowest-loss point in a flat boundary table (ties keep the first, like np.argmin). */
export function bestBoundaryIndex(table: Float64Array, a: number, b: number, c: number, m1: number, m2: number): number {
  let best = 0
  let bestLoss = Infinity
  const n = table.length >> 1
  for (let i = 0; i < n; i++) {
    const dx = (table[2 * i] as number) - m1
    const dy = (table[2 * i + 1] as number) - m2
    const loss = a * dx * dx + b * dy * dy + c * dx * dy
    if (loss < bestLoss) {
      bestLoss = loss
      best = i
    }
  }
  return best
}
