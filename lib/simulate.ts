// Slide 11's experiment (after Parr's `plot_cloud` in regularization/code of
// github.com/parrt/website-explained.ai): draw random quadratic bowls with their minimum
// outside the region of size t, solve the constrained problem, and count how often a
// coefficient comes out exactly zero.
//
// Sampling, per trial, as in the article (c ~ U(−2, 2) in the version that made the
// published clouds):
//   general:     a, b ~ U(0, 10), c ~ U(−2, 2)
//   symmetric:   a ~ U(0, 10), b = a, c = 0
//   weakFeature: c = 0; a fair coin picks which of a, b is 0.1, the other ~ U(0, 10)
//   minimum (c1, c2) ~ U(−10, 10)², redrawn while inside the closed region of size t
//   non-bowls (4ab ≤ c², including a or b = 0) are redrawn.
// Parr redraws shape and minimum together when the shape is not a bowl; since the
// rejection depends on the shape alone, drawing them from two independent streams gives
// the same distribution. Two streams also make the simulation prefix-stable (the first k
// trials of a longer run equal a k-trial run) and give L1 and L2 runs of one seed the
// very same bowl shapes (only the minima differ, because "outside the region" differs).
//
// Outcomes: 'zero' when a coordinate of the optimum is exactly 0. For L2 only, 'nearMiss'
// marks nonzero outcomes whose distance d to the nearest axis point of the circle is in
// the bottom `nearMiss` fraction of the observed range: (d − min d)/(max d − min d) < nearMiss
// over the nonzero outcomes of this run (so it is relative to the batch, like the article).
import type { LossFamily } from './bowlSampler'
import { createBowlSampler } from './bowlSampler'
import type { Vec2 } from './vec'
import type { Quadratic2 } from './quadratic'
import type { Norm } from './norms'
import { makeQuadratic } from './quadratic'
import { checkNorm, insideRegion } from './norms'
import { l1ConstrainedXY } from './constrained/l1'
import { l2ConstrainedXY } from './constrained/l2'
import { boundaryTable, checkBoundaryCount } from './boundary'
import { bestBoundaryIndex } from './boundarySearch'
import { checkSeed } from './random'
import * as check from './validate'

export type { LossFamily }

/** The accepted LossFamily names. */
export const LOSS_FAMILIES: readonly LossFamily[] = ['general', 'symmetric', 'weakFeature']

/** How a trial ended: a coefficient exactly zero, an L2 near miss, or neither. */
export type SimulationOutcome = 'zero' | 'nearMiss' | 'nonzero'

/** How to locate each constrained optimum: exactly, or by the article's coarse boundary search. */
export type SimulationMethod = 'exact' | { boundaryPoints: number }

/** Options of simulate(); defaults: t = 2, method = 'exact', nearMiss = 0.1. */
export interface SimulationOptions {
  trials: number
  seed: number
  family: LossFamily
  norm: Norm
  t?: number
  method?: SimulationMethod
  nearMiss?: number
}

/** One random bowl, its constrained optimum, and the outcome. */
export interface SimulationTrial {
  loss: Quadratic2
  optimum: Vec2
  outcome: SimulationOutcome
}

/** All trials (in draw order) and the outcome counts. */
export interface SimulationResult {
  trials: SimulationTrial[]
  counts: { zero: number; nearMiss: number; nonzero: number }
}

/** Runs `trials` seeded random-bowl trials of the constrained problem and classifies each optimum. */
export function simulate(opts: SimulationOptions): SimulationResult {
  const fn = 'simulate'
  check.object(fn, 'opts', opts)
  const trials = check.integer(fn, 'opts.trials', opts.trials, 0, 1_000_000)
  const seed = checkSeed(fn, 'opts.seed', opts.seed)
  const family = check.oneOf(fn, 'opts.family', opts.family, LOSS_FAMILIES)
  const norm = checkNorm(fn, 'opts.norm', opts.norm)
  const t = opts.t === undefined ? 2 : check.inRange(fn, 'opts.t', opts.t, 0, 10)
  const nearMiss = opts.nearMiss === undefined ? 0.1 : check.inRange(fn, 'opts.nearMiss', opts.nearMiss, 0, 1)
  const method = opts.method === undefined ? 'exact' : opts.method
  let table: Float64Array | null = null
  if (method !== 'exact') {
    if (typeof method !== 'object' || method === null) {
      check.typeFail(fn, 'opts.method', `'exact' or { boundaryPoints: n }`, method)
    }
    const points = checkBoundaryCount(fn, 'opts.method.boundaryPoints', method.boundaryPoints)
    table = boundaryTable(norm, t, points)
  }

  const draw = createBowlSampler(fn, seed, family)
  const solve = norm === 'l1' ? l1ConstrainedXY : l2ConstrainedXY
  const outside = (x: number, y: number) => insideRegion(norm, t, x, y)

  const out: SimulationTrial[] = []
  let zero = 0
  for (let i = 0; i < trials; i++) {
    const [a, b, c] = draw.shape()
    const [x, y] = draw.center(outside)
    let optimum: Vec2
    if (table === null) {
      optimum = solve(a, b, c, x, y, t)
    } else {
      const k = bestBoundaryIndex(table, a, b, c, x, y)
      optimum = [table[2 * k] as number, table[2 * k + 1] as number]
    }
    const isZero = optimum[0] === 0 || optimum[1] === 0
    if (isZero) zero++
    out.push({ loss: makeQuadratic(a, b, c, x, y), optimum, outcome: isZero ? 'zero' : 'nonzero' })
  }

  let near = 0
  if (norm === 'l2' && nearMiss > 0) near = markNearMisses(out, t, nearMiss)
  return { trials: out, counts: { zero, nearMiss: near, nonzero: trials - zero - near } }
}

/** Distance from β to the nearest point where the circle of radius t meets an axis. */
function distanceToAxisPoint(t: number, x: number, y: number): number {
  const ax = Math.abs(x)
  const ay = Math.abs(y)
  const dx = ax - t
  const dy = ay - t
  // Coordinates are bounded by 10 here, so plain squares are safe (and much faster than hypot).
  return Math.sqrt(Math.min(dx * dx + ay * ay, ax * ax + dy * dy))
}

/** Relabels nonzero L2 outcomes in the bottom `threshold` of the normalized distance range; returns how many. */
function markNearMisses(trials: SimulationTrial[], t: number, threshold: number): number {
  const d = new Float64Array(trials.length)
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i < trials.length; i++) {
    const trial = trials[i] as SimulationTrial
    if (trial.outcome !== 'nonzero') continue
    const di = distanceToAxisPoint(t, trial.optimum[0], trial.optimum[1])
    d[i] = di
    if (di < lo) lo = di
    if (di > hi) hi = di
  }
  // With fewer than two distinct distances there is no range to normalize by: no near misses.
  if (!(hi > lo)) return 0
  let count = 0
  for (let i = 0; i < trials.length; i++) {
    const trial = trials[i] as SimulationTrial
    if (trial.outcome === 'nonzero' && ((d[i] as number) - lo) / (hi - lo) < threshold) {
      trial.outcome = 'nearMiss'
      count++
    }
  }
  return count
}
