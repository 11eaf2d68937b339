// "Each penalty beside its slope".
import type { Vec2 } from '../../lib/index'
import { penaltyScene, probeAtStep } from '../../lib/scenes/descentPenalties'
import { slide } from './claims'

const l1 = (step: number) => penaltyScene(step).panels.find(p => p.norm === 'l1')!
const l2 = (step: number) => penaltyScene(step).panels.find(p => p.norm === 'l2')!
const [left, right] = l1(1).slopePieces as [Vec2[], Vec2[]]
const [kinkW, kinkSlope] = l1(1).slopeAtZero!
const [below, above] = l1(1).openEnds.map(e => e[1]!) as [number, number]

export const claims = slide('Each penalty beside its slope', (q, lit) => {
  lit(0, 'the L2 penalty ½w²', 'the penalty\u2019s definition, the convention on screen')
  lit(0, 'The ½ is the convention', 'the penalty\u2019s definition, the convention on screen')
  q(0, 'downhill toward 0', kinkW)
  lit(1, '"L1 descent: constant steps hit 0"', 'a slide title')
  q(1, '−1 for negative w, +1 for positive w', left[0]![1]!, right[0]![1]!)
  q(1, 'At w = 0 the V has a corner', kinkW)
  q(1, 'any value between −1 and 1 is a valid subgradient', below, above)
  q(1, 'the descent code uses sign(0) = 0', kinkW, kinkSlope)
  q(1, 'it is what keeps a weight at 0', kinkSlope)
  lit(2, 'Below ½w², its slope w', 'the penalty\u2019s definition, the convention on screen')
  q(2, 'The parabola is steep far from 0 and flat near it', kinkW)
  q(3, 'at w = 2.5: L1 pulls toward 0 with strength 1, L2 with strength 2.5', probeAtStep[3]!, kinkW, l1(3).probe!.slope, l2(3).probe!.slope)
  q(4, 'Now at w = ½: L1 still pulls with 1, but L2 only with ½', probeAtStep[4]!, l1(4).probe!.slope, l2(4).probe!.slope)
  q(4, 'The closer the weight gets to 0', kinkW)
  q(4, 'bring a weight to exactly 0', kinkW)
})
