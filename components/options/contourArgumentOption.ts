// The scene of "The contour argument" → two ECharts options: the plane (contours, black dot,
// diamond and circle, the optima with the iso-loss contour through the L1 optimum, the marker
// and its trail) and a small chart of the loss along the boundary (kinks at the diamond's tips).
import type { ArgumentScene } from '../../lib/scenes/contourArgument'
import { baseOption, fontSize, tickLabels, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, pathSeries, planeAxes } from './plane'
import type { Vec2 } from '../../lib/index'
import { placeLabels, planePixels, type PointLabel, type Side } from './labelPlacement'

export const argumentChartSize = { width: 440, height: 440 } as const
/** The plane's square plot in the chart, in pixels. */
export const argumentPlotBox = { left: 48, top: 10, size: 376 } as const
const box = argumentPlotBox
export const edgeChartSize = { width: 440, height: 150 } as const

type Series = Record<string, unknown>

/** A region outline as a line (clipped to the grid, dash pattern per norm so shape is not told by colour). */
function outlineSeries(p: Palette, id: string, outline: readonly Vec2[], dashed: boolean): Series {
  return {
    id,
    type: 'line',
    data: outline,
    showSymbol: false,
    silent: true,
    z: 2,
    lineStyle: { color: p.penalty, width: 3.5, type: dashed ? [10, 6] : 'solid' },
    areaStyle: undefined,
  }
}

/**
 * Sides for the labels of the black dot, the two optima and the marker: each its usual side
 * (minimum above, L1 below, L2 right, marker left) unless that covers another label or
 * point or leaves the plot. The marker slides and the black dot is dragged in self-study,
 * so the usual sides can collide there, e.g. "marker" on "L1" with the marker at the tip.
 */
function labelSides(scene: ArgumentScene): Record<'minimum' | 'l1' | 'l2' | 'marker', Side> {
  const { at, area } = planePixels(scene.view, box)
  const labels: (PointLabel & { id: 'minimum' | 'l1' | 'l2' | 'marker' })[] = [
    { id: 'minimum', at: at(scene.center), text: 'minimum', symbolSize: 18, sides: ['top', 'right', 'left', 'bottom'] },
  ]
  if (scene.l1) labels.push({ id: 'l1', at: at(scene.l1.optimum), text: 'L1', symbolSize: 22, sides: ['bottom', 'right', 'left', 'top'] })
  if (scene.l2) labels.push({ id: 'l2', at: at(scene.l2.optimum), text: 'L2', symbolSize: 22, sides: ['right', 'top', 'bottom', 'left'] })
  if (scene.marker) labels.push({ id: 'marker', at: at(scene.marker.point), text: 'marker', symbolSize: 18, sides: ['left', 'right', 'top', 'bottom'] })
  const sides = placeLabels(labels, area, fontSize.label - 1)
  const out = { minimum: 'top', l1: 'bottom', l2: 'right', marker: 'left' } as Record<'minimum' | 'l1' | 'l2' | 'marker', Side>
  labels.forEach((l, i) => { out[l.id] = sides[i]! })
  return out
}

export function contourArgumentOption(scene: ArgumentScene, p: Palette): Record<string, unknown> {
  const axes = planeAxes(p, scene.view, box)
  const side = labelSides(scene)
  const series: Series[] = [
    ...originAxesSeries(p, scene.view),
    ...contourSeries(p, scene.contours, { width: 1.6, opacity: 0.75 }),
    dotSeries(p, 'minimum', scene.center, 'blackDot', { label: 'minimum', labelPosition: side.minimum }),
  ]
  if (scene.diamond) series.push(outlineSeries(p, 'diamond', scene.diamond, false))
  if (scene.circle) series.push(outlineSeries(p, 'circle', scene.circle, true))
  if (scene.l1) series.push(highlightContourSeries(p, scene.l1.through, { id: 'l1-contour' }))
  if (scene.marker) {
    series.push(pathSeries(p, 'marker-trail', scene.marker.trail, { color: p.text, width: 5 }))
    series.push({ ...dotSeries(p, 'marker', scene.marker.point, 'marker', { label: 'marker', labelPosition: side.marker }), z: 6 })
  }
  if (scene.l1) series.push(dotSeries(p, 'l1-optimum', scene.l1.optimum, 'optimum', { label: 'L1', labelPosition: side.l1 }))
  if (scene.l2) series.push(dotSeries(p, 'l2-optimum', scene.l2.optimum, 'optimum', { label: 'L2', labelPosition: side.l2 }))
  return { ...baseOption(p), grid: axes.grid, xAxis: axes.xAxis, yAxis: axes.yAxis, series }
}

export function edgeCurveOption(scene: ArgumentScene, p: Palette): Record<string, unknown> {
  const curve = scene.curve!
  const series: Series[] = [
    {
      id: 'edge-l1',
      type: 'line',
      data: curve.l1,
      showSymbol: false,
      silent: true,
      clip: true,
      lineStyle: { color: p.penalty, width: 3 },
      endLabel: { show: false },
      z: 2,
    },
  ]
  if (curve.l2) {
    series.push({
      id: 'edge-l2',
      type: 'line',
      data: curve.l2,
      showSymbol: false,
      silent: true,
      clip: true,
      lineStyle: { color: p.penalty, width: 3, type: [10, 6] },
      z: 2,
    })
  }
  if (scene.l1?.u != null) series.push(dotSeries(p, 'edge-l1-optimum', [scene.l1.u, scene.l1.loss], 'optimum'))
  if (scene.l2?.u != null) series.push(dotSeries(p, 'edge-l2-optimum', [scene.l2.u, scene.l2.loss], 'optimum'))
  if (scene.marker) series.push({ ...dotSeries(p, 'edge-marker', [scene.marker.u, Math.min(scene.marker.loss, curve.yMax)], 'marker'), z: 6 })
  return {
    ...baseOption(p),
    grid: { left: 52, right: 46, top: 28, bottom: 28 },
    xAxis: {
      ...valueAxis(p, { min: curve.range[0], max: curve.range[1], interval: 0.25 }),
      axisLabel: { color: p.mutedText, fontSize: fontSize.tick, formatter: tickLabels(curve.ticks.map(t => ({ value: t.u, label: t.label }))) },
      splitLine: { show: true, lineStyle: { color: p.grid } },
    },
    yAxis: {
      ...valueAxis(p, { min: 0, max: curve.yMax }),
      splitNumber: 2,
      name: 'loss along the edge',
      nameLocation: 'end',
      nameGap: 10,
      nameTextStyle: { color: p.text, fontSize: fontSize.tick, align: 'left' },
    },
    series,
    // Which curve is which: line style, not colour, tells them apart.
    graphic: [
      { id: 'key-l1', type: 'text', right: 46, top: 2, silent: true, style: { text: '\u2501 diamond', fill: p.text, font: `${fontSize.tick}px ${p.fontFamily}` } },
      ...(curve.l2 ? [{ id: 'key-l2', type: 'text', right: 150, top: 2, silent: true, style: { text: '\u254C circle', fill: p.text, font: `${fontSize.tick}px ${p.fontFamily}` } }] : []),
    ],
  }
}
