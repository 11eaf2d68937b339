// "Two bowls add up": every minimum and λ the narration quotes is the scene's own, at its click.
import { MOVING_LAMBDAS } from '../../lib/scenes/movingBowl'
import { twoBowlsCenter, twoBowlsScene } from '../../lib/scenes/twoBowls'
import { slide } from './claims'

const at = (k: number) => twoBowlsScene(k)
/** A coefficient the narration calls exactly 0: its value if it is exactly 0, else NaN (fails the claim). */
const exactlyZero = (v: number) => () => (v === 0 ? 0 : Number.NaN)

export const claims = slide('Two bowls add up', (q, lit) => {
  const [c1, c2] = twoBowlsCenter('l2')
  lit(0, 'the data loss 5(β1 − 15)² + 5(β2 + 15)²', 'the data loss written out; its centre is checked next')
  q(0, 'sits on the floor at (15, −15)', c1!, c2!)
  q(1, 'with λ = 1.5', at(1).lambda)
  q(2, 'at (11.54, −11.54) for λ = 1.5', ...at(2).minimum, at(2).lambda)
  q(3, 'λ = 3', at(3).lambda)
  q(3, 'to (9.38, −9.38)', ...at(3).minimum)
  q(3, 'as λ grew from 0', MOVING_LAMBDAS.l2[0]!)
  q(4, 'λ = 4.5: the minimum is at (7.89, −7.89)', at(4).lambda, ...at(4).minimum)
  q(5, 'λ = 6: (6.82, −6.82)', at(5).lambda, ...at(5).minimum)
  q(6, 'with λ = 20', at(6).lambda)
  lit(6, 'along each crease one coefficient is 0', 'the creases are the axes, where a coefficient is zero by definition')
  q(6, 'has moved to (15, −5)', ...at(6).center)
  q(7, 'The minimum of the total is at (13, −3)', ...at(7).minimum)
  // both coordinates moved by the same amount: 15 → 13 and −5 → −3
  q(7, 'by the same amount, 2,', at(7).center[0] - at(7).minimum[0])
  q(7, 'by the same amount, 2,', at(7).minimum[1] - at(7).center[1])
  q(8, 'λ = 50', at(8).lambda)
  q(8, 'at (10, 0)', ...at(8).minimum)
  q(8, 'β2 is exactly 0', exactlyZero(at(8).minimum[1]))
  q(9, 'λ = 80', at(9).lambda)
  q(9, 'to (7, 0)', ...at(9).minimum)
  q(9, 'β2 stays exactly 0', exactlyZero(at(9).minimum[1]))
})
