// A short in-slide animation that plays when the talk steps *into* one click step, e.g. a
// marker walking round the boundary. It returns progress in [0, 1]; at rest it is always 1,
// so the frame a step lands on is fixed: deep links, stepping back and print show the end.
import { onBeforeUnmount, ref, watch } from 'vue'
import type { Ref } from 'vue'
import { useNav } from '@slidev/client'
import { prefersReducedMotion } from './motion'

/** Progress of the animation that plays on stepping forward into any step of `playAt`. */
export function usePlayback(step: Ref<number>, playAt: number | readonly number[], durationMs: number) {
  const steps = typeof playAt === 'number' ? [playAt] : playAt
  const { isPrintMode } = useNav()
  const progress = ref(1)
  let frame = 0

  function stop() {
    if (frame) cancelAnimationFrame(frame)
    frame = 0
    progress.value = 1
  }

  watch(step, (now, before) => {
    stop()
    if (!steps.includes(now) || before !== now - 1 || isPrintMode.value || prefersReducedMotion()) return
    const start = performance.now()
    progress.value = 0
    const tick = (time: number) => {
      progress.value = Math.min(1, Math.max(0, (time - start) / durationMs))
      frame = progress.value < 1 ? requestAnimationFrame(tick) : 0
    }
    frame = requestAnimationFrame(tick)
  })
  onBeforeUnmount(stop)
  return progress
}
