import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Kept apart from vite.config.ts, which Slidev merges into its own build.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/seedProperties.ts'],
    // A guard against hangs, not a speed check: the property tests of the live painter take
    // 3–10 s when the two cores are busy (a build beside them), past vitest's 5 s default.
    testTimeout: 60_000,
  },
})
