// "L2 descent: halving never hits 0".
import { SEED_START, seedL1Path } from '../../lib/scenes/descentL1'
import { LONG_RUN, floatFloor, l2DescentScene, seedL2Path } from '../../lib/scenes/descentL2'
import { slide } from './claims'

const path = seedL2Path()
const w = (k: number) => path[k]!
const step = (k: number) => l2DescentScene(k).step
const l1 = seedL1Path(LONG_RUN)
const floor = floatFloor(path)
/** The inset's long run: how far the zoomed-out inset goes (its step axis). */
const insetRun = l2DescentScene(7).inset.kDomain[1]
/** The same halving written as w·(1 − η): the first step at which it is exactly 0. */
function multipliedZeroStep(): number {
  let v: number = SEED_START.w0
  for (let k = 1; k <= 2 * LONG_RUN; k++) {
    v = v * (1 - SEED_START.eta)
    if (v === 0) return k
  }
  return Number.NaN
}
/** The race table's milestone steps, in order (step 10, step 1000, the float floor). */
const [m10, m1000, mFloor] = l2DescentScene(8).rows.map(r => Number(r.label)) as [number, number, number]
/** 0 when no iterate is exactly 0 (the claim "never 0"), NaN otherwise. */
const never0 = (xs: readonly number[]) => (xs.includes(0) ? Number.NaN : 0)

export const claims = slide('L2 descent: halving never hits 0', (q, lit) => {
  q(0, 'Same start w = 5, same η = ½', SEED_START.w0, SEED_START.eta)
  lit(0, 'the penalty is ½w²', 'the penalty\u2019s definition, the convention on screen')
  q(0, 'The update w ← w − ½·w halves', SEED_START.eta)
  q(1, 'Step 1: 2.5', step(1), w(1))
  q(2, 'Step 2: 1.25', step(2), w(2))
  q(2, 'near 0 the slope', 0)
  q(3, 'Step 3: 0.625', step(3), w(3))
  q(4, 'Step 4: 0.3125', step(4), w(4))
  q(4, 'without reaching 0', never0(path))
  q(5, 'Step 5: 0.15625', step(5), w(5))
  q(6, 'Step 6: 0.078125', step(6), w(6))
  q(6, 'Compare L1, which had already reached 2 by step 6', l1[step(6)]!, step(6))
  q(7, 'The inset zooms out to 1200 steps', insetRun)
  q(7, 'w after k steps is 5·2⁻ᵏ, never 0', SEED_START.w0, 1 / (1 - SEED_START.eta), never0(path))
  q(7, 'the halving stays exact up to step 1074, where w is 5 times Number.MIN_VALUE', floor.exactUntil, w(floor.exactUntil) / Number.MIN_VALUE)
  q(7, 'the smallest positive float64 number (about 4.9e-324)', Number.MIN_VALUE)
  q(7, 'from step 1076 on w is Number.MIN_VALUE itself: half of it rounds to 0', floor.step, SEED_START.eta * floor.value)
  q(7, 'w sticks at 4.9e-324', floor.value)
  q(7, 'Never exactly 0', never0(path))
  q(7, 'Written as w·0.5 instead of w − 0.5·w, the same sequence would underflow to exactly 0 at step 1077', SEED_START.eta, SEED_START.eta, 0, multipliedZeroStep())
  q(7, 'the inset never reaches 0', never0(l2DescentScene(7).inset.points.map(p => p[1])))
  q(8, 'is exactly 0 from step 10', l1[m10]!, l1.indexOf(0))
  q(8, 'L2 is at 0.0049 at step 10, 4.7e-301 at step 1000, and stuck at 4.9e-324 from step 1076', w(m10), m10, w(m1000), m1000, w(mFloor), mFloor)
})
