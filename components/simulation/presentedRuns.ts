// The simulation runs that the simulation slides present ("Random loss functions",
// "The honest correction", "Where the zeros come from"), in the order a talk reaches them, so
// the background worker can have each one ready before its click.
import type { LossFamily, SimulationRequest } from '../../lib/index'
import { CLOUD_SEED, CLOUD_STEPS, cloudRequests } from '../../lib/scenes/simulationCloud'
import { RESOLUTION_STEPS, resolutionRequests } from '../../lib/scenes/boundaryResolution'
import { zoneRequest } from '../../lib/scenes/zeroZone'

/** The runs of "Random loss functions" for one family and seed, every click. */
export function cloudRuns(family: LossFamily, seed: number): SimulationRequest[] {
  return Array.from({ length: CLOUD_STEPS + 1 }, (_, k) => cloudRequests(k, { family, seed })).flat()
}

/** The runs of "The honest correction" for one family, every click. */
export function resolutionRuns(family: LossFamily): SimulationRequest[] {
  return resolutionRequests(RESOLUTION_STEPS, { family })
}

/** Everything the simulation slides show as presented, then the other families of "The honest correction" (self-study). */
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
