// While the viewer drags or slides, a chart's frames are painted from its option straight
// onto a plain canvas (livePaint.ts) instead of going through ECharts, whose pipeline costs
// 8–12 ms per update here however little changed. When the input pauses, ECharts draws the
// same option and takes over again (SceneChart.vue), so print, deep links and the resting
// picture are always ECharts'. This file turns an option into the list of shapes to paint,
// in slide pixels; it accepts only the option features it can paint exactly as ECharts
// does, and any other option is refused (undefined), so that chart keeps the ECharts path.

type Plain = Record<string, unknown>

export type Px = readonly [number, number]
export interface Rect { x: number; y: number; width: number; height: number }

export type SymbolShape = 'circle' | 'rect' | 'triangle' | 'diamond'
export type LabelPosition = 'top' | 'bottom' | 'left' | 'right'

export interface TextStyle {
  font: string
  fill: string
  /** A plate behind the text: colour, padding [top, right, bottom, left], corner radius. */
  plate?: { fill: string; padding: readonly [number, number, number, number]; radius: number }
}

/**
 * A shape, in zrender's drawing order: by z, then z2 (0 for lines, polygons and large-mode
 * symbol paths, 100 for single symbols, 102 for their labels), then series order.
 */
export type LiveItem = { z2: number } & (
  | { kind: 'path'; points: Px[]; closed: boolean; fill?: string; stroke?: string; width: number; dash?: readonly number[]; alpha: number; join: CanvasLineJoin; clip?: Rect }
  | { kind: 'symbols'; shape: SymbolShape; size: number; centres: Px[]; fill: string; stroke?: string; width: number; alpha: number }
  | { kind: 'label'; text: string; anchor: Px; position: LabelPosition; distance: number; style: TextStyle }
  | { kind: 'text'; text: string; left?: number; right?: number; top: number; style: TextStyle })

/** zrender's z2 of single symbols (ECharts' Symbol) and of labels (their host's + 2). */
const SYMBOL_Z2 = 100
const LABEL_Z2 = SYMBOL_Z2 + 2

/** Thrown inside planning for an option feature the painter does not reproduce. */
class Unsupported extends Error {}

const list = (v: unknown): Plain[] => (v == null ? [] : (Array.isArray(v) ? v : [v])) as Plain[]
const isObj = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v)

/** Refuses an object with a key outside `allowed` whose value would change the picture. */
function only(o: unknown, allowed: readonly string[], where: string): Plain {
  if (o === undefined) return {}
  if (!isObj(o)) throw new Unsupported(where)
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined && !allowed.includes(k)) throw new Unsupported(`${where}.${k}`)
  }
  return o
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback)

/** The points of a series' data: a flat Float64Array (x, y, x, y, …) or [x, y] pairs. */
function dataPoints(data: unknown): Px[] {
  if (data instanceof Float64Array) {
    const out: Px[] = []
    for (let i = 0; i + 1 < data.length; i += 2) out.push([data[i]!, data[i + 1]!])
    return out
  }
  if (!Array.isArray(data)) throw new Unsupported('data')
  return data.map((d) => {
    if (!Array.isArray(d) || d.length !== 2 || typeof d[0] !== 'number' || typeof d[1] !== 'number') throw new Unsupported('data item')
    return [d[0], d[1]] as Px
  })
}

interface Cartesian {
  area: Rect
  toPixel: (x: number, y: number) => Px
}

/** One side of a grid box: left and width, or left and right (of a chart `size` wide); numbers only. */
function span(start: unknown, length: unknown, end: unknown, size: number): [number, number] {
  if (typeof start !== 'number') throw new Unsupported('grid box')
  if (typeof length === 'number') return [start, length]
  if (typeof end === 'number') return [start, size - start - end]
  throw new Unsupported('grid box')
}

/** Each axis pair's pixel mapping, from the grid boxes and fixed ranges the option states. */
function cartesians(option: Plain, chart: { width: number; height: number }): (xIndex: number, yIndex: number) => Cartesian {
  const grids = list(option.grid).map((g) => {
    only(g, ['id', 'left', 'top', 'right', 'bottom', 'width', 'height', 'show', 'outerBoundsMode', 'containLabel'], 'grid')
    if (g.containLabel) throw new Unsupported('grid.containLabel')
    const [x, width] = span(g.left, g.width, g.right, chart.width)
    const [y, height] = span(g.top, g.height, g.bottom, chart.height)
    return { x, y, width, height } as Rect
  })
  const axis = (a: Plain) => {
    if ((a.type ?? 'value') !== 'value' || a.inverse || typeof a.min !== 'number' || typeof a.max !== 'number' || !(a.max > a.min)) throw new Unsupported('axis')
    const grid = grids[num(a.gridIndex, 0)]
    if (!grid) throw new Unsupported('axis grid')
    return { min: a.min, max: a.max, grid }
  }
  const xs = list(option.xAxis).map(axis)
  const ys = list(option.yAxis).map(axis)
  return (xi, yi) => {
    const [xa, ya] = [xs[xi], ys[yi]]
    if (!xa || !ya || xa.grid !== ya.grid) throw new Unsupported('axis index')
    const area = xa.grid
    const sx = area.width / (xa.max - xa.min)
    const sy = area.height / (ya.max - ya.min)
    return { area, toPixel: (x, y) => [area.x + (x - xa.min) * sx, area.y + area.height - (y - ya.min) * sy] }
  }
}

const inside = (r: Rect, [x, y]: Px) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
const grow = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d })

function padding(v: unknown): [number, number, number, number] {
  const p = typeof v === 'number' ? [v] : Array.isArray(v) ? v.map(x => num(x, 0)) : [0]
  if (p.length === 1) return [p[0]!, p[0]!, p[0]!, p[0]!]
  if (p.length === 2) return [p[0]!, p[1]!, p[0]!, p[1]!]
  if (p.length === 4) return [p[0]!, p[1]!, p[2]!, p[3]!]
  throw new Unsupported('padding')
}

function textStyle(s: Plain, family: string, fallbackFill: string, radius: number): TextStyle {
  const font = typeof s.font === 'string'
    ? s.font
    : `${s.fontWeight ?? 'normal'} ${num(s.fontSize, 12)}px ${str(s.fontFamily, family)}`
  const background = s.backgroundColor
  if (background !== undefined && typeof background !== 'string') throw new Unsupported('text background')
  return {
    font,
    fill: str(s.fill ?? s.color, fallbackFill),
    plate: background ? { fill: background, padding: padding(s.padding), radius: num(s.borderRadius, radius) } : undefined,
  }
}

const SYMBOLS: Record<string, { shape: SymbolShape; empty: boolean }> = {
  circle: { shape: 'circle', empty: false },
  emptyCircle: { shape: 'circle', empty: true },
  rect: { shape: 'rect', empty: false },
  triangle: { shape: 'triangle', empty: false },
  diamond: { shape: 'diamond', empty: false },
}

/** Series keys about animation only: a live frame is never animated. */
const MOTION = ['animation', 'animationDuration', 'animationDurationUpdate', 'animationEasingUpdate']

interface Context { cartesian: ReturnType<typeof cartesians>; family: string; text: string }

/** A line series: its polyline (clipped to the grid, as ECharts does) and any point symbols. */
function lineItems(s: Plain, c: Context): LiveItem[] {
  only(s, ['id', 'type', 'xAxisIndex', 'yAxisIndex', 'data', 'dimensions', 'showSymbol', 'symbol', 'symbolSize', 'silent', 'smooth', 'z', 'lineStyle', 'itemStyle', 'clip', 'endLabel', ...MOTION], 'line')
  if (s.smooth || (s.endLabel !== undefined && only(s.endLabel, ['show'], 'endLabel').show)) throw new Unsupported('line extras')
  const ls = only(s.lineStyle, ['color', 'width', 'opacity', 'type'], 'lineStyle')
  const is = only(s.itemStyle, ['color'], 'line itemStyle')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  const points = dataPoints(s.data).map(([x, y]) => cart.toPixel(x, y))
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
  if (s.showSymbol) {
    const look = SYMBOLS[str(s.symbol, 'emptyCircle')]
    if (!look) throw new Unsupported('line symbol')
    const fill = str(is.color, colour)
    items.push({ kind: 'symbols', z2: SYMBOL_Z2, shape: look.shape, size: num(s.symbolSize, 4), centres: points.filter(pt => inside(cart.area, pt)), fill: look.empty ? '#fff' : fill, stroke: look.empty ? fill : undefined, width: look.empty ? 2 : 0, alpha: 1 })
  }
  return items
}

/** A scatter series: its symbols (centres outside the grid are left out, as ECharts does) and labels. */
function scatterItems(s: Plain, c: Context): LiveItem[] {
  only(s, ['id', 'type', 'xAxisIndex', 'yAxisIndex', 'data', 'dimensions', 'symbol', 'symbolSize', 'silent', 'z', 'large', 'largeThreshold', 'itemStyle', 'label', 'clip', ...MOTION], 'scatter')
  const is = only(s.itemStyle, ['color', 'borderColor', 'borderWidth', 'opacity'], 'scatter itemStyle')
  const label = only(s.label, ['show', 'formatter', 'position', 'distance', 'color', 'fontSize', 'fontWeight', 'fontFamily', 'backgroundColor', 'padding', 'borderRadius'], 'label')
  const look = SYMBOLS[str(s.symbol, 'circle')]
  if (!look) throw new Unsupported('scatter symbol')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  const centres = dataPoints(s.data).map(([x, y]) => cart.toPixel(x, y)).filter(pt => s.clip === false || inside(cart.area, pt))
  const size = num(s.symbolSize, 10)
  const colour = str(is.color, c.text)
  const borderWidth = num(is.borderWidth, 0)
  const border = borderWidth > 0 ? str(is.borderColor, colour) : undefined
  const items: LiveItem[] = []
  // ECharts' large mode (one path for all symbols, under single symbols) starts at the threshold.
  const z2 = s.large && centres.length >= num(s.largeThreshold, 2000) ? 0 : SYMBOL_Z2
  if (size > 0 && colour !== 'transparent') {
    items.push(look.empty
      ? { kind: 'symbols', z2, shape: look.shape, size, centres, fill: '#fff', stroke: border ?? colour, width: Math.max(borderWidth, 2), alpha: num(is.opacity, 1) }
      : { kind: 'symbols', z2, shape: look.shape, size, centres, fill: colour, stroke: border, width: borderWidth, alpha: num(is.opacity, 1) })
  }
  if (label.show) {
    if (typeof label.formatter !== 'string') throw new Unsupported('label formatter')
    const position = str(label.position, 'top')
    if (!['top', 'bottom', 'left', 'right'].includes(position)) throw new Unsupported('label position')
    for (const anchor of centres) {
      items.push({
        kind: 'label',
        z2: LABEL_Z2,
        text: label.formatter,
        anchor,
        position: position as LabelPosition,
        // ECharts places a label `distance` beyond the symbol's box, stroke included.
        distance: num(label.distance, 5) + size / 2 + (border ? borderWidth / 2 : 0),
        style: textStyle({ ...label, fill: label.color }, c.family, c.text, 0),
      })
    }
  }
  return items
}

/** A custom series whose single item is a polygon or polyline (the orange region). */
function customItems(s: Plain, c: Context): LiveItem[] {
  only(s, ['id', 'type', 'coordinateSystem', 'xAxisIndex', 'yAxisIndex', 'data', 'silent', 'z', 'renderItem', ...MOTION], 'custom')
  if (s.coordinateSystem !== 'cartesian2d' || typeof s.renderItem !== 'function' || !Array.isArray(s.data) || s.data.length !== 1) throw new Unsupported('custom')
  const cart = c.cartesian(num(s.xAxisIndex, 0), num(s.yAxisIndex, 0))
  const api = { coord: ([x, y]: Px) => [...cart.toPixel(x, y)] }
  const el = only((s.renderItem as (params: unknown, api: unknown) => unknown)({ dataIndex: 0 }, api), ['type', 'shape', 'style'], 'custom element')
  if (el.type !== 'polygon' && el.type !== 'polyline') throw new Unsupported('custom element type')
  const shape = only(el.shape, ['points'], 'custom shape')
  const style = only(el.style, ['fill', 'stroke', 'lineWidth', 'opacity'], 'custom style')
  const points = dataPoints(shape.points)
  return [{
    kind: 'path',
    z2: 0,
    points,
    closed: el.type === 'polygon',
    fill: el.type === 'polygon' ? str(style.fill, 'transparent') : undefined,
    stroke: typeof style.stroke === 'string' ? style.stroke : undefined,
    width: num(style.lineWidth, 1),
    alpha: num(style.opacity, 1),
    join: 'miter',
  }]
}

/** A text element of the graphic component (a caption or a key), placed by left or right and top. */
function graphicItem(g: Plain, c: Context): LiveItem {
  only(g, ['id', 'type', 'left', 'right', 'top', 'z', 'silent', 'style'], 'graphic')
  if (g.type !== 'text' || typeof g.top !== 'number' || (typeof g.left !== 'number') === (typeof g.right !== 'number')) throw new Unsupported('graphic')
  const s = only(g.style, ['text', 'font', 'fontFamily', 'fontSize', 'fontWeight', 'fill', 'backgroundColor', 'padding', 'borderRadius'], 'graphic style')
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
      for (const item of build(s, c)) placed.push({ z: num(s.z, 2), item })
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
