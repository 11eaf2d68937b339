// The scene of "The textbook picture" → one chart per norm: the plane (grid 0) with contours,
// region, black dot, walking marker and purple optimum, and below it the inset of loss along
// the boundary (grid 1).
import type { TextbookPanel, TextbookScene } from '../../lib/scenes/textbookPicture'
import { baseOption, fontSize, tickLabels, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, planeAxes, planeCaption, regionSeries, xyData } from './plane'

export const textbookChartSize = { width: 326, height: 372 } as const
const plane = { left: 44, top: 8, size: 242 }
const inset = { top: 304, height: 42 }

const tipLabels: Record<string, string[]> = {
  l1: ['+\u03B2\u2081 tip', '+\u03B2\u2082 tip', '\u2212\u03B2\u2081 tip', '\u2212\u03B2\u2082 tip', '+\u03B2\u2081 tip'],
  l2: ['+\u03B2\u2081', '+\u03B2\u2082', '\u2212\u03B2\u2081', '\u2212\u03B2\u2082', '+\u03B2\u2081'],
}

export function textbookOption(scene: TextbookScene, panel: TextbookPanel, p: Palette): Record<string, unknown> {
  const axes = planeAxes(p, scene.view, plane)
  const series: Record<string, unknown>[] = [
    ...originAxesSeries(p, scene.view),
    ...contourSeries(p, scene.contours),
    dotSeries(p, 'minimum', scene.center, 'blackDot', { label: '\u03B2\u0302', labelPosition: 'right' }),
  ]
  if (panel.region) series.push(regionSeries(p, panel.region))
  if (panel.touching) series.push(highlightContourSeries(p, panel.touching, { id: 'touching' }))
  if (panel.marker) series.push(dotSeries(p, 'marker', panel.marker, 'marker'))
  if (panel.optimum) series.push(dotSeries(p, 'optimum', panel.optimum, 'optimum'))

  // The inset's grid and axes are always there, hidden until the inset shows: the axes keep
  // their ids and count from click to click, so a step redraws what changed instead of
  // rebuilding both charts.
  const showInset = panel.inset !== null
  const grids = [axes.grid, { left: plane.left, top: inset.top, width: plane.size, height: inset.height }]
  const xAxes = [axes.xAxis, {
    ...valueAxis(p, { min: 0, max: 1, interval: 0.25 }, 1),
    show: showInset,
    axisLabel: { color: p.mutedText, fontSize: fontSize.tick - 2, formatter: tickLabels(tipLabels[panel.norm]!.map((label, i) => ({ value: i / 4, label }))) },
    splitLine: { show: false },
  }]
  const yAxes = [axes.yAxis, {
    ...valueAxis(p, { name: 'loss', min: 0, max: 1, bare: true }, 1),
    show: showInset,
    splitNumber: 2,
    nameGap: 12,
    nameRotate: 90,
  }]
  if (panel.inset !== null) {
    // The inset's loss axis has no numbers, only its shape matters: plot it scaled to [0, 1]
    // of the panel's loss range, so the axis stays put (and its layer is not redrawn) while
    // the viewer drags the bowl.
    const [lo, hi] = panel.insetDomain
    const toInset = ([s, loss]: readonly [number, number]): [number, number] => [s, (loss - lo) / (hi - lo)]
    series.push({
      id: 'inset-curve',
      type: 'line',
      xAxisIndex: 1,
      yAxisIndex: 1,
      ...xyData(panel.inset.map(toInset)),
      showSymbol: false,
      silent: true,
      lineStyle: { color: p.penalty, width: 2.5 },
    })
    const last = panel.inset!.at(-1)
    if (panel.marker && last) series.push(dotSeries(p, 'inset-marker', toInset(last), 'marker', { gridIndex: 1 }))
    if (panel.insetOptimum) series.push(dotSeries(p, 'inset-optimum', toInset(panel.insetOptimum), 'optimum', { gridIndex: 1, label: 'lowest', labelPosition: 'top' }))
  }
  const caption = planeCaption(p, panel.norm === 'l1' ? 'L1 \u00B7 diamond' : 'L2 \u00B7 disk', plane)
  return { ...baseOption(p), grid: grids, xAxis: xAxes, yAxis: yAxes, series, graphic: [caption] }
}
