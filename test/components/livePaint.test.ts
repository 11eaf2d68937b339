// The live painter's drawing calls, recorded by a fake 2-D context: zrender's symbol
// geometry inside a size × size box, labels placed beside their symbol, and text centred on
// the em box as ECharts' SVG does (dominant-baseline: central).
import { describe, expect, it } from 'vitest'
import { paintLive } from '../../components/charts/livePaint'
import type { LiveItem } from '../../components/charts/livePlan'
import { recorder } from './paintRecorder'
import { flatPoints as px } from './seriesPoints'

const vertices = (calls: unknown[][]) => calls.filter(c => c[0] === 'moveTo' || c[0] === 'lineTo').map(c => [c[1], c[2]])

describe('paintLive', () => {
  it('draws a diamond and a triangle with their points on the box edges', () => {
    const { ctx, calls } = recorder()
    const symbols = (shape: 'diamond' | 'triangle'): LiveItem => ({ kind: 'symbols', z2: 100, shape, size: 20, centres: px([50, 50]), fill: '#000', width: 0, alpha: 1 })
    paintLive(ctx, [symbols('diamond')], 100, 100, 1)
    expect(vertices(calls)).toEqual([[50, 40], [60, 50], [50, 60], [40, 50]])
    calls.length = 0
    paintLive(ctx, [symbols('triangle')], 100, 100, 1)
    expect(vertices(calls)).toEqual([[50, 40], [60, 60], [40, 60]])
  })

  it('lifts the pen at a NaN point, so a line with a gap is two pieces', () => {
    const { ctx, calls } = recorder()
    const gap: [number, number] = [Number.NaN, Number.NaN]
    paintLive(ctx, [{ kind: 'path', z2: 0, points: px([0, 0], [10, 0], gap, [20, 5], [30, 5]), closed: false, stroke: '#000', width: 1, alpha: 1, join: 'bevel' }], 100, 100, 1)
    expect(calls.filter(c => c[0] === 'moveTo' || c[0] === 'lineTo')).toEqual([['moveTo', 0, 0], ['lineTo', 10, 0], ['moveTo', 20, 5], ['lineTo', 30, 5]])
  })

  it('turns a triangle half a circle about its centre', () => {
    const { ctx, calls } = recorder()
    paintLive(ctx, [{ kind: 'symbols', z2: 100, shape: 'triangle', size: 20, centres: px([50, 50]), fill: '#000', width: 0, alpha: 1, turned: true }], 100, 100, 1)
    expect(vertices(calls)).toEqual([[50, 60], [40, 40], [60, 40]])
  })

  it('draws a pin with its tip on the point and its head above (zrender’s Pin)', () => {
    const { ctx, calls } = recorder()
    paintLive(ctx, [{ kind: 'symbols', z2: 100, shape: 'pin', size: 20, centres: px([50, 50]), fill: '#000', width: 0, alpha: 1 }], 100, 100, 1)
    // The path ends at the tip (both curves meet there); the head's circle (r = 6) is above it.
    const curves = calls.filter(c => c[0] === 'bezierCurveTo')
    expect(curves[0]!.slice(5)).toEqual([50, 50])
    const arc = calls.find(c => c[0] === 'arc')!
    expect(arc[3]).toBe(6)
    expect(arc[2] as number).toBeLessThan(50 - 6)
  })

  it('puts a top label its distance above the anchor, centred, and its text on the em box centre', () => {
    const { ctx, calls } = recorder()
    const style = { font: '600 17px sans-serif', fill: '#111' }
    paintLive(ctx, [{ kind: 'label', z2: 102, text: 'AB', anchor: [100, 100], position: 'top', distance: 11, style, alpha: 1 }], 200, 200, 1)
    const text = calls.find(c => c[0] === 'fillText')!
    // Box 20 × 16 (the CJK glyph's width is zrender's line height) ending 11 px above the
    // anchor: left 90, top 100 − 11 − 16 = 73; the line's centre is at 81, and the
    // alphabetic baseline sits (14 − 4) / 2 below it.
    expect(text).toEqual(['fillText', 'AB', 90, 81 + 5])
  })

  it('turns an axis name a quarter counter-clockwise about its anchor, its foot at the anchor', () => {
    const { ctx, calls } = recorder()
    const style = { font: '16px sans-serif', fill: '#111' }
    paintLive(ctx, [{ kind: 'anchoredText', z2: 0, text: 'loss', at: [30, 120], align: 'center', verticalAlign: 'bottom', style, rotation: Math.PI / 2 }], 200, 200, 1)
    // Turned about (30, 120) by −90° on the canvas (counter-clockwise on screen), then drawn in
    // the text's own frame: 40 × 16, centred on 0, its bottom on 0 (centre line at −8).
    const turn = calls.findIndex(c => c[0] === 'rotate')
    expect(calls[turn - 1]).toEqual(['translate', 30, 120])
    expect(calls[turn]).toEqual(['rotate', -Math.PI / 2])
    expect(calls.find(c => c[0] === 'fillText')).toEqual(['fillText', 'loss', -20, -8 + 5])
  })

  it('draws an axis line with the round caps it asks for, other paths with butt caps', () => {
    const { ctx, calls } = recorder({ recordSets: true })
    const path = (cap?: CanvasLineCap): LiveItem => ({ kind: 'path', z2: 0, points: px([0, 0], [10, 0]), closed: false, stroke: '#000', width: 1.5, alpha: 1, join: 'miter', cap })
    paintLive(ctx, [path('round'), path()], 100, 100, 1)
    // The cap in effect at each stroke.
    let cap = 'butt'
    const caps: string[] = []
    for (const c of calls) {
      if (c[0] === 'set' && c[1] === 'lineCap') cap = c[2] as string
      if (c[0] === 'stroke') caps.push(cap)
    }
    expect(caps).toEqual(['round', 'butt'])
  })

  it('paints a path without a clip, and text that is not turned, without save and restore, and leaves the defaults it changed for the next shape', () => {
    const { ctx, calls } = recorder({ recordSets: true })
    // A 3-D surface's facet: translucent, stroked with round joins; then a dashed line; then a caption.
    const facet: LiveItem = { kind: 'path', z2: 0, points: px([0, 0], [10, 0], [10, 10]), closed: true, fill: '#123456', stroke: '#000', width: 0.6, alpha: 0.8, join: 'round' }
    const dashed: LiveItem = { kind: 'path', z2: 0, points: px([0, 0], [10, 10]), closed: false, stroke: '#f00', width: 2, dash: [5, 4], alpha: 1, join: 'round' }
    const caption: LiveItem = { kind: 'text', z2: 0, text: 'A', left: 0, top: 0, style: { font: '16px sans-serif', fill: '#111' } }
    paintLive(ctx, [facet, dashed, caption], 100, 100, 1)
    expect(calls.filter(c => c[0] === 'save' || c[0] === 'restore')).toEqual([])
    // What is in effect when the caption is painted: the canvas defaults.
    const state: Record<string, unknown> = { globalAlpha: 1, lineJoin: 'miter', lineCap: 'butt', dash: [] }
    for (const c of calls) {
      if (c[0] === 'set' && (c[1] as string) in state) state[c[1] as string] = c[2]
      if (c[0] === 'setLineDash') state.dash = c[1]
      if (c[0] === 'fillText') break
    }
    expect(state).toEqual({ globalAlpha: 1, lineJoin: 'miter', lineCap: 'butt', dash: [] })
    // and each path was painted with its own
    expect(calls).toContainEqual(['set', 'globalAlpha', 0.8])
    expect(calls).toContainEqual(['setLineDash', [5, 4]])
  })

  it('puts the opacity back after a translucent label, and turns text about its anchor inside save and restore', () => {
    const { ctx, calls } = recorder({ recordSets: true })
    const style = { font: '16px sans-serif', fill: '#111' }
    const label: LiveItem = { kind: 'label', z2: 0, text: 'L1', anchor: [50, 50], position: 'top', distance: 5, style, alpha: 0.5 }
    const turned: LiveItem = { kind: 'anchoredText', z2: 0, text: '\u03B2\u2082', at: [10, 50], align: 'center', verticalAlign: 'middle', style, rotation: Math.PI / 2 }
    const line: LiveItem = { kind: 'path', z2: 0, points: px([0, 0], [10, 0]), closed: false, stroke: '#000', width: 1, alpha: 1, join: 'miter' }
    paintLive(ctx, [label, turned, line], 100, 100, 1)
    const names = calls.map(c => c[0])
    // the label's text, then the turned text between save and restore, then the line
    expect(names.filter(n => ['save', 'restore', 'fillText', 'rotate', 'stroke'].includes(n as string))).toEqual(['fillText', 'save', 'rotate', 'fillText', 'restore', 'stroke'])
    let alpha = 1
    for (const c of calls) {
      if (c[0] === 'set' && c[1] === 'globalAlpha') alpha = c[2] as number
      if (c[0] === 'save') break
    }
    expect(alpha).toBe(1)
  })

  it('draws a caption\u2019s plate under its text, and places a right-anchored caption from the right edge', () => {
    const { ctx, calls } = recorder()
    const style = { font: '18px sans-serif', fill: '#111', plate: { fill: '#fff', padding: [2, 6, 2, 6] as const, radius: 4 } }
    paintLive(ctx, [{ kind: 'text', z2: 0, text: 'key', right: 20, top: 5, style }], 300, 100, 2)
    // Box: 30 + 12 wide, 16 + 4 tall; its right edge 20 px from the chart's (300 − 20 − 42 = 238).
    expect(calls.find(c => c[0] === 'roundRect')).toEqual(['roundRect', 238, 5, 42, 20, 4])
    expect(calls.find(c => c[0] === 'fillText')).toEqual(['fillText', 'key', 244, 5 + 2 + 8 + 5])
    // Device pixels: the canvas is cleared whole, then drawn at twice the slide's scale.
    expect(calls.filter(c => c[0] === 'setTransform')).toEqual([['setTransform', 1, 0, 0, 1, 0, 0], ['setTransform', 2, 0, 0, 2, 0, 0]])
    expect(calls.find(c => c[0] === 'clearRect')).toEqual(['clearRect', 0, 0, 600, 200])
  })

  it('moves end labels apart as ECharts does, and leaves a squeeze to ECharts', () => {
    const label = (y: number): LiveItem => ({ kind: 'label', z2: 200, text: 'L', anchor: [50, y], position: 'right', distance: 8, style: { font: '18px sans-serif', fill: '#000' }, alpha: 1, shiftY: true })
    const textYs = (calls: unknown[][]) => calls.filter(c => c[0] === 'fillText').map(c => c[3])
    // Boxes are 16 px tall (the recorder's line height), centred on their anchors; text sits
    // (14 − 4) / 2 below a box's middle.
    const apart = recorder()
    expect(paintLive(apart.ctx, [label(30), label(50)], 100, 100, 1)).toBe(true)
    expect(textYs(apart.calls)).toEqual([35, 55])
    // The lower one starts 6 px inside the upper one: pushed down to its bottom (38 → 46).
    const close = recorder()
    expect(paintLive(close.ctx, [label(30), label(40)], 100, 100, 1)).toBe(true)
    expect(textYs(close.calls)).toEqual([35, 51])
    // Above the top: pushed down to 0.
    const high = recorder()
    expect(paintLive(high.ctx, [label(4), label(60)], 100, 100, 1)).toBe(true)
    expect(textYs(high.calls)).toEqual([13, 65])
    // A lone label is never moved; a pile that would end below the chart is ECharts' to squeeze.
    expect(paintLive(recorder().ctx, [label(4)], 100, 100, 1)).toBe(true)
    const squeezed = recorder()
    expect(paintLive(squeezed.ctx, [label(80), label(90)], 100, 100, 1)).toBe(false)
    expect(squeezed.calls.filter(c => c[0] === 'fillText' || c[0] === 'clearRect')).toEqual([])
  })

  it('clips a line to its rectangle and dashes it as asked', () => {
    const { ctx, calls } = recorder()
    paintLive(ctx, [{ kind: 'path', z2: 0, points: px([0, 0], [10, 10]), closed: false, stroke: '#f00', width: 2, dash: [7, 5], alpha: 0.5, join: 'bevel', clip: { x: 1, y: 2, width: 3, height: 4 } }], 50, 50, 1)
    const names = calls.map(c => c[0])
    expect(names.indexOf('clip')).toBeLessThan(names.indexOf('stroke'))
    expect(calls).toContainEqual(['rect', 1, 2, 3, 4])
    expect(calls).toContainEqual(['setLineDash', [7, 5]])
  })
})
