// ECharts pieces shared by the step-size descent slides (section 5). L1 and L2 keep one look
// throughout the section, told apart by colour, marker shape, dash pattern and a label:
// L1 vermillion diamonds on solid lines, L2 blue circles on dashed lines.
import type { Norm, Vec2 } from '../../lib/index'
import { powerOfTen } from '../../lib/scenes/descentShared'
import { fontSize, valueAxis } from '../charts/axes'
import type { AxisSpec } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'
import { xyData } from './plane'

type Series = Record<string, unknown>
export type Dash = 'solid' | number[]

export interface Look {
  colour: string
  symbol: string
  dash: Dash
}

/** One entry of a chart key drawn in HTML (DescentLegend.vue), in the chart's own look. */
export interface LegendItem {
  label: string
  colour: string
  dash: Dash | null
  marker: 'diamond' | 'circle' | null
}

/** The section's look for each penalty. */
export function normLook(p: Palette, norm: Norm): Look {
  return norm === 'l1'
    ? { colour: p.ols, symbol: 'diamond', dash: 'solid' }
    : { colour: p.data, symbol: 'circle', dash: [9, 6] }
}

export interface LineOpts {
  colour: string
  dash?: Dash
  width?: number
  /** Name written at the line's end (meaning never by colour alone). */
  label?: string
  /** The name's colour; by default the line's hue as readable text (textColour). */
  labelColour?: string
  gridIndex?: number
  z?: number
  opacity?: number
}

/** What every line of the section shares: its axes, its points, its stroke, a name at its end. */
interface PolylineOpts {
  colour: string
  dash: Dash
  width: number
  z: number
  gridIndex?: number
  label?: string
  labelColour: string
  /** Where the end label sits (distance, offset); lines and lanes differ. */
  labelPlacement: Record<string, unknown>
}

function polyline(id: string, points: readonly Vec2[], o: PolylineOpts, stroke: Record<string, unknown> = {}): Series {
  return {
    id,
    type: 'line',
    xAxisIndex: o.gridIndex ?? 0,
    yAxisIndex: o.gridIndex ?? 0,
    ...xyData(points),
    silent: true,
    z: o.z,
    lineStyle: { color: o.colour, width: o.width, type: o.dash, ...stroke },
    labelLayout: { moveOverlap: 'shiftY' },
    endLabel: o.label
      ? { show: true, formatter: o.label, color: o.labelColour, fontSize: fontSize.label, fontWeight: 600, ...o.labelPlacement }
      : { show: false },
  }
}

/** A plain polyline without markers, optionally named at its end. */
export function lineSeries(id: string, points: readonly Vec2[], o: LineOpts, p: Palette): Series {
  const line = polyline(id, points, {
    colour: o.colour,
    dash: o.dash ?? 'solid',
    width: o.width ?? 3,
    z: o.z ?? 2,
    gridIndex: o.gridIndex,
    label: o.label,
    labelColour: o.label === undefined ? o.colour : (o.labelColour ?? textColour(p, o.colour)),
    labelPlacement: { distance: 6 },
  }, { opacity: o.opacity ?? 1 })
  return { ...line, showSymbol: false }
}

export interface PointOpts {
  colour: string
  symbol: string
  size?: number
  /** Drawn as an outline only (earlier iterates). */
  hollow?: boolean
  gridIndex?: number
  z?: number
  /** A label on the last point. */
  label?: string
  labelPosition?: string
}

/** Markers at the given points; the last one may carry a label. */
export function pointSeries(id: string, points: readonly Vec2[], o: PointOpts, p: Palette): Series {
  const last = points.length - 1
  return {
    id,
    type: 'scatter',
    xAxisIndex: o.gridIndex ?? 0,
    yAxisIndex: o.gridIndex ?? 0,
    silent: true,
    z: o.z ?? 4,
    symbol: o.symbol,
    symbolSize: o.size ?? 18,
    itemStyle: o.hollow
      ? { color: p.dark ? '#1b1b1b' : '#ffffff', borderColor: o.colour, borderWidth: 2.5 }
      : { color: o.colour, borderColor: p.markerRing, borderWidth: 2 },
    data: points.map((pt, i) => ({
      value: pt,
      label: o.label && i === last
        ? { show: true, formatter: o.label, position: o.labelPosition ?? 'top', color: p.text, fontSize: fontSize.label, fontWeight: 600, distance: 8 }
        : { show: false },
    })),
  }
}

/**
 * Vertical pixel offsets for the end labels of sequences that may finish at (nearly) the
 * same value: the higher end moves up, the lower down, so the names never overprint.
 */
export function endLabelOffsets(lanes: readonly { points: readonly Vec2[] }[], gap = 12): number[] {
  const ends = lanes.map((l, i) => ({ i, y: l.points.at(-1)?.[1] ?? 0 }))
  const order = [...ends].sort((a, b) => b.y - a.y || a.i - b.i)
  const offsets = new Array<number>(lanes.length).fill(0)
  if (lanes.length < 2) return offsets
  order.forEach((e, rank) => { offsets[e.i] = Math.round((rank - (lanes.length - 1) / 2) * 2 * gap) })
  return offsets
}

/** A sequence plotted against the step: markers joined by a line in the look of its method, its name in that hue as readable text. */
export function laneSeries(id: string, points: readonly Vec2[], look: Look, p: Palette, o: { label?: string; labelOffset?: number; gridIndex?: number; size?: number; width?: number } = {}): Series {
  const line = polyline(id, points, {
    colour: look.colour,
    dash: look.dash,
    width: o.width ?? 3,
    z: 3,
    gridIndex: o.gridIndex,
    label: o.label,
    labelColour: textColour(p, look.colour),
    labelPlacement: { distance: 8, offset: [0, o.labelOffset ?? 0] },
  })
  return {
    ...line,
    symbol: look.symbol,
    symbolSize: o.size ?? 14,
    showAllSymbol: true,
    itemStyle: { color: look.colour, borderColor: p.markerRing, borderWidth: 1.5 },
  }
}

/** A value axis with the deck's styling (valueAxis), integer ticks for the step axis. */
export function stepAxis(p: Palette, domain: Vec2, gridIndex = 0, spec: Partial<AxisSpec> = {}): Record<string, unknown> {
  const span = domain[1] - domain[0]
  const interval = span <= 12 ? (span <= 8 ? 1 : 2) : undefined
  return valueAxis(p, { name: 'step k', min: domain[0], max: domain[1], interval, ...spec }, gridIndex)
}

/**
 * Log-axis labels: plain decimals from 0.001 up ("0.01", "10"), powers of ten below
 * ("10⁻³⁰⁰"), and nothing for an axis end that is not a power of ten (such as 5e-324).
 */
export function logLabel(v: number): string {
  const e = Math.round(Math.log10(v))
  if (Math.abs(v / 10 ** e - 1) > 1e-6) return ''
  return e >= -3 ? String(Number(v.toPrecision(1))) : powerOfTen(e)
}

/** A base-10 log axis in the deck's styling; its lower end must be > 0. */
export function logAxis(p: Palette, spec: AxisSpec, gridIndex = 0): Record<string, unknown> {
  if (!(spec.min > 0)) throw new RangeError(`logAxis: min must be > 0 (got ${spec.min})`)
  const base = valueAxis(p, { ...spec, interval: undefined }, gridIndex)
  return {
    ...base,
    type: 'log',
    logBase: 10,
    axisLabel: { ...(base.axisLabel as Record<string, unknown>), formatter: logLabel },
  }
}
