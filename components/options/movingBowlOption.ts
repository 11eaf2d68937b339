// The moving bowl's scene (MovingBowl) → one square grid per data-loss centre: blue→red
// data-loss contours, orange penalty contours, the total's contours (dashed), the trail of
// minima (purple), the black dot at the data minimum and the purple diamond at the current minimum.
import type { MovingScene } from '../../lib/scenes/movingBowl'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, originAxesSeries, panelRow, pathSeries, planeLayout } from './plane'

export const movingChartSize = { single: { width: 420, height: 400 }, pair: { width: 700, height: 372 } } as const

export function movingBowlOption(scene: MovingScene, p: Palette): Record<string, unknown> {
  const pair = scene.panels.length > 1
  const size = pair ? 290 : 330
  const boxes = panelRow(scene.panels.length, size, 58, 52)
  const series: unknown[] = []
  scene.panels.forEach((panel, i) => {
    series.push(
      ...originAxesSeries(p, scene.view, i),
      ...contourSeries(p, panel.dataContours, { gridIndex: i, opacity: 0.8 }),
      ...panel.penaltyContours.map((ring, k) => ({
        ...pathSeries(p, `penalty-${k}`, ring, { gridIndex: i, color: p.penalty, width: 1.6 }),
        z: 1,
      })),
      ...panel.totalContours.map((ring, k) => ({
        ...pathSeries(p, `total-${k}`, ring, { gridIndex: i, color: p.text, width: 1.4, dashed: true }),
        lineStyle: { color: p.text, width: 1.4, type: [4, 4], opacity: 0.75 },
        z: 3,
      })),
      { ...pathSeries(p, 'trail', panel.trail, { gridIndex: i, color: p.optimum, width: 2.5, symbols: true }), symbolSize: 6, z: 4 },
      dotSeries(p, 'data-minimum', panel.center, 'blackDot', { gridIndex: i }),
      dotSeries(p, 'minimum', panel.minimum, 'optimum', { gridIndex: i }),
    )
  })
  return { ...baseOption(p), ...planeLayout(p, scene.view, boxes), series }
}
