// Slidev merges this into its own Vite config. Three things are changed: chunking, Slidev's
// slide show runs without TransitionGroup in this deck without transitions (plainSlideshow.ts),
// and the narration module the study view and the handout read (scripts/narration/plugin.ts).
// Slidev's rule sends every module under node_modules/vue* to the chunk every page loads
// first, and `vue*` also matches vue-echarts, which then drags all of ECharts along. Here
// ECharts and zrender get a chunk of their own, loaded with the first chart; vue-echarts is
// left to the bundler (a group also captures its members' dependencies, and vue-echarts
// depends on Vue). Slidev's other rules are kept as they are.
import { defineConfig } from 'vite'
import { plainSlideshow } from './scripts/plainSlideshow.ts'
import { deckNarration } from './scripts/narration/plugin.ts'

const CHART_MODULES = /\/node_modules\/(echarts|zrender)\//

export default defineConfig({
  // deckNarration: the notes split into narration parts, for the study view and the handout.
  plugins: [plainSlideshow(), deckNarration()],
  // Declared up front so the dev server (which `slidev export` runs) never discovers them
  // mid-run: on a fresh checkout that re-optimizes and reloads the page under the exporter.
  optimizeDeps: {
    include: [
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'vue-echarts',
      'pure-rand/generator/xoroshiro128plus',
      'pure-rand/distribution/uniformFloat64',
    ],
  },
  build: {
    // DECK_NO_MINIFY=1 keeps function names readable in profiles (scripts/profile-control.mjs).
    minify: process.env.DECK_NO_MINIFY ? false : undefined,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (CHART_MODULES.test(id)) return 'modules/echarts'
          if (id.startsWith('/@slidev-monaco-types/') || id.includes('/@slidev/monaco-types') || id.endsWith('?monaco-types&raw')) return 'monaco/bundled-types'
          if (id.includes('/shiki/') || id.includes('/@shikijs/')) return 'modules/shiki'
          if (id.startsWith('~icons/')) return 'modules/unplugin-icons'
          if (id.includes('/node_modules/file-saver')) return 'modules/file-saver'
          if (/\/node_modules\/(vue|@vue)\//.test(id)) return 'modules/vue'
          return undefined
        },
      },
    },
  },
})
