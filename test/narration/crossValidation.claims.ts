// "Choosing λ".
import { carsData, elasticNetPath, standardize, trainTestSplit } from '../../lib/index'
import { CV_SETUP, cvModel } from '../../lib/scenes/crossValidation'
import { slide } from './claims'

const m = cvModel()
const min = m.cv[m.iMin]!
const one = m.cv[m.i1se]!
// Said in words: a quarter of the cars held out; the left edge is the largest λ; the 1-SE model
// has a larger λ than the minimum's.
if (Math.abs(m.nTest / (m.nTest + m.nTrain) - CV_SETUP.testFraction) > 0.01) throw new Error('the test set is no longer a quarter of the cars')
// Said in words: the 1-SE model has horsepower in place of the minimum's acceleration (the
// training path refitted from the scene's split, as computeCvModel fits it).
const data = carsData()
const { train } = trainTestSplit(data.X.length, CV_SETUP.testFraction, CV_SETUP.splitSeed)
const path = elasticNetPath(standardize(train.map(i => data.X[i]!)).Z, train.map(i => data.y[i]!), { lambdas: m.lambdas, alpha: m.alpha })
const kept = (i: number) => data.features.filter((_, j) => path[i]!.coef[j] !== 0).join()
if (kept(m.iMin) !== 'cylinders,weight,acceleration,year' || kept(m.i1se) !== 'cylinders,horsepower,weight,year') throw new Error(`the kept features changed: ${kept(m.iMin)} / ${kept(m.i1se)}`)
if (path[m.i1se]!.coef.filter(v => v !== 0).length !== m.nonzero[m.i1se]) throw new Error('the refitted path is not the scene\u2019s')
if (!(m.lambdas[0]! > m.lambdas.at(-1)!) || !(one.lambda > min.lambda)) throw new Error('the λ grid or the 1-SE choice changed direction')

export const claims = slide('Choosing λ', (q, lit) => {
  q(0, 'a quarter of the cars, 98 of them', m.nTest)
  q(0, 'On the other 294 we run 10-fold cross-validation', m.nTrain, CV_SETUP.folds)
  q(0, 'nearly least squares, a cross-validated error of 12.6', m.cv.at(-1)!.mean)
  q(0, 'to 63.2 at the left edge', m.cv[0]!.mean)
  q(0, 'with six features and 294 cars', m.nTrain)
  q(1, '12.33 ± 0.87 at λ = 0.0444, with 4 features', min.mean, min.se, min.lambda, m.nonzero[m.iMin]!)
  q(2, 'here at most 12.33 + 0.87 = 13.20', min.mean, min.se, min.mean + min.se)
  lit(2, 'The triangle, labelled "1 SE"', 'the mark\u2019s label on the chart')
  q(2, 'λ = 0.737, with error 13.13', one.lambda, one.mean)
  q(2, 'It has 4 features too, though not the same four', m.nonzero[m.i1se]!)
  q(2, 'their ‖β‖₁ is 7.50 against 8.66 at the minimum', m.l1Norm[m.i1se]!, m.l1Norm[m.iMin]!)
  q(3, 'the error on the 98 held-out cars of the model fitted on all 294 training cars', m.nTest, m.nTrain)
  q(3, 'Least squares scores 10.98; the two marked λ values score 10.83 and 10.88', m.olsTestMse, m.testMse[m.iMin]!, m.testMse[m.i1se]!)
  q(3, 'a smaller model, 4 features instead of 6', m.nonzero[m.i1se]!, data.features.length)
})
