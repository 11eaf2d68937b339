// Slide 29's simulations (one per region: 1 000 bowls, 10–40 ms each) are computed by a Web
// Worker in the background and kept by lib/scenes/lpBalls.ts, so moving the slider only
// draws. The picture never waits for the worker: a region it has not delivered yet is
// computed on the page, with the same numbers.
import type { LpRegion } from '../../lib/lp/norm'
import type { LpSimulationResult } from '../../lib/lp/simulate'
import { hasLpSimulation, regionKey, rememberLpSimulation } from '../../lib/scenes/lpBalls'
import { startBackgroundWorker } from './backgroundWorker'

let worker: Worker | null | undefined
const requested = new Set<string>()

/** Asks the worker for these regions' simulations, in order; false if there is no worker. */
export function prefetchLpSimulations(regions: readonly LpRegion[]): boolean {
  if (worker === undefined) {
    worker = startBackgroundWorker<{ region: LpRegion; result: LpSimulationResult; ms: number }>(
      () => new Worker(new URL('./lp.worker.ts', import.meta.url), { type: 'module' }),
      ({ region, result, ms }) => rememberLpSimulation(region, result, ms),
      () => { worker = null },
    )
  }
  if (!worker) return false
  for (const r of regions) {
    if (hasLpSimulation(r) || requested.has(regionKey(r))) continue
    requested.add(regionKey(r))
    worker.postMessage(r)
  }
  return true
}
