// "Subgradient bounces; proximal lands on 0".
import { SEED_START, seedL1Path } from '../../lib/scenes/descentL1'
import { PROXIMAL_LONG_RUN, etaRange, proximalDefaults, proximalPaths, proximalScene, w0Range } from '../../lib/scenes/descentProximal'
import { slide } from './claims'

const { subgradient: sub, proximal: prox } = proximalPaths(proximalDefaults, PROXIMAL_LONG_RUN)
const step = (k: number) => proximalScene(k).step
/** 0 when no iterate is exactly 0 (the claim "never reaches 0"), NaN otherwise. */
const never0 = (xs: readonly number[]) => (xs.includes(0) ? Number.NaN : 0)
/** The two values the subgradient bounces between from step 3 on (NaN unless it repeats them to the end). */
const bounce = (() => {
  const [hi, lo] = [sub[3]!, sub[4]!]
  return sub.slice(3).every((v, i) => v === (i % 2 === 0 ? hi : lo)) ? [hi, lo] as const : [Number.NaN, Number.NaN] as const
})()
const [first999, first1000] = proximalScene(6).longRun.map(r => Number(r.label)) as [number, number]

// The self-study suggestions: settings a viewer can reach with the sliders (checked), and
// what the scene computes for them.
const tryEta = 0.25
const tryW0 = 3
const onGrid = (x: number, r: { min: number; max: number; step: number }) =>
  x >= r.min && x <= r.max && Math.abs((x - r.min) / r.step - Math.round((x - r.min) / r.step)) < 1e-9
if (!onGrid(tryEta, etaRange) || !onGrid(tryW0, w0Range)) throw new Error('a suggested setting is off the sliders')
const quarter = proximalPaths({ w0: proximalDefaults.w0, eta: tryEta }, PROXIMAL_LONG_RUN)
const fromThree = proximalPaths({ w0: tryW0, eta: proximalDefaults.eta }, PROXIMAL_LONG_RUN)
/** Steps of size η from w0 to 0 in exact arithmetic. */
const exactSteps = Math.round(tryW0 / proximalDefaults.eta)

export const claims = slide('Subgradient bounces; proximal lands on 0', (q, lit) => {
  lit(0, '"L1 descent: constant steps hit 0"', 'a slide title')
  q(0, 'landed on 0 because 5 is a whole number of 0.5 steps', seedL1Path()[SEED_START.w0 / SEED_START.eta]!, SEED_START.w0, SEED_START.eta)
  q(0, 'Start instead at w = 1 with step η = 0.3', proximalDefaults.w0, proximalDefaults.eta)
  lit(0, 'w ← sign(w)·max(|w| − η, 0)', 'the proximal rule, as written on the slide')
  q(0, 'The proximal step moves w toward 0', 0)
  q(1, 'Step 1: both at 0.7', step(1), prox[1]! === sub[1]! ? sub[1]! : Number.NaN)
  q(2, 'Step 2: both at 0.4', step(2), prox[2]! === sub[2]! ? sub[2]! : Number.NaN)
  q(3, 'Step 3: both at 0.1', step(3), prox[3]! === sub[3]! ? sub[3]! : Number.NaN)
  q(3, 'Now the distance to 0 is smaller than the step', prox[4]!)
  q(4, 'Step 4: the subgradient overshoots to −0.2', step(4), sub[4]!)
  q(4, 'lands exactly on 0', prox[4]!)
  q(5, 'Step 5: the subgradient is back at 0.1; the proximal step stays at 0', step(5), sub[5]!, prox[5]!)
  q(6, 'Step 6: −0.2 again', step(6), sub[6]!)
  q(6, 'bounces between 0.1 and −0.2 forever (steps 999 and 1000 at the foot of the table) and never reaches 0; the proximal step stays at exactly 0', ...bounce, first999, first1000, never0(sub), prox[PROXIMAL_LONG_RUN]!)
  q(6, 'With η = 0.25 from w = 1 the subgradient lands on 0 too, at step 4: 1 is a whole number of 0.25 steps', tryEta, proximalDefaults.w0, quarter.subgradient[4]!, quarter.subgradient.indexOf(0), proximalDefaults.w0, tryEta)
  q(6, 'Try w₀ = 3 with η = 0.3: ten steps reach 0 in exact arithmetic, but 0.3 is not exact in binary, so the subgradient misses 0 by about 3e-16', tryW0, proximalDefaults.eta, 0, proximalDefaults.eta, never0(fromThree.subgradient), fromThree.subgradient[exactSteps]!)
  q(6, 'Reset returns to w₀ = 1, η = 0.3', proximalDefaults.w0, proximalDefaults.eta)
})
