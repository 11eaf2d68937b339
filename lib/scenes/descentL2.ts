// "L2 descent: halving never hits 0": from w = 5 with η = ½ every click halves w
// on the ½w² curve; a log-scale inset of |w| against the step shows the geometric decay;
// one click zooms the inset out to the float64 floor; the last click races L1 and L2.
//
// Float64 honesty (see lib/descend.ts): w − ηλw halves exactly down to step 1074, then
// rounds, and from step 1076 on sticks at 5e-324 = Number.MIN_VALUE. It is never 0, so a
// log axis can show every iterate, the floor included; the scene checks that.
import type { Vec2 } from '../index'
import { descend } from '../index'
import type { IterateRow } from './descentShared'
import { againstStep, at, checkStep, formatIterate, iterateRows, upTo } from './descentShared'
import { SEED_START, seedL1Path } from './descentL1'
import type { PenaltyWalk } from './descentWalk'
import { penaltyWalk } from './descentWalk'

/** Clicks 1..6 halve w; click 7 zooms the inset to the float64 floor; click 8 races L1 and L2. */
export const L2_HALVING_STEPS = 6
export const L2_FLOOR_STEP = 7
export const L2_RACE_STEP = 8
export const L2_STEPS = L2_RACE_STEP

/** How far the zoomed-out inset runs: past the float64 floor at step 1076. */
export const LONG_RUN = 1200
/** Steps shown in the race (the L1 weight is 0 from step 10). */
export const RACE_STEPS = 12

/** The seed's L2 iterates w_0..w_steps (gradient step w ← w − η·w). */
export function seedL2Path(steps = LONG_RUN): number[] {
  return descend({ ...SEED_START, steps, penalty: 'l2', method: 'gradient' })
}

const l2Path = seedL2Path()
const l1Path = seedL1Path(LONG_RUN)

export interface FloatFloor {
  /** The last step reached by exact halving (w_k = w_{k−1}/2 for every k up to it). */
  exactUntil: number
  /** First step at which w equals its final value, and that value (5e-324). */
  step: number
  value: number
}

export interface LogInset {
  mode: 'near' | 'floor'
  /** (k, |w_k|), every value > 0: safe for a log axis. */
  points: Vec2[]
  kDomain: Vec2
  /** Log-axis range; its lower end is a positive number. */
  yDomain: Vec2
  floor: FloatFloor | null
  note: string
}

export interface RaceLane {
  id: 'l1' | 'l2'
  name: string
  points: Vec2[]
}

export interface L2DescentScene {
  step: number
  /** The ½w² walk (steps 0..7) or null during the race. */
  walk: PenaltyWalk | null
  race: { lanes: RaceLane[]; kDomain: Vec2; yDomain: Vec2 } | null
  inset: LogInset
  /** Iterate table: one column (L2) before the race, L1 and L2 at milestone steps during it. */
  headers: string[]
  rows: IterateRow[]
  tableSize: number
  description: string
}

/** Where a halving sequence stops halving exactly, and where it stops changing (checked to hold to the end). */
export function floatFloor(path: readonly number[]): FloatFloor {
  const value = at(path, path.length - 1)
  const step = path.indexOf(value)
  // settled: the last value repeats, and nothing else comes between its first visit and the end
  if (path.length < 2 || at(path, path.length - 2) !== value || path.slice(step).some(v => v !== value)) {
    throw new RangeError('floatFloor: the sequence has not settled by its last step')
  }
  let exactUntil = 0
  while (exactUntil + 1 < path.length && at(path, exactUntil + 1) * 2 === at(path, exactUntil)) exactUntil++
  return { exactUntil, step, value }
}

function logPoints(path: readonly number[], shown: number): Vec2[] {
  return againstStep(path, shown).map(([k, w]) => {
    if (!(Math.abs(w) > 0)) throw new RangeError(`l2DescentScene: iterate ${k} is ${w}; a log axis cannot show it`)
    return [k, Math.abs(w)] as const
  })
}

const floor = floatFloor(l2Path)

function inset(step: number): LogInset {
  if (step < L2_FLOOR_STEP) {
    const shown = Math.min(step, L2_HALVING_STEPS)
    return {
      mode: 'near',
      points: logPoints(l2Path, shown),
      kDomain: [0, L2_HALVING_STEPS],
      yDomain: [0.01, 10],
      floor: null,
      note: 'On a log scale, halving is a straight line.',
    }
  }
  return {
    mode: 'floor',
    points: logPoints(l2Path, LONG_RUN),
    kDomain: [0, LONG_RUN],
    yDomain: [Number.MIN_VALUE, 10],
    floor,
    note: `In float64 it halves exactly up to step ${floor.exactUntil}, then rounds and sticks at ${formatIterate(floor.value)} (Number.MIN_VALUE) from step ${floor.step} on: never exactly 0.`,
  }
}

/** The picture at click `step`. */
export function l2DescentScene(step: number): L2DescentScene {
  const s = checkStep('l2DescentScene', step, L2_STEPS)
  const k = Math.min(s, L2_HALVING_STEPS)
  const w = at(l2Path, k)

  if (s === L2_RACE_STEP) {
    const milestones = [10, 1000, floor.step]
    const l1Zero = l1Path.indexOf(0)
    return {
      step: s,
      walk: null,
      race: {
        lanes: [
          { id: 'l1', name: 'L1', points: againstStep(l1Path, RACE_STEPS) },
          { id: 'l2', name: 'L2', points: againstStep(l2Path, RACE_STEPS) },
        ],
        kDomain: [0, RACE_STEPS],
        yDomain: [-0.5, 5.5],
      },
      inset: inset(s),
      headers: ['step', 'L1', 'L2'],
      rows: iterateRows([l1Path, l2Path], milestones),
      tableSize: milestones.length,
      description: `Race from w = 5 with step size 0.5: L1 falls by 0.5 each step and is exactly 0 from step ${l1Zero}; L2 halves each step, `
        + `${formatIterate(at(l2Path, 10))} at step 10, and in float64 sticks at ${formatIterate(floor.value)} from step ${floor.step}.`,
    }
  }

  return {
    step: s,
    walk: penaltyWalk('l2', l2Path, k, { w: [-1, 5.5], y: [-0.5, 15], yTick: 3 }),
    race: null,
    inset: inset(s),
    headers: ['k', 'w'],
    rows: iterateRows([l2Path], upTo(k)),
    tableSize: L2_HALVING_STEPS + 1,
    description: `The curve ½w² with the weight at w = ${formatIterate(w)} after ${k} L2 steps from w = 5, each halving it. `
      + (s >= L2_FLOOR_STEP
        ? `The log-scale inset runs to step ${LONG_RUN}: straight down to about 10^-323, then flat at ${formatIterate(floor.value)} from step ${floor.step}.`
        : 'The log-scale inset shows |w| falling on a straight line.'),
  }
}
