// The live painter (livePlan.ts → livePaint.ts, through liveLayers.ts) as one module, loaded with ECharts rather
// than with the deck's first slide (see SceneChart.vue).
export { planLive } from './livePlan'
export { planAxes } from './liveAxes'
export { textWidth } from './livePaint'
export { LiveLayers } from './liveLayers'
