// A seeded train/test split: the rows are shuffled with the deck's seeded stream and the
// first round(n·testFraction) of the shuffled order are held out. Both lists come back sorted.
import { createRandom, checkSeed, shuffledIndices } from '../random'
import * as check from '../validate'

/** Row indices of a seeded split of n rows: `test` holds round(n·testFraction) rows (at least 1 each side). */
export function trainTestSplit(n: number, testFraction: number, seed: number): { train: number[]; test: number[] } {
  const fn = 'trainTestSplit'
  check.integer(fn, 'n', n, 2, 1e8)
  const f = check.finite(fn, 'testFraction', testFraction)
  if (!(f > 0 && f < 1)) check.rangeFail(fn, 'testFraction', 'a number between 0 and 1 (exclusive)', testFraction)
  checkSeed(fn, 'seed', seed)
  const testCount = Math.min(n - 1, Math.max(1, Math.round(n * f)))
  const order = shuffledIndices(n, createRandom(seed))
  const test = order.slice(0, testCount).sort((a, b) => a - b)
  const train = order.slice(testCount).sort((a, b) => a - b)
  return { train, test }
}
