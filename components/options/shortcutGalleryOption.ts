// The gallery of "Shortcuts for round bowls, and where they fail" → one chart with four square
// grids in a row. Each shows the bowl's contours, the region, the construction line, the
// shortcut's point (hollow circle) and the exact optimum (purple diamond), with a ✓/✗ caption.
import type { ShortcutScene } from '../../lib/scenes/shortcutGallery'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, originAxesSeries, panelRow, pathSeries, planeCaption, planeLayout, regionSeries } from './plane'

export const shortcutsChartSize = { width: 900, height: 262 } as const
const slot = 222
const size = 182

export function shortcutsOption(scene: ShortcutScene, p: Palette): Record<string, unknown> {
  const boxes = panelRow(scene.panels.length, size, slot - size, 44, 6)
  const layout = planeLayout(p, scene.view, boxes)
  // Small panels: axis names on the first only, slightly smaller tick labels.
  const compact = (a: Record<string, unknown>, i: number) => ({ ...a, name: i === 0 ? a.name : undefined, axisLabel: { ...(a.axisLabel as object), fontSize: 14 } })
  const series: unknown[] = []
  const graphic: unknown[] = []
  scene.panels.forEach((panel, i) => {
    const box = boxes[i]!
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
  return { ...baseOption(p), grid: layout.grid, xAxis: layout.xAxis.map(compact), yAxis: layout.yAxis.map(compact), series, graphic }
}
