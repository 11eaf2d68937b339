// "Where the zeros come from".
import { l1ZeroZoneFraction } from '../../lib/index'
import { CLOUD_T, CLOUD_VIEW } from '../../lib/scenes/simulationCloud'
import { simulate as runPackedSimulation } from '../../lib/index'
import { ZONE_EXAMPLE, ZONE_TRIALS, zoneRequest, zoneScene } from '../../lib/scenes/zeroZone'
import { slide } from './claims'

const run = runPackedSimulation(zoneRequest())
const half = CLOUD_VIEW.x[1]
/** Each wedge: a triangle from the tip out to the square's side, base 2(half − t), height half − t. */
const base = 2 * (half - CLOUD_T)
const height = half - CLOUD_T
const wedge = (base * height) / 2
const square = (2 * half) ** 2
const diamond = 2 * CLOUD_T ** 2
const example = zoneScene(2).example!

export const claims = slide('Where the zeros come from', (q) => {
  q(0, 'These are the minima of 5000 such bowls', ZONE_TRIALS)
  q(0, '65.6 percent of them', (100 * run.counts.zero) / run.count)
  q(1, 'where |c1| − 2 is at least |c2|', CLOUD_T)
  q(1, 'each wedge is a triangle of base 16 and height 8, so 64, four of them 256, out of the 400 − 8 = 392 of the square outside the diamond: 256/392, 65.3 percent',
    base, height, wedge, 4 * wedge, square, diamond, square - diamond, 4 * wedge, square - diamond, 100 * l1ZeroZoneFraction(CLOUD_T, half))
  q(2, 'with its minimum at (7, 2.5)', ...ZONE_EXAMPLE)
  q(2, 'the tip (2, 0): β2 is exactly zero', ...example.optimum)
})
