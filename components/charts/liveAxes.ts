// The axes of a chart, planned as live shapes (livePlan.ts), for the moves that change them:
// the w axis of "Subgradient bounces; proximal lands on 0" follows the start w₀ so the
// bounces stay visible, and the loss axis of "The contour argument" follows the marker.
// ECharts redraws an axis layer in 10–16 ms, a whole frame; these shapes paint in well under
// one. They follow ECharts 6's own rules (component/axis/AxisBuilder.js,
// CartesianAxisView.js, scale/Interval.js, coord/axisNiceTicks.js): the
// ticks from a fixed range and interval or from its "nice" interval, the default label text,
// label and name placement, half-pixel snapping of thin lines, and drawing order. Where
// ECharts would hide a label or move a name to clear another, which depends on text sizes
// that are close to touching, the axes are refused and ECharts draws them, as before.
import type { LiveItem, Px, Rect, TextStyle } from './livePlan'
import { alignedCorner, flat, gridRects, list, num, only, str, textStyle, Unsupported } from './livePlan'

type Plain = Record<string, unknown>

/** Text width in pixels for a CSS font (the painter's canvas measures it). */
export type Measure = (text: string, font: string) => number

/** A label or name whose box comes closer than this to another is refused rather than guessed. */
const CLEARANCE = 2

// ---- ECharts' number helpers (echarts/lib/util/number.js, util/format.js) ----

/** Digits after the decimal point. */
export function precisionOf(v: number): number {
  if (v > 1e-14) {
    let e = 1
    for (let i = 0; i < 15; i++, e *= 10) {
      if (Math.round(v * e) / e === v) return i
    }
  }
  const s = v.toString().toLowerCase()
  const eIndex = s.indexOf('e')
  const exp = eIndex > 0 ? +s.slice(eIndex + 1) : 0
  const significand = eIndex > 0 ? eIndex : s.length
  const dot = s.indexOf('.')
  return Math.max(0, (dot < 0 ? 0 : significand - 1 - dot) - exp)
}

const roundTo = (x: number, precision: number) => +x.toFixed(Math.min(Math.max(0, precision), 20))

function exponentOf(v: number): number {
  if (v === 0) return 0
  let e = Math.floor(Math.log(v) / Math.LN10)
  if (v / 10 ** e >= 10) e++
  return e
}

/** ECharts' `nice(v, round)`: 1, 2, 3 or 5 times a power of ten, nearest to v. */
export function niceStep(v: number): number {
  const e = exponentOf(v)
  const f = v / 10 ** e
  const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10
  return roundTo(nf * 10 ** e, -e)
}

/** ECharts' default value label: as many decimals as the value has, thousands separated. */
export function defaultLabel(v: number): string {
  const [whole, fraction] = v.toFixed(Math.min(precisionOf(v), 20)).split('.')
  return whole!.replace(/(\d{1,3})(?=(?:\d{3})+(?!\d))/g, '$1,') + (fraction === undefined ? '' : `.${fraction}`)
}

/**
 * The tick values of a value axis with a fixed range: from the minimum by the interval when
 * it is given, or else on multiples of ECharts' nice interval (span / splitNumber, at least
 * minInterval), with the range's ends added when they are off that grid.
 */
export function axisTicks(min: number, max: number, interval: number | undefined, splitNumber = 5, minInterval?: number): number[] {
  let step: number
  let first: number
  let last: number
  if (interval !== undefined) {
    step = interval
    ;[first, last] = [min, max]
  }
  else {
    step = niceStep((max - min) / Math.max(Math.round(splitNumber), 1))
    if (minInterval !== undefined && step < minInterval) step = minInterval
  }
  const precision = precisionOf(step) + 2
  if (interval === undefined) [first, last] = [roundTo(Math.ceil(min / step) * step, precision), roundTo(Math.floor(max / step) * step, precision)]
  const ticks: number[] = []
  if (min < first!) ticks.push(min)
  for (let t = first!; t <= last! && ticks.length < 3000; t = roundTo(t + step, precision)) {
    if (ticks.length > 0 && t === ticks.at(-1)) break
    ticks.push(t)
  }
  if (max > (ticks.at(-1) ?? last!)) ticks.push(max)
  return ticks
}

/** zrender's subPixelOptimize: a thin line's position snapped so its stroke fills whole pixels. */
export function snap(position: number, lineWidth: number): number {
  const doubled = Math.round(position * 2)
  return (doubled + Math.round(lineWidth)) % 2 === 0 ? doubled / 2 : (doubled + 1) / 2
}

// ---- planning ----

interface Box { x: number; y: number; width: number; height: number }

const near = (a: Box, b: Box) => a.x < b.x + b.width + CLEARANCE && b.x < a.x + a.width + CLEARANCE
  && a.y < b.y + b.height + CLEARANCE && b.y < a.y + a.height + CLEARANCE

/** The box of text anchored at `at` by its alignment (unrotated). */
function boxOf(text: string, style: TextStyle, at: Px, align: CanvasTextAlign, verticalAlign: 'top' | 'middle' | 'bottom', measure: Measure): Box {
  const width = measure(text, style.font)
  const height = measure('\u56FD', style.font)
  const [x, y] = alignedCorner(at, width, height, align, verticalAlign)
  return { x, y, width, height }
}

const line = (a: Px, b: Px, stroke: string, width: number, cap?: CanvasLineCap): LiveItem =>
  ({ kind: 'path', z2: 0, points: flat([a, b]), closed: false, stroke, width, alpha: 1, join: 'miter', cap })

/** What one axis draws, by layer: split lines, then axis line and name, ticks, labels (ECharts' z2 0, 1, 2, 10). */
interface AxisShapes {
  split: LiveItem[]
  lineAndName: LiveItem[]
  ticks: LiveItem[]
  labels: LiveItem[]
  labelBoxes: Box[]
  /** The labels' boxes joined, stretched to the axis line along the whole axis (ECharts' stOccupiedRect). */
  band?: Box
  name?: { box: Box; end: boolean }
}

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map(b => b.x))
  const y = Math.min(...boxes.map(b => b.y))
  return { x, y, width: Math.max(...boxes.map(b => b.x + b.width)) - x, height: Math.max(...boxes.map(b => b.y + b.height)) - y }
}

const LINE_STYLE = ['color', 'width']

function axisShapes(a: Plain, dim: 'x' | 'y', grids: Rect[], family: string, measure: Measure): AxisShapes {
  only(a, ['id', 'type', 'gridIndex', 'min', 'max', 'interval', 'minInterval', 'splitNumber', 'name', 'nameLocation', 'nameGap', 'nameRotate', 'nameTextStyle', 'axisLine', 'axisTick', 'axisLabel', 'splitLine', 'show'], 'axis')
  const grid = grids[num(a.gridIndex, 0)]
  if (!grid) throw new Unsupported('axis grid')
  const empty: AxisShapes = { split: [], lineAndName: [], ticks: [], labels: [], labelBoxes: [] }
  if (a.show === false) return empty
  if ((a.type ?? 'value') !== 'value' || typeof a.min !== 'number' || typeof a.max !== 'number' || !(a.max > a.min)) throw new Unsupported('axis range')
  const axisLine = only(a.axisLine, ['show', 'onZero', 'lineStyle'], 'axisLine')
  // onZero would put the line at the other axis's 0; the deck's axes sit at the grid's edge.
  if (axisLine.onZero !== false) throw new Unsupported('axisLine.onZero')
  const lineStyle = only(axisLine.lineStyle, LINE_STYLE, 'axisLine.lineStyle')
  const tick = only(a.axisTick, ['show', 'length', 'lineStyle'], 'axisTick')
  const tickStyle = only(tick.lineStyle, LINE_STYLE, 'axisTick.lineStyle')
  const label = only(a.axisLabel, ['show', 'color', 'fontSize', 'fontFamily', 'formatter', 'showMinLabel', 'showMaxLabel', 'margin'], 'axisLabel')
  const split = only(a.splitLine, ['show', 'lineStyle'], 'splitLine')
  const splitStyle = only(split.lineStyle, LINE_STYLE, 'splitLine.lineStyle')
  const nameStyle = only(a.nameTextStyle, ['color', 'fontSize', 'fontFamily', 'align'], 'nameTextStyle')
  if (label.formatter !== undefined && typeof label.formatter !== 'function') throw new Unsupported('axisLabel.formatter')
  if (typeof split.lineStyle === 'object' && Array.isArray((split.lineStyle as Plain).color)) throw new Unsupported('splitLine colours')

  const [min, max] = [a.min, a.max]
  const values = axisTicks(min, max, typeof a.interval === 'number' ? a.interval : undefined, num(a.splitNumber, 5), typeof a.minInterval === 'number' ? a.minInterval : undefined)
  // Pixels along the axis; the other coordinate is the axis line's (bottom edge for x, left for y).
  const along = (v: number) => (dim === 'x' ? grid.x + (v - min) / (max - min) * grid.width : grid.y + grid.height - (v - min) / (max - min) * grid.height)
  const at = (u: number, off: number): Px => (dim === 'x' ? [u, grid.y + grid.height + off] : [grid.x - off, u])
  const axisColour = str(lineStyle.color, '#6E7079')
  const shapes: AxisShapes = { split: [], lineAndName: [], ticks: [], labels: [], labelBoxes: [] }

  // Split lines across the grid at every tick (value axes show them by default).
  if (split.show !== false) {
    const w = num(splitStyle.width, 1)
    const colour = str(splitStyle.color, '#E0E6F1')
    for (const v of values) {
      const u = snap(along(v), w)
      shapes.split.push(dim === 'x' ? line([u, grid.y], [u, grid.y + grid.height], colour, w) : line([grid.x, u], [grid.x + grid.width, u], colour, w))
    }
  }
  // The axis line, with round caps, snapped across its length.
  if (axisLine.show !== false) {
    const w = num(lineStyle.width, 1)
    const [p, q] = dim === 'x' ? [at(grid.x, 0), at(grid.x + grid.width, 0)] : [at(grid.y + grid.height, 0), at(grid.y, 0)]
    const k = dim === 'x' ? 1 : 0
    const s = snap(p[k]!, w)
    const fix = (pt: Px): Px => (k === 1 ? [pt[0], s] : [s, pt[1]])
    shapes.lineAndName.push(line(fix(p), fix(q), axisColour, w, 'round'))
  }

  // Labels: y labels right-aligned and centred left of the line, x labels centred below it.
  const labelFont: Plain = { color: label.color, fontSize: num(label.fontSize, 12), fontFamily: label.fontFamily }
  const labelTextStyle = textStyle(labelFont, family, str(label.color, axisColour), 0)
  const margin = num(label.margin, 8)
  const [align, verticalAlign] = dim === 'x' ? ['center', 'top'] as const : ['right', 'middle'] as const
  const formatter = label.formatter as ((v: number, i: number) => string) | undefined
  const shown = values.map(() => label.show !== false)
  if (label.show !== false) {
    const texts = values.map((v, i) => (formatter ? String(formatter(v, i)) : defaultLabel(v)))
    const boxes = values.map((v, i) => boxOf(texts[i]!, labelTextStyle, at(along(v), margin), align, verticalAlign, measure))
    // showMinLabel / showMaxLabel: false hides the end label (and its tick). Otherwise ECharts
    // hides the end label, or its neighbour when asked to show it, if the two overlap: refused.
    const ends: [unknown, number, number][] = [[label.showMinLabel, 0, 1], [label.showMaxLabel, values.length - 1, values.length - 2]]
    for (const [option, outer, inner] of ends) {
      if (values.length < 2) break
      if (option === false) shown[outer] = false
      else if (near(boxes[outer]!, boxes[inner]!)) throw new Unsupported('axis labels close to overlapping')
    }
    values.forEach((v, i) => {
      if (!shown[i]) return
      shapes.labels.push({ kind: 'anchoredText', z2: 0, text: texts[i]!, at: at(along(v), margin), align, verticalAlign, style: labelTextStyle })
      shapes.labelBoxes.push(boxes[i]!)
    })
  }
  if (shapes.labelBoxes.length > 0) {
    const lineBox = dim === 'x' ? { x: grid.x, y: grid.y + grid.height, width: grid.width, height: 1 } : { x: grid.x - 1, y: grid.y, width: 1, height: grid.height }
    shapes.band = union([...shapes.labelBoxes, lineBox])
  }
  // Ticks outside the line, one per shown label (ECharts hides the tick of a hidden label).
  if (tick.show !== false) {
    const w = num(tickStyle.width, 1)
    const length = num(tick.length, 5)
    const colour = str(tickStyle.color, axisColour)
    values.forEach((v, i) => {
      if (!shown[i] && label.show !== false) return
      const u = snap(along(v), w)
      shapes.ticks.push(dim === 'x' ? line([u, at(0, 0)[1]], [u, at(0, length)[1]], colour, w) : line([at(0, 0)[0], u], [at(0, length)[0], u], colour, w))
    })
  }

  // The name: in the middle of the axis (a y name turned to read upwards) or past its end.
  if (typeof a.name === 'string' && a.name !== '') {
    const location = str(a.nameLocation, 'end')
    const gap = num(a.nameGap, 15)
    const style = textStyle({ color: nameStyle.color, fontSize: nameStyle.fontSize, fontFamily: nameStyle.fontFamily }, family, str(nameStyle.color, axisColour), 0)
    let item: Extract<LiveItem, { kind: 'anchoredText' }>
    let box: Box
    if (location === 'middle' || location === 'center') {
      if (a.nameRotate !== undefined || nameStyle.align !== undefined) throw new Unsupported('axis name')
      const mid = dim === 'x' ? grid.x + grid.width / 2 : grid.y + grid.height / 2
      const anchor = at(mid, gap)
      if (dim === 'x') {
        item = { kind: 'anchoredText', z2: 0, text: a.name, at: anchor, align: 'center', verticalAlign: 'top', style }
        box = boxOf(a.name, style, anchor, 'center', 'top', measure)
      }
      else {
        // Turned a quarter counter-clockwise, its foot towards the axis.
        item = { kind: 'anchoredText', z2: 0, text: a.name, at: anchor, align: 'center', verticalAlign: 'bottom', style, rotation: Math.PI / 2 }
        const upright = boxOf(a.name, style, [0, 0], 'center', 'bottom', measure)
        box = { x: anchor[0] - upright.height, y: anchor[1] - upright.width / 2, width: upright.height, height: upright.width }
      }
    }
    else if (location === 'end') {
      // Past the end (right of an x axis, above a y axis), upright: ECharts' endTextLayout.
      if (![undefined, 0].includes(a.nameRotate as number)) throw new Unsupported('axis name rotation')
      const anchor: Px = dim === 'x' ? [grid.x + grid.width + gap, grid.y + grid.height] : [grid.x, grid.y - gap]
      const [nameAlign, nameVertical] = dim === 'x' ? ['left', 'middle'] as const : ['center', 'bottom'] as const
      const alignNow = str(nameStyle.align, nameAlign) as CanvasTextAlign
      if (!['left', 'center', 'right'].includes(alignNow)) throw new Unsupported('axis name align')
      item = { kind: 'anchoredText', z2: 0, text: a.name, at: anchor, align: alignNow, verticalAlign: nameVertical, style }
      box = boxOf(a.name, style, anchor, alignNow, nameVertical, measure)
    }
    else {
      throw new Unsupported('axis name location')
    }
    shapes.lineAndName.push(item)
    shapes.name = { box, end: location === 'end' }
  }
  return shapes
}

/**
 * The shapes of an axes layer (axisLayer.ts: grid, xAxis and yAxis of fixed range), in
 * drawing order, or undefined when some part is one the live painter does not reproduce.
 */
export function planAxes(option: Plain, chart: { width: number; height: number }, measure: Measure): LiveItem[] | undefined {
  const plan = tryPlanAxes(option, chart, measure)
  return Array.isArray(plan) ? plan : undefined
}

/** Why the axes of `option` are left to ECharts (the first part refused), or undefined if they are not. */
export function whyNotAxes(option: Plain, chart: { width: number; height: number }, measure: Measure): string | undefined {
  const plan = tryPlanAxes(option, chart, measure)
  return Array.isArray(plan) ? undefined : plan
}

function tryPlanAxes(option: Plain, chart: { width: number; height: number }, measure: Measure): LiveItem[] | string {
  try {
    only(option, ['grid', 'xAxis', 'yAxis', 'textStyle'], 'axes option')
    const family = str(only(option.textStyle, ['fontFamily'], 'textStyle').fontFamily, 'sans-serif')
    const grids = gridRects(option, chart)
    const xs = list(option.xAxis).map(a => ({ a, s: axisShapes(a, 'x', grids, family, measure) }))
    const ys = list(option.yAxis).map(a => ({ a, s: axisShapes(a, 'y', grids, family, measure) }))
    if (xs.length > 1 || ys.length > 1) throw new Unsupported('several axes per dimension')
    const all = [...xs, ...ys]
    // ECharts moves a name off labels it overlaps (its own axis's; for a name past the end,
    // also the other axis's, and for a name in the middle, the band from its labels to the line).
    for (const { s } of all) {
      if (!s.name) continue
      const others = s.name.end ? all.flatMap(o => o.s.labelBoxes) : (s.band ? [s.band] : [])
      if (others.some(b => near(b, s.name!.box))) throw new Unsupported('axis name close to labels')
    }
    return [...all.flatMap(o => o.s.split), ...all.flatMap(o => o.s.lineAndName), ...all.flatMap(o => o.s.ticks), ...all.flatMap(o => o.s.labels)]
  }
  catch (e) {
    if (e instanceof Unsupported) return e.message
    throw e
  }
}
