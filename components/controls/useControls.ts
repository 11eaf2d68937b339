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
