// The simulation slides: clouds of loss minima coloured by outcome, each outcome with its own
// marker shape (lib/simulation/outcome.ts: green circle = a coefficient exactly 0, orange
// triangle = near miss, blue square = no zero), the region drawn to scale on a square grid. Thousands of points: these charts
// use the canvas renderer and ECharts' large-scatter mode, so a step redraws in a few ms.
import type { Outcome } from '../../lib/index'
import { outcomeLook } from '../../lib/index'
import type { CloudPanel, TrialInset } from '../../lib/scenes/simulationCloud'
import type { PlaneView } from '../../lib/scenes/plane'
import { baseOption, fontSize } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, planeAxes, regionSeries } from './plane'

type Series = Record<string, unknown>

/** The palette names its colours after the outcomes. */
export function outcomeColour(p: Palette, o: Outcome): string {
  return p[o]
}

/** Above this many points a series is drawn in ECharts' large mode (one path, no per-point elements). */
const LARGE = 60

/** One scatter series per outcome (always all three, so ids stay stable between steps). */
export function cloudPointSeries(p: Palette, panel: CloudPanel, gridIndex: number, symbolSize: number, idPrefix = 'cloud'): Series[] {
  return panel.points.map(({ outcome, data }) => {
    const n = data.length / 2
    const large = n > LARGE
    // Squares look bigger than circles of the same size; triangles smaller.
    const size = outcome === 'nonzero' ? symbolSize * 0.85 : outcome === 'nearMiss' ? symbolSize * 1.2 : symbolSize
    return {
      id: `${idPrefix}-${panel.norm}-${outcome}-${gridIndex}`,
      type: 'scatter',
      xAxisIndex: gridIndex,
      yAxisIndex: gridIndex,
      dimensions: ['x', 'y'],
      data,
      symbol: outcomeLook(outcome).shape,
      symbolSize: size,
      large,
      largeThreshold: LARGE,
      // Drawn in one go, never progressively: chunked drawing interleaves the outcome series
      // in an order that depends on frame timing, so the same step could give other pixels.
      progressive: 0,
      silent: true,
      animation: false,
      z: outcome === 'nonzero' ? 3 : outcome === 'nearMiss' ? 4 : 5,
      itemStyle: {
        color: outcomeColour(p, outcome),
        opacity: n > 2000 ? 0.8 : 0.9,
        borderColor: large ? undefined : p.markerRing,
        borderWidth: large ? 0 : 1,
      },
    }
  })
}

/** A ring around the minimum shown in the inset. */
export function selectionRing(p: Palette, at: readonly [number, number], gridIndex: number): Series {
  return {
    id: `selected-${gridIndex}`,
    type: 'scatter',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    data: [at],
    symbol: 'circle',
    symbolSize: 22,
    silent: true,
    z: 6,
    itemStyle: { color: 'transparent', borderColor: p.text, borderWidth: 3 },
  }
}

/**
 * One chart per panel (L1, L2), so that a click's work is split in two: the second panel is
 * drawn a moment after the first (see useStaggered), and no single task lays out 10 000 points.
 * The left panel carries the β2 axis; the right one shares its scale and omits the labels.
 */
export const cloudPanelLayout = [
  { width: 310, height: 340, box: { left: 52, top: 36, size: 250 } },
  { width: 278, height: 340, box: { left: 20, top: 36, size: 250 } },
] as const

/** Data coordinates under a pixel of panel `i`'s chart (null outside its plot). */
export function cloudPixelToData(view: PlaneView, i: 0 | 1, px: number, py: number): [number, number] | null {
  const box = cloudPanelLayout[i].box
  const fx = (px - box.left) / box.size
  const fy = (py - box.top) / box.size
  if (fx < -0.02 || fx > 1.02 || fy < -0.02 || fy > 1.02) return null
  return [view.x[0] + fx * (view.x[1] - view.x[0]), view.y[1] - fy * (view.y[1] - view.y[0])]
}

/** One panel of minima: grid, axes, region, the points of each outcome, the selection ring, the title. */
export function cloudPanelOption(p: Palette, view: PlaneView, panel: CloudPanel, i: 0 | 1, symbolSize: number): Record<string, unknown> {
  const { box } = cloudPanelLayout[i]
  const axes = planeAxes(p, view, box)
  const series: Series[] = [
    ...originAxesSeries(p, view),
    { ...regionSeries(p, panel.region), z: 6 },
    ...cloudPointSeries(p, panel, 0, symbolSize),
  ]
  if (panel.selected) series.push(selectionRing(p, panel.selected, 0))
  // Nothing here moves between steps: points appear, they do not travel. Without animation a
  // step is one repaint of the canvas instead of one per animation frame.
  return {
    ...baseOption(p),
    grid: axes.grid,
    xAxis: axes.xAxis,
    yAxis: i === 0 ? axes.yAxis : { ...axes.yAxis, name: '', axisLabel: { show: false } },
    series: series.map(still),
    graphic: [{
      id: 'title',
      type: 'text',
      left: box.left,
      top: 6,
      silent: true,
      style: { text: panel.title, fill: p.text, font: `600 ${fontSize.label}px ${p.fontFamily}` },
    }],
  }
}

/** A series that never animates. */
export function still(s: Series): Series {
  return { ...s, animation: false }
}

export const insetSize = 236

/** The inset of "Random loss functions": one trial's contours, region, minimum (black dot) and optimum (purple diamond). */
export function trialInsetOption(inset: TrialInset, p: Palette): Record<string, unknown> {
  const box = { left: 6, top: 6, size: insetSize - 12 }
  const axes = planeAxes(p, inset.view, box)
  const bare = (a: Series) => ({ ...a, name: '', axisLabel: { show: false }, axisTick: { show: false }, splitLine: { show: false } })
  return {
    ...baseOption(p),
    grid: axes.grid,
    xAxis: bare(axes.xAxis),
    yAxis: bare(axes.yAxis),
    series: [
      ...originAxesSeries(p, inset.view),
      ...contourSeries(p, inset.contours, { width: 1.6 }),
      highlightContourSeries(p, inset.through, { id: 'through' }),
      regionSeries(p, inset.region),
      dotSeries(p, 'minimum', inset.center, 'blackDot'),
      dotSeries(p, 'optimum', inset.optimum, 'optimum'),
    ],
  }
}
