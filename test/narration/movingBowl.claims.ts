// "The moving bowl: L2 penalty" and "The moving bowl: L1 penalty".
import { MOVING_CENTERS, MOVING_LAMBDAS, movingBowlScene, movingLambdaRange } from '../../lib/scenes/movingBowl'
import { slide } from './claims'

const l2 = (k: number) => movingBowlScene('l2', k)
const l1 = (k: number) => movingBowlScene('l1', k)
const fmt = (x: number) => (Math.round(x * 100) / 100).toFixed(2)
/** "(14, −4)" as the notes write a minimum of whole numbers. */
const point = ([x, y]: readonly number[]) => `(${x}, ${y! < 0 ? `\u2212${-y!}` : y})`

export const claims = [
  ...slide('The moving bowl: L2 penalty', (q, lit) => {
    const [c1, c2] = MOVING_CENTERS.l2[0]!
    lit(0, 'The data loss is 5(β1 − 15)² + 5(β2 + 15)²', 'the slide\u2019s data loss, written out (its minimum is checked next)')
    q(0, 'at (15, −15)', c1!, c2!)
    lit(0, 'section 5 and the real-data slides', 'a section number')
    q(0, 'λ starts at 0', MOVING_LAMBDAS.l2[0]!)
    q(1, 'each click raises λ by 0.3', MOVING_LAMBDAS.l2[1]! - MOVING_LAMBDAS.l2[0]!)
    lit(1, 'the slope 10(β1 − 15) + 2λβ1 to zero puts it at 75/(5 + λ)', 'the derivation of the closed form, whose values are checked at every click')
    for (let k = 1; k <= 20; k++) {
      const s = l2(k)
      const m = s.panels[0]!.minimum
      // Every click quotes its λ and the minimum's β1 (β2 = −β1 on this diagonal).
      q(k, `λ = ${s.lambda === Math.round(s.lambda) ? s.lambda : s.lambda.toFixed(1)}`, s.lambda)
      if ([5, 10, 15, 20].includes(k)) q(k, `(${fmt(m[0])}, \u2212${fmt(-m[1])})`, m[0], m[1])
      else q(k, fmt(m[0]), m[0])
      if (-m[1] !== m[0]) throw new Error('the L2 minimum left the diagonal')
    }
    q(10, '62.5 percent of the way', 100 * l2(10).panels[0]!.minimum[0] / 15)
    lit(8, 'The pull of the penalty, 2λβ', 'the penalty\u2019s slope, a formula')
    lit(16, '75/(5 + λ) flattens out', 'the closed form, checked at every click')
    lit(20, 'However large λ gets, 75/(5 + λ) never reaches 0', 'the closed form, checked at every click')
    q(20, 'the λ slider goes up to 30; even there the minimum is at 2.14, not 0', movingLambdaRange.l2.max, movingBowlScene('l2', 20, movingLambdaRange.l2.max).panels[0]!.minimum[0], 0)
  }),
  ...slide('The moving bowl: L1 penalty', (q, lit) => {
    const [[a1, a2], [b1, b2]] = MOVING_CENTERS.l1 as unknown as [number[], number[]]
    q(0, 'Left: the minimum at (15, −15). Right: an off-diagonal minimum at (15, −5). λ starts at 0', a1!, a2!, b1!, b2!, MOVING_LAMBDAS.l1[0]!)
    lit(1, 'by exactly λ/10', 'the rule, whose positions are checked at every click')
    lit(1, 'the slope of the data loss, 10(β1 − 15)', 'the data loss\u2019s slope, a formula')
    for (let k = 1; k <= 14; k++) {
      const s = l1(k)
      const [left, right] = s.panels.map(p => p.minimum) as unknown as [readonly number[], readonly number[]]
      q(k, `λ = ${s.lambda}`, s.lambda)
      q(k, point(left), ...left)
      q(k, point(right), ...right)
    }
    q(2, 'Both coordinates have moved by 2', a1! - l1(2).panels[0]!.minimum[0])
    q(4, 'β2 is 1 away from the axis', -l1(4).panels[1]!.minimum[1])
    q(8, 'the data loss\'s slope in β2 there, 10·5 = 50', 10, -b2!, -10 * b2!)
    q(15, 'λ = 150: both minima reach the origin', l1(15).lambda)
    q(1, 'each coordinate moves toward 0', 0)
    q(5, 'β2 has reached 0, exactly', l1(5).panels[1]!.minimum[1])
    q(8, 'holds β2 at 0', l1(8).panels[1]!.minimum[1])
    // The first click at which the right minimum's β2 is exactly 0.
    const firstZero = MOVING_LAMBDAS.l1.find((_, k) => l1(k).panels[1]!.minimum[1] === 0)!
    q(15, 'β2 got there first, at λ = 50', firstZero)
    q(15, 'up to 200', movingLambdaRange.l1.max)
  }),
]
