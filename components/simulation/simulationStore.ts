// One shared store of simulation runs for slides 11–13. A run is computed once per request
// (family, seed, trials, norm, method) and kept; `getSimulation` is synchronous, so a frame is
// always a pure function of the click and the controls. To keep clicks fast, slides announce
// the runs they will need with `prefetchSimulations`, and a Web Worker fills the store in the
// background. If a run is needed before the worker delivered it, the page computes it itself
// (same code, same seed, same numbers); the worker's copy is then ignored.
import { markRaw } from 'vue'
import type { PackedSimulation, SimulationRequest } from '../../lib/scenes/simulationPack'
import { requestKey, runPackedSimulation } from '../../lib/scenes/simulationPack'
import { startBackgroundWorker } from './backgroundWorker'

/** Enough for every presented run plus a few reseeds; the oldest run is dropped first. */
const CAPACITY = 96
const store = new Map<string, PackedSimulation>()
const requested = new Set<string>()
let worker: Worker | null | undefined

function remember(key: string, pack: PackedSimulation) {
  store.delete(key)
  store.set(key, markRaw(pack))
  while (store.size > CAPACITY) store.delete(store.keys().next().value as string)
}

/** The run for a request, from the store or computed now. */
export function getSimulation(r: SimulationRequest): PackedSimulation {
  const key = requestKey(r)
  const hit = store.get(key)
  if (hit) {
    // Refresh its place in the eviction order.
    store.delete(key)
    store.set(key, hit)
    return hit
  }
  const pack = runPackedSimulation(r)
  remember(key, pack)
  return pack
}

/** Whether a run is already in the store (for tests and diagnostics). */
export function hasSimulation(r: SimulationRequest): boolean {
  return store.has(requestKey(r))
}

function startWorker(): Worker | null {
  return startBackgroundWorker<{ key: string; pack: PackedSimulation }>(
    () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
    ({ key, pack }) => {
      if (!store.has(key)) remember(key, pack)
    },
    () => { worker = null },
  )
}

/** Asks the background worker for these runs, in this order (no-op for runs already stored or asked for). */
export function prefetchSimulations(rs: readonly SimulationRequest[]): void {
  if (worker === undefined) worker = startWorker()
  if (!worker) return
  for (const r of rs) {
    const key = requestKey(r)
    if (store.has(key) || requested.has(key)) continue
    requested.add(key)
    worker.postMessage(r)
  }
}
