// The random-bowl experiment, for every region: draw seeded random bowls with their minimum
// outside the region of size t (bowls.ts), find each constrained optimum with the region's
// solver, and classify it (outcome.ts). One trial loop for the diamond, the disk, every Lp
// ball and the elastic net; each region plugs in its own solver:
//   exact:    the closed forms for p = 1 and p = 2 (lib/constrained), the box and elastic-net
//             KKT solvers, and the proven-ε boundary search for other p (lib/lp/constrained);
//   coarse:   the article's best of N boundary points, for the diamond and the disk (the foil
//             of "The honest correction").
// A run comes back as columns (typed arrays): thousands of points go to the charts as they
// are, and a Web Worker hands them to the page without copying. Every number is the float64
// the solver produced, so a run computed in a worker is bit for bit the run on the page.
import type { Vec2 } from '../vec'
import type { LpRegion } from '../lp/norm'
import { checkRegion, insideLpRegionXY, normOfRegion } from '../lp/norm'
import { lpConstrainedXY } from '../lp/constrained'
import { l1ConstrainedXY, l2ConstrainedXY } from '../constrained/index'
import { boundaryTable, checkBoundaryCount } from '../boundary'
import { insideRegion } from '../norms'
import { bestBoundaryIndex } from '../boundarySearch'
import { checkSeed } from '../random'
import * as check from '../validate'
import type { LossFamily } from './bowls'
import { createBowlSampler, LOSS_FAMILIES } from './bowls'
import type { Outcome } from './outcome'
import { classifyOptimum } from './outcome'

/** How to locate each constrained optimum: exactly, or by the article's coarse boundary search. */
export type SimulationMethod = 'exact' | { boundaryPoints: number }

/** One run: how many bowls of which family and seed, in which region, solved how. */
export interface SimulationRequest {
  family: LossFamily
  seed: number
  trials: number
  region: LpRegion
  /** The region's size (its tips at distance t on the axes); the article's R = 2. */
  t: number
  method: SimulationMethod
}

/** A run as columns: bowl shape (a, b, c), minimum (c1, c2), optimum (o1, o2), outcome code. */
export interface SimulationRun {
  request: SimulationRequest
  count: number
  a: Float64Array
  b: Float64Array
  c: Float64Array
  c1: Float64Array
  c2: Float64Array
  o1: Float64Array
  o2: Float64Array
  outcome: Uint8Array
  counts: Record<Outcome, number>
  /** Largest proven loss gap of a searched optimum (0 when every optimum was exact). */
  maxLossGap: number
}

/** A function that returns the run for a request (computed now, or kept from earlier). */
export type SimulationSource = (r: SimulationRequest) => SimulationRun

/** Outcome codes in `SimulationRun.outcome`. */
export const OUTCOME_CODE: Readonly<Record<Outcome, number>> = { zero: 0, nonzero: 1, nearMiss: 2 }
const OUTCOME_OF: readonly Outcome[] = ['zero', 'nonzero', 'nearMiss']

/**
 * Search tolerance for optima without a closed form (relative to the loss scale). Looser than
 * the single-optimum default: the outcome only needs the zero/near/nonzero class, which the
 * search's final polish settles; the proven loss gap is reported as maxLossGap.
 */
export const SIMULATION_TOL = 1e-7

/** A stable text key for a request (equal requests give equal keys). */
export function requestKey(r: SimulationRequest): string {
  const region = r.region.kind === 'lp' ? `p${r.region.p}` : `en${r.region.alpha}`
  const method = r.method === 'exact' ? 'exact' : `n${r.method.boundaryPoints}`
  return `${r.family}|${r.seed}|${r.trials}|${region}|${r.t}|${method}`
}

type Solver = (a: number, b: number, c: number, x: number, y: number) => Vec2

/** The region's solver for this method; `gap` receives the proven loss gap of searched optima. */
function solverFor(fn: string, region: LpRegion, t: number, method: SimulationMethod, gap: { max: number }): Solver {
  const norm = normOfRegion(region)
  if (method !== 'exact') {
    if (typeof method !== 'object' || method === null) check.typeFail(fn, 'request.method', `'exact' or { boundaryPoints: n }`, method)
    const points = checkBoundaryCount(fn, 'request.method.boundaryPoints', method.boundaryPoints)
    if (!norm) check.rangeFail(fn, 'request.method', `'exact' for this region (the coarse search is the article's, for the diamond and the disk)`, 'boundaryPoints')
    const table = boundaryTable(norm, t, points)
    return (a, b, c, x, y) => {
      const k = bestBoundaryIndex(table, a, b, c, x, y)
      return [table[2 * k]!, table[2 * k + 1]!]
    }
  }
  if (norm === 'l1') return (a, b, c, x, y) => l1ConstrainedXY(a, b, c, x, y, t)
  if (norm === 'l2') return (a, b, c, x, y) => l2ConstrainedXY(a, b, c, x, y, t)
  return (a, b, c, x, y) => {
    const o = lpConstrainedXY({ a, b, c, m1: x, m2: y }, region, t, SIMULATION_TOL)
    if (o.lossGap > gap.max) gap.max = o.lossGap
    return o.beta
  }
}

/** Runs the request's seeded trials and classifies each optimum. */
export function simulate(request: SimulationRequest): SimulationRun {
  const fn = 'simulate'
  check.object(fn, 'request', request)
  const trials = check.integer(fn, 'request.trials', request.trials, 0, 1_000_000)
  const seed = checkSeed(fn, 'request.seed', request.seed)
  const family = check.oneOf(fn, 'request.family', request.family, LOSS_FAMILIES)
  const region = checkRegion(fn, 'request.region', request.region)
  const t = check.inRange(fn, 'request.t', request.t, 0, 10)
  const gap = { max: 0 }
  const solve = solverFor(fn, region, t, request.method, gap)
  const draw = createBowlSampler(fn, seed, family)
  // The diamond and the disk keep their own test (the old engines' draws, bit for bit).
  const norm = normOfRegion(region)
  const inside = norm ? (x: number, y: number) => insideRegion(norm, t, x, y) : (x: number, y: number) => insideLpRegionXY(region, t, x, y)

  const run: SimulationRun = {
    request: { ...request },
    count: trials,
    a: new Float64Array(trials),
    b: new Float64Array(trials),
    c: new Float64Array(trials),
    c1: new Float64Array(trials),
    c2: new Float64Array(trials),
    o1: new Float64Array(trials),
    o2: new Float64Array(trials),
    outcome: new Uint8Array(trials),
    counts: { zero: 0, nearMiss: 0, nonzero: 0 },
    maxLossGap: 0,
  }
  for (let i = 0; i < trials; i++) {
    const [a, b, c] = draw.shape()
    const [x, y] = draw.center(inside)
    const [o1, o2] = solve(a, b, c, x, y)
    const outcome = classifyOptimum(o1, o2, t)
    run.a[i] = a
    run.b[i] = b
    run.c[i] = c
    run.c1[i] = x
    run.c2[i] = y
    run.o1[i] = o1
    run.o2[i] = o2
    run.outcome[i] = OUTCOME_CODE[outcome]
    run.counts[outcome]++
  }
  run.maxLossGap = gap.max
  return run
}

/** The typed arrays of a run, for postMessage's transfer list. */
export function runBuffers(r: SimulationRun): ArrayBuffer[] {
  return [r.a, r.b, r.c, r.c1, r.c2, r.o1, r.o2, r.outcome].map(x => x.buffer as ArrayBuffer)
}

/** One trial of a run: its bowl, its minimum, its optimum and its outcome. */
export interface SimulationTrial {
  index: number
  a: number
  b: number
  c: number
  center: Vec2
  optimum: Vec2
  outcome: Outcome
}

/** The outcome of trial `i` (0-based; unchecked, for loops over a run). */
export function outcomeAt(r: SimulationRun, i: number): Outcome {
  return OUTCOME_OF[r.outcome[i]!]!
}

/** Trial `i` (0-based) of the run. */
export function trialAt(r: SimulationRun, i: number): SimulationTrial {
  if (!Number.isInteger(i) || i < 0 || i >= r.count) throw new RangeError(`trialAt: i must be an integer in [0, ${r.count}) (got ${i})`)
  return {
    index: i,
    a: r.a[i]!,
    b: r.b[i]!,
    c: r.c[i]!,
    center: [r.c1[i]!, r.c2[i]!],
    optimum: [r.o1[i]!, r.o2[i]!],
    outcome: OUTCOME_OF[r.outcome[i]!]!,
  }
}

/** The loss minima of one outcome as a flat [x0, y0, x1, y1, …] array (chart data). */
export function minimaWithOutcome(r: SimulationRun, outcome: Outcome): Float64Array {
  const code = OUTCOME_CODE[outcome]
  let n = 0
  for (let i = 0; i < r.count; i++) if (r.outcome[i] === code) n++
  const out = new Float64Array(2 * n)
  let k = 0
  for (let i = 0; i < r.count; i++) {
    if (r.outcome[i] !== code) continue
    out[k++] = r.c1[i]!
    out[k++] = r.c2[i]!
  }
  return out
}
