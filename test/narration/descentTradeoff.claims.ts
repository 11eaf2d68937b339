// "Reaching 0: step size or trade-off".
import { DATA_TARGET, SETTLE_STEPS, TRADEOFF_ETA, TRADEOFF_START, tradeoffDescent, tradeoffLambdaRange, tradeoffOptimum, tradeoffScene } from '../../lib/scenes/descentTradeoff'
import { slide } from './claims'

// Click 0: the two lanes (η = 1, then the grey η = ½), each step size read off its first
// step, since the L2 step from w is w − η·w: η = (w0 − w1)/w0.
const oneStep = tradeoffScene(0)
const [big, half] = oneStep.lanes.map(l => l.points.map(p => p[1])) as [number[], number[]]
const etaOf = (lane: number[]) => (lane[0]! - lane[1]!) / lane[0]!
const last = big.length - 1
const lambda = (click: number) => tradeoffScene(click).lambda!
const l1 = (click: number) => tradeoffOptimum('l1', lambda(click))
const l2 = (click: number) => tradeoffOptimum('l2', lambda(click))
/** Where both descents settle at click 1 equals the exact optima (the table's two columns). */
const settled = (click: number) => {
  const agree = tradeoffScene(click).rows.every(r => r.cells[0] === r.cells[1])
  return agree ? SETTLE_STEPS : Number.NaN
}
/** 0 when no value is exactly 0 (the claim "never 0"), NaN otherwise. */
const never0 = (xs: readonly number[]) => (xs.includes(0) ? Number.NaN : 0)
/** The L2 optimum at every λ the slider offers. */
const l2Slider = Array.from({ length: Math.round((tradeoffLambdaRange.max - tradeoffLambdaRange.min) / tradeoffLambdaRange.step) + 1 }, (_, i) => tradeoffOptimum('l2', tradeoffLambdaRange.min + i * tradeoffLambdaRange.step))
/** The λ from which the L1 optimum is exactly 0: the data loss's slope at 0, |0 − target|. */
const l1ZeroLambda = Math.abs(0 - DATA_TARGET)

export const claims = slide('Reaching 0: step size or trade-off', (q, lit) => {
  q(0, 'L2 can reach 0 with a big enough step', big[1]!)
  lit(0, 'with the penalty ½w² alone', 'the penalty\u2019s definition, the convention on screen')
  q(0, 'with η = 1 the step is w − 1·w = 0, so one step from w = 5 lands exactly on 0', etaOf(big), etaOf(big), big[1]!, TRADEOFF_START, big[1]!)
  q(0, 'The grey η = ½ lane', etaOf(half))
  lit(0, '"L2 descent: halving never hits 0"', 'a slide title')
  q(0, 'with η = 1 both w₁ and w₁₂ are exactly 0; with η = ½, w₁₂ is still 0.0012', etaOf(big), big[last]!, etaOf(half), half[last]!)
  q(0, '"L2 never reaches 0"', never0(half))
  lit(1, 'Add a data loss ½(w − 2)²', 'the slide\u2019s data loss, written out (its minimum is checked next)')
  q(1, 'that wants w = 2, the black dot', tradeoffScene(1).dataMin![0])
  lit(1, 'the penalties λ|w| and λ·½w²', 'the penalties\u2019 definitions, the convention on screen')
  q(1, 'at λ = 0 both totals are just the data loss, and both minima sit at 2', lambda(1), l1(1) === l2(1) ? l1(1) : Number.NaN)
  lit(1, '"Subgradient bounces; proximal lands on 0"', 'a slide title')
  q(1, 'descent from w = 5 with proximal steps of size ½', TRADEOFF_START, TRADEOFF_ETA)
  q(1, 'where 200 steps of descent settle', settled(1))
  q(2, 'λ = 0.5: the L1 minimum moves to 2 − λ = 1.5, the L2 minimum to 2/(1 + λ) = 1.33', lambda(2), DATA_TARGET, l1(2), DATA_TARGET, 1, l2(2))
  q(3, 'λ = 1: both minima at 1', lambda(3), l1(3) === l2(3) ? l1(3) : Number.NaN)
  q(4, 'λ = 1.5: L1 at 0.5, L2 at 0.8', lambda(4), l1(4), l2(4))
  q(5, 'λ = 2: the L1 minimum hits exactly 0', lambda(5), l1(5))
  q(5, 'The corner of λ|w| at 0', l1(5))
  q(5, "the data loss's slope there has size 2", l1ZeroLambda)
  q(5, 'L2 is at 0.67, and 2/(1 + λ) is never 0 for finite λ', l2(5), DATA_TARGET, 1, never0(l2Slider))
  q(5, 'At exactly λ = 2 the L1 descent halves toward 0 and is rounded to exactly 0 at step 55', lambda(5), l1(5), l1(5), tradeoffScene(5).l1ZeroStep!)
  q(6, 'λ = 2.5: L1 stays at 0, as it would for any λ ≥ 2, and its descent gets there at step 4; L2 is at 0.57', lambda(6), l1(6), l1ZeroLambda, tradeoffDescent('l1', lambda(6)).indexOf(0), l2(6))
  q(6, "the data loss's slope at 0", l1(6))
  lit(6, "Parr's notebook used (β − 2)² with penalties λβ² and λ|β|, which gives 2/(1 + λ) and 2 − λ/2", 'Parr\u2019s convention, quoted (its formulas, not this slide\u2019s)')
  // In Parr's convention (β − 2)² + λ|β| the L1 answer is max(0, 2 − λ/2): zero from λ = 2·target.
  q(6, 'so there L1 hits 0 at λ = 4', Math.max(0, DATA_TARGET - (2 * DATA_TARGET) / 2), 2 * DATA_TARGET)
  lit(6, 'Conventions differ by factors of 2', 'the ratio between the two conventions')
  lit(6, 'the one on screen is ½(w − 2)²', 'the slide\u2019s data loss, as written above the charts')
  lit(6, 'λ·½w².', 'the penalty\u2019s definition, as written above the charts')
})
