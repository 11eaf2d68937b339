// Error messages: `<function>: <argument> must be <what> (got <value>)`, TypeError for a
// wrong JavaScript type, RangeError for a value outside the domain.
import { describe, expect, it } from 'vitest'
import * as lib from '../../lib/index'
import { describe as describeValue } from '../../lib/validate'

const q = lib.quadratic(1, 2, 0.5, [3, 4])
const bad = <T>(x: unknown) => x as T

describe('describe()', () => {
  it('renders offending values readably', () => {
    expect(describeValue(NaN)).toBe('NaN')
    expect(describeValue(-Infinity)).toBe('-Infinity')
    expect(describeValue(-0)).toBe('-0')
    expect(describeValue('l3')).toBe('"l3"')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(null)).toBe('null')
    expect(describeValue([1, 2, 3])).toBe('an array of length 3')
    expect(describeValue({})).toBe('an object')
  })
})

describe('every public entry point names itself, the argument and the problem', () => {
  const cases: [string, () => unknown, ErrorConstructor, string][] = [
    ['lossAt', () => lib.lossAt(q, [NaN, 0]), RangeError, 'lossAt: beta[0] must be a finite number (got NaN)'],
    ['lossAt q', () => lib.lossAt(bad(null), [0, 0]), TypeError, 'lossAt: q must be an object (got null)'],
    ['lossAt shape', () => lib.lossAt(bad({ a: 1 }), [0, 0]), TypeError, 'lossAt: q must be a Quadratic2 made by quadratic() (got an object)'],
    ['normOf', () => lib.normOf(bad('l0'), [0, 0]), RangeError, `normOf: norm must be one of 'l1', 'l2' (got "l0")`],
    ['normOf type', () => lib.normOf(bad(1), [0, 0]), TypeError, `normOf: norm must be one of 'l1', 'l2' (got 1)`],
    ['penaltyOf', () => lib.penaltyOf('l2', bad([1, 2, 3])), TypeError, 'penaltyOf: beta must be a pair [number, number] (got an array of length 3)'],
    ['constrainedOptimum', () => lib.constrainedOptimum(q, 'l2', Infinity), RangeError, 'constrainedOptimum: t must be a finite number (got Infinity)'],
    ['boundarySearchOptimum', () => lib.boundarySearchOptimum(q, 'l1', 2, 0), RangeError, 'boundarySearchOptimum: points must be an integer between 4 and 10000000 (got 0)'],
    ['lossAlongBoundary', () => lib.lossAlongBoundary(q, 'l1', 2, NaN), RangeError, 'boundaryPointAt: s must be a finite number (got NaN)'],
    ['regionOutline', () => lib.regionOutline('l2', 2, 6), RangeError, 'regionOutline: segments must be a multiple of 4 (so the tips / axis points are included) (got 6)'],
    ['ellipseContour', () => lib.ellipseContour(q, NaN), RangeError, 'ellipseContour: level must be a finite number (got NaN)'],
    ['inL1ZeroZone', () => lib.inL1ZeroZone([0, 0], -1), RangeError, 'inL1ZeroZone: t must be a non-negative number (got -1)'],
    ['standardize', () => lib.standardize(bad([1, 2])), TypeError, 'standardize: X[0] must be an array of numbers (got 1)'],
    ['standardize row', () => lib.standardize(bad([[1], 'x'])), TypeError, 'standardize: X[1] must be an array of numbers (got "x")'],
    ['standardize empty row', () => lib.standardize([[]]), RangeError, 'standardize: X[0] must be a non-empty row (got an array of length 0)'],
    ['fitOLS', () => lib.fitOLS([[1], [2], [3]], bad('123')), TypeError, 'fitOLS: y must be an array of numbers (got "123")'],
    ['elasticNetPath', () => lib.elasticNetPath([[1], [2]], [1, 2], { lambdas: [1], alpha: NaN }), RangeError, 'elasticNetPath: opts.alpha must be a finite number (got NaN)'],
    ['lambdaMax', () => lib.lambdaMax([[1], [2]], [1, 2], -0.1), RangeError, 'lambdaMax: alpha must be a number between 0 and 1 (got -0.1)'],
    ['crossValidate', () => lib.crossValidate([[1], [2], [3]], [1, 2, 3], { lambdas: [1], alpha: 1, folds: 4, seed: 1 }), RangeError, 'crossValidate: opts.folds must be an integer between 2 and 3 (got 4)'],
    ['crossValidate n', () => lib.crossValidate([[1]], [1], { lambdas: [1], alpha: 1, folds: 2, seed: 1 }), RangeError, 'crossValidate: X must be at least 2 rows for cross-validation (got an array of length 1)'],
    ['penalizedOptimum1D', () => lib.penalizedOptimum1D('l1', 2, -1), RangeError, 'penalizedOptimum1D: lambda must be a non-negative number (got -1)'],
    ['logSpace', () => lib.logSpace(0, 1, 5), RangeError, 'logSpace: from must be a positive number (got 0)'],
    ['createRandom', () => lib.createRandom(bad('7')), TypeError, `createRandom: seed must be an integer between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (got "7")`],
  ]
  for (const [name, call, type, message] of cases) {
    it(name, () => {
      expect(call).toThrow(new type(message))
      try {
        call()
      } catch (e) {
        expect(e).toBeInstanceOf(type)
      }
    })
  }
})
