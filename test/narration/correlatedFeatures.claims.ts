// "Correlated features".
import { carsColumns, carsData } from '../../lib/index'
import { computeCorrelatedModel, correlatedModel, correlatedScene } from '../../lib/scenes/correlatedFeatures'
import { slide } from './claims'

const model = correlatedModel()
const r = model.correlation
const at = (k: number) => correlatedScene(k)
const norm1 = (c: readonly number[]) => c.reduce((s, v) => s + Math.abs(v), 0)
// The pair the matrix leaves out: cylinders and displacement, from the same correlation code.
const cylDisp = computeCorrelatedModel(carsColumns(['cylinders', 'displacement']), carsData().y, ['cylinders', 'displacement']).correlation[1]![2]!

const lasso1 = at(1).lasso!
const ridge2 = at(2).ridge!
const lasso3 = at(3).lasso!
const ridge3 = at(3).ridge!
// Said in words: the lasso keeps weight alone (exact zeros), the two copies get equal ridge coefficients.
if (lasso1[1] !== 0 || lasso1[2] !== 0 || lasso1[0] === 0) throw new Error('the lasso no longer keeps weight alone')
if (lasso3[3] !== 0 || lasso3[1] !== 0 || lasso3[2] !== 0) throw new Error('the lasso no longer keeps one copy alone')
if (Math.abs(ridge3[0]! - ridge3[3]!) > 1e-9) throw new Error('ridge no longer splits the copies evenly')
if (model.names.join() !== 'mpg,weight,displacement,horsepower') throw new Error('the matrix order changed')

export const claims = slide('Correlated features', (q) => {
  q(0, 'The most correlated pair is cylinders and displacement, at 0.95', cylDisp)
  q(0, 'weight and displacement 0.93, displacement and horsepower 0.90, weight and horsepower 0.86', r[1]![2]!, r[2]![3]!, r[1]![3]!)
  q(0, '−0.83 for weight, −0.81 for displacement, −0.78 for horsepower', r[0]![1]!, r[0]![2]!, r[0]![3]!)
  q(1, 'The lasso, at λ = 4.69', at(1).lassoLambda)
  q(1, '(λmax = 6.49, where weight enters, and 3.39, where a second feature would)', model.lambdaMax, model.secondKnot)
  q(1, 'weight, at −1.80', lasso1[0]!)
  q(1, 'sets displacement and horsepower exactly to 0', Math.max(Math.abs(lasso1[1]!), Math.abs(lasso1[2]!)))
  q(2, 'Ridge, at λ = 7.68', at(2).ridgeLambda)
  q(2, 'the same ‖β‖₁, 1.80', norm1(ridge2))
  q(2, '−0.63, −0.60 and −0.58: 35, 33 and 32 percent', ...ridge2, ...ridge2.map(v => (100 * v) / -norm1(ridge2)))
  q(3, 'both fits again at the same ‖β‖₁, 1.80 (ridge now needs λ = 10.3 for it)', norm1(ridge3), at(3).ridgeLambda)
  q(3, '−0.46 each', ridge3[0]!)
  q(3, '−0.92 against −0.63', ridge3[0]! + ridge3[3]!, ridge2[0]!)
  q(3, 'The lasso puts everything on one copy, −1.80, and exactly 0 on the other', lasso3[0]!, lasso3[3]!)
  q(3, 'Below the second knot, 3.39', model.secondKnot)
})
