// Slide 6's gallery → one chart with four square grids in a row. Each shows the bowl's
// contours, the region, the construction line, the shortcut's point (hollow circle) and
// the exact optimum (purple diamond), with a ✓/✗ caption.
import type { ShortcutScene } from '../../lib/scenes/shortcuts'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, originAxesSeries, pathSeries, planeAxes, planeCaption, regionSeries } from './plane'

export const shortcutsChartSize = { width: 900, height: 262 } as const
const slot = 222
const size = 182

export function shortcutsOption(scene: ShortcutScene, p: Palette): Record<string, unknown> {
  const grids: unknown[] = []
  const xAxes: unknown[] = []
  const yAxes: unknown[] = []
  const series: unknown[] = []
  const graphic: unknown[] = []
  scene.panels.forEach((panel, i) => {
    const box = { left: 44 + i * slot, top: 6, size, gridIndex: i }
    const axes = planeAxes(p, scene.view, box)
    grids.push(axes.grid)
    xAxes.push({ ...axes.xAxis, name: i === 0 ? axes.xAxis.name : undefined, axisLabel: { ...(axes.xAxis.axisLabel as object), fontSize: 14 } })
    yAxes.push({ ...axes.yAxis, name: i === 0 ? axes.yAxis.name : undefined, axisLabel: { ...(axes.yAxis.axisLabel as object), fontSize: 14 } })
    series.push(
      ...originAxesSeries(p, scene.view, i),
      ...contourSeries(p, panel.contours, { gridIndex: i }),
      regionSeries(p, panel.region, { gridIndex: i }),
      pathSeries(p, 'construction', panel.construction, { gridIndex: i, dashed: true, width: 2 }),
      dotSeries(p, 'minimum', panel.center, 'blackDot', { gridIndex: i }),
      dotSeries(p, 'exact', panel.exact, 'optimum', { gridIndex: i }),
      dotSeries(p, 'shortcut', panel.shortcut, 'hollow', { gridIndex: i }),
    )
    graphic.push({ ...planeCaption(p, panel.verdict, box), id: `verdict-${i}` })
  })
  return { ...baseOption(p), grid: grids, xAxis: xAxes, yAxis: yAxes, series, graphic }
}
