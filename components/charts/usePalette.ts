import { computed } from 'vue'
import { useDarkMode } from '@slidev/client'
import { paletteFor } from './palette'

/** The palette for Slidev's current colour scheme; charts rebuild when it flips. */
export function usePalette() {
  const { isDark } = useDarkMode()
  return computed(() => paletteFor(isDark.value))
}
