// "L1 descent: constant steps hit 0": the third seed's picture made steppable.
// From w = 5 with η = ½ every click takes one subgradient step w ← w − η·sign(w) on the
// |w| curve; the table of iterates grows; at step 10 w is exactly 0, and sign(0) = 0 keeps
// it there.
import { descend } from '../index'
import type { IterateRow } from './descentShared'
import { at, checkStep, formatIterate, iterateRows, upTo } from './descentShared'
import type { PenaltyWalk } from './descentWalk'
import { penaltyWalk } from './descentWalk'

/** The seed's start and step size, shared with the race of "L2 descent: halving never hits 0". */
export const SEED_START = { w0: 5, eta: 0.5 } as const

/** Click steps: one descent step each; 10 reach 0, two more show that it stays. */
export const L1_STEPS = 12

/** The seed's L1 iterates w_0..w_12 (subgradient, sign(0) = 0). */
export function seedL1Path(steps = L1_STEPS): number[] {
  return descend({ ...SEED_START, steps, penalty: 'l1', method: 'subgradient' })
}

const path = seedL1Path()

export interface L1DescentScene {
  step: number
  walk: PenaltyWalk
  /** Rows 0..step of the iterate table; the table has room for `tableSize` rows. */
  rows: IterateRow[]
  tableSize: number
  /** The first step at which w is exactly 0 (10), once it has been reached. */
  zeroAt: number | null
  readout: { label: string; value: string }[]
  description: string
}

/** The picture at click `step`. */
export function l1DescentScene(step: number): L1DescentScene {
  const k = checkStep('l1DescentScene', step, L1_STEPS)
  const w = at(path, k)
  const first0 = path.indexOf(0)
  const zeroAt = first0 >= 0 && first0 <= k ? first0 : null
  const nextStep = w === 0
    ? 'sign(0) = 0: w stays at 0'
    : `\u2212\u03B7\u00B7sign(w) = ${formatIterate(-SEED_START.eta * Math.sign(w))}`
  return {
    step: k,
    walk: penaltyWalk('l1', path, k, { w: [-1, 5.5], y: [-0.5, 6], yTick: 1 }),
    rows: iterateRows([path], upTo(k)),
    tableSize: L1_STEPS + 1,
    zeroAt,
    readout: [
      { label: `After ${k} step${k === 1 ? '' : 's'}`, value: `w = ${formatIterate(w)}` },
      { label: 'Next step', value: nextStep },
    ],
    description: `The curve |w| with the weight at w = ${formatIterate(w)} after ${k} of the L1 steps of size 0.5 from w = 5`
      + (zeroAt === null ? '.' : `; it reached exactly 0 at step ${zeroAt} and stays there.`),
  }
}
