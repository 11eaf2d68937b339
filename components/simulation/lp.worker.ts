// Runs slide 29's Lp simulations off the page's main thread, so moving the p or α slider
// only draws: the page asks for every region the slider reaches, this worker computes them in
// order. Same code and seed as the page, so the results are identical.
import type { LpRegion } from '../../lib/lp/norm'
import { lpSimulation, lpSimulationMs } from '../../lib/scenes/lpBalls'

interface WorkerScope {
  onmessage: ((e: MessageEvent<LpRegion>) => void) | null
  postMessage: (message: unknown) => void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (e) => {
  const region = e.data
  scope.postMessage({ region, result: lpSimulation(region), ms: lpSimulationMs(region) })
}
