// Starting a Web Worker that fills a cache in the background. Without workers (tests, old
// browsers) or when the worker fails, it returns null or reports the failure, and the page
// computes what it needs itself: slower clicks, same frames.

/**
 * `create` must call `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`
 * itself, literally, so that Vite finds and bundles the worker file.
 */
export function startBackgroundWorker<T>(create: () => Worker, receive: (data: T) => void, failed: () => void): Worker | null {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return null
  try {
    const w = create()
    w.onmessage = (e: MessageEvent<T>) => receive(e.data)
    w.onerror = (e) => {
      e.preventDefault()
      w.terminate()
      failed()
    }
    return w
  }
  catch {
    return null
  }
}
