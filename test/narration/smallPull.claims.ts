// "Why L1 bites small coefficients".
import { penaltyOf } from '../../lib/index'
import { pullRow } from '../../lib/scenes/smallPull'
import { slide } from './claims'

/** The β where the two penalties (2β, 2β²) are equal, and where the pulls (1, 2β) are. */
const penaltiesCross = 1
const pullsCross = 0.5
const row = (beta: number) => pullRow(beta)

export const claims = slide('Why L1 bites small coefficients', (q, lit) => {
  lit(0, 'λ = 1', "the slide's setting")
  q(0, 'The L1 penalty is 2β', penaltyOf('l1', [1, 1]))
  q(0, 'the L2 penalty is 2β²', penaltyOf('l2', [1, 1]))
  q(0, 'They cross at β = 1', penaltiesCross)
  q(0, 'the L1 pull is 1 whatever its size; the L2 pull is 2β', row(2).pull.l1, row(1).pull.l2)
  q(0, 'The pulls cross at β = ½', pullsCross)
  q(1, 'At β = 0.1, L1 charges 0.2 and L2 only 0.02', 0.1, row(0.1).l1, row(0.1).l2)
  q(1, 'The pulls: 1 against 0.2', row(0.1).pull.l1, row(0.1).pull.l2)
  q(2, 'at β = 0.001, L1 still charges 0.002, L2 0.000002', 0.001, row(0.001).l1, row(0.001).l2)
  q(2, "the L2 pull is 0.002 against L1's 1", row(0.001).pull.l2, row(0.001).pull.l1)
  q(2, "At β = 3 it is the other way round: L2 charges 18 against L1's 6, and pulls with 6 against 1", 3, row(3).l2, row(3).l1, row(3).pull.l2, row(3).pull.l1)
  lit(2, 'Section 5', 'a section number')
})
