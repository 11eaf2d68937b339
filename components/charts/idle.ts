// Work that can wait: each task runs in its own idle period, so none of them blocks a
// click or a frame (browsers without requestIdleCallback get a macrotask each).
export function inIdleTime(tasks: readonly (() => void)[], timeout = 2000): () => void {
  let cancelled = false
  let i = 0
  const next = () => {
    if (cancelled || i >= tasks.length) return
    const task = tasks[i++]!
    const run = () => {
      if (cancelled) return
      task()
      next()
    }
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout })
    else setTimeout(run, 0)
  }
  next()
  return () => { cancelled = true }
}
