// One shared store of simulation runs for every simulation slide ("Random loss functions",
// "The honest correction", "Where the zeros come from", "Beyond L1 and L2"). A run is
// computed once per request and kept; `getSimulation` is synchronous, so a frame is always a
// pure function of the click and the controls: scenes take it as their `source`. To keep
// clicks and sliders fast, slides announce the runs they will need with `prefetchSimulations`,
// and a Web Worker fills the store in the background. If a run is needed before the worker
// delivered it, the page computes it itself (same code, same seed, same numbers); the
// worker's copy is then ignored.
import { markRaw } from 'vue'
import type { SimulationRequest, SimulationRun } from '../../lib/index'
import { requestKey, simulate } from '../../lib/index'
import { startBackgroundWorker } from './backgroundWorker'

/** Every presented run, the Lp slider's regions and a few reseeds; the oldest run is dropped first. */
const CAPACITY = 160
const store = new Map<string, { run: SimulationRun; ms: number }>()
const requested = new Set<string>()
let worker: Worker | null | undefined

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())

function remember(key: string, run: SimulationRun, ms: number) {
  store.delete(key)
  store.set(key, { run: markRaw(run), ms })
  while (store.size > CAPACITY) store.delete(store.keys().next().value as string)
}

function entry(r: SimulationRequest): { run: SimulationRun; ms: number } {
  const key = requestKey(r)
  const hit = store.get(key)
  if (hit) {
    // Refresh its place in the eviction order.
    store.delete(key)
    store.set(key, hit)
    return hit
  }
  const started = now()
  const run = simulate(r)
  remember(key, run, now() - started)
  return store.get(key)!
}

/** The run for a request, from the store or computed now. */
export function getSimulation(r: SimulationRequest): SimulationRun {
  return entry(r).run
}

/** Milliseconds the run took where it was computed (page or worker), for the browser suite's report. */
export function simulationMs(r: SimulationRequest): number {
  return entry(r).ms
}

/** Whether a run is already in the store (for tests and diagnostics). */
export function hasSimulation(r: SimulationRequest): boolean {
  return store.has(requestKey(r))
}

function startWorker(): Worker | null {
  return startBackgroundWorker<{ key: string; run: SimulationRun; ms: number }>(
    () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
    ({ key, run, ms }) => {
      if (!store.has(key)) remember(key, run, ms)
    },
    () => { worker = null },
  )
}

/** Asks the background worker for these runs, in this order (no-op for runs already stored or asked for); false without a worker. */
export function prefetchSimulations(rs: readonly SimulationRequest[]): boolean {
  if (worker === undefined) worker = startWorker()
  if (!worker) return false
  for (const r of rs) {
    const key = requestKey(r)
    if (store.has(key) || requested.has(key)) continue
    requested.add(key)
    worker.postMessage(r)
  }
  return true
}
