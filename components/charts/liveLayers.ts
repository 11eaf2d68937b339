// Live frames repaint every shape, though many stay put while one thing moves: dragging the
// bowl's minimum on "Beyond L1 and L2" leaves its cloud of 1 000 solutions where it is. A run
// of shapes that is the same as in the previous frame, and costly to draw, is painted once on a
// layer of its own and copied in at its place in the drawing order: the frame is the same, and a
// copy costs a fraction of drawing those shapes again.
import type { LiveItem } from './livePlan'
import type { Label, Paint2D } from './livePaint'
import { clearCanvas, labelShifts, paintItem } from './livePaint'
import { sameValue } from './optionUpdate'

/** What a layer is painted on: a canvas outside the page. */
export interface LayerCanvas {
  width: number
  height: number
  getContext: (kind: '2d') => unknown
}

/** Vertices and symbols a run must hold to get a layer: a copy of the whole canvas costs about as much as 300 small circles. */
export const MIN_LAYER_WEIGHT = 300
/** Layers kept per chart at most; each holds a canvas's worth of pixels. */
export const MAX_LAYERS = 3

const weight = (item: LiveItem) => (item.kind === 'path' ? item.points.length / 2 : item.kind === 'symbols' ? item.centres.length / 2 : 1)

interface Layer {
  from: number
  to: number
  canvas: LayerCanvas
}

/** Paints live frames (as paintLive does) on one chart's canvas, keeping unchanged costly runs of shapes on layers. */
export class LiveLayers {
  private previous: readonly LiveItem[] | undefined
  private layers: Layer[] = []
  private spare: LayerCanvas[] = []
  private size = ''

  constructor(private readonly makeCanvas: () => LayerCanvas) {}

  /** Forgets the previous frame and frees every layer's pixels. */
  clear() {
    for (const c of [...this.layers.map(l => l.canvas), ...this.spare]) c.width = 0
    this.layers = []
    this.spare = []
    this.previous = undefined
  }

  /** paintLive with layers: false, painting nothing, when ECharts must draw the frame. */
  paint(ctx: Paint2D, items: readonly LiveItem[], width: number, height: number, ratio: number): boolean {
    const shifts = labelShifts(ctx, items, height)
    if (!shifts) {
      this.previous = undefined
      return false
    }
    const size = `${width}x${height}@${ratio}`
    if (size !== this.size) {
      this.clear()
      this.size = size
    }
    const layers = this.layersFor(items, shifts, width, height, ratio)
    this.previous = items
    clearCanvas(ctx, width, height, ratio)
    for (let i = 0; i < items.length;) {
      const layer = layers.find(l => l.from === i)
      if (layer) {
        ctx.save()
        ctx.setTransform(1, 0, 0, 1, 0, 0)
        ctx.drawImage(layer.canvas as CanvasImageSource, 0, 0)
        ctx.restore()
        i = layer.to
        continue
      }
      paintItem(ctx, items[i]!, shifts, width)
      i += 1
    }
    return true
  }

  /**
   * The layers for this frame: for each costly run of items equal to the previous frame's
   * (same place in the list), a kept layer lying inside the run, or else a new one for the
   * whole run. A label kept clear of others is never layered: its place depends on theirs.
   */
  private layersFor(items: readonly LiveItem[], shifts: ReadonlyMap<Label, number>, width: number, height: number, ratio: number): Layer[] {
    const prev = this.previous
    const same = (i: number) => prev !== undefined && prev.length === items.length
      && !(items[i]!.kind === 'label' && (items[i] as Label).shiftY) && sameValue(prev[i], items[i])
    const kept: Layer[] = []
    for (let i = 0; i < items.length && kept.length < MAX_LAYERS;) {
      if (!same(i)) {
        i += 1
        continue
      }
      let j = i
      let w = 0
      while (j < items.length && same(j)) w += weight(items[j++]!)
      if (w >= MIN_LAYER_WEIGHT) kept.push(this.layers.find(l => l.from >= i && l.to <= j) ?? this.newLayer(items, i, j, shifts, width, height, ratio))
      i = j
    }
    for (const l of this.layers) if (!kept.includes(l)) this.spare.push(l.canvas)
    this.layers = kept
    return kept
  }

  private newLayer(items: readonly LiveItem[], from: number, to: number, shifts: ReadonlyMap<Label, number>, width: number, height: number, ratio: number): Layer {
    const canvas = this.spare.pop() ?? this.makeCanvas()
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)]
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h]
    const ctx = canvas.getContext('2d') as Paint2D
    clearCanvas(ctx, width, height, ratio)
    for (let i = from; i < to; i++) paintItem(ctx, items[i]!, shifts, width)
    return { from, to, canvas }
  }
}
