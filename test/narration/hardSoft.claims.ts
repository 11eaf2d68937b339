// "Hard and soft are the same family".
import { penalizedOptimum } from '../../lib/index'
import { hardSoftBowl, hardSoftScene, l1ZeroLambda } from '../../lib/scenes/hardSoft'
import { slide } from './claims'

const at = (k: number) => hardSoftScene(k, 'l1')
/** The λ at which the L1 path first has β1 = 0 (bisection on the exact solver). */
function axisLambda(): number {
  let lo = 0
  let hi = l1ZeroLambda(hardSoftBowl)
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2
    if (penalizedOptimum(hardSoftBowl, 'l1', mid)[0] === 0) hi = mid
    else lo = mid
  }
  return hi
}

export const claims = slide('Hard and soft are the same family', (q) => {
  q(0, 'with its minimum at (1.50, 2.20). At λ = 0', ...hardSoftBowl.center, at(0).lambda)
  q(0, 't = 3.70', at(0).budget)
  for (const k of [1, 2, 3, 4, 5, 6, 7]) {
    const s = at(k)
    if (Math.abs(s.hard[0] - s.soft[0]) > 1e-9 || Math.abs(s.hard[1] - s.soft[1]) > 1e-9) throw new Error(`hard and soft differ at click ${k}`)
    q(k, `λ = ${s.lambda.toFixed(2)}`, s.lambda)
  }
  q(1, '(1.20, 2.09), with t = 3.29', ...at(1).soft, at(1).budget)
  q(2, '(0.91, 1.97)', ...at(2).soft)
  q(3, '(0.46, 1.80). The budget has shrunk to t = 2.26', ...at(3).soft, at(3).budget)
  q(4, 'β1 is now exactly 0 on both sides, (0, 1.58)', at(4).soft[0], ...at(4).soft)
  q(4, 'at λ = 5.51', axisLambda())
  q(5, '(0, 1.09)', ...at(5).soft)
  q(6, '(0, 0.54)', ...at(6).soft)
  q(7, 'the budget has shrunk to zero. From this λ on, 0 is the answer', at(7).budget)
})
