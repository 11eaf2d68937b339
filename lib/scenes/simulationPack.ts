// The random-bowl simulation (slides 11–13) in a compact, transferable form. `simulate`
// returns one object per trial; the charts want flat typed arrays (5 000 points per panel),
// and a Web Worker can hand typed arrays to the page without copying. Packing is lossless:
// every number is the float64 `simulate` produced, so a packed run computed in a worker is
// bit-for-bit the run computed on the page.
import type { LossFamily, Norm, SimulationMethod, SimulationOutcome, Vec2 } from '../index'
import { simulate } from '../index'

/** One call of `simulate`, with every option spelled out (t = 2, nearMiss = 0.1 as in the article). */
export interface SimulationRequest {
  family: LossFamily
  seed: number
  trials: number
  norm: Norm
  method: SimulationMethod
}

/** Outcome codes in `PackedSimulation.outcome`. */
export const OUTCOME_CODE: Readonly<Record<SimulationOutcome, number>> = { zero: 0, nonzero: 1, nearMiss: 2 }
const OUTCOME_OF: readonly SimulationOutcome[] = ['zero', 'nonzero', 'nearMiss']

/** A run of `simulate` as columns: bowl shape (a, b, c), minimum (c1, c2), optimum (o1, o2), outcome code. */
export interface PackedSimulation {
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
  counts: { zero: number; nearMiss: number; nonzero: number }
}

/** A stable text key for a request (cache key; equal requests give equal keys). */
export function requestKey(r: SimulationRequest): string {
  const method = r.method === 'exact' ? 'exact' : `n${r.method.boundaryPoints}`
  return `${r.family}|${r.seed}|${r.trials}|${r.norm}|${method}`
}

/** Runs `simulate` for the request and packs the result. */
export function runPackedSimulation(r: SimulationRequest): PackedSimulation {
  const result = simulate({ trials: r.trials, seed: r.seed, family: r.family, norm: r.norm, method: r.method })
  const n = result.trials.length
  const pack: PackedSimulation = {
    request: { ...r },
    count: n,
    a: new Float64Array(n),
    b: new Float64Array(n),
    c: new Float64Array(n),
    c1: new Float64Array(n),
    c2: new Float64Array(n),
    o1: new Float64Array(n),
    o2: new Float64Array(n),
    outcome: new Uint8Array(n),
    counts: { ...result.counts },
  }
  result.trials.forEach((t, i) => {
    pack.a[i] = t.loss.a
    pack.b[i] = t.loss.b
    pack.c[i] = t.loss.c
    pack.c1[i] = t.loss.center[0]
    pack.c2[i] = t.loss.center[1]
    pack.o1[i] = t.optimum[0]
    pack.o2[i] = t.optimum[1]
    pack.outcome[i] = OUTCOME_CODE[t.outcome]
  })
  return pack
}

/** The typed arrays of a pack, for postMessage's transfer list. */
export function packBuffers(p: PackedSimulation): ArrayBuffer[] {
  return [p.a, p.b, p.c, p.c1, p.c2, p.o1, p.o2, p.outcome].map(x => x.buffer as ArrayBuffer)
}

/** One trial of a pack: its bowl, its minimum, its optimum and its outcome. */
export interface PackedTrial {
  index: number
  a: number
  b: number
  c: number
  center: Vec2
  optimum: Vec2
  outcome: SimulationOutcome
}

/** Trial `i` (0-based) of the pack. */
export function trialAt(p: PackedSimulation, i: number): PackedTrial {
  if (!Number.isInteger(i) || i < 0 || i >= p.count) throw new RangeError(`trialAt: i must be an integer in [0, ${p.count}) (got ${i})`)
  return {
    index: i,
    a: p.a[i]!,
    b: p.b[i]!,
    c: p.c[i]!,
    center: [p.c1[i]!, p.c2[i]!],
    optimum: [p.o1[i]!, p.o2[i]!],
    outcome: OUTCOME_OF[p.outcome[i]!]!,
  }
}

/** The loss minima of one outcome as a flat [x0, y0, x1, y1, …] array (chart data). */
export function minimaWithOutcome(p: PackedSimulation, outcome: SimulationOutcome): Float64Array {
  const code = OUTCOME_CODE[outcome]
  let n = 0
  for (let i = 0; i < p.count; i++) if (p.outcome[i] === code) n++
  const out = new Float64Array(2 * n)
  let k = 0
  for (let i = 0; i < p.count; i++) {
    if (p.outcome[i] !== code) continue
    out[k++] = p.c1[i]!
    out[k++] = p.c2[i]!
  }
  return out
}

/** A function that returns the packed run for a request (computed, or from a cache). */
export type SimulationSource = (r: SimulationRequest) => PackedSimulation
