// Runs `simulate` (lib/simulation) off the page's main thread so that no click waits for it: the page asks
// for the runs its slides will need, this worker computes them in order and hands back the
// typed arrays (transferred, not copied). Same code and same seeds as the page, so the
// results are identical to computing them on the page.
import type { SimulationRequest } from '../../lib/index'
import { requestKey, runBuffers, simulate } from '../../lib/index'

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimulationRequest>) => void) | null
  postMessage: (message: unknown, transfer: Transferable[]) => void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (e) => {
  const started = performance.now()
  const run = simulate(e.data)
  scope.postMessage({ key: requestKey(e.data), run, ms: performance.now() - started }, runBuffers(run))
}
