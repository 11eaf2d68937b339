// Live axes (liveAxes.ts) against ECharts itself: the same axes option is drawn by ECharts 6
// (server-side, to an SVG string) and planned for the live painter, and every line and text
// must agree: the same segments, colours, widths and caps, the same words anchored at the
// same points. Both measure text with zrender's own measure, so ECharts' decisions that
// depend on text size (a label hidden, a name moved) are taken on the same sizes. The deck's
// two axes that follow a control are checked at every control position, and random axes
// (fast-check) cover ranges, intervals, label switches and name placements beyond them.
import * as echarts from 'echarts'
import { platformApi } from 'zrender/lib/core/platform.js'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { axisTicks, defaultLabel, niceStep, planAxes, snap } from '../../components/charts/liveAxes'
import type { LiveItem } from '../../components/charts/livePlan'
import { fixedGrids, splitAxes } from '../../components/charts/axisLayer'
import { uprightAxis, valueAxis } from '../../components/charts/axes'
import { darkPalette, lightPalette } from '../../components/charts/palette'
import { descentProximalOption, PROXIMAL_CHART } from '../../components/options/descentProximalOption'
import { edgeCurveOption, edgeChartSize } from '../../components/options/contourArgumentOption'
import { etaRange, proximalScene, w0Range } from '../../lib/scenes/descentProximal'
import { argumentScene } from '../../lib/scenes/contourArgument'

type Plain = Record<string, unknown>
const measure = (text: string, font: string) => platformApi.measureText(text, font).width

const charts: echarts.ECharts[] = []
afterAll(() => charts.forEach(c => c.dispose()))

/** A line (its ends) or a text (the middle of its centre line), with what it looks like or says. */
interface Mark { what: string; at: number[] }
/** Lines and texts as drawn, each sorted. */
interface Drawn { lines: Mark[]; texts: Mark[] }

const sorted = (marks: Mark[]) => marks.sort((a, b) => a.what.localeCompare(b.what) || a.at.reduce((d, v, i) => d || v - b.at[i]!, 0))

/** The same marks, positions within 0.02 px (ECharts' SVG writes rounded numbers). */
function expectSame(live: Drawn, drawn: Drawn, where: string) {
  for (const kind of ['lines', 'texts'] as const) {
    expect(live[kind].map(m => m.what), `${where}: ${kind}`).toEqual(drawn[kind].map(m => m.what))
    live[kind].forEach((m, i) => m.at.forEach((v, j) => expect(Math.abs(v - drawn[kind][i]!.at[j]!), `${where}: ${m.what} at ${m.at} vs ${drawn[kind][i]!.at}`).toBeLessThan(0.02)))
  }
}

/** ECharts' drawing of an axes option (no series), read back from its SVG. */
function echartsDraws(option: Plain, size: { width: number; height: number }): Drawn {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  charts.push(chart)
  chart.setOption({ animation: false, ...option })
  const svg = chart.renderToSVGString()
  chart.dispose()
  charts.pop()
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
  const lines = [...svg.matchAll(/<path [^>]*>/g)].map(m => m[0]).flatMap((tag) => {
    const d = /^M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)$/.exec(attr(tag, 'd') ?? '')
    if (!d) return []
    return [{ what: `${attr(tag, 'stroke')} ${attr(tag, 'stroke-width') ?? '1'} ${attr(tag, 'stroke-linecap') ?? 'butt'}`, at: d.slice(1).map(Number) }]
  })
  const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const tag = ` ${m[1]}`
    const dy = Number(attr(tag, 'y') ?? 0)
    const transform = attr(tag, 'transform') ?? ''
    const t = /translate\((-?[\d.]+) (-?[\d.]+)\)/.exec(transform)
    const mat = /matrix\(([^)]*)\)/.exec(transform)
    // The text's centre line: y (dominant-baseline central) in the text's own frame, turned with it.
    const [, , c, d, e, f] = mat ? mat[1]!.split(/[ ,]+/).map(Number) : [1, 0, 0, 1, Number(t?.[1] ?? 0), Number(t?.[2] ?? 0)]
    const [x, y] = [e! + c! * dy, f! + d! * dy]
    return { what: `${m[2]!.replace(/&amp;/g, '&')} ${attr(tag, 'text-anchor') ?? 'start'}`, at: [x, y] }
  })
  return { lines: sorted(lines), texts: sorted(texts) }
}

/** The live plan of the same option, in the same terms. */
function liveDraws(items: LiveItem[]): Drawn {
  const lines: Mark[] = []
  const texts: Mark[] = []
  for (const it of items) {
    if (it.kind === 'path') {
      expect(it.points).toHaveLength(4)
      lines.push({ what: `${it.stroke} ${it.width} ${it.cap ?? 'butt'}`, at: [...it.points] })
    }
    else if (it.kind === 'anchoredText') {
      if (it.text === '') continue
      const h = measure('\u56FD', it.style.font)
      const centre = { top: h / 2, middle: 0, bottom: -h / 2 }[it.verticalAlign]
      // zrender turns counter-clockwise on screen: (0, c) in the text's frame is (c·sin r, c·cos r).
      const r = it.rotation ?? 0
      const [x, y] = [it.at[0] + centre * Math.sin(r), it.at[1] + centre * Math.cos(r)]
      const anchor = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' }[it.align]
      texts.push({ what: `${it.text} ${anchor}`, at: [x, y] })
    }
    else {
      throw new Error(`unexpected ${it.kind}`)
    }
  }
  return { lines: sorted(lines), texts: sorted(texts) }
}

/** The axes layer SceneChart draws for `option` (fixed grids, then split from the content). */
function axesOf(option: Plain): Plain {
  const split = splitAxes(fixedGrids(option))
  if (!split) throw new Error('option has no fixed axes')
  return split.axes
}

/** ECharts' drawing of the axes, and the live plan's; undefined when the plan refuses them. */
function both(axes: Plain, size: { width: number; height: number }) {
  const items = planAxes(axes, size, measure)
  return items && { live: liveDraws(items), echarts: echartsDraws(axes, size) }
}

describe('ECharts\u2019 number rules', () => {
  it('nice steps are 1, 2, 3 or 5 times a power of ten, rounding to the nearest', () => {
    expect([0.14, 0.16, 0.24, 0.25, 0.39, 0.4, 0.69, 0.75, 1, 7, 140, 0.0021].map(niceStep)).toEqual([0.1, 0.2, 0.2, 0.3, 0.3, 0.5, 0.5, 1, 1, 10, 100, 0.002])
  })
  it('ticks count from the minimum by a given interval, and end at the maximum', () => {
    expect(axisTicks(-0.5, 1.5, 0.25)).toEqual([-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5])
    expect(axisTicks(0, 8, 3)).toEqual([0, 3, 6, 8])
  })
  it('without an interval, ticks sit on multiples of the nice step, with off-grid ends added', () => {
    // span 1.2 / 5 = 0.24 → 0.2; multiples of 0.2 inside [−0.3, 0.9] are −0.2 … 0.8.
    expect(axisTicks(-0.3, 0.9, undefined)).toEqual([-0.3, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 0.9])
    // minInterval wins over a finer nice step: 0.75 / 5 → 0.1 (0.15 is 1.4999… tenths), but at least 0.25.
    expect(axisTicks(-0.25, 0.5, undefined, 5, 0.25)).toEqual([-0.25, 0, 0.25, 0.5])
    // splitNumber 2: 7.3 / 2 = 3.65 → 3.
    expect(axisTicks(0, 7.3, undefined, 2)).toEqual([0, 3, 6, 7.3])
  })
  it('labels have the decimals the value has, and thousands separators', () => {
    expect([0, -0.25, 1.5, 12000, -3, 0.1 + 0.2].map(defaultLabel)).toEqual(['0', '-0.25', '1.5', '12,000', '-3', '0.30000000000000004'])
  })
  it('a thin line is snapped so its stroke covers whole pixels', () => {
    // A 1-px line on a half pixel, a 2-px line on a whole one; 1.5 px rounds as 2.
    expect([snap(10.2, 1), snap(10.2, 2), snap(10.8, 1), snap(10.6, 1.5)]).toEqual([10.5, 10, 11.5, 11])
  })
})

describe('live axes draw what ECharts draws', () => {
  it('"Subgradient bounces; proximal lands on 0": the w axis at every start w₀, for small, presented and large steps', () => {
    let compared = 0
    for (const eta of [etaRange.min, 0.3, etaRange.max]) {
      for (let i = 0; i <= 60; i++) {
        const w0 = Math.round((w0Range.min + i * w0Range.step) * 10) / 10
        const axes = axesOf(descentProximalOption(proximalScene(6, { w0, eta }), lightPalette))
        const r = both(axes, PROXIMAL_CHART)
        if (!r) continue
        expectSame(r.live, r.echarts, `w0 = ${w0}, η = ${eta}`)
        compared++
      }
    }
    // Planned (not refused) at nearly every position: the point of painting them live.
    expect(compared).toBeGreaterThanOrEqual(170)
  })

  it('"The contour argument": the loss axis along the edge at every marker position, in both colour schemes', () => {
    let compared = 0
    for (const p of [lightPalette, darkPalette]) {
      for (let i = 0; i <= 40; i++) {
        const marker = -0.5 + i / 40
        const axes = axesOf(edgeCurveOption(argumentScene(4, { center: null, marker }), p))
        const r = both(axes, edgeChartSize)
        if (!r) continue
        expectSame(r.live, r.echarts, `marker ${marker}`)
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(70)
  })

  it('random value axes: ranges, intervals, label switches and name placements', () => {
    let compared = 0
    const refused: string[] = []
    const property = fc.property(
      fc.integer({ min: -400, max: 300 }), fc.integer({ min: 1, max: 800 }), fc.constantFrom(undefined, 0.1, 0.25, 0.5, 1, 2, 5),
      fc.constantFrom('upright', 'middle', 'end', 'none'), fc.boolean(), fc.integer({ min: 1, max: 8 }),
      fc.record({ left: fc.integer({ min: 30, max: 80 }), top: fc.integer({ min: 20, max: 60 }), width: fc.integer({ min: 120, max: 400 }), height: fc.integer({ min: 80, max: 300 }) }),
      (lo, span, interval, naming, bare, splitNumber, box) => {
        const [min, max] = [lo / 100, (lo + span) / 100]
        // An interval as a chart would use it: at most 12 ticks (more is ECharts' own business).
        const spec = { min, max, interval: interval !== undefined && (max - min) / interval <= 12 ? interval : undefined, name: naming === 'none' ? undefined : naming === 'upright' ? 'w' : 'loss along the edge', bare }
        const x = { ...valueAxis(lightPalette, { ...spec, name: naming === 'none' ? undefined : 'step k' }), splitNumber }
        const y = naming === 'upright'
          ? uprightAxis(lightPalette, spec)
          : { ...valueAxis(lightPalette, spec), ...(naming === 'end' ? { nameLocation: 'end', nameGap: 10 } : {}) }
        const axes = axesOf({ grid: box, xAxis: x, yAxis: y })
        const r = both(axes, { width: box.left + box.width + 60, height: box.top + box.height + 60 })
        if (!r) {
          refused.push(JSON.stringify([lo, span, interval, naming, bare, splitNumber, box]))
          return
        }
        expectSame(r.live, r.echarts, JSON.stringify(axes))
        compared++
      },
    )
    fc.assert(property, { numRuns: 300 })
    // Random ends often land within a label's height of a tick, where ECharts may hide a label
    // and the plan refuses; still, most axes are compared.
    expect(compared, `refused: ${refused.slice(0, 5).join('; ')}`).toBeGreaterThan(150)
  })

  it('refuses what it does not reproduce, so ECharts draws those axes', () => {
    const base = axesOf({ grid: { left: 50, top: 20, width: 300, height: 200 }, xAxis: valueAxis(lightPalette, { min: 0, max: 5, interval: 1 }), yAxis: valueAxis(lightPalette, { min: 0, max: 5, interval: 1 }) })
    const size = { width: 400, height: 300 }
    expect(planAxes(base, size, measure)).toBeDefined()
    const withY = (y: Plain) => ({ ...base, yAxis: [{ ...(base.yAxis as Plain[])[0], ...y }] })
    for (const y of [{ type: 'log' }, { inverse: true }, { position: 'right' }, { axisLine: { onZero: true } }, { axisLabel: { rotate: 45 } }, { axisLabel: { formatter: '{value} %' } }, { minorTick: { show: true } }, { max: undefined }]) {
      expect(planAxes(withY(y), size, measure), JSON.stringify(y)).toBeUndefined()
    }
    // Labels 2 px apart on a squeezed axis: ECharts may hide one, so the plan refuses.
    expect(planAxes(withY({ min: 0, max: 100, interval: 1 }), size, measure)).toBeUndefined()
  })
})
