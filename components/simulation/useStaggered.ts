// Follows a value one macrotask later. "Random loss functions" and "The honest correction"
// draw their two panels as two charts;
// the second one takes its new frame just after the first, so a click is two short tasks
// (each laying out up to 5 000 points) instead of one long one. The final frame is the same;
// in print mode, for the first value and when the value first appears (a chart mounting
// together with its neighbours), there is no delay.
import { onBeforeUnmount, shallowRef, watch } from 'vue'
import type { Ref, ShallowRef } from 'vue'
import { useNav } from '@slidev/client'

export function useStaggered<T>(source: Readonly<Ref<T>>): ShallowRef<T> {
  const { isPrintMode } = useNav()
  const out = shallowRef(source.value) as ShallowRef<T>
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(source, (value) => {
    clearTimeout(timer)
    if (isPrintMode.value || out.value === null || out.value === undefined) out.value = value
    else timer = setTimeout(() => { out.value = value }, 0)
  })
  onBeforeUnmount(() => clearTimeout(timer))
  return out
}
