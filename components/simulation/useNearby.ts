// Whether this slide is worth drawing now: it is the current slide or a neighbour, or it is
// printed, or shown in the overview. Slidev mounts every slide a few seconds after start;
// the heavy simulation charts wait until the viewer comes near, so that burst stays cheap.
import { computed } from 'vue'
import type { ComputedRef, Ref } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'

export function useNearby(reach = 1): ComputedRef<boolean> {
  const nav = useNav() as Partial<ReturnType<typeof useNav>>
  const context = useSlideContext() as Partial<ReturnType<typeof useSlideContext>> & { $renderContext?: Ref<string> }
  return computed(() => {
    if (nav.isPrintMode?.value) return true
    const where = context.$renderContext?.value
    if (where !== undefined && where !== 'slide' && where !== 'presenter' && where !== 'previewNext') return true
    const page = context.$page?.value
    const current = nav.currentSlideNo?.value
    if (page === undefined || current === undefined) return true
    return Math.abs(page - current) <= reach
  })
}
