// Slide 24's experiment: the random-bowl simulation of slides 11–13, run for any Lp ball or
// elastic-net region. The trial generator is the one of lib/simulate.ts, reproduced draw for
// draw (same seeded streams, same families, same rejection of non-bowls and of minima inside
// the region); lib/simulate.ts keeps its generator inside simulate(), so it cannot be shared
// without editing that file. test/lib/lpSimulate.test.ts pins the two together: for p = 1 and
// p = 2 the bowls, minima and zero outcomes here equal simulate()'s trial for trial.
//
// Outcomes: 'zero' when a coordinate of the optimum is exactly 0; 'nearMiss' when the smaller
// coordinate is nonzero but below nearMiss·t in magnitude (an absolute threshold, unlike the
// batch-relative near misses of simulate(), so rates compare across regions); else 'nonzero'.
import { createBowlSampler } from '../bowlSampler'
import type { Vec2 } from '../vec'
import type { LossFamily } from '../simulate'
import { LOSS_FAMILIES } from '../simulate'
import { checkSeed } from '../random'
import * as check from '../validate'
import type { LpRegion } from './norm'
import { checkRegion, insideLpRegionXY } from './norm'
import { lpConstrainedXY } from './constrained'

/** Options of simulateLp(); defaults t = 2, nearMiss = 0.01. */
export interface LpSimulationOptions {
  trials: number
  seed: number
  family: LossFamily
  region: LpRegion
  t?: number
  nearMiss?: number
}

export type LpOutcome = 'zero' | 'nearMiss' | 'nonzero'

/** One trial, as flat numbers (compact for thousands of points). */
export interface LpTrial {
  a: number
  b: number
  c: number
  center: Vec2
  optimum: Vec2
  outcome: LpOutcome
}

export interface LpSimulationResult {
  trials: LpTrial[]
  counts: { zero: number; nearMiss: number; nonzero: number }
  /** Largest proven loss gap of the searched optima (0 when every optimum was exact). */
  maxLossGap: number
}

/**
 * Search tolerance for the simulation's optima (relative to the loss scale). Looser than the
 * single-optimum default: the outcome only needs the zero/near/nonzero class, which the final
 * polish (f′ = 0 at a tip or on an arc) settles; the proven loss gap is reported as maxLossGap.
 */
export const SIMULATION_TOL = 1e-7

/** Runs `trials` seeded random-bowl trials for the region of size t and classifies each optimum. */
export function simulateLp(opts: LpSimulationOptions): LpSimulationResult {
  const fn = 'simulateLp'
  check.object(fn, 'opts', opts)
  const trials = check.integer(fn, 'opts.trials', opts.trials, 0, 1_000_000)
  const seed = checkSeed(fn, 'opts.seed', opts.seed)
  const family = check.oneOf(fn, 'opts.family', opts.family, LOSS_FAMILIES)
  const region = checkRegion(fn, 'opts.region', opts.region)
  const t = opts.t === undefined ? 2 : check.inRange(fn, 'opts.t', opts.t, 0, 10)
  const nearMiss = opts.nearMiss === undefined ? 0.01 : check.inRange(fn, 'opts.nearMiss', opts.nearMiss, 0, 1)

  // The same bowls as simulate(): shapes from the seed, minima from a jumped clone.
  const draw = createBowlSampler(fn, seed, family)
  const outside = (x: number, y: number) => insideLpRegionXY(region, t, x, y)

  const out: LpTrial[] = []
  let zero = 0
  let near = 0
  let maxLossGap = 0
  for (let i = 0; i < trials; i++) {
    const [a, b, c] = draw.shape()
    const [x, y] = draw.center(outside)
    const opt = lpConstrainedXY({ a, b, c, m1: x, m2: y }, region, t, SIMULATION_TOL)
    if (opt.lossGap > maxLossGap) maxLossGap = opt.lossGap
    const [o1, o2] = opt.beta
    let outcome: LpOutcome = 'nonzero'
    if (o1 === 0 || o2 === 0) {
      outcome = 'zero'
      zero++
    }
    else if (Math.min(Math.abs(o1), Math.abs(o2)) < nearMiss * t) {
      outcome = 'nearMiss'
      near++
    }
    out.push({ a, b, c, center: [x, y], optimum: opt.beta, outcome })
  }
  return { trials: out, counts: { zero, nearMiss: near, nonzero: trials - zero - near }, maxLossGap }
}
