// Layers of unchanged shapes between live frames: a costly run of shapes equal to the previous
// frame's is painted once on a layer and copied in at its place. The frame drawn must be the
// frame paintLive draws, whatever stays and whatever changes from one frame to the next.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LiveLayers, MAX_LAYERS, MIN_LAYER_WEIGHT } from '../../components/charts/liveLayers'
import type { LayerCanvas } from '../../components/charts/liveLayers'
import { paintLive } from '../../components/charts/livePaint'
import type { LiveItem } from '../../components/charts/livePlan'
import { recorder } from './paintRecorder'
import { flatPoints as px } from './seriesPoints'

/** Fake layer canvases, each with its own recorder. */
function canvases() {
  const made: (LayerCanvas & { calls: unknown[][] })[] = []
  const make = () => {
    const { ctx, calls } = recorder({ recordSets: true })
    const canvas = { width: 0, height: 0, getContext: () => ctx, calls }
    made.push(canvas)
    return canvas
  }
  return { made, make }
}

/** A path of `n` points (costly from MIN_LAYER_WEIGHT on), told apart by `tag`. */
const path = (n: number, tag: number): LiveItem => ({
  kind: 'path',
  z2: 0,
  points: px(...Array.from({ length: n }, (_, i) => [i, tag] as const)),
  closed: false,
  stroke: '#123456',
  width: 1,
  join: 'bevel',
  alpha: 1,
})
const dot = (x: number): LiveItem => ({ kind: 'symbols', z2: 100, shape: 'circle', size: 8, centres: px([x, 5]), fill: '#000', width: 0, alpha: 1 })
const HEAVY = MIN_LAYER_WEIGHT

/**
 * The drawing calls of a frame with each copied layer replaced by what that layer holds (its
 * calls since it was last cleared), without the state bookkeeping around them (save, restore,
 * transforms, clearing, fonts set to measure text): what ends up on the canvas, in order.
 */
function flattened(main: unknown[][], layers: { calls: unknown[][] }[]): unknown[][] {
  const out: unknown[][] = []
  for (const c of main) {
    if (c[0] !== 'drawImage') {
      out.push(c)
      continue
    }
    const layer = layers.find(l => l === c[1])!
    const lastClear = layer.calls.map(x => x[0]).lastIndexOf('clearRect')
    out.push(...layer.calls.slice(lastClear + 1))
  }
  return out.filter(c => !['save', 'restore', 'setTransform', 'clearRect'].includes(c[0] as string) && !(c[0] === 'set' && c[1] === 'font'))
}

function paintOnce(layers: LiveLayers, items: readonly LiveItem[]) {
  const { ctx, calls } = recorder({ recordSets: true })
  expect(layers.paint(ctx, items, 100, 60, 2)).toBe(true)
  return calls
}

function reference(items: readonly LiveItem[]) {
  const { ctx, calls } = recorder({ recordSets: true })
  paintLive(ctx, items, 100, 60, 2)
  return flattened(calls, [])
}

describe('LiveLayers', () => {
  it('paints the first frame directly, layers a costly unchanged run from the second, and copies it from the third', () => {
    const { made, make } = canvases()
    const layers = new LiveLayers(make)
    const frame = (x: number) => [path(10, 0), path(HEAVY, 1), path(HEAVY, 2), dot(x)]
    // Frame 1: nothing to compare with.
    expect(paintOnce(layers, frame(1)).some(c => c[0] === 'drawImage')).toBe(false)
    expect(made).toHaveLength(0)
    // Frame 2: the two heavy paths (and the light one before them) are unchanged: one layer
    // for the whole run, device-sized (100 × 60 at ratio 2), then the moved dot on top.
    const second = paintOnce(layers, frame(2))
    expect(made).toHaveLength(1)
    expect([made[0]!.width, made[0]!.height]).toEqual([200, 120])
    expect(second.filter(c => c[0] === 'drawImage')).toEqual([['drawImage', made[0], 0, 0]])
    expect(second.filter(c => c[0] === 'arc')).toEqual([['arc', 2, 5, 4, 0, 2 * Math.PI]])
    expect(made[0]!.calls.filter(c => c[0] === 'stroke')).toHaveLength(3)
    // Frame 3: the layer is copied again, not painted again.
    const before = made[0]!.calls.length
    const third = paintOnce(layers, frame(3))
    expect(made[0]!.calls).toHaveLength(before)
    expect(third.filter(c => c[0] === 'drawImage')).toHaveLength(1)
    expect(flattened(third, made)).toEqual(reference(frame(3)))
  })

  it('never layers a label kept clear of others: its place depends on theirs', () => {
    const { made, make } = canvases()
    const layers = new LiveLayers(make)
    const style = { font: '16px sans-serif', fill: '#111' }
    const label = (text: string, y: number): LiveItem => ({ kind: 'label', z2: 102, text, anchor: [50, y], position: 'right', distance: 5, style, alpha: 1, shiftY: true })
    const frame = (x: number) => [path(HEAVY, 0), label('kept', 20), label('moved', x)]
    paintOnce(layers, frame(30))
    const second = paintOnce(layers, frame(32))
    // The heavy path has its layer; both labels, even the unchanged one, are painted each frame.
    expect(made).toHaveLength(1)
    expect(made[0]!.calls.filter(c => c[0] === 'fillText')).toEqual([])
    expect(second.filter(c => c[0] === 'fillText').map(c => c[1])).toEqual(['kept', 'moved'])
  })

  it('paints a cheap unchanged run directly', () => {
    const { made, make } = canvases()
    const layers = new LiveLayers(make)
    const frame = (x: number) => [path(HEAVY - 1, 0), dot(x)]
    paintOnce(layers, frame(1))
    paintOnce(layers, frame(2))
    expect(made).toHaveLength(0)
  })

  it(`keeps at most ${MAX_LAYERS} layers, and clear() frees their pixels`, () => {
    const { made, make } = canvases()
    const layers = new LiveLayers(make)
    const frame = (x: number) => Array.from({ length: MAX_LAYERS + 2 }, (_, k) => [path(HEAVY, k), dot(x + k)]).flat()
    paintOnce(layers, frame(0))
    const second = paintOnce(layers, frame(1))
    expect(made).toHaveLength(MAX_LAYERS)
    expect(flattened(second, made)).toEqual(reference(frame(1)))
    layers.clear()
    expect(made.every(c => c.width === 0)).toBe(true)
  })

  it('draws exactly what paintLive draws, over any sequence of frames', () => {
    // Each frame keeps or changes each of six slots; slot sizes straddle the layer threshold,
    // and a frame may also have a slot fewer, which shifts every index after it.
    const slot = fc.record({ changed: fc.boolean(), heavy: fc.boolean() })
    const frames = fc.array(fc.record({ slots: fc.array(slot, { minLength: 6, maxLength: 6 }), drop: fc.option(fc.integer({ min: 0, max: 5 })) }), { minLength: 1, maxLength: 8 })
    fc.assert(fc.property(frames, (seq) => {
      const { made, make } = canvases()
      const layers = new LiveLayers(make)
      const tags = [0, 1, 2, 3, 4, 5]
      let next = 6
      for (const f of seq) {
        f.slots.forEach((s, k) => { if (s.changed) tags[k] = next++ })
        const items = f.slots.map((s, k) => path(s.heavy ? HEAVY + 20 : 40, tags[k]!)).filter((_, k) => k !== f.drop)
        expect(flattened(paintOnce(layers, items), made)).toEqual(reference(items))
      }
    }), { numRuns: 300 })
  })
})
