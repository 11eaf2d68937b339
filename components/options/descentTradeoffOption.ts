// "Reaching 0: step size or trade-off": loss curves against w (left) and the descents against
// the step (right).
// Data loss grey and dotted with the black dot at its minimum; L1 and L2 totals in the
// section's looks (solid/diamond, dashed/circle), each exact minimum marked with its
// shape and named in a key above the chart; dashed guides at the optima on the right.
import type { TradeoffScene } from '../../lib/scenes/descentTradeoff'
import { baseOption, uprightAxis, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import type { LegendItem, Look } from './descentShared'
import { endLabelOffsets, laneSeries, lineSeries, normLook, pointSeries, stepAxis } from './descentShared'

export const TRADEOFF_CHART = { height: 270, curvesWidth: 450, lanesWidth: 410 } as const

/** The left chart's key: its curves leave the top edge side by side, so end labels would collide. */
export function tradeoffLegend(scene: TradeoffScene, p: Palette): LegendItem[] {
  if (scene.mode === 'oneStep') {
    const l2 = normLook(p, 'l2')
    return [
      { label: '\u00BDw\u00B2', colour: l2.colour, dash: l2.dash, marker: null },
      { label: 'one step, \u03B7 = 1', colour: p.text, dash: [6, 5], marker: null },
    ]
  }
  const l1 = normLook(p, 'l1')
  const l2 = normLook(p, 'l2')
  return [
    { label: 'L1 total', colour: l1.colour, dash: l1.dash, marker: 'diamond' },
    { label: 'L2 total', colour: l2.colour, dash: l2.dash, marker: 'circle' },
    { label: 'data loss, black dot at its minimum w = 2', colour: p.ghost, dash: DATA_DASH, marker: null },
  ]
}

const DATA_DASH: number[] = [2, 5]

export function tradeoffCurvesOption(scene: TradeoffScene, p: Palette): Record<string, unknown> {
  const series: Record<string, unknown>[] = scene.curves.map(c => c.id === 'data'
    ? lineSeries('curve-data', c.points, { colour: p.ghost, width: 2.5, dash: DATA_DASH, z: 1 }, p)
    : lineSeries(`curve-${c.id}`, c.points, { colour: normLook(p, c.id).colour, width: 3.5, dash: normLook(p, c.id).dash, z: 2 }, p))
  if (scene.jump) {
    const [from, to] = scene.jump
    const look = normLook(p, 'l2')
    series.push({
      id: 'jump',
      type: 'line',
      data: [from, to],
      silent: true,
      z: 4,
      symbol: ['none', 'arrow'],
      symbolSize: 16,
      showSymbol: true,
      lineStyle: { color: p.text, width: 2.5, type: [6, 5] },
      itemStyle: { color: p.text },
    })
    series.push(pointSeries('jump-from', [from], { colour: look.colour, symbol: look.symbol, size: 16, hollow: true }, p))
    series.push(pointSeries('jump-to', [to], { colour: look.colour, symbol: look.symbol, size: 24, z: 5 }, p))
  }
  if (scene.dataMin) {
    series.push({
      id: 'data-min',
      type: 'scatter',
      data: [scene.dataMin],
      symbol: 'circle',
      symbolSize: 16,
      silent: true,
      z: 5,
      itemStyle: { color: p.blackDot, borderColor: p.blackDotRing, borderWidth: 2 },
    })
  }
  for (const o of scene.optima) {
    const look = normLook(p, o.norm)
    series.push(pointSeries(`opt-${o.norm}`, [[o.w, o.loss]], { colour: look.colour, symbol: look.symbol, size: 22, z: 6 }, p))
  }
  const oneStep = scene.mode === 'oneStep'
  return {
    ...baseOption(p),
    grid: { left: 50, right: 24, top: 34, bottom: 52 },
    xAxis: valueAxis(p, { name: 'w', min: scene.wDomain[0], max: scene.wDomain[1], interval: 1 }),
    yAxis: uprightAxis(p, { name: oneStep ? '\u00BDw\u00B2' : 'loss', min: scene.yDomain[0], max: scene.yDomain[1], interval: oneStep ? 2 : 1 }),
    series,
  }
}

export function tradeoffLanesOption(scene: TradeoffScene, p: Palette): Record<string, unknown> {
  const ghost: Look = { colour: p.ghost, symbol: 'emptyCircle', dash: [2, 5] }
  const guides = scene.optima.map(o => lineSeries(`guide-${o.norm}`, [[scene.kDomain[0], o.w], [scene.kDomain[1], o.w]], {
    colour: normLook(p, o.norm).colour, width: 1.5, dash: [4, 4], opacity: 0.7, z: 1,
  }, p))
  const offsets = endLabelOffsets(scene.lanes)
  return {
    ...baseOption(p),
    grid: { left: 50, right: 76, top: 34, bottom: 52 },
    xAxis: stepAxis(p, scene.kDomain, 0, { interval: 2 }),
    yAxis: uprightAxis(p, { name: 'w', min: scene.laneDomain[0], max: scene.laneDomain[1], interval: 1 }),
    series: [
      lineSeries('zero-line', [[scene.kDomain[0], 0], [scene.kDomain[1], 0]], { colour: p.axis, width: 1.5, z: 0 }, p),
      ...guides,
      ...scene.lanes.map((l, i) => laneSeries(`lane-${l.id}`, l.points, l.id === 'ghost' ? ghost : normLook(p, l.id), p, {
        label: l.name, labelOffset: offsets[i], size: 11, width: 2.5,
      })),
    ],
  }
}
