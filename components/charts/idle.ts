// Work that can wait: each task runs in its own idle period, so none of them blocks a
// click or a frame (browsers without requestIdleCallback get a macrotask each). It also
// waits while the viewer is dragging or sliding (with the pointer or with keys on a control):
// an idle gap between two frames of a drag is too short for a task of tens of milliseconds,
// which would make the next frame late. Stepping the talk is not such input: the gaps
// between steps are long, and a chart built in one is a chart not built inside a step.
import { aimedAtPage } from './pageKeys'

/** How long after the last input the viewer counts as interacting. */
export const INPUT_QUIET_MS = 800

let lastInput = Number.NEGATIVE_INFINITY
let listening = false

function listenForInput() {
  if (listening || typeof window === 'undefined') return
  listening = true
  const mark = () => { lastInput = performance.now() }
  for (const type of ['pointerdown', 'pointermove', 'input', 'wheel'])
    window.addEventListener(type, mark, { capture: true, passive: true })
  window.addEventListener('keydown', (e) => { if (!aimedAtPage(e)) mark() }, { capture: true, passive: true })
}

/** Whether the viewer has given input in the last INPUT_QUIET_MS. */
export function interacting(now = performance.now()): boolean {
  return now - lastInput < INPUT_QUIET_MS
}

export function inIdleTime(tasks: readonly (() => void)[]): () => void {
  listenForInput()
  let cancelled = false
  let i = 0
  const whenIdle = (run: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run)
    else setTimeout(run, 0)
  }
  const next = () => {
    if (cancelled || i >= tasks.length) return
    const run = () => {
      if (cancelled) return
      // Mid-interaction: try again once the input has been quiet for a while.
      if (interacting()) {
        setTimeout(() => whenIdle(run), INPUT_QUIET_MS)
        return
      }
      tasks[i++]!()
      next()
    }
    whenIdle(run)
  }
  next()
  return () => { cancelled = true }
}
