// "One parameter, one budget".
import { BUDGET_CENTER, BUDGET_STEPS, budget1DScene } from '../../lib/scenes/budgetOneParameter'
import { slide } from './claims'

const optimum = (step: number) => budget1DScene(step).optimum!
const t = (step: number) => BUDGET_STEPS[step]!

export const claims = slide('One parameter, one budget', (q, lit) => {
  lit(0, 'The loss is (β − 2)²', 'the slide\u2019s loss, written out (its minimum is checked next)')
  q(0, 'the black dot, at β = 2', BUDGET_CENTER)
  q(1, '|β| ≤ t with t = 1', t(1))
  q(1, 'The best allowed point is β = 1, right on the boundary, with loss 1', optimum(1)[0], optimum(1)[1])
  q(2, 'Shrink the budget to t = 0.5: the answer follows the boundary to β = 0.5, and the loss rises to 2.25', t(2), optimum(2)[0], optimum(2)[1])
  q(3, 'At t = 0 only β = 0 is allowed', t(3), optimum(3)[0])
  q(3, 'the loss is 4', optimum(3)[1])
  q(4, 't = 2.5, and the constraint is idle: the minimum β = 2', t(4), optimum(4)[0])
  q(4, 'with loss 0', optimum(4)[1])
  q(4, 'until t reaches 2', BUDGET_CENTER)
})
