// "The honest correction".
import { ARTICLE_RATES, CLOUD_T } from '../../lib/scenes/simulationCloud'
import { RESOLUTIONS, RESOLUTION_TRIALS, resolutionRequests, resolutionScene } from '../../lib/scenes/boundaryResolution'
import { simulate as runPackedSimulation } from '../../lib/index'
import { slide } from './claims'

const rows = resolutionScene(3).rows
const pct = (k: number, norm: 'l1' | 'l2') => (100 * rows[k]![norm].count) / RESOLUTION_TRIALS
const points = (k: number) => { const m = RESOLUTIONS[k]!; return m === 'exact' ? NaN : m.boundaryPoints }
/** Median distance from the nearest axis of the minima whose coarse (100-point) L2 optimum is an axis point. */
function medianAxisDistance(): number {
  const run = runPackedSimulation(resolutionRequests(0)[1]!)
  const d: number[] = []
  for (let i = 0; i < run.count; i++) if (run.outcome[i] === 0) d.push(Math.min(Math.abs(run.c1[i]!), Math.abs(run.c2[i]!)))
  d.sort((a, b) => a - b)
  return d.length % 2 ? d[(d.length - 1) / 2]! : (d[d.length / 2 - 1]! + d[d.length / 2]!) / 2
}
const weak = resolutionScene(0, { family: 'weakFeature' }).rows[0]!

export const claims = slide('The honest correction', (q, lit) => {
  q(0, 'evaluate the loss at 100 points', points(0))
  q(0, 'Here are the same 5000 bowls', RESOLUTION_TRIALS)
  q(0, 'L1: 73.7 percent zeros. L2: 5.4 percent, close to the 5 percent the article reported', pct(0, 'l1'), pct(0, 'l2'), ARTICLE_RATES.general.l2)
  lit(0, 'one of the four points where the circle meets an axis', 'a circle meets the two axes in four points')
  q(0, 'half of these minima lie more than 0.87 from the nearest axis', medianAxisDistance())
  q(1, 'Ten times as many boundary points: 1000', points(1))
  if (points(1) !== 10 * points(0)) throw new Error('the resolution no longer grows tenfold')
  q(1, 'barely moves, 73.1 percent', pct(1, 'l1'))
  q(1, 'to 0.60 percent', pct(1, 'l2'))
  q(2, '10 000 points. L1 still the same, 73.0 percent. L2: 2 trials out of 5000, 0.04 percent', points(2), pct(2, 'l1'), rows[2]!.l2.count, RESOLUTION_TRIALS, pct(2, 'l2'))
  q(3, 'L2 zeros: exactly 0. L1: 73.0 percent', rows[3]!.l2.count, pct(3, 'l1'))
  lit(3, 'a(β1 − m1)² + b(β2 − m2)² + c(β1 − m1)(β2 − m2)', 'the bowl\u2019s formula')
  q(3, 'the axis point (2, 0), the line m2 = c(2 − m1)/(2b)', CLOUD_T, 0, CLOUD_T, 2)
  q(3, 'reports 44.2 percent L2 zeros', (100 * weak.l2.count) / RESOLUTION_TRIALS)
})
