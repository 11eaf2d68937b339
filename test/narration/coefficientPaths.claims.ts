// "Coefficient paths on real data".
import { carsData } from '../../lib/index'
import { correlatedModel } from '../../lib/scenes/correlatedFeatures'
import { PATH_GRID, pathsModel, pathsScene } from '../../lib/scenes/coefficientPaths'
import { eslRidgeLambda, GLMNET_OBJECTIVE } from '../../lib/scenes/objectives'
import { slide } from './claims'

const data = carsData()
const model = pathsModel()
const at = (k: number) => pathsScene(k)
const lasso = (k: number, feature: string) => at(k).panels[0].lines.find(l => l.feature === feature)!.value
/** A feature's correlation with mpg (the correlation matrix of "Correlated features"). */
const withMpg = (feature: string) => {
  const r = correlatedModel()
  return r.correlation[0]![r.names.indexOf(feature)]!
}
/** α of glmnet's objective for the lasso and for ridge, as the objective under the chart states them. */
const alphaOf = (name: 'lasso' | 'ridge') => Number(new RegExp(`${name} \u03B1 = (\\d+)`).exec(GLMNET_OBJECTIVE)![1])

// What the narration says in words: the order in which the lasso's features leave zero, one per
// click; five of six at click 5; horsepower back at exactly 0 at click 6; ridge all six throughout.
const order = model.entries.map(e => model.features[e.feature])
if (order.join() !== 'weight,year,horsepower,cylinders,acceleration,displacement') throw new Error(`the lasso's entry order changed: ${order.join()}`)
if (at(5).panels[0].nonzero !== 5 || lasso(6, 'horsepower') !== 0 || lasso(6, 'displacement') === 0) throw new Error('clicks 5–6 no longer show what the narration says')
if ([0, 1, 2, 3, 4, 5, 6, 7].some(k => at(k).panels[1].nonzero !== data.features.length)) throw new Error('ridge lost a coefficient')
if (at(0).panels[0].nonzero !== 0) throw new Error('the lasso is not all zero at the first cursor')

export const claims = slide('Coefficient paths on real data', (q, lit) => {
  q(0, 'the miles per gallon (mpg) of 392 cars', data.X.length)
  q(0, 'Of the 406 records, 14 had a missing value', data.records, data.dropped)
  if (!GLMNET_OBJECTIVE.startsWith('(1/2n)\u00B7RSS + \u03BB\u00B7[\u03B1\u2016\u03B2\u2016\u2081 + (1 \u2212 \u03B1)/2\u00B7\u2016\u03B2\u2016\u00B2]')) throw new Error('the objective under the chart changed')
  lit(0, '(1/2n)·RSS + λ·[α‖β‖₁ + (1 − α)/2·‖β‖²]', 'glmnet\u2019s objective, written out as under the chart (checked against GLMNET_OBJECTIVE above)')
  q(0, 'with α = 1 for the lasso and α = 0 for ridge', alphaOf('lasso'), alphaOf('ridge'))
  lit(0, 'multiplying glmnet\'s objective by 2n', 'the factor between the two objectives, a derivation')
  q(0, 'a ridge λ here is n·λ = 392·λ there', eslRidgeLambda(1, data.X.length))
  q(0, 'The dashed cursor starts at λ = 649, 100 times λmax', at(0).lambda, PATH_GRID.above)
  q(1, 'λ = 4.67, just below λmax = 6.49', at(1).lambda, model.lambdaMax)
  q(1, 'weight, the one most correlated with mpg (−0.83)', withMpg('weight'))
  q(1, 'at −1.82', lasso(1, 'weight'))
  q(2, 'λ = 2.85', at(2).lambda)
  q(3, 'λ = 1.43', at(3).lambda)
  q(4, 'λ = 0.396', at(4).lambda)
  q(5, 'λ = 0.121', at(5).lambda)
  q(6, 'λ = 0.00844', at(6).lambda)
  q(7, 'λ = 0.000649', at(7).lambda)
  q(7, 'displacement has a positive coefficient, 0.78, and horsepower almost none, −0.01', lasso(7, 'displacement'), lasso(7, 'horsepower'))
  q(7, '(correlations with mpg −0.81 and −0.78)', withMpg('displacement'), withMpg('horsepower'))
})
