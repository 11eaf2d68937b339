// ECharts pieces for pictures of the (β1, β2) plane, shared by every such slide: a square
// grid with equal axis scales (circles stay circles), loss contours coloured blue→red,
// the orange region, and the dots of the colour vocabulary, each with its own shape.
import type { Contour, PlaneView } from '../../lib/scenes/plane'
import type { Vec2 } from '../../lib/index'
import { fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'

type Series = Record<string, unknown>

/**
 * Points as series data: one flat Float64Array (x0, y0, x1, y1, …) with its two
 * dimensions. ECharts reads a typed array as it is, where it would deep-copy an array of
 * [x, y] pairs on every update, and the numbers live outside the JavaScript heap, so a drag
 * leaves less garbage behind. Spread it into a line or scatter series: `{ type: 'line', ...xyData(points) }`.
 */
export function xyData(points: readonly Vec2[]): { data: Float64Array; dimensions: ['x', 'y'] } {
  const data = new Float64Array(points.length * 2)
  for (let i = 0; i < points.length; i++) {
    data[2 * i] = points[i]![0]
    data[2 * i + 1] = points[i]![1]
  }
  return { data, dimensions: ['x', 'y'] }
}

export interface PlaneBox {
  left: number
  top: number
  /** Side of the square plot area in pixels. */
  size: number
  gridIndex?: number
  /** Axis names; default β₁, β₂. */
  names?: readonly [string, string]
}

/** A square grid and its two axes; the same range on both makes the scale equal. */
export function planeAxes(p: Palette, view: PlaneView, box: PlaneBox): { grid: Series; xAxis: Series; yAxis: Series } {
  const gridIndex = box.gridIndex ?? 0
  const [xName, yName] = box.names ?? ['\u03B2\u2081', '\u03B2\u2082']
  const axis = (name: string, range: Vec2) => ({
    ...valueAxis(p, { name, min: range[0], max: range[1], interval: view.tick }, gridIndex),
    axisLine: { onZero: false, lineStyle: { color: p.axis, width: 1.5 } },
    nameGap: 28,
  })
  return {
    grid: { left: box.left, top: box.top, width: box.size, height: box.size },
    xAxis: axis(xName, view.x),
    yAxis: { ...axis(yName, view.y), nameGap: 34 },
  }
}

/** Several square grids sharing one view (side-by-side panels), as the option's three arrays. */
export function planeLayout(p: Palette, view: PlaneView, boxes: readonly PlaneBox[]): { grid: Series[]; xAxis: Series[]; yAxis: Series[] } {
  const parts = boxes.map((box, i) => planeAxes(p, view, { ...box, gridIndex: i }))
  return { grid: parts.map(a => a.grid), xAxis: parts.map(a => a.xAxis), yAxis: parts.map(a => a.yAxis) }
}

/** Boxes for `count` square panels of side `size` in a row, `gap` apart, starting at `left`. */
export function panelRow(count: number, size: number, gap: number, left = 44, top = 8): PlaneBox[] {
  return Array.from({ length: count }, (_, i) => ({ left: left + i * (size + gap), top, size, gridIndex: i }))
}

/** The two coordinate axes through the origin, as thin lines inside the plot. */
export function originAxesSeries(p: Palette, view: PlaneView, gridIndex = 0): Series[] {
  const line = (id: string, data: Vec2[]) => ({
    id: `${id}-${gridIndex}`,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    data,
    showSymbol: false,
    silent: true,
    lineStyle: { color: p.axis, width: 1.2, opacity: 0.7 },
    z: 0,
  })
  return [line('axis-h', [[view.x[0], 0], [view.x[1], 0]]), line('axis-v', [[0, view.y[0]], [0, view.y[1]]])]
}

/** Colour of contour `i` of `n`, low loss blue to high loss red. */
export function contourColour(p: Palette, i: number, n: number): string {
  const ramp = p.lossRamp
  const k = n <= 1 ? 0 : Math.round((i / (n - 1)) * (ramp.length - 1))
  return ramp[k]!
}

/** One line series per contour (stable ids, so a step morphs each ring into its new shape). */
export function contourSeries(p: Palette, list: readonly Contour[], opts: { id?: string; gridIndex?: number; width?: number; opacity?: number } = {}): Series[] {
  const id = opts.id ?? 'contour'
  const gridIndex = opts.gridIndex ?? 0
  return list.map((c, i) => ({
    id: `${id}-${gridIndex}-${i}`,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    ...xyData(c.points),
    showSymbol: false,
    silent: true,
    smooth: false,
    lineStyle: { color: contourColour(p, i, list.length), width: opts.width ?? 1.8, opacity: opts.opacity ?? 0.9 },
    z: 1,
  }))
}

/** A highlighted iso-loss contour (e.g. the one through the optimum), dashed, with a label. */
export function highlightContourSeries(p: Palette, c: Contour, opts: { id: string; gridIndex?: number; label?: string }): Series {
  const gridIndex = opts.gridIndex ?? 0
  return {
    id: `${opts.id}-${gridIndex}`,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    ...xyData(c.points),
    showSymbol: false,
    silent: true,
    lineStyle: { color: p.optimum, width: 2.5, type: [7, 5] },
    endLabel: opts.label ? { show: true, formatter: opts.label, color: textColour(p, p.optimum), fontSize: fontSize.label - 2 } : undefined,
    z: 3,
  }
}

/** The constraint region as a filled polygon, orange, with a solid outline. */
export function regionSeries(p: Palette, outline: readonly Vec2[], opts: { id?: string; gridIndex?: number } = {}): Series {
  const gridIndex = opts.gridIndex ?? 0
  return {
    id: `${opts.id ?? 'region'}-${gridIndex}`,
    type: 'custom',
    coordinateSystem: 'cartesian2d',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    data: [0],
    silent: true,
    z: 2,
    renderItem: (_params: unknown, api: { coord: (v: Vec2) => number[] }) => ({
      type: 'polygon',
      shape: { points: outline.map(v => api.coord(v)) },
      style: { fill: p.penaltyFill, stroke: p.penalty, lineWidth: 3 },
    }),
  }
}

export type DotKind = 'blackDot' | 'optimum' | 'marker' | 'hollow'

/** One of the vocabulary's dots: black circle (unregularized minimum), purple diamond (optimum), … */
export function dotSeries(p: Palette, id: string, point: Vec2, kind: DotKind, opts: { gridIndex?: number; label?: string; labelPosition?: string } = {}): Series {
  const gridIndex = opts.gridIndex ?? 0
  const look = {
    blackDot: { symbol: 'circle', size: 18, color: p.blackDot, border: p.blackDotRing },
    optimum: { symbol: 'diamond', size: 22, color: p.optimum, border: p.markerRing },
    marker: { symbol: 'triangle', size: 18, color: p.text, border: p.markerRing },
    hollow: { symbol: 'emptyCircle', size: 18, color: p.text, border: p.text },
  }[kind]
  return {
    id: `${id}-${gridIndex}`,
    type: 'scatter',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    data: [point],
    symbol: look.symbol,
    symbolSize: look.size,
    silent: true,
    z: 5,
    itemStyle: { color: look.color, borderColor: look.border, borderWidth: 2 },
    label: opts.label
      ? { show: true, formatter: opts.label, position: opts.labelPosition ?? 'right', color: p.text, fontSize: fontSize.label - 1, fontWeight: 600 }
      : { show: false },
  }
}

/** A polyline in the plane (a trail of minima, a ray, the legs of a taxicab walk). */
export function pathSeries(p: Palette, id: string, points: readonly Vec2[], opts: { gridIndex?: number; color?: string; width?: number; dashed?: boolean; symbols?: boolean } = {}): Series {
  const gridIndex = opts.gridIndex ?? 0
  return {
    id: `${id}-${gridIndex}`,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    ...xyData(points),
    showSymbol: opts.symbols ?? false,
    symbolSize: 7,
    silent: true,
    z: 4,
    lineStyle: { color: opts.color ?? p.text, width: opts.width ?? 2.5, type: opts.dashed ? [6, 5] : 'solid' },
    itemStyle: { color: opts.color ?? p.text },
  }
}

/** A caption in the plot's top-left corner (e.g. "L1 · diamond"), on a plate so contours don't cross it. */
export function planeCaption(p: Palette, text: string, box: PlaneBox): Record<string, unknown> {
  return {
    type: 'text',
    left: box.left + 6,
    top: box.top + 6,
    z: 10,
    silent: true,
    style: {
      text,
      fontFamily: p.fontFamily,
      fontSize: fontSize.label,
      fontWeight: 600,
      fill: p.text,
      backgroundColor: p.dark ? 'rgba(18,18,18,0.82)' : 'rgba(255,255,255,0.85)',
      padding: [2, 6],
      borderRadius: 4,
    },
  }
}
