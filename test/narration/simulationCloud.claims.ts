// "Random loss functions".
import { inL1ZeroZone } from '../../lib/index'
import { ARTICLE_RATES, CLOUD_COUNTS, CLOUD_T, CLOUD_VIEW, cloudDefaults, cloudRequests, cloudScene } from '../../lib/scenes/simulationCloud'
import { simulate as runPackedSimulation } from '../../lib/index'
import { slide } from './claims'

const zeros = (step: number, norm: 0 | 1) => cloudScene(step).panels[norm].readout.find(r => r.outcome === 'zero')!.count
const rate = (step: number) => (100 * zeros(step, 0)) / CLOUD_COUNTS[step]!
/** Green L1 dots at click 2, and how many of them have their minimum in the zero-zone wedges. */
function wedges(): { green: number; inWedges: number } {
  const run = runPackedSimulation(cloudRequests(2, cloudDefaults)[0])
  let green = 0
  let inWedges = 0
  for (let i = 0; i < run.count; i++) {
    if (run.outcome[i] !== 0) continue
    green++
    if (inL1ZeroZone([run.c1[i]!, run.c2[i]!], CLOUD_T)) inWedges++
  }
  return { green, inWedges }
}

export const claims = slide('Random loss functions', (q, lit) => {
  lit(0, 'a(β1 − c1)² + b(β2 − c2)² + c(β1 − c1)(β2 − c2)', 'the bowl\u2019s formula')
  lit(0, 'with a and b between 0 and 10, the tilt c between −2 and 2', 'the sampling ranges of lib/simulation (tested there against the draws)')
  q(0, 'in the square from −10 to 10, outside the region of size 2', CLOUD_VIEW.x[0], CLOUD_VIEW.x[1], CLOUD_T)
  q(0, 'at (−4.73, −4.90)', ...cloudScene(0).inset.center)
  q(1, '8 of 10', zeros(1, 0), CLOUD_COUNTS[1])
  if (zeros(1, 1) !== 0) throw new Error('the note says none of the ten L2 dots is green')
  q(2, '50 of the 75 green dots', wedges().inWedges, wedges().green)
  q(3, '74.7 percent of the L1 optima', rate(3))
  q(4, 'L1 exactly zero in 73.0 percent of the bowls', rate(4))
  q(4, 'The article reported 72 percent for L1 and 5 percent for L2', ARTICLE_RATES.general.l1, ARTICLE_RATES.general.l2)
})
