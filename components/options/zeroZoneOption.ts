// The scene of "Where the zeros come from" → ECharts option: the simulated minima of circular
// bowls (canvas, large scatter), the four zero-zone wedges (green tint, dashed green outline,
// labelled), the diamond, and from step 2 one example bowl with its circles, its minimum and
// its optimum.
import type { Vec2 } from '../../lib/index'
import type { ZoneScene } from '../../lib/scenes/zeroZone'
import { baseOption, fontSize } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { cloudPointSeries, still } from './simulationCloudOption'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, pathSeries, planeAxes, regionSeries } from './plane'
import { textLabelSeries } from './textLabel'

export const zoneChartSize = { width: 450, height: 440 } as const
const box = { left: 52, top: 10, size: 380 }

/** #RRGGBB → rgba(r, g, b, a). */
function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

function zoneSeries(p: Palette, polygons: readonly Vec2[][]): Record<string, unknown> {
  return {
    id: 'zone',
    type: 'custom',
    coordinateSystem: 'cartesian2d',
    data: [0],
    silent: true,
    z: 1,
    renderItem: (_params: unknown, api: { coord: (v: Vec2) => number[] }) => ({
      type: 'group',
      children: polygons.map(poly => ({
        type: 'polygon',
        shape: { points: poly.map(v => api.coord(v)) },
        style: { fill: tint(p.zero, p.dark ? 0.22 : 0.16), stroke: p.zero, lineWidth: 2.5, lineDash: [8, 5] },
      })),
    }),
  }
}

/**
 * "Where the zeros come from" is two charts stacked on the same grid: a canvas with the 5 000
 * points and the zone beneath them, which changes only when the zone appears, and an SVG
 * overlay with the diamond, the label and the example bowl, which is all a later click or a
 * drag redraws.
 */
export function zonePointsOption(scene: Pick<ZoneScene, 'view' | 'panel' | 'zone'>, p: Palette): Record<string, unknown> {
  const axes = planeAxes(p, scene.view, box)
  const series: Record<string, unknown>[] = [
    ...originAxesSeries(p, scene.view),
    ...cloudPointSeries(p, scene.panel, 0, 5, 'zone-points'),
  ]
  if (scene.zone) series.push(zoneSeries(p, scene.zone))
  return { ...baseOption(p), grid: axes.grid, xAxis: axes.xAxis, yAxis: axes.yAxis, series: series.map(still) }
}

/** The overlay: same grid and scales as the points chart, axes invisible, transparent background. */
export function zoneOverlayOption(scene: ZoneScene, p: Palette): Record<string, unknown> {
  const axes = planeAxes(p, scene.view, box)
  const hidden = (a: Record<string, unknown>) => ({ ...a, name: '', axisLine: { show: false }, axisTick: { show: false }, axisLabel: { show: false }, splitLine: { show: false } })
  const series: Record<string, unknown>[] = [{ ...regionSeries(p, scene.diamond), z: 5 }]
  if (scene.zone) {
    series.push(textLabelSeries('zone-label', [[7.5, -4.5]], {
      formatter: 'zero zone',
      color: p.text,
      fontSize: fontSize.label,
      fontWeight: 700,
      backgroundColor: p.dark ? '#1b1b1b' : '#ffffff',
      borderColor: p.zero,
      borderWidth: 2,
      padding: [2, 6],
      borderRadius: 4,
    }, { z: 8 }))
  }
  const ex = scene.example
  if (ex) {
    series.push(...contourSeries(p, ex.contours, { id: 'example-contour', width: 2.2, opacity: 1 }).map(s => ({ ...s, z: 6 })))
    series.push({ ...highlightContourSeries(p, ex.through, { id: 'example-through' }), z: 7 })
    series.push({ ...pathSeries(p, 'example-foot', [ex.center, ex.optimum], { color: p.text, dashed: true, width: 2 }), z: 7 })
    series.push({ ...dotSeries(p, 'example-minimum', ex.center, 'blackDot'), z: 9 })
    series.push({ ...dotSeries(p, 'example-optimum', ex.optimum, 'optimum'), z: 9 })
  }
  return { ...baseOption(p), grid: axes.grid, xAxis: hidden(axes.xAxis), yAxis: hidden(axes.yAxis), series }
}
