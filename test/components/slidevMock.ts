// A stand-in for @slidev/client in component tests: the click count, print mode, scale and
// colour scheme are plain refs the test sets.
import { computed, ref } from 'vue'

export const slidev = {
  clicks: ref(0),
  printMode: ref(false),
  dark: ref(false),
  scale: ref(1),
}

export const slidevClientMock = {
  useSlideContext: () => ({ $clicks: slidev.clicks, $scale: slidev.scale }),
  useNav: () => ({ isPrintMode: computed(() => slidev.printMode.value) }),
  useDarkMode: () => ({ isDark: slidev.dark }),
  useIsSlideActive: () => computed(() => true),
}

export function resetSlidev() {
  slidev.clicks.value = 0
  slidev.printMode.value = false
  slidev.dark.value = false
  slidev.scale.value = 1
}
