// "Subgradient bounces; proximal lands on 0" (beyond the seed): from w = 1 with
// step 0.3 the fixed-step subgradient goes 0.7, 0.4, 0.1, −0.2, 0.1, … forever, while the
// proximal (soft-threshold) step sign(w)·max(|w| − η, 0) goes 0.7, 0.4, 0.1, 0, 0.
// Self-study: any start w0 and step η, with a 1000-step long-run readout.
import type { Vec2 } from '../index'
import { descend } from '../index'
import type { IterateRow } from './descentShared'
import { againstStep, at, checkInRange, checkStep, formatIterate, iterateRows, niceRange, upTo } from './descentShared'
import { formatNumber } from './format'

/** Click steps: one step of both methods each. */
export const PROXIMAL_STEPS = 6
/** The step axis always runs this far, so the picture does not rescale while stepping. */
export const PROXIMAL_AXIS_STEPS = 8
export const PROXIMAL_LONG_RUN = 1000

export interface ProximalControls {
  w0: number
  eta: number
}
export const proximalDefaults: ProximalControls = { w0: 1, eta: 0.3 }
export const w0Range = { min: -3, max: 3, step: 0.1 } as const
export const etaRange = { min: 0.05, max: 1, step: 0.05 } as const

/** The two update rules, as written on the slide. */
export const METHOD_RULES = {
  subgradient: 'w \u2190 w \u2212 \u03B7\u00B7sign(w)',
  proximal: 'w \u2190 sign(w)\u00B7max(|w| \u2212 \u03B7, 0)',
} as const

export type MethodId = 'subgradient' | 'proximal'

export interface MethodLane {
  id: MethodId
  name: string
  points: Vec2[]
}

export interface ProximalScene {
  step: number
  lanes: MethodLane[]
  kDomain: Vec2
  yDomain: Vec2
  yTick: number
  headers: string[]
  rows: IterateRow[]
  tableSize: number
  /** Steps 999 and 1000 of both methods: the subgradient still moves, the proximal step is 0. */
  longRun: IterateRow[]
  /** First step at which each method is exactly 0, or null if it never is within the long run. */
  firstZero: Record<MethodId, number | null>
  description: string
}

/** Both methods' iterates from (w0, η), for `steps` steps. */
export function proximalPaths(controls: ProximalControls, steps: number): Record<MethodId, number[]> {
  const run = (method: MethodId) => descend({ w0: controls.w0, eta: controls.eta, steps, penalty: 'l1', method })
  return { subgradient: run('subgradient'), proximal: run('proximal') }
}

function firstZero(path: readonly number[]): number | null {
  const i = path.indexOf(0)
  return i < 0 ? null : i
}

/** The picture at click `step` for the viewer's start and step size. */
export function proximalScene(step: number, controls: ProximalControls = proximalDefaults): ProximalScene {
  const fn = 'proximalScene'
  const k = checkStep(fn, step, PROXIMAL_STEPS)
  checkInRange(fn, 'w0', controls.w0, w0Range.min, w0Range.max)
  checkInRange(fn, 'eta', controls.eta, etaRange.min, etaRange.max)
  const paths = proximalPaths(controls, PROXIMAL_LONG_RUN)
  const both = [paths.subgradient, paths.proximal]
  // Both paths stay between w0 and one step past 0 (the subgradient overshoots by less than η):
  // ranging on those bounds, not on where the bounces happen to land, keeps the axis still
  // while w0 sweeps.
  const range = niceRange([controls.w0, -Math.sign(controls.w0) * controls.eta, ...both.flatMap(p => p.slice(0, PROXIMAL_AXIS_STEPS + 1))])
  const zeros = { subgradient: firstZero(paths.subgradient), proximal: firstZero(paths.proximal) }
  const wk = (p: number[]) => formatIterate(at(p, k))

  return {
    step: k,
    lanes: [
      { id: 'subgradient', name: 'subgradient', points: againstStep(paths.subgradient, k) },
      { id: 'proximal', name: 'proximal', points: againstStep(paths.proximal, k) },
    ],
    kDomain: [0, PROXIMAL_AXIS_STEPS],
    yDomain: range.domain,
    yTick: range.tick,
    headers: ['k', 'subgradient', 'proximal'],
    rows: iterateRows(both, upTo(k)),
    tableSize: PROXIMAL_STEPS + 1,
    longRun: iterateRows(both, [PROXIMAL_LONG_RUN - 1, PROXIMAL_LONG_RUN]),
    firstZero: zeros,
    description: `From w = ${formatNumber(controls.w0, 1)} with step ${formatNumber(controls.eta, 2)}, after ${k} steps: subgradient w = ${wk(paths.subgradient)}, `
      + `proximal w = ${wk(paths.proximal)}. `
      + (zeros.proximal === null ? '' : `The proximal step is exactly 0 from step ${zeros.proximal}; `)
      + (zeros.subgradient === null ? `the subgradient never reaches 0 in ${PROXIMAL_LONG_RUN} steps.` : `the subgradient reaches 0 at step ${zeros.subgradient}.`),
  }
}
