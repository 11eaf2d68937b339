// "L1 descent: constant steps hit 0".
import { L1_STEPS, SEED_START, l1DescentScene, seedL1Path } from '../../lib/scenes/descentL1'
import { penaltySlope1D } from '../../lib/scenes/descentShared'
import { slide } from './claims'

const path = seedL1Path()
const w = (k: number) => path[k]!
const step = (k: number) => l1DescentScene(k).step
const decrement = SEED_START.eta * penaltySlope1D('l1', SEED_START.w0)
const zeroAt = l1DescentScene(L1_STEPS).zeroAt!

export const claims = slide('L1 descent: constant steps hit 0', (q, lit) => {
  q(0, 'Start at w = 5 with step size η = ½', SEED_START.w0, SEED_START.eta)
  q(0, 'sign(w) = 1, so every step subtracts exactly 0.5', penaltySlope1D('l1', SEED_START.w0), decrement)
  q(1, 'Step 1: 5 − 0.5 = 4.5', step(1), w(0), decrement, w(1))
  q(2, 'Step 2: 4', step(2), w(2))
  q(2, 'sign(w) is 1 however big', penaltySlope1D('l1', w(2)))
  q(3, 'Step 3: 3.5', step(3), w(3))
  q(4, 'Step 4: 3', step(4), w(4))
  q(5, 'Step 5: 2.5', step(5), w(5))
  q(6, 'Step 6: 2', step(6), w(6))
  q(7, 'Step 7: 1.5', step(7), w(7))
  q(8, 'Step 8: 1', step(8), w(8))
  q(9, 'Step 9: 0.5', step(9), w(9))
  q(9, 'The distance to 0 is now exactly one step', w(zeroAt))
  q(10, 'Step 10: exactly 0', zeroAt, w(10))
  q(10, '5 and 0.5 are exact in binary', SEED_START.w0, decrement)
  q(11, 'Step 11: sign(0) = 0', step(11), w(10), penaltySlope1D('l1', w(10)))
  q(11, 'w stays at 0', w(11))
  q(12, 'Step 12: still 0', step(12), w(12))
  lit(12, '"Subgradient bounces; proximal lands on 0"', 'a slide title')
})
