// The scene of "Hard and soft are the same family" → two square grids side by side: the hard
// constraint (region, contours, constrained optimum) and the soft penalty (the total's
// contours, penalized minimum), each with the trail of earlier optima, which is the same path
// in both.
import type { HardSoftScene } from '../../lib/scenes/hardSoft'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, originAxesSeries, panelRow, pathSeries, planeCaption, planeLayout, regionSeries } from './plane'

export const hardSoftChartSize = { width: 680, height: 372 } as const
const size = 292

export function hardSoftOption(scene: HardSoftScene, p: Palette): Record<string, unknown> {
  const boxes = panelRow(2, size, 46)
  const series: unknown[] = []
  const graphic: unknown[] = []
  const panels = [
    { caption: 'hard: stay inside', optimum: scene.hard, trail: scene.hardTrail },
    { caption: 'soft: pay \u03BB \u00D7 size', optimum: scene.soft, trail: scene.softTrail },
  ]
  panels.forEach((panel, i) => {
    const box = boxes[i]!
    series.push(
      ...originAxesSeries(p, scene.view, i),
      ...contourSeries(p, scene.dataContours, { gridIndex: i, opacity: i === 0 ? 0.9 : 0.35 }),
      { ...pathSeries(p, 'trail', panel.trail, { gridIndex: i, color: p.optimum, width: 2.5, symbols: true }), symbolSize: 6 },
      dotSeries(p, 'data-minimum', scene.center, 'blackDot', { gridIndex: i }),
      dotSeries(p, 'optimum', panel.optimum, 'optimum', { gridIndex: i }),
    )
    if (i === 0) series.push(regionSeries(p, scene.region, { gridIndex: 0 }))
    else {
      series.push(...scene.totalContours.map((ring, k) => ({
        ...pathSeries(p, `total-${k}`, ring, { gridIndex: 1, color: p.text, width: 1.6, dashed: true }),
        z: 3,
      })))
    }
    graphic.push({ ...planeCaption(p, panel.caption, box), id: `caption-${i}` })
  })
  return { ...baseOption(p), ...planeLayout(p, scene.view, boxes), series, graphic }
}
