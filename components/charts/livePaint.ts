// Paints livePlan's shapes on a 2-D canvas with ECharts' geometry: the same symbol shapes
// (zrender's circle, rect, triangle and diamond inside a size × size box), label offsets,
// text plates and clipping, so the resting ECharts frame replaces a live one without a jump.
import type { LiveItem, Px, SymbolShape, TextStyle } from './livePlan'
import { alignedCorner } from './livePlan'

/** The part of CanvasRenderingContext2D the painter uses (a recording fake stands in for tests). */
export type Paint2D = Pick<CanvasRenderingContext2D,
  'save' | 'restore' | 'beginPath' | 'closePath' | 'moveTo' | 'lineTo' | 'arc' | 'bezierCurveTo' | 'rect' | 'roundRect' | 'clip' | 'fill' | 'stroke'
  | 'setLineDash' | 'fillText' | 'measureText' | 'clearRect' | 'setTransform' | 'drawImage' | 'translate' | 'rotate'
  | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'lineCap' | 'globalAlpha' | 'font' | 'textAlign' | 'textBaseline'>

/**
 * Adds one symbol to the current path: zrender's shape for `shape` in a size × size box
 * centred on (cx, cy) (a pin's tip is at the centre, its head above), turned half a circle if asked.
 */
function symbolPath(ctx: Paint2D, shape: SymbolShape, cx: number, cy: number, size: number, turned = false) {
  // Plain arithmetic, no helper closures or destructuring: a cloud calls this 1 000 times a frame.
  const k = turned ? -1 : 1
  const h = size / 2
  const kh = k * h
  switch (shape) {
    case 'circle':
      ctx.moveTo(cx + h, cy)
      ctx.arc(cx, cy, h, 0, 2 * Math.PI)
      break
    case 'rect':
      ctx.rect(cx - h, cy - h, size, size)
      break
    case 'roundRect':
      ctx.roundRect(cx - h, cy - h, size, size, size / 4)
      break
    case 'triangle':
      ctx.moveTo(cx, cy - kh)
      ctx.lineTo(cx + kh, cy + kh)
      ctx.lineTo(cx - kh, cy + kh)
      ctx.closePath()
      break
    case 'diamond':
      ctx.moveTo(cx, cy - kh)
      ctx.lineTo(cx + kh, cy)
      ctx.lineTo(cx, cy + kh)
      ctx.lineTo(cx - kh, cy)
      ctx.closePath()
      break
    case 'pin': {
      // zrender's Pin (echarts/lib/util/symbol.js), with its tip (x, y) at the centre.
      const w = size / 5 * 3
      const r = w / 2
      const height = Math.max(w, size)
      const dy = r * r / (height - r)
      const headY = -height + r + dy
      const angle = Math.asin(dy / r)
      const dx = Math.cos(angle) * r
      const [tanX, tanY] = [Math.sin(angle), Math.cos(angle)]
      const [cp1, cp2] = [r * 0.6, r * 0.7]
      ctx.moveTo(cx - k * dx, cy + k * (headY + dy))
      ctx.arc(cx, cy + k * headY, r, Math.PI - angle + (turned ? Math.PI : 0), 2 * Math.PI + angle + (turned ? Math.PI : 0))
      ctx.bezierCurveTo(cx + k * (dx - tanX * cp1), cy + k * (headY + dy + tanY * cp1), cx, cy - k * cp2, cx, cy)
      ctx.bezierCurveTo(cx, cy - k * cp2, cx + k * (-dx + tanX * cp1), cy + k * (headY + dy + tanY * cp1), cx - k * dx, cy + k * (headY + dy))
      ctx.closePath()
      break
    }
  }
}

/** zrender's line height for a font: the width of a wide CJK glyph, about the font size. */
const lineHeight = (ctx: Paint2D, font: string) => measure(ctx, font, '\u56FD').width

/**
 * Text metrics of `text` in `font`, remembered: a frame measures every label and caption
 * again, and their words rarely change from one frame to the next.
 */
const measured = new Map<string, { width: number; ascent: number; descent: number }>()
function measure(ctx: Paint2D, font: string, text: string) {
  const key = `${font}\n${text}`
  let m = measured.get(key)
  if (!m) {
    ctx.font = font
    const t = ctx.measureText(text)
    // The em box, as ECharts' SVG centres text on it; older engines lack it.
    const [ascent, descent] = t.emHeightAscent === undefined ? [t.fontBoundingBoxAscent, t.fontBoundingBoxDescent] : [t.emHeightAscent, t.emHeightDescent]
    m = { width: t.width, ascent, descent }
    if (measured.size > 4000) measured.clear()
    measured.set(key, m)
  }
  return m
}

/** The width of `text` in `font` (remembered, as for painting). */
export const textWidth = (ctx: Paint2D, font: string, text: string) => measure(ctx, font, text).width

/** Text (one line) whose box has its top-left corner at (x, y), on its plate if it has one. */
function boxedText(ctx: Paint2D, text: string, style: TextStyle, x: number, y: number) {
  const [pt, pr, pb, pl] = style.plate?.padding ?? [0, 0, 0, 0]
  const width = measure(ctx, style.font, text).width
  const height = lineHeight(ctx, style.font)
  if (style.plate) {
    ctx.fillStyle = style.plate.fill
    ctx.beginPath()
    ctx.roundRect(x, y, width + pl + pr, height + pt + pb, style.plate.radius)
    ctx.fill()
    if (style.plate.stroke) {
      ctx.strokeStyle = style.plate.stroke
      ctx.lineWidth = style.plate.strokeWidth ?? 1
      ctx.stroke()
    }
  }
  ctx.fillStyle = style.fill
  ctx.textAlign = 'left'
  // ECharts' SVG centres a line on the em box (dominant-baseline: central); a canvas's
  // 'middle' baseline sits higher for fonts with a tall ascent (1.5 px for Source Sans 3).
  ctx.textBaseline = 'alphabetic'
  const { ascent, descent } = measure(ctx, style.font, text)
  ctx.font = style.font
  ctx.fillText(text, x + pl, y + pt + height / 2 + (ascent - descent) / 2)
}

/** The outer size of a text's box (plate included). */
function boxSize(ctx: Paint2D, text: string, style: TextStyle): Px {
  const [pt, pr, pb, pl] = style.plate?.padding ?? [0, 0, 0, 0]
  return [measure(ctx, style.font, text).width + pl + pr, lineHeight(ctx, style.font) + pt + pb]
}

/** A label's box (plate included) in slide pixels. */
function labelBox(ctx: Paint2D, item: Extract<LiveItem, { kind: 'label' }>): [number, number, number, number] {
  const [w, h] = boxSize(ctx, item.text, item.style)
  const [ax, ay] = item.anchor
  const d = item.distance
  const [x, y] = {
    inside: [ax - w / 2, ay - h / 2],
    top: [ax - w / 2, ay - d - h],
    bottom: [ax - w / 2, ay + d],
    left: [ax - d - w, ay - h / 2],
    right: [ax + d, ay - h / 2],
  }[item.position]
  return [x!, y!, w, h]
}

export type Label = Extract<LiveItem, { kind: 'label' }>

/**
 * How far down ECharts moves each label asked to keep clear of the others (moveOverlap:
 * 'shiftY', echarts/lib/label/labelLayoutHelper.js shiftLayoutOnXY): top to bottom, each
 * one that starts above the chart's top or the previous one's bottom is pushed down to it.
 * A lone label is never moved. Undefined when the last one would then stick out below the
 * chart: ECharts then squeezes them, which the painter does not reproduce.
 */
export function labelShifts(ctx: Paint2D, items: readonly LiveItem[], height: number): Map<Label, number> | undefined {
  const shifts = new Map<Label, number>()
  const boxes = items.flatMap((i) => {
    if (i.kind !== 'label' || !i.shiftY) return []
    const [, y, , h] = labelBox(ctx, i)
    return [{ item: i, y, h }]
  })
  if (boxes.length < 2) return shifts
  boxes.sort((a, b) => a.y - b.y)
  let bottom = 0
  for (const b of boxes) {
    const dy = Math.max(0, bottom - b.y)
    if (dy > 0) shifts.set(b.item, dy)
    bottom = b.y + dy + b.h
  }
  return bottom > height ? undefined : shifts
}

/** Fills and strokes a path item (no clip, no save): its alpha, fill, and stroke with its width, join, cap and dash. */
function paintPath(ctx: Paint2D, item: Extract<LiveItem, { kind: 'path' }>) {
  ctx.globalAlpha = item.alpha
  ctx.beginPath()
  // A NaN point is a break in the line (livePlan's gap): the next point starts a new piece.
  let pen = false
  const points = item.points
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!
    const y = points[i + 1]!
    if (Number.isNaN(x)) pen = false
    else if (pen) ctx.lineTo(x, y)
    else {
      ctx.moveTo(x, y)
      pen = true
    }
  }
  if (item.closed) ctx.closePath()
  if (item.fill && item.fill !== 'transparent') {
    ctx.fillStyle = item.fill
    ctx.fill()
  }
  if (item.stroke && item.width > 0) {
    ctx.strokeStyle = item.stroke
    ctx.lineWidth = item.width
    ctx.lineJoin = item.join
    ctx.lineCap = item.cap ?? 'butt'
    ctx.setLineDash(item.dash ? [...item.dash] : [])
    ctx.stroke()
  }
}

/** Paints one item; `shifts` from labelShifts, `width` the chart's (for text placed from the right). */
export function paintItem(ctx: Paint2D, item: LiveItem, shifts: ReadonlyMap<Label, number>, width: number) {
  // A path without a clip sets every state it paints with and puts back the defaults it
  // changed, without save and restore: those cost more than the path itself when a frame
  // paints hundreds of small ones (a 3-D surface's facets, about 5 ms a frame here).
  if (item.kind === 'path' && !item.clip) {
    paintPath(ctx, item)
    ctx.globalAlpha = 1
    ctx.lineJoin = 'miter'
    ctx.lineCap = 'butt'
    if (item.dash) ctx.setLineDash([])
    return
  }
  // Text that is not turned sets every state it paints with too (boxedText), and skipping save
  // and restore keeps the font from one text to the next, so the canvas does not parse it again
  // for each of a 3-D frame's forty labels (about 1 ms a frame here).
  if (item.kind === 'label' || item.kind === 'text' || (item.kind === 'anchoredText' && !item.rotation)) {
    paintText(ctx, item, shifts, width)
    ctx.globalAlpha = 1
    return
  }
  ctx.save()
  switch (item.kind) {
    case 'path': {
      if (item.clip) {
        ctx.beginPath()
        ctx.rect(item.clip.x, item.clip.y, item.clip.width, item.clip.height)
        ctx.clip()
      }
      paintPath(ctx, item)
      break
    }
    case 'symbols': {
      ctx.globalAlpha = item.alpha
      // One path for all symbols when nothing is stroked (ECharts' large mode does the same).
      if (!item.stroke || item.width <= 0) {
        ctx.beginPath()
        const centres = item.centres
        for (let i = 0; i + 1 < centres.length; i += 2) symbolPath(ctx, item.shape, centres[i]!, centres[i + 1]!, item.size, item.turned)
        ctx.fillStyle = item.fill
        ctx.fill()
        break
      }
      ctx.fillStyle = item.fill
      ctx.strokeStyle = item.stroke
      ctx.lineWidth = item.width
      ctx.lineJoin = 'miter'
      for (let i = 0; i + 1 < item.centres.length; i += 2) {
        ctx.beginPath()
        symbolPath(ctx, item.shape, item.centres[i]!, item.centres[i + 1]!, item.size, item.turned)
        ctx.fill()
        ctx.stroke()
      }
      break
    }
    default:
      // Turned text: translate and rotate, undone by the restore.
      paintText(ctx, item, shifts, width)
  }
  ctx.restore()
}

type TextItem = Extract<LiveItem, { kind: 'label' | 'text' | 'anchoredText' }>

/** A label, a caption or anchored text (turned about its anchor when it has a rotation). */
function paintText(ctx: Paint2D, item: TextItem, shifts: ReadonlyMap<Label, number>, width: number) {
  switch (item.kind) {
    case 'label': {
      const [x, y] = labelBox(ctx, item)
      ctx.globalAlpha = item.alpha
      boxedText(ctx, item.text, item.style, x, y + (shifts.get(item) ?? 0))
      break
    }
    case 'anchoredText': {
      const [w, h] = boxSize(ctx, item.text, item.style)
      let at = item.at
      if (item.rotation) {
        // zrender turns counter-clockwise on screen; a canvas turns clockwise.
        ctx.translate(at[0], at[1])
        ctx.rotate(-item.rotation)
        at = [0, 0]
      }
      const [x, y] = alignedCorner(at, w, h, item.align, item.verticalAlign)
      boxedText(ctx, item.text, item.style, x, y)
      break
    }
    case 'text': {
      const x = item.left ?? width - (item.right ?? 0) - boxSize(ctx, item.text, item.style)[0]
      boxedText(ctx, item.text, item.style, x, item.top)
      break
    }
  }
}

/** Clears the canvas (`width` × `height` slide pixels at `ratio` device pixels each) and sets slide pixels as its unit. */
export function clearCanvas(ctx: Paint2D, width: number, height: number, ratio: number) {
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, width * ratio, height * ratio)
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
}

/**
 * Clears the canvas (`width` × `height` slide pixels at `ratio` device pixels each) and paints
 * `items`. Returns false, painting nothing, when ECharts would squeeze labels kept clear of
 * each other into the chart, which the painter does not reproduce: that frame is ECharts'.
 */
export function paintLive(ctx: Paint2D, items: readonly LiveItem[], width: number, height: number, ratio: number): boolean {
  const shifts = labelShifts(ctx, items, height)
  if (!shifts) return false
  clearCanvas(ctx, width, height, ratio)
  for (const item of items) paintItem(ctx, item, shifts, width)
  return true
}
