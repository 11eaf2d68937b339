// The in-page input driver shared by bench-browser.mjs and profile-control.mjs. It is passed
// to Playwright's evaluate, so it must stay self-contained (no imports, no outer names).

/**
 * Runs in the page on a handle or a slider: `moves` inputs, one at the start of each
 * animation frame; returns each input's cost in ms (dispatch → end of that frame's
 * rendering, which a message posted during the frame marks: it runs right after).
 */
export function timedMoves(el, { moves, kind }) {
  const r = el.getBoundingClientRect()
  const cx = r.left + r.width / 2
  const cy = r.top + r.height / 2
  // A slider sweeps back and forth over its whole range, so every move changes the value.
  const [min, max] = [Number(el.min), Number(el.max)]
  const step = el.step === 'any' ? (max - min) / 100 : Number(el.step || 1)
  const n = Math.max(1, Math.round((max - min) / step))
  const input = (i) => {
    if (kind === 'slider') {
      const k = i % (2 * n)
      el.value = String(min + (k <= n ? k : 2 * n - k) * step)
      el.dispatchEvent(new Event('input', { bubbles: true }))
      return
    }
    const a = (2 * Math.PI * i) / moves
    el.dispatchEvent(new PointerEvent('pointermove', {
      bubbles: true,
      pointerId: 1,
      pointerType: 'mouse',
      buttons: 1,
      clientX: cx + 40 * Math.sin(a),
      clientY: cy - 40 * (1 - Math.cos(a)) / 2,
    }))
  }
  return new Promise((resolve) => {
    const costs = []
    let i = 0
    const frame = () => {
      if (i === moves) {
        resolve(costs)
        return
      }
      i += 1
      const t0 = performance.now()
      input(i)
      const done = new MessageChannel()
      done.port1.onmessage = () => {
        costs.push(performance.now() - t0)
        requestAnimationFrame(frame)
      }
      done.port2.postMessage(0)
    }
    requestAnimationFrame(frame)
  })
}

/**
 * Runs in the page right after a control's last move: the longest stretch the main thread
 * was busy (a task, or a frame's rendering) over the next `ms` milliseconds, found by
 * posting messages to itself back to back. It holds the chart's redraw by ECharts once the
 * input has paused (live frames, components/charts/livePlan.ts).
 */
export function settleFrame(_el, { ms }) {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    let last = performance.now()
    const end = last + ms
    let longest = 0
    channel.port1.onmessage = () => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
      if (now < end) channel.port2.postMessage(0)
      else resolve(longest)
    }
    channel.port2.postMessage(0)
  })
}
