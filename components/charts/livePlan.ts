// While the viewer drags or slides, a chart's frames are painted from its option straight
// onto a plain canvas (livePaint.ts) instead of going through ECharts, whose pipeline costs
// 8–12 ms per update here however little changed. When the input pauses, ECharts draws the
// same option and takes over again (SceneChart.vue), so print, deep links and the resting
// picture are always ECharts'. This file turns an option into the list of shapes to paint,
// in slide pixels; it accepts only the option features it can paint exactly as ECharts
// does, and any other option is refused (undefined), so that chart keeps the ECharts path.

import type { Plain } from './optionParts'
import { list } from './optionParts'

export type Px = readonly [number, number]
/**
 * Points in slide pixels, flat: x0, y0, x1, y1, … A frame plans thousands of them, and a pair
 * per point was a third of a move's garbage. A plain array, whose numbers V8 keeps unboxed:
 * with a new typed array per frame instead, traces of the Lp slide's drag ("Beyond L1 and L2") had a full collection
 * in 4 of 8 runs, against 2 of 16 with plain arrays.
 */
export type Points = number[]
export interface Rect { x: number; y: number; width: number; height: number }

export type SymbolShape = 'circle' | 'rect' | 'roundRect' | 'triangle' | 'diamond' | 'pin'
export type LabelPosition = 'top' | 'bottom' | 'left' | 'right' | 'inside'

export interface TextStyle {
  font: string
  fill: string
  /** A plate behind the text: colour, padding [top, right, bottom, left], corner radius. */
  plate?: { fill: string; padding: readonly [number, number, number, number]; radius: number; stroke?: string; strokeWidth?: number }
}

/**
 * A shape, in zrender's drawing order: by z, then z2 (0 for lines, polygons and large-mode
 * symbol paths, 100 for single symbols, 102 for their labels), then series order.
 */
export type LiveItem = { z2: number } & (
  // A path's points may hold (NaN, NaN): a break, where the pen lifts (a line's null gap).
  | { kind: 'path'; points: Points; closed: boolean; fill?: string; stroke?: string; width: number; dash?: readonly number[]; alpha: number; join: CanvasLineJoin; cap?: CanvasLineCap; clip?: Rect }
  | { kind: 'symbols'; shape: SymbolShape; size: number; centres: Points; fill: string; stroke?: string; width: number; alpha: number; turned?: boolean }
  | { kind: 'label'; text: string; anchor: Px; position: LabelPosition; distance: number; style: TextStyle; alpha: number; shiftY?: boolean }
  | { kind: 'text'; text: string; left?: number; right?: number; top: number; style: TextStyle }
  // rotation: zrender's, in radians counter-clockwise about `at` (an axis name along a vertical axis).
  | { kind: 'anchoredText'; text: string; at: Px; align: CanvasTextAlign; verticalAlign: 'top' | 'middle' | 'bottom'; style: TextStyle; rotation?: number })

/** The top-left corner of a w × h text box anchored at `at` by its alignment (zrender's Text). */
export function alignedCorner(at: Px, w: number, h: number, align: CanvasTextAlign, verticalAlign: 'top' | 'middle' | 'bottom'): Px {
  return [at[0] - { left: 0, start: 0, center: w / 2, right: w, end: w }[align], at[1] - { top: 0, middle: h / 2, bottom: h }[verticalAlign]]
}

/** zrender's z2 of single symbols (ECharts' Symbol) and of labels (their host's + 2). */
const SYMBOL_Z2 = 100
const LABEL_Z2 = SYMBOL_Z2 + 2
/** A line's end label: "higher than item symbol" (echarts/lib/chart/line/LineView.js). */
const END_LABEL_Z2 = 200

/** Thrown inside planning for an option feature the painter does not reproduce. */
export class Unsupported extends Error {}

export { list }
const isObj = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v)

/** Refuses an object with a key outside `allowed` whose value would change the picture. */
export function only(o: unknown, allowed: readonly string[], where: string): Plain {
  if (o === undefined) return {}
  if (!isObj(o)) throw new Unsupported(where)
  // for…in, not Object.entries: every option object of every frame passes here.
  for (const k in o) {
    if (Object.hasOwn(o, k) && o[k] !== undefined && !allowed.includes(k)) throw new Unsupported(`${where}.${k}`)
  }
  return o
}

export const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)
export const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback)

/** Flat points from [x, y] pairs (a few fixed points: a rectangle's corners, an axis line). */
export function flat(pairs: readonly Px[]): Points {
  const out: Points = new Array<number>(2 * pairs.length)
  for (let i = 0; i < pairs.length; i++) {
    out[2 * i] = pairs[i]![0]
    out[2 * i + 1] = pairs[i]![1]
  }
  return out
}

/** A coordinate in data: a number, or a category's name on a category axis. */
type Value = number | string

const isGap = (d: unknown) => Array.isArray(d) && d.length === 2 && d[0] === null && d[1] === null

/**
 * Points given as a flat Float64Array (x, y, x, y, …) or as [x, y] pairs, each coordinate
 * mapped by `x` and `y` (the identity for points already in pixels). With `gaps`, a
 * [null, null] item is kept as a break: (NaN, NaN), where the painter lifts the pen.
 */
function mapPoints(data: unknown, x: (v: Value) => number, y: (v: Value) => number, gaps = false): Points {
  if (data instanceof Float64Array) {
    const out: Points = new Array<number>(data.length - (data.length % 2))
    for (let i = 0; i < out.length; i += 2) {
      out[i] = x(data[i]!)
      out[i + 1] = y(data[i + 1]!)
    }
    return out
  }
  if (!Array.isArray(data)) throw new Unsupported('data')
  const out: Points = new Array<number>(2 * data.length)
  for (let i = 0; i < data.length; i++) {
    const d: unknown = data[i]
    if (gaps && isGap(d)) {
      out[2 * i] = Number.NaN
      out[2 * i + 1] = Number.NaN
      continue
    }
    if (!Array.isArray(d) || d.length !== 2 || !(typeof d[0] === 'number' || typeof d[0] === 'string') || !(typeof d[1] === 'number' || typeof d[1] === 'string')) throw new Unsupported('data item')
    out[2 * i] = x(d[0])
    out[2 * i + 1] = y(d[1])
  }
  return out
}

const number = (v: Value): number => {
  if (typeof v !== 'number') throw new Unsupported('value')
  return v
}

/** Points already in pixels (a custom or graphic shape's). */
const pixelPoints = (data: unknown): Points => mapPoints(data, number, number)

/** A series' data in pixels, read straight from its typed array or pairs into one flat array. */
const pixelsOf = (data: unknown, cart: Cartesian, gaps = false): Points => mapPoints(data, cart.x, cart.y, gaps)

const insideXY = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
const inside = (r: Rect, p: Px) => insideXY(r, p[0], p[1])

/** The points of `points` that lie inside `r` (a break is never inside). */
function within(points: Points, r: Rect): Points {
  const out: Points = new Array<number>(points.length)
  let n = 0
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i]!
    const y = points[i + 1]!
    if (insideXY(r, x, y)) {
      out[n++] = x
      out[n++] = y
    }
  }
  out.length = n
  return out
}

interface Cartesian {
  area: Rect
  /** Whether the x axis (a line's base axis here) runs right to left. */
  xInverse: boolean
  /** A data x or y in pixels; one number each, so mapping a series allocates no pairs. */
  x: (x: Value) => number
  y: (y: Value) => number
  toPixel: (x: Value, y: Value) => Px
  /** The pixel size of a data extent (ECharts' api.size in a custom series). */
  size: (dx: number, dy: number) => Px
}

interface Axis {
  grid: Rect
  inverse: boolean
  /** Where a value lies along the axis, 0 at its start (left or bottom) and 1 at its end. */
  at: (v: Value) => number
  /** The share of the axis a data extent spans. */
  span: (dv: number) => number
}

/** One side of a grid box: left and width, or left and right (of a chart `size` wide); numbers only. */
function span(start: unknown, length: unknown, end: unknown, size: number): [number, number] {
  if (typeof start !== 'number') throw new Unsupported('grid box')
  if (typeof length === 'number') return [start, length]
  if (typeof end === 'number') return [start, size - start - end]
  throw new Unsupported('grid box')
}

/** The grid boxes the option states, in pixels (a grid's own background and border are refused). */
export function gridRects(option: Plain, chart: { width: number; height: number }): Rect[] {
  return list(option.grid).map((g) => {
    only(g, ['id', 'left', 'top', 'right', 'bottom', 'width', 'height', 'show', 'outerBoundsMode', 'containLabel'], 'grid')
    if (g.containLabel) throw new Unsupported('grid.containLabel')
    if (g.show) throw new Unsupported('grid.show')
    const [x, width] = span(g.left, g.width, g.right, chart.width)
    const [y, height] = span(g.top, g.height, g.bottom, chart.height)
    return { x, y, width, height }
  })
}

/** Each axis pair's pixel mapping, from the grid boxes and fixed ranges the option states. */
function cartesians(option: Plain, chart: { width: number; height: number }): (xIndex: number, yIndex: number) => Cartesian {
  const grids = gridRects(option, chart)
  const axis = (a: Plain): Axis => {
    const grid = grids[num(a.gridIndex, 0)]
    if (!grid) throw new Unsupported('axis grid')
    const inverse = a.inverse === true
    const flip = (f: number) => (inverse ? 1 - f : f)
    if (a.type === 'category' && Array.isArray(a.data) && a.data.length > 0) {
      // Categories sit in the middle of equal bands (ECharts' boundaryGap, on by default).
      const names = a.data.map(String)
      const index = (v: Value) => {
        const i = typeof v === 'number' ? v : names.indexOf(v)
        if (i < 0) throw new Unsupported('category')
        return i
      }
      return { grid, inverse, at: v => flip((index(v) + 0.5) / names.length), span: dv => Math.abs(dv) / names.length }
    }
    if ((a.type ?? 'value') !== 'value' || typeof a.min !== 'number' || typeof a.max !== 'number' || !(a.max > a.min) || a.boundaryGap) throw new Unsupported('axis')
    const [min, max] = [a.min, a.max]
    return { grid, inverse, at: v => flip((number(v) - min) / (max - min)), span: dv => Math.abs(dv) / (max - min) }
  }
  const xs = list(option.xAxis).map(axis)
  const ys = list(option.yAxis).map(axis)
  return (xi, yi) => {
    const [xa, ya] = [xs[xi], ys[yi]]
    if (!xa || !ya || xa.grid !== ya.grid) throw new Unsupported('axis index')
    const area = xa.grid
    const x = (v: Value) => area.x + xa.at(v) * area.width
    const y = (v: Value) => area.y + area.height - ya.at(v) * area.height
    return {
      area,
      xInverse: xa.inverse,
      x,
      y,
      toPixel: (vx, vy) => [x(vx), y(vy)],
      size: (dx, dy) => [xa.span(dx) * area.width, ya.span(dy) * area.height],
    }
  }
}

const grow = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d })

function padding(v: unknown): [number, number, number, number] {
  const p = typeof v === 'number' ? [v] : Array.isArray(v) ? v.map(x => num(x, 0)) : [0]
  if (p.length === 1) return [p[0]!, p[0]!, p[0]!, p[0]!]
  if (p.length === 2) return [p[0]!, p[1]!, p[0]!, p[1]!]
  if (p.length === 4) return [p[0]!, p[1]!, p[2]!, p[3]!]
  throw new Unsupported('padding')
}

export function textStyle(s: Plain, family: string, fallbackFill: string, radius: number): TextStyle {
  const font = typeof s.font === 'string'
    ? s.font
    : `${s.fontWeight ?? 'normal'} ${num(s.fontSize, 12)}px ${str(s.fontFamily, family)}`
  const background = s.backgroundColor
  if (background !== undefined && typeof background !== 'string') throw new Unsupported('text background')
  return {
    font,
    fill: str(s.fill ?? s.color, fallbackFill),
    plate: background
      ? { fill: background, padding: padding(s.padding), radius: num(s.borderRadius, radius), stroke: typeof s.borderColor === 'string' && num(s.borderWidth, 0) > 0 ? s.borderColor : undefined, strokeWidth: num(s.borderWidth, 0) }
      : undefined,
  }
}

const SYMBOLS: Record<string, { shape: SymbolShape; empty: boolean }> = {
  circle: { shape: 'circle', empty: false },
  emptyCircle: { shape: 'circle', empty: true },
  rect: { shape: 'rect', empty: false },
  roundRect: { shape: 'roundRect', empty: false },
  pin: { shape: 'pin', empty: false },
  triangle: { shape: 'triangle', empty: false },
  diamond: { shape: 'diamond', empty: false },
}

/** Series keys about animation only: a live frame is never animated. */
const MOTION = ['animation', 'animationDuration', 'animationDurationUpdate', 'animationEasingUpdate']

interface Context { cartesian: ReturnType<typeof cartesians>; family: string; text: string }

/** A line series: its polyline (clipped to the grid, as ECharts does) and any point symbols. */
function lineItems(s: Plain, c: Context): LiveItem[] {
  // showAllSymbol only matters on a category axis, and these are value axes.
  only(s, ['id', 'type', 'xAxisIndex', 'yAxisIndex', 'data', 'dimensions', 'showSymbol', 'showAllSymbol', 'symbol', 'symbolSize', 'silent', 'smooth', 'z', 'lineStyle', 'itemStyle', 'clip', 'endLabel', 'labelLayout', 'connectNulls', ...MOTION], 'line')
  if (s.smooth) throw new Unsupported('smooth line')
  if (s.connectNulls) throw new Unsupported('connectNulls')
  const ls = only(s.lineStyle, ['color', 'width', 'opacity', 'type'], 'lineStyle')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  // A [null, null] item breaks the line (connectNulls false): a gap, (NaN, NaN), in its points.
  const gaps = Array.isArray(s.data) && s.data.some(isGap)
  const points = pixelsOf(s.data, cart, gaps)
  if (gaps && isObj(s.endLabel) && s.endLabel.show) throw new Unsupported('endLabel')
  const width = num(ls.width, 2)
  const type = ls.type ?? 'solid'
  if (type !== 'solid' && !Array.isArray(type)) throw new Unsupported('line type')
  const colour = str(ls.color, c.text)
  const items: LiveItem[] = [{
    kind: 'path',
    z2: 0,
    points,
    closed: false,
    stroke: colour,
    width,
    dash: Array.isArray(type) ? type.map(Number) : undefined,
    alpha: num(ls.opacity, 1),
    join: 'bevel',
    clip: s.clip === false ? undefined : grow(cart.area, width / 2),
  }]
  const end = endLabel(s, points, cart, width, colour, c)
  if (end) items.push(end)
  // ECharts shows a line's symbols unless told not to: by default hollow circles of 6 px.
  if (s.showSymbol !== false) {
    const l = symbolLook(s, { symbol: 'emptyCircle', size: 6, style: { color: colour } }, c, 1)
    items.push(symbolsItem(l, within(points, cart.area), SYMBOL_Z2))
  }
  return items
}

/** How a scatter point is drawn: the series' look, or a data item's own. */
function symbolLook(o: Plain, fallback: { symbol: string; size: number; style: Plain }, c: Context, opacity = 0.8) {
  const style = { ...fallback.style, ...only(o.itemStyle, ['color', 'borderColor', 'borderWidth', 'opacity'], 'itemStyle') }
  const look = SYMBOLS[str(o.symbol, fallback.symbol)]
  if (!look) throw new Unsupported('scatter symbol')
  const colour = str(style.color, c.text)
  const borderWidth = num(style.borderWidth, 0)
  // ECharts' scatter default is 0.8 opaque (ScatterSeries.defaultOption.itemStyle); a line's symbols, 1.
  return { look, size: num(o.symbolSize, fallback.size), colour, borderWidth, border: borderWidth > 0 ? str(style.borderColor, colour) : undefined, alpha: num(style.opacity, opacity) }
}

/**
 * A line's end label, as ECharts places it without animation: `distance` (8) right of the
 * last point, centred on it, in the line's colour, over everything else of its z. ECharts
 * puts it where the line leaves the grid instead when it does; that case is refused.
 */
function endLabel(s: Plain, points: Points, cart: Cartesian, lineWidth: number, colour: string, c: Context): LiveItem | undefined {
  const e = only(s.endLabel, ['show', 'formatter', 'color', 'fontSize', 'fontWeight', 'fontFamily', 'distance', 'offset'], 'endLabel')
  const layout = only(s.labelLayout, ['moveOverlap'], 'labelLayout')
  if (!e.show) return undefined
  if (typeof e.formatter !== 'string' || cart.xInverse || ![undefined, 'shiftY'].includes(layout.moveOverlap as string)) throw new Unsupported('endLabel')
  // ECharts' clip rectangle for a line (createGridClipPath): the grid widened by half the line
  // width, its left edge floored and its width rounded up.
  let left = cart.area.x - lineWidth / 2
  let span = Math.ceil(cart.area.width + lineWidth)
  if (left !== Math.floor(left)) {
    left = Math.floor(left)
    span++
  }
  const edge = left + span
  for (let i = 2; i < points.length; i += 2) {
    if ((points[i - 2]! - edge) * (points[i]! - edge) <= 0) throw new Unsupported('endLabel at the grid edge')
  }
  if (points.length < 2) return undefined
  const offset = e.offset === undefined ? [0, 0] : pixelPoints([e.offset])
  return {
    kind: 'label',
    z2: END_LABEL_Z2,
    text: e.formatter,
    anchor: [points[points.length - 2]! + offset[0]!, points[points.length - 1]! + offset[1]!],
    position: 'right',
    distance: num(e.distance, 8),
    style: textStyle({ ...e, fill: e.color ?? colour }, c.family, c.text, 0),
    alpha: 1,
    shiftY: layout.moveOverlap === 'shiftY',
  }
}

/**
 * Symbols of one look at `centres`. An empty symbol (emptyCircle) is white inside and
 * stroked in its colour at least 2 px wide, as zrender's symbolPathSetColor makes it.
 */
function symbolsItem(l: ReturnType<typeof symbolLook>, centres: Points, z2: number, turned?: boolean): LiveItem {
  return l.look.empty
    ? { kind: 'symbols', z2, shape: l.look.shape, size: l.size, centres, fill: '#fff', stroke: l.border ?? l.colour, width: Math.max(l.borderWidth, 2), alpha: l.alpha, turned }
    : { kind: 'symbols', z2, shape: l.look.shape, size: l.size, centres, fill: l.colour, stroke: l.border, width: l.borderWidth, alpha: l.alpha, turned }
}

const LABEL_KEYS = ['show', 'formatter', 'position', 'distance', 'color', 'fontSize', 'fontWeight', 'fontFamily', 'backgroundColor', 'padding', 'borderRadius', 'borderColor', 'borderWidth']

/** A scatter series: its symbols (centres outside the grid are left out, as ECharts does) and labels. */
function scatterItems(s: Plain, c: Context): LiveItem[] {
  // progressive rendering splits the drawing of many points over frames; the picture is the same.
  only(s, ['id', 'type', 'xAxisIndex', 'yAxisIndex', 'data', 'dimensions', 'symbol', 'symbolSize', 'symbolRotate', 'silent', 'z', 'large', 'largeThreshold', 'progressive', 'progressiveThreshold', 'itemStyle', 'label', 'clip', ...MOTION], 'scatter')
  const seriesLabel = only(s.label, LABEL_KEYS, 'label')
  // A half turn is the only rotation used; it maps each symbol onto itself mirrored through its centre.
  if (![undefined, 0, 180].includes(s.symbolRotate as number)) throw new Unsupported('symbolRotate')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  const series = { symbol: str(s.symbol, 'circle'), size: num(s.symbolSize, 10), style: (s.itemStyle ?? {}) as Plain }
  // Data items with a look or label of their own ({ value, symbol, symbolSize, itemStyle, label }) are drawn one by one.
  const raw = Array.isArray(s.data) && s.data.some(isObj) ? s.data : undefined
  const keep = (p: Px) => s.clip === false || inside(cart.area, p)
  let groups: { look: ReturnType<typeof symbolLook>; centres: Points }[]
  let shown: { at: Px; look: ReturnType<typeof symbolLook>; label: Plain }[]
  if (raw) {
    shown = raw.map((d) => {
      const item = only(d, ['value', 'symbol', 'symbolSize', 'itemStyle', 'label'], 'data item')
      const at = pixelsOf([item.value], cart)
      return { at: [at[0]!, at[1]!] as Px, look: symbolLook(item, series, c), label: { ...seriesLabel, ...only(item.label, LABEL_KEYS, 'data item label') } }
    }).filter(p => keep(p.at))
    groups = shown.map(p => ({ look: p.look, centres: flat([p.at]) }))
  }
  else {
    // Plain points (the Lp slide's cloud of 1 000, planned every frame): one look, straight to
    // pixels, and a wrapper per point only when they are labelled.
    const look = symbolLook({}, series, c)
    const all = pixelsOf(s.data, cart)
    const centres = s.clip === false ? all : within(all, cart.area)
    groups = [{ look, centres }]
    shown = []
    for (let i = 0; seriesLabel.show && i < centres.length; i += 2) shown.push({ at: [centres[i]!, centres[i + 1]!], look, label: seriesLabel })
  }
  // ECharts' large mode (one path for all symbols, under single symbols) starts at the threshold.
  const count = groups.reduce((n, g) => n + g.centres.length / 2, 0)
  const z2 = s.large && count >= num(s.largeThreshold, 2000) ? 0 : SYMBOL_Z2
  const turned = s.symbolRotate === 180
  const items: LiveItem[] = []
  for (const { look: l, centres } of groups) {
    if (l.size <= 0 || l.colour === 'transparent') continue
    items.push(symbolsItem(l, centres, z2, turned))
  }
  for (const { at, look, label } of shown) {
    if (!label.show) continue
    if (typeof label.formatter !== 'string') throw new Unsupported('label formatter')
    // A scatter label sits inside its symbol unless placed, as opaque as the symbol.
    const position = str(label.position, 'inside')
    if (!['top', 'bottom', 'left', 'right', 'inside'].includes(position)) throw new Unsupported('label position')
    items.push({
      kind: 'label',
      z2: LABEL_Z2,
      text: label.formatter,
      anchor: at,
      position: position as LabelPosition,
      // ECharts places a label `distance` beyond the symbol's box, stroke included.
      distance: num(label.distance, 5) + look.size / 2 + (look.border ? look.borderWidth / 2 : 0),
      style: textStyle({ ...label, fill: label.color }, c.family, c.text, 0),
      alpha: look.alpha,
    })
  }
  return items
}

/**
 * An element a custom series' renderItem returns, in pixels: polygon, polyline, rect, text, or
 * a group of them, painted in the order given (ECharts merges a group's children by index,
 * so its children keep that order: the 3-D surfaces' painter's order relies on it).
 */
function elementItems(e: unknown, c: Context): LiveItem[] {
  const el = only(e, ['type', 'shape', 'style', 'children', 'x', 'y'], 'custom element')
  if (el.type === 'group') {
    if (!Array.isArray(el.children) || el.x !== undefined || el.y !== undefined) throw new Unsupported('custom group')
    return el.children.flatMap(child => elementItems(child, c))
  }
  if (el.type === 'text') {
    const s = only(el.style, [...TEXT_STYLE, 'align', 'verticalAlign'], 'custom text style')
    return [anchoredText(s, [num(el.x, 0), num(el.y, 0)], c)]
  }
  // A shape is drawn in pixels as given: an offset (x, y) other than 0 is not reproduced.
  if (num(el.x, 0) !== 0 || num(el.y, 0) !== 0) throw new Unsupported('custom shape offset')
  const style = only(el.style, ['fill', 'stroke', 'lineWidth', 'opacity', 'lineDash', 'lineJoin'], 'custom style')
  // A dash pattern as numbers (zrender's 'dashed' and 'dotted' words scale with the width: refused).
  if (style.lineDash !== undefined && !(Array.isArray(style.lineDash) && style.lineDash.every(d => typeof d === 'number'))) throw new Unsupported('custom lineDash')
  const join = style.lineJoin ?? 'miter'
  if (join !== 'miter' && join !== 'round' && join !== 'bevel') throw new Unsupported('custom lineJoin')
  let points: Points
  if (el.type === 'rect') {
    const r = only(el.shape, ['x', 'y', 'width', 'height'], 'custom rect')
    const [x, y, w, h] = [num(r.x, 0), num(r.y, 0), num(r.width, 0), num(r.height, 0)]
    points = flat([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])
  }
  else if (el.type === 'polygon' || el.type === 'polyline') {
    points = pixelPoints(only(el.shape, ['points'], 'custom shape').points)
    // zrender fills a polyline too, black unless told: only an unfilled one is painted.
    if (el.type === 'polyline' && style.fill !== 'none' && style.fill !== 'transparent') throw new Unsupported('custom polyline fill')
  }
  else {
    throw new Unsupported('custom element type')
  }
  const closed = el.type !== 'polyline'
  return [{
    kind: 'path',
    z2: 0,
    points,
    closed,
    fill: closed ? str(style.fill, 'transparent') : undefined,
    stroke: typeof style.stroke === 'string' ? style.stroke : undefined,
    width: num(style.lineWidth, 1),
    dash: style.lineDash as number[] | undefined,
    alpha: num(style.opacity, 1),
    join,
  }]
}

/** A custom series on a grid: what its renderItem draws for each data item. */
function customItems(s: Plain, c: Context): LiveItem[] {
  only(s, ['id', 'type', 'coordinateSystem', 'xAxisIndex', 'yAxisIndex', 'data', 'silent', 'z', 'renderItem', ...MOTION], 'custom')
  if ((s.coordinateSystem ?? 'cartesian2d') !== 'cartesian2d' || typeof s.renderItem !== 'function' || !Array.isArray(s.data)) throw new Unsupported('custom')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  const renderItem = s.renderItem as (params: unknown, api: unknown) => unknown
  return s.data.flatMap((d, dataIndex) => {
    const api = {
      value: (dim: number) => (Array.isArray(d) ? d[dim] : d),
      // Indexing, not destructuring: a custom series' renderItem may call these thousands of times a frame.
      coord: (v: readonly [Value, Value]) => cart.toPixel(v[0], v[1]),
      size: (v: readonly [number, number]) => cart.size(v[0], v[1]),
    }
    return elementItems(renderItem({ dataIndex }, api), c)
  })
}

const TEXT_STYLE = ['text', 'font', 'fontFamily', 'fontSize', 'fontWeight', 'fill', 'backgroundColor', 'padding', 'borderRadius']

/** Text anchored at a point by its alignment (zrender's Text: left and top unless told). */
function anchoredText(s: Plain, at: Px, c: Context): LiveItem {
  const align = str(s.align, 'left')
  const verticalAlign = str(s.verticalAlign, 'top')
  if (!['top', 'middle', 'bottom'].includes(verticalAlign) || !['left', 'center', 'right'].includes(align)) throw new Unsupported('text align')
  return { kind: 'anchoredText', z2: 0, text: str(s.text, ''), at, align: align as CanvasTextAlign, verticalAlign: verticalAlign as 'top', style: textStyle(s, c.family, c.text, 0) }
}

/**
 * An element of the graphic component: text placed by left or right and top (a caption or
 * a key), text anchored at x, y with an alignment (a line's label), or a polyline in pixels.
 */
function graphicItem(g: Plain, c: Context): LiveItem {
  only(g, ['id', 'type', 'left', 'right', 'top', 'x', 'y', 'z', 'silent', 'style', 'shape'], 'graphic')
  if (g.type === 'polyline') {
    const style = only(g.style, ['stroke', 'lineWidth', 'opacity'], 'graphic polyline style')
    const shape = only(g.shape, ['points'], 'graphic polyline shape')
    return { kind: 'path', z2: 0, points: pixelPoints(shape.points), closed: false, stroke: str(style.stroke, c.text), width: num(style.lineWidth, 1), alpha: num(style.opacity, 1), join: 'miter' }
  }
  if (g.type === 'rect') {
    const [item] = elementItems({ type: 'rect', shape: g.shape, style: g.style }, c)
    return item!
  }
  if (g.type !== 'text') throw new Unsupported('graphic')
  if (typeof g.x === 'number' && typeof g.y === 'number') {
    return anchoredText(only(g.style, [...TEXT_STYLE, 'align', 'verticalAlign'], 'graphic style'), [g.x, g.y], c)
  }
  if (typeof g.top !== 'number' || (typeof g.left !== 'number') === (typeof g.right !== 'number')) throw new Unsupported('graphic place')
  const s = only(g.style, TEXT_STYLE, 'graphic style')
  return { kind: 'text', z2: 0, text: str(s.text, ''), left: g.left as number | undefined, right: g.right as number | undefined, top: g.top, style: textStyle(s, c.family, c.text, 0) }
}

const OPTION_KEYS = ['backgroundColor', 'textStyle', 'grid', 'xAxis', 'yAxis', 'series', 'graphic']

/**
 * The shapes of `option` in painting order (see LiveItem), or undefined when the option uses
 * a feature the live painter does not reproduce.
 */
export function planLive(option: Plain, chart: { width: number; height: number }): LiveItem[] | undefined {
  const plan = tryPlan(option, chart)
  return Array.isArray(plan) ? plan : undefined
}

/** Why `option` cannot be painted live (the first feature refused), or undefined if it can. */
export function whyNotLive(option: Plain, chart: { width: number; height: number }): string | undefined {
  const plan = tryPlan(option, chart)
  return Array.isArray(plan) ? undefined : plan
}

function tryPlan(option: Plain, chart: { width: number; height: number }): LiveItem[] | string {
  try {
    only(option, OPTION_KEYS, 'option')
    if (option.backgroundColor !== undefined && option.backgroundColor !== 'transparent') throw new Unsupported('background')
    const ts = only(option.textStyle, ['fontFamily', 'color'], 'textStyle')
    const c: Context = { cartesian: cartesians(option, chart), family: str(ts.fontFamily, 'sans-serif'), text: str(ts.color, '#333') }
    const placed: { z: number; item: LiveItem }[] = []
    for (const s of list(option.series)) {
      const build = s.type === 'line' ? lineItems : s.type === 'scatter' ? scatterItems : s.type === 'custom' ? customItems : undefined
      if (!build) throw new Unsupported(`series ${String(s.type)}`)
      // ECharts' default z: 3 for lines, 2 for scatter and custom series.
      for (const item of build(s, c)) placed.push({ z: num(s.z, s.type === 'line' ? 3 : 2), item })
    }
    for (const g of list(option.graphic)) placed.push({ z: num(g.z, 0), item: graphicItem(g, c) })
    // Array.prototype.sort is stable: ties keep series order.
    return placed.sort((a, b) => a.z - b.z || a.item.z2 - b.item.z2).map(p => p.item)
  }
  catch (e) {
    if (e instanceof Unsupported) return e.message
    throw e
  }
}
