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
  },
})
