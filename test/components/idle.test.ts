// @vitest-environment happy-dom
// Idle-time work runs one task per idle period, in order, and waits while the viewer is
// giving input (a drag must not be interrupted by a chart being built for another slide).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The module remembers the last input, so each test gets a fresh copy (and a fresh clock).
let idle: typeof import('../../components/charts/idle')

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  // one idle period per macrotask, as a browser between frames
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 1))
  vi.resetModules()
  idle = await import('../../components/charts/idle')
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const drag = () => window.dispatchEvent(new Event('pointermove'))

describe('inIdleTime', () => {
  it('runs the tasks in order, one per idle period', () => {
    const done: number[] = []
    idle.inIdleTime([1, 2, 3].map(n => () => done.push(n)))
    expect(done).toEqual([])
    vi.advanceTimersByTime(1)
    expect(done).toEqual([1])
    vi.advanceTimersByTime(2)
    expect(done).toEqual([1, 2, 3])
  })

  it('waits while the viewer drags, then runs once the input has been quiet', () => {
    const done: string[] = []
    idle.inIdleTime([() => done.push('built')])
    drag()
    expect(idle.interacting()).toBe(true)
    // a drag going on for two seconds: one move every 16 ms
    for (let t = 0; t < 2000; t += 16) {
      vi.advanceTimersByTime(16)
      drag()
    }
    expect(done).toEqual([])
    vi.advanceTimersByTime(idle.INPUT_QUIET_MS + 10)
    expect(idle.interacting()).toBe(false)
    // it looks again every INPUT_QUIET_MS, so it runs within twice that after the last move
    vi.advanceTimersByTime(idle.INPUT_QUIET_MS)
    expect(done).toEqual(['built'])
  })

  it('waits while the viewer moves a slider with its keys, but not while the talk is stepped', () => {
    const slider = document.createElement('input')
    slider.type = 'range'
    document.body.append(slider)
    const press = (target: EventTarget) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    // keys on the page: Slidev steps, one press every 0.7 s, each gap long enough for a build
    const done: string[] = []
    idle.inIdleTime([() => done.push('built')])
    press(document.body)
    expect(idle.interacting()).toBe(false)
    vi.advanceTimersByTime(1)
    expect(done).toEqual(['built'])
    // a held arrow key on a focused slider is direct input, like a drag
    press(slider)
    expect(idle.interacting()).toBe(true)
    idle.inIdleTime([() => done.push('later')])
    vi.advanceTimersByTime(idle.INPUT_QUIET_MS - 100)
    expect(done).toEqual(['built'])
    vi.advanceTimersByTime(2 * idle.INPUT_QUIET_MS)
    expect(done).toEqual(['built', 'later'])
    slider.remove()
  })

  it('stops when cancelled', () => {
    const done: number[] = []
    const cancel = idle.inIdleTime([1, 2].map(n => () => done.push(n)))
    vi.advanceTimersByTime(1)
    cancel()
    vi.advanceTimersByTime(100)
    expect(done).toEqual([1])
  })
})
