// Self-study state of one slide: starts at the presented values, knows whether the viewer
// moved anything (to enable Reset), and resets in one call.
import { computed, ref } from 'vue'
import type { Ref } from 'vue'

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]))
  return Object.is(a, b)
}

export function useControls<T extends object>(defaults: T) {
  const state = ref({ ...defaults }) as Ref<T>
  const touched = computed(() => (Object.keys(defaults) as (keyof T)[]).some(k => !same(state.value[k], defaults[k])))
  function reset() {
    state.value = { ...defaults }
  }
  return { state, touched, reset }
}

/**
 * A slider model for a value the click step sets (a budget, a λ): it shows `shown()` until
 * the viewer moves it, then the viewer's value, stored in `state[key]` so Reset clears it.
 */
export function overridable<T extends object>(state: Ref<T>, key: keyof T, shown: () => number) {
  return computed({
    get: () => (state.value[key] as number | null) ?? shown(),
    set: (v: number) => {
      (state.value as Record<keyof T, unknown>)[key] = v
    },
  })
}
