import { computed } from 'vue'
import { useSlideContext } from '@slidev/client'

/** The slide's click count as a step in 0..maxStep: the one input every scene shares. */
export function useStep(maxStep: number) {
  const { $clicks } = useSlideContext()
  return computed(() => Math.max(0, Math.min(maxStep, $clicks.value ?? 0)))
}
