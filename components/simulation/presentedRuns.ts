// The simulation runs slides 11–13 present, in the order a talk reaches them, so the
// background worker can have each one ready before its click.
import type { LossFamily, SimulationRequest } from '../../lib/index'
import { CLOUD_SEED, CLOUD_STEPS, cloudRequests } from '../../lib/scenes/simulationCloud'
import { RESOLUTION_STEPS, resolutionRequests } from '../../lib/scenes/boundaryResolution'
import { zoneRequest } from '../../lib/scenes/zeroZone'

/** Slide 11's runs for one family and seed, every click. */
export function cloudRuns(family: LossFamily, seed: number): SimulationRequest[] {
  return Array.from({ length: CLOUD_STEPS + 1 }, (_, k) => cloudRequests(k, { family, seed })).flat()
}

/** Slide 12's runs for one family, every click. */
export function resolutionRuns(family: LossFamily): SimulationRequest[] {
  return resolutionRequests(RESOLUTION_STEPS, { family })
}

/** Everything slides 11–13 show as presented, then slide 12's other families (self-study). */
export function presentedRuns(): SimulationRequest[] {
  return [
    ...cloudRuns('general', CLOUD_SEED),
    zoneRequest(),
    ...resolutionRuns('general'),
    ...cloudRuns('symmetric', CLOUD_SEED),
    ...cloudRuns('weakFeature', CLOUD_SEED),
    ...resolutionRuns('symmetric'),
    ...resolutionRuns('weakFeature'),
  ]
}
