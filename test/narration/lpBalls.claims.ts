// "Beyond L1 and L2". Near misses are described, never counted (their definition may change).
import type { LpRegion } from '../../lib/index'
import { LP_PRESETS, LP_SIMULATION, LP_T, lpDefaults, lpFromSlider, lpScene, sliderFromLp } from '../../lib/scenes/lpBalls'
import { slide } from './claims'

const at = (k: number) => lpScene(k)
const percent = (k: number) => 100 * at(k).rates.zero
const p = (k: number) => (LP_PRESETS[k] as Extract<LpRegion, { kind: 'lp' }>).p
const alpha = (LP_PRESETS[4] as Extract<LpRegion, { kind: 'elasticNet' }>).alpha
// The slider's first position above p = 1 (one 0.05 step of 1/p), chosen at the p = 1 step.
const justAbove = lpFromSlider(sliderFromLp(1) + 0.05)
const justAboveScene = lpScene(1, { ...lpDefaults, region: { step: 1, region: justAbove } })

// Said in words: which examples land on a tip, and where there are no exact zeros at all.
const onTip = (k: number) => at(k).optimum[0] === LP_T && at(k).optimum[1] === 0
if (!onTip(1) || !onTip(2) || !onTip(4) || at(0).optimum.includes(0) || at(3).optimum.includes(0)) throw new Error('the example optima moved')
if (at(0).rates.zero !== 0 || at(3).rates.zero !== 0) throw new Error('the circle or the square now has exact zeros')
if (justAbove.kind !== 'lp' || !(justAbove.p > 1) || justAboveScene.region !== justAbove || justAboveScene.rates.zero !== 0) throw new Error('just above p = 1 there are exact zeros')

export const claims = slide('Beyond L1 and L2', (q, lit) => {
  q(0, 'every region on this slide has its tips at distance 2 on the axes', LP_T)
  q(0, 'rerun for the region shown: 1000 random bowls', LP_SIMULATION.trials)
  q(0, 'It starts at p = 2, the circle. The example\'s optimum, (1.96, 0.40), has no zero', p(0), ...at(0).optimum)
  q(0, 'among the 1000 bowls there is not one exact zero', LP_SIMULATION.trials)
  q(1, 'p = 1, the diamond. The example lands on the tip (2, 0)', p(1), ...at(1).optimum)
  q(1, 'So do 73.8 percent of the random bowls', percent(1))
  q(2, 'p = 0.5: a four-pointed star', p(2))
  q(2, '94.2 percent have an exact zero', percent(2))
  q(3, 'at (±2, ±2)', LP_T, LP_T)
  q(3, 'The example\'s optimum, (2.00, 1.25), lies on an edge', ...at(3).optimum)
  q(4, 'The elastic net with α = ½', alpha)
  lit(4, 'Its penalty is α‖β‖₁ + (1 − α)/2·‖β‖²', 'the elastic-net penalty, a formula (glmnet\u2019s)')
  q(4, 'here ½‖β‖₁ + ¼‖β‖²', alpha, (1 - alpha) / 2)
  lit(4, 'the ridge half carries glmnet\'s extra ½', 'the ½ of (1 − α)/2 in the formula, a convention')
  q(4, '35.0 percent of the bowls get an exact zero: fewer than the lasso\'s 73.8 percent', percent(4), percent(1))
  q(4, 'Just above p = 1 the exact zeros vanish', p(1))
})
