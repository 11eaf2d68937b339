// The live painter's plan (components/charts/livePlan.ts): pixel positions derived by hand
// from the grid box and axis ranges, ECharts' drawing order (z, then z2: lines and
// large-mode paths under single symbols under labels), and refusal of anything it does not
// paint exactly, so such a chart keeps the ECharts path. The browser suite compares the
// painted pixels with ECharts' (test/browser/liveFrames.test.mjs).
import * as echarts from 'echarts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planLive as planOn } from '../../components/charts/livePlan'
import type { LiveItem } from '../../components/charts/livePlan'
import { fixedGrids, splitAxes } from '../../components/charts/axisLayer'
import { darkPalette, lightPalette as p } from '../../components/charts/palette'
import type { Palette } from '../../components/charts/palette'
import { twoBowlsChartSize, twoBowlsOption } from '../../components/options/twoBowlsOption'
import { hard3dChartSize, hardConstraint3dOption } from '../../components/options/hardConstraint3dOption'
import { TWO_BOWLS_LAST_STEP, twoBowlsScene } from '../../lib/scenes/twoBowls'
import { HARD3D_STEPS, hardConstraint3dScene } from '../../lib/scenes/hardConstraint3d'
import { lpBallsOption } from '../../components/options/lpBallsOption'
import { textbookOption } from '../../components/options/textbookPictureOption'
import { LP_STEPS, lpScene, lpDefaults } from '../../lib/scenes/lpBalls'
import { textbookDefaults, textbookScene, TEXTBOOK_STEPS } from '../../lib/scenes/textbookPicture'
import { flatPoints as px } from './seriesPoints'

/** A 200 × 100 px grid at (40, 10) showing x in [−2, 2] and y in [0, 1]. */
const frame = {
  grid: [{ left: 40, top: 10, width: 200, height: 100 }],
  xAxis: [{ type: 'value', gridIndex: 0, min: -2, max: 2 }],
  yAxis: [{ type: 'value', gridIndex: 0, min: 0, max: 1 }],
}
const line = (id: string, data: unknown, extra: Record<string, unknown> = {}) => ({ id, type: 'line', data, showSymbol: false, lineStyle: { color: '#123456', width: 2 }, ...extra })
const dot = (id: string, at: [number, number], extra: Record<string, unknown> = {}) => ({ id, type: 'scatter', data: [at], symbol: 'circle', symbolSize: 10, itemStyle: { color: '#000' }, ...extra })
/** Plans on a 300 × 200 px chart. */
const planLive = (option: Record<string, unknown>) => planOn(option, { width: 300, height: 200 })
const kinds = (items: LiveItem[] | undefined) => items?.map(i => i.kind)

describe('planLive', () => {
  it('maps data to pixels through the grid box: x right, y up', () => {
    const items = planLive({ ...frame, series: [line('l', [[-2, 0], [0, 0.5], [2, 1]])] })!
    const path = items[0] as Extract<LiveItem, { kind: 'path' }>
    // x = 40 + (x + 2) / 4 · 200, y = 10 + 100 − y · 100
    expect(path.points).toEqual(px([40, 110], [140, 60], [240, 10]))
    expect(path.stroke).toBe('#123456')
    // Clipped to the grid, widened by half the line width as ECharts does.
    expect(path.clip).toEqual({ x: 39, y: 9, width: 202, height: 102 })
  })

  it('breaks a line at a [null, null] item (connectNulls false): a NaN gap between its pieces', () => {
    const items = planLive({ ...frame, series: [line('l', [[-2, 0], [0, 0.5], [null, null], [0, 0], [2, 1]], { connectNulls: false })] })!
    expect((items[0] as Extract<LiveItem, { kind: 'path' }>).points).toEqual(px([40, 110], [140, 60], [Number.NaN, Number.NaN], [140, 110], [240, 10]))
    // Symbols are drawn at the points only, not at the gap.
    const symbols = planLive({ ...frame, series: [line('l', [[0, 0.5], [null, null], [2, 1]], { showSymbol: true })] })!
    expect((symbols[1] as Extract<LiveItem, { kind: 'symbols' }>).centres).toEqual(px([140, 60], [240, 10]))
  })

  it('reads a grid box given by its margins (left and right, top and bottom) against the chart’s size', () => {
    const margins = { ...frame, grid: [{ left: 40, right: 60, top: 10, bottom: 90 }] }
    const series = [line('l', [[-2, 0], [2, 1]])]
    expect(planLive({ ...margins, series })).toEqual(planLive({ ...frame, series }))
  })

  it('reads flat Float64Array data the same as [x, y] pairs', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 20 }), (pts) => {
      const flat = new Float64Array(pts.flat())
      const a = planLive({ ...frame, series: [line('l', pts)] })
      const b = planLive({ ...frame, series: [{ ...line('l', flat), dimensions: ['x', 'y'] }] })
      expect(b).toEqual(a)
    }), { numRuns: 50 })
  })

  it('leaves out scatter symbols whose centre is outside the grid, and labels them as ECharts does', () => {
    const items = planLive({ ...frame, series: [dot('d', [0, 0.5], { itemStyle: { color: '#000', borderColor: '#fff', borderWidth: 2 }, label: { show: true, formatter: 'P', position: 'top', color: '#111', fontSize: 17, fontWeight: 600 } }), dot('out', [3, 0.5])] })!
    expect(kinds(items)).toEqual(['symbols', 'symbols', 'label'])
    const [inside, outside, label] = items as [Extract<LiveItem, { kind: 'symbols' }>, Extract<LiveItem, { kind: 'symbols' }>, Extract<LiveItem, { kind: 'label' }>]
    expect(inside.centres).toEqual(px([140, 60]))
    expect(outside.centres).toEqual(px())
    // 5 px beyond the symbol's box: half its size plus half its border.
    expect(label.distance).toBe(5 + 5 + 1)
    expect(label.style.font).toBe('600 17px sans-serif')
  })

  it('keeps ECharts’ scatter defaults: symbols 0.8 opaque, labels inside the symbol and as opaque', () => {
    const items = planLive({ ...frame, series: [dot('d', [0, 0.5], { label: { show: true, formatter: 'P' } })] })!
    const [symbols, label] = items as [Extract<LiveItem, { kind: 'symbols' }>, Extract<LiveItem, { kind: 'label' }>]
    expect(symbols.alpha).toBe(0.8)
    expect(label.position).toBe('inside')
    expect(label.alpha).toBe(0.8)
  })

  it('draws data items with looks of their own one by one, turned half a circle if asked', () => {
    const items = planLive({ ...frame, series: [{ type: 'scatter', symbolRotate: 180, data: [{ value: [0, 0.5], symbol: 'pin', symbolSize: 11, itemStyle: { color: '#f00' } }, { value: [2, 1], symbol: 'roundRect' }] }] })!
    expect(items.map(i => i.kind === 'symbols' && [i.shape, i.size, i.fill, i.centres, i.turned])).toEqual([
      ['pin', 11, '#f00', px([140, 60]), true],
      ['roundRect', 10, '#333', px([240, 10]), true],
    ])
  })

  it('puts a line’s end label 8 px right of its last point, offset as asked, over the symbols', () => {
    const items = planLive({ ...frame, series: [line('l', [[-2, 0], [0, 0.5]], { showSymbol: true, endLabel: { show: true, formatter: 'L1', offset: [0, 12] }, labelLayout: { moveOverlap: 'shiftY' } })] })!
    expect(items.map(i => [i.kind, i.z2])).toEqual([['path', 0], ['symbols', 100], ['label', 200]])
    expect(items[1]).toMatchObject({ shape: 'circle', size: 6, fill: '#fff', stroke: '#123456', width: 2, alpha: 1 })
    expect(items[2]).toMatchObject({ text: 'L1', anchor: [140, 72], position: 'right', distance: 8, shiftY: true, style: { fill: '#123456' } })
  })

  it('places categories in the middle of equal bands, and draws a custom series\u2019 bars with api.size', () => {
    // Four categories down a 100 px tall grid, the first at the top (inverse): bands of 25 px.
    const bars = {
      ...frame,
      yAxis: [{ type: 'category', gridIndex: 0, inverse: true, data: ['a', 'b', 'c', 'd'] }],
      series: [
        line('zero', [[0, 'a'], [0, 'd']]),
        {
          type: 'custom',
          data: [[1, 0], [-2, 3]],
          renderItem: (_p: unknown, api: { value: (d: number) => number; coord: (v: [number, number]) => number[]; size: (v: [number, number]) => number[] }) => {
            const [start, end] = [api.coord([0, api.value(1)]), api.coord([api.value(0), api.value(1)])]
            const band = api.size([0, 1])[1]! / 2
            return { type: 'group', children: [
              { type: 'rect', shape: { x: Math.min(start[0]!, end[0]!), y: start[1]! - band / 2, width: Math.abs(end[0]! - start[0]!), height: band }, style: { fill: '#0a0' } },
              { type: 'text', x: end[0], y: start[1], style: { text: String(api.value(0)), align: 'left', verticalAlign: 'middle' } },
            ] }
          },
        },
      ],
    }
    const items = planLive(bars)!
    // The line (ECharts' default z 3) is drawn over the bars (custom series, z 2).
    expect(items.at(-1)).toMatchObject({ kind: 'path', closed: false, points: px([140, 22.5], [140, 97.5]) })
    // x = 1 is at 190 px; category 0 at 22.5 px; half a band is 12.5 px tall.
    expect(items.filter(i => i.kind === 'path' && i.closed).map(i => i.kind === 'path' && i.points)).toEqual([
      px([140, 16.25], [190, 16.25], [190, 28.75], [140, 28.75]),
      px([40, 91.25], [140, 91.25], [140, 103.75], [40, 103.75]),
    ])
    expect(items.filter(i => i.kind === 'anchoredText').map(i => i.kind === 'anchoredText' && [i.text, i.at])).toEqual([['1', [190, 22.5]], ['-2', [40, 97.5]]])
  })

  it('maps an inverted axis from its maximum', () => {
    const items = planLive({ ...frame, xAxis: [{ type: 'value', gridIndex: 0, min: -2, max: 2, inverse: true }], series: [line('l', [[-2, 0], [1, 1]])] })!
    expect((items[0] as Extract<LiveItem, { kind: 'path' }>).points).toEqual(px([240, 110], [90, 10]))
  })

  it('takes graphic polylines in pixels and text anchored at x, y with its alignment', () => {
    const items = planLive({ ...frame, series: [], graphic: [
      { type: 'polyline', z: 10, shape: { points: [[1, 2], [3, 4]] }, style: { stroke: '#000', lineWidth: 1.2, opacity: 0.8 } },
      { type: 'text', z: 10, x: 5, y: 6, style: { text: 'key', fontSize: 16, verticalAlign: 'middle', align: 'left' } },
    ] })!
    expect(items[0]).toMatchObject({ kind: 'path', points: px([1, 2], [3, 4]), stroke: '#000', width: 1.2, alpha: 0.8, closed: false })
    expect(items[1]).toMatchObject({ kind: 'anchoredText', at: [5, 6], align: 'left', verticalAlign: 'middle', text: 'key' })
  })

  it('orders by z, then single symbols over lines and large-mode clouds, then labels on top', () => {
    const cloud = (n: number) => ({ id: `c${n}`, type: 'scatter', large: true, largeThreshold: 3, data: Array.from({ length: n }, (_, i) => [i / n, 0.5]), symbol: 'rect', symbolSize: 5, z: 3 })
    const items = planLive({
      ...frame,
      series: [
        dot('top', [0, 0.5], { z: 5, label: { show: true, formatter: 'A' } }),
        cloud(2), // under the threshold: single symbols
        line('contour', [[0, 0], [1, 1]], { z: 1 }),
        cloud(4), // at the threshold: one large path
        line('through', [[0, 0], [1, 1]], { z: 3 }),
      ],
    })!
    expect(items.map(i => [i.kind, i.z2])).toEqual([
      ['path', 0], // z 1
      ['symbols', 0], // z 3: the large cloud, then the line, in series order
      ['path', 0],
      ['symbols', 100], // z 3: the small cloud's single symbols
      ['symbols', 100], // z 5
      ['label', 102],
    ])
  })

  it('paints the slides it was built for: the textbook picture and the Lp balls', () => {
    const scene = textbookScene(TEXTBOOK_STEPS, textbookDefaults)
    for (const panel of scene.panels) expect(planLive(splitAxes(textbookOption(scene, panel, p))!.content)).toBeDefined()
    expect(planLive(splitAxes(lpBallsOption(lpScene(LP_STEPS, lpDefaults), p))!.content)).toBeDefined()
  })

  it('draws a custom series\u2019 dashed polylines and round joins as asked, in the order the group gives them', () => {
    const items = planLive({ ...frame, series: [{
      type: 'custom',
      data: [0],
      renderItem: () => ({ type: 'group', children: [
        { type: 'polygon', shape: { points: [[50, 50], [60, 50], [60, 60]] }, style: { fill: '#abcdef', stroke: '#000', lineWidth: 0.6, lineJoin: 'round', opacity: 0.8 } },
        { type: 'polyline', shape: { points: [[1, 2], [3, 4]] }, style: { fill: 'none', stroke: '#f00', lineWidth: 2, lineDash: [5, 4] } },
      ] }),
    }] })!
    expect(items).toEqual([
      { kind: 'path', z2: 0, points: px([50, 50], [60, 50], [60, 60]), closed: true, fill: '#abcdef', stroke: '#000', width: 0.6, dash: undefined, alpha: 0.8, join: 'round' },
      { kind: 'path', z2: 0, points: px([1, 2], [3, 4]), closed: false, fill: undefined, stroke: '#f00', width: 2, dash: [5, 4], alpha: 1, join: 'miter' },
    ])
  })

  it.each([
    ['a custom polyline left to zrender\u2019s default black fill', { series: [{ type: 'custom', data: [0], renderItem: () => ({ type: 'polyline', shape: { points: [[0, 0], [1, 1]] }, style: { stroke: '#000' } }) }] }],
    ['a custom dash given as a word', { series: [{ type: 'custom', data: [0], renderItem: () => ({ type: 'polyline', shape: { points: [[0, 0], [1, 1]] }, style: { fill: 'none', stroke: '#000', lineDash: 'dashed' } }) }] }],
    ['a custom shape moved by an offset', { series: [{ type: 'custom', data: [0], renderItem: () => ({ type: 'polygon', x: 5, y: 0, shape: { points: [[0, 0], [1, 1], [1, 0]] }, style: { fill: '#000' } }) }] }],
    ['a custom line join zrender does not have', { series: [{ type: 'custom', data: [0], renderItem: () => ({ type: 'polygon', shape: { points: [[0, 0], [1, 1], [1, 0]] }, style: { fill: '#000', lineJoin: 'miter-clip' } }) }] }],
    ['a smooth line', { series: [line('l', [[0, 0]], { smooth: true })] }],
    ['an end label', { series: [line('l', [[0, 0]], { endLabel: { show: true } })] }],
    ['a line that joins the points around a gap', { series: [line('l', [[0, 0], [null, null], [1, 1]], { connectNulls: true })] }],
    ['an end label on a line with a gap', { series: [line('l', [[0, 0], [null, null], [1, 1]], { endLabel: { show: true, formatter: 'end' } })] }],
    ['an area fill', { series: [line('l', [[0, 0]], { areaStyle: {} })] }],
    ['a bar series', { series: [{ type: 'bar', data: [1] }] }],
    ['a label computed by a function', { series: [dot('d', [0, 0], { label: { show: true, formatter: () => 'x' } })] }],
    ['an arrow symbol', { series: [dot('d', [0, 0], { symbol: 'arrow' })] }],
    ['a symbol turned a quarter', { series: [dot('d', [0, 0], { symbolRotate: 90 })] }],
    ['an end label where the line leaves the grid', { series: [line('l', [[0, 0], [3, 1]], { endLabel: { show: true, formatter: 'end' } })] }],
    ['labels moved along x', { series: [line('l', [[0, 0]], { labelLayout: { moveOverlap: 'shiftX' }, endLabel: { show: true, formatter: 'a' } })] }],
    ['a tooltip', { tooltip: {}, series: [] }],
    ['a log axis', { yAxis: [{ type: 'log', gridIndex: 0, min: 1, max: 10 }], series: [] }],
    ['an axis ranged by the data', { xAxis: [{ type: 'value', gridIndex: 0 }], series: [] }],
    ['a grid placed by percentages', { grid: [{ left: '10%', top: 10, width: 200, height: 100 }], series: [] }],
    ['a custom series drawing an image', { series: [{ type: 'custom', coordinateSystem: 'cartesian2d', data: [0], renderItem: () => ({ type: 'image', style: {} }) }] }],
    ['a category the axis does not have', { yAxis: [{ type: 'category', gridIndex: 0, data: ['a', 'b'] }], series: [line('l', [[0, 'c']])] }],
    ['a graphic image', { graphic: [{ type: 'image', left: 0, top: 0, style: {} }], series: [] }],
  ])('refuses %s, so ECharts keeps drawing that chart', (_what, option) => {
    expect(planLive({ ...frame, ...option })).toBeUndefined()
  })
})

// The 3-D surfaces ("Two bowls add up" and its textbook twin) are one custom series per panel whose group holds hundreds of
// facets, lines, markers and labels, painted in the order given: that order is the hidden-
// surface removal. Here ECharts draws the same options server-side to SVG, whose document
// order is its drawing order, and every element must match the live plan's, one for one, in
// order: the same kind, points (ECharts writes them to 0.1 px), fill, stroke, width,
// opacity, join, dash and text.
describe('the 3-D surfaces: the live plan is what ECharts draws', () => {
  type Plain = Record<string, unknown>
  interface Drawn { tag: string; points?: number[]; fill: number[] | null; stroke: number[] | null; width: number; join: string; dash: string; text?: string; x?: number }

  /** [r, g, b, a] of '#rrggbb', 'rgb(…)' or 'rgba(…)', its alpha times `opacity`; null for none. */
  function rgba(colour: string | undefined, opacity = 1): number[] | null {
    if (!colour || colour === 'none' || colour === 'transparent') return null
    const hex = /^#([0-9a-f]{6})$/i.exec(colour)
    const parts = hex ? [0, 2, 4].map(i => Number.parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) : /rgba?\(([^)]*)\)/.exec(colour)![1]!.split(',').map(Number)
    const c = [parts[0]!, parts[1]!, parts[2]!, (parts[3] ?? 1) * opacity]
    return c[3]! > 0 ? c : null
  }

  function byECharts(option: Plain, size: { width: number; height: number }): Drawn[] {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
    chart.setOption({ animation: false, ...option })
    const svg = chart.renderToSVGString()
    chart.dispose()
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
    return [...svg.matchAll(/<(polygon|polyline|text) ([^>]*)>([^<]*)/g)].map(([, element, attrs, content]) => {
      const tag = element!
      const a = ` ${attrs}`
      const num = (name: string, fallback: number) => Number(attr(a, name) ?? fallback)
      if (tag === 'text') {
        const t = /translate\((-?[\d.]+) (-?[\d.]+)\)/.exec(attr(a, 'transform') ?? '')
        return { tag, fill: rgba(attr(a, 'fill'), num('fill-opacity', 1)), stroke: null, width: 0, join: '', dash: '', text: content, x: Number(t?.[1] ?? 0) }
      }
      const stroke = rgba(attr(a, 'stroke'), num('stroke-opacity', 1))
      return {
        tag,
        points: attr(a, 'points')!.split(/[ ,]+/).map(Number),
        fill: rgba(attr(a, 'fill'), num('fill-opacity', 1)),
        stroke: stroke && num('stroke-width', 1) > 0 ? stroke : null,
        width: stroke ? num('stroke-width', 1) : 0,
        join: stroke ? attr(a, 'stroke-linejoin') ?? 'miter' : '',
        dash: stroke ? (attr(a, 'stroke-dasharray') ?? '').replace(/ /g, '') : '',
      }
    })
  }

  function planned(items: LiveItem[]): Drawn[] {
    return items.map((it) => {
      if (it.kind === 'path') {
        const stroke = it.width > 0 ? rgba(it.stroke, it.alpha) : null
        return {
          tag: it.closed ? 'polygon' : 'polyline',
          points: it.points,
          fill: rgba(it.fill, it.alpha),
          stroke,
          width: stroke ? it.width : 0,
          join: stroke ? it.join : '',
          dash: stroke ? (it.dash ?? []).join(',') : '',
        }
      }
      if (it.kind === 'anchoredText') return { tag: 'text', fill: rgba(it.style.fill), stroke: null, width: 0, join: '', dash: '', text: it.text, x: it.at[0] }
      if (it.kind === 'text') return { tag: 'text', fill: rgba(it.style.fill), stroke: null, width: 0, join: '', dash: '', text: it.text, x: it.left }
      throw new Error(`unexpected ${it.kind}`)
    })
  }

  function expectSame(option: Plain, size: { width: number; height: number }, where: string) {
    const content = splitAxes(fixedGrids(option))!.content
    const items = planOn(content, size)
    expect(items, `${where}: the live painter takes it`).toBeDefined()
    const live = planned(items!)
    const drawn = byECharts(content, size)
    expect(drawn.length, `${where}: ECharts drew the surfaces`).toBeGreaterThan(100)
    expect(live.map(d => d.tag), `${where}: kinds in order`).toEqual(drawn.map(d => d.tag))
    live.forEach((l, i) => {
      const d = drawn[i]!
      const { points: lp, x: lx, ...look } = l
      const { points: dp, x: dx, ...drawnLook } = d
      expect(look, `${where}: element ${i}`).toEqual(drawnLook)
      if (lp) lp.forEach((v, j) => expect(Math.abs(v - dp![j]!), `${where}: element ${i}, coordinate ${j}`).toBeLessThanOrEqual(0.051))
      if (lx !== undefined && d.tag === 'text' && !Number.isNaN(lx)) expect(Math.abs(lx - dx!), `${where}: text ${l.text}`).toBeLessThanOrEqual(0.051)
    })
    return live.filter(d => d.tag === 'polygon').length
  }

  it('two bowls, at every click, in both schemes, and turned to other views', () => {
    const cases: [number, Plain, Palette][] = [
      ...Array.from({ length: TWO_BOWLS_LAST_STEP + 1 }, (_, k) => [k, {}, p] as [number, Plain, Palette]),
      [5, {}, darkPalette],
      [9, {}, darkPalette],
      [8, { azimuth: 40, elevation: 70 }, p],
      [3, { azimuth: 170, elevation: 5 }, p],
      [9, { azimuth: -20, elevation: 20, mesh: 'print' }, p],
    ]
    for (const [k, controls, palette] of cases) {
      const scene = twoBowlsScene(k, controls)
      // print's mesh lines too (the live painter never paints print, but the same option could be)
      const meshLines = controls.mesh === 'print'
      const polygons = expectSame(twoBowlsOption(scene, palette, { meshLines }), twoBowlsChartSize, `click ${k} ${JSON.stringify(controls)}${palette.dark ? ' dark' : ''}`)
      // every facet of the scene, plus its markers (small polygons) and floor areas
      expect(polygons).toBeGreaterThanOrEqual(scene.polygonCount)
    }
  })

  it('the hard constraint, at every click, in both schemes, and turned', () => {
    for (let k = 0; k <= HARD3D_STEPS; k++) expectSame(hardConstraint3dOption(hardConstraint3dScene(k), p), hard3dChartSize, `click ${k}`)
    expectSame(hardConstraint3dOption(hardConstraint3dScene(2), darkPalette), hard3dChartSize, 'click 2 dark')
    expectSame(hardConstraint3dOption(hardConstraint3dScene(2, { azimuth: 60, elevation: 10, t: 1.7 }), p), hard3dChartSize, 'click 2 turned')
    expectSame(hardConstraint3dOption(hardConstraint3dScene(2), p, { meshLines: true }), hard3dChartSize, 'click 2 with mesh lines')
  })
})
