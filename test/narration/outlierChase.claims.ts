// "Linear models chase outliers".
import { outlierData, outlierDefaults, outlierScene } from '../../lib/scenes/outlierChase'
import { eslRidgeLambda } from '../../lib/scenes/objectives'
import { slide } from './claims'

const line = (step: number, id: 'ols' | 'ridge' | 'before') => outlierScene(step).lines.find(l => l.id === id)!
const clean = line(0, 'ols')
const chased = line(1, 'ols')
const ridge = line(2, 'ridge')
const mean = outlierScene(2).mean!
const data = outlierData()
// How far the ridge line sits above each of the nine ordinary points.
const above = data.slice(0, -1).map(([x, y]) => ridge.intercept + ridge.slope * x - y)

export const claims = slide('Linear models chase outliers', (q) => {
  q(0, 'ŷ = 1.01x − 0.16, a slope close to 1', clean.slope, -clean.intercept, clean.slope)
  q(1, 'jumps to y = 100', outlierDefaults.outlier[1])
  q(1, 'the slope goes from 1.01 to 5.97', clean.slope, chased.slope)
  q(2, 'its slope is 1.48, close to the 1.01 of the clean data, instead of 5.97', ridge.slope, clean.slope, chased.slope)
  q(2, 'lifted to ȳ = 14.5', mean[1])
  q(2, 'but 5 to 10 above each of the nine ordinary points', Math.min(...above), Math.max(...above))
  q(2, 'plus (λ/2)·b², with n = 10', 2, data.length)
  q(2, '(1/2n) times', 1, 2)
  q(2, 'multiplying ours by 2n shows that our λ = 25 is λ = 250 there', 2, outlierDefaults.lambda, eslRidgeLambda(outlierDefaults.lambda, data.length))
})
