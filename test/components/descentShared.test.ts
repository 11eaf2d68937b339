// The descent slides' chart options, built for every click in both colour schemes:
// every number is finite (no NaN reaches ECharts), the log axis only ever sees positive
// values, text is at least 16 px, and end labels that would overprint are pulled apart.
import { describe, expect, it } from 'vitest'
import { darkPalette, lightPalette, textColour } from '../../components/charts/palette'
import { descentPenaltiesOption } from '../../components/options/descentPenaltiesOption'
import { descentL2Option, logInsetOption } from '../../components/options/descentL2Option'
import { descentProximalOption } from '../../components/options/descentProximalOption'
import { endLabelOffsets, laneSeries, lineSeries, logAxis, logLabel, normLook } from '../../components/options/descentShared'
import { tradeoffCurvesOption, tradeoffLanesOption } from '../../components/options/descentTradeoffOption'
import { descentWalkOption } from '../../components/options/descentL1Option'
import { PENALTY_STEPS, penaltyScene } from '../../lib/scenes/descentPenalties'
import { L1_STEPS, l1DescentScene } from '../../lib/scenes/descentL1'
import { L2_STEPS, l2DescentScene } from '../../lib/scenes/descentL2'
import { PROXIMAL_STEPS, proximalScene } from '../../lib/scenes/descentProximal'
import { TRADEOFF_STEPS, tradeoffScene } from '../../lib/scenes/descentTradeoff'
import { seriesPoints } from './seriesPoints'

type Option = Record<string, unknown>

function allOptions(): { name: string; option: Option }[] {
  const out: { name: string; option: Option }[] = []
  for (const p of [lightPalette, darkPalette]) {
    const tag = (s: string) => `${s} (${p.dark ? 'dark' : 'light'})`
    for (let k = 0; k <= PENALTY_STEPS; k++) out.push({ name: tag(`DescentPenalties click ${k}`), option: descentPenaltiesOption(penaltyScene(k), p) })
    for (let k = 0; k <= L1_STEPS; k++) out.push({ name: tag(`DescentL1 click ${k}`), option: descentWalkOption(l1DescentScene(k).walk, p) })
    for (let k = 0; k <= L2_STEPS; k++) {
      const s = l2DescentScene(k)
      out.push({ name: tag(`DescentL2 click ${k}`), option: descentL2Option(s, p) })
      out.push({ name: tag(`DescentL2 inset click ${k}`), option: logInsetOption(s.inset, p) })
    }
    for (let k = 0; k <= TRADEOFF_STEPS; k++) {
      const s = tradeoffScene(k)
      out.push({ name: tag(`DescentTradeoff curves click ${k}`), option: tradeoffCurvesOption(s, p) })
      out.push({ name: tag(`DescentTradeoff lanes click ${k}`), option: tradeoffLanesOption(s, p) })
    }
    for (let k = 0; k <= PROXIMAL_STEPS; k++) out.push({ name: tag(`DescentProximal click ${k}`), option: descentProximalOption(proximalScene(k), p) })
  }
  return out
}

/** Every value under `key` anywhere in the option tree. */
function collect(node: unknown, key: string, into: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach(n => collect(n, key, into))
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) into.push(v)
      collect(v, key, into)
    }
  }
  return into
}

function numbersIn(node: unknown, into: number[] = []): number[] {
  if (typeof node === 'number') into.push(node)
  else if (Array.isArray(node)) node.forEach(n => numbersIn(n, into))
  else if (node && typeof node === 'object') Object.values(node).forEach(v => numbersIn(v, into))
  return into
}

describe('descent chart options', () => {
  const options = allOptions()

  it('hold only finite numbers, at every click in both schemes', () => {
    for (const { name, option } of options) {
      const bad = numbersIn(option).filter(n => !Number.isFinite(n))
      expect(bad, name).toEqual([])
    }
  })

  it('draw all text at 16 px or more', () => {
    for (const { name, option } of options) {
      const sizes = collect(option, 'fontSize') as number[]
      expect(sizes.length, name).toBeGreaterThan(0)
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(16)
    }
  })

  it('give the log axis only positive values, the float64 floor included', () => {
    for (const k of [0, 6, 7, 8]) {
      const option = logInsetOption(l2DescentScene(k).inset, lightPalette)
      const axis = option.yAxis as { type: string; min: number }
      expect(axis.type).toBe('log')
      expect(axis.min).toBeGreaterThan(0)
      const ys = (option.series as { data: unknown }[]).flatMap(s => seriesPoints(s).map(d => d[1]))
      expect(ys.length).toBeGreaterThan(0)
      expect(ys.every(y => y > 0 && y >= axis.min)).toBe(true)
    }
    expect(() => logAxis(lightPalette, { min: 0, max: 10 })).toThrow('logAxis: min must be > 0 (got 0)')
  })

  it('label log ticks as decimals or powers of ten, and leave the 5e-324 end unlabelled', () => {
    expect([0.01, 0.1, 1, 10].map(logLabel)).toEqual(['0.01', '0.1', '1', '10'])
    expect(logLabel(1e-300)).toBe('10\u207B\u00B3\u2070\u2070')
    expect(logLabel(Number.MIN_VALUE)).toBe('')
  })

  it('pull apart end labels of sequences that finish together: the higher one goes up', () => {
    const lane = (end: number) => ({ points: [[0, 5], [12, end]] as [number, number][] })
    expect(endLabelOffsets([lane(0), lane(0.001)])).toEqual([12, -12])
    expect(endLabelOffsets([lane(1), lane(1)])).toEqual([-12, 12])
    expect(endLabelOffsets([lane(3)])).toEqual([0])
  })

  it('tell L1 from L2 by shape and dash as well as colour', () => {
    const race = descentL2Option(l2DescentScene(L2_STEPS), lightPalette).series as { id: string; symbol?: string; lineStyle?: { type: unknown } }[]
    const l1 = race.find(s => s.id === 'race-l1')!
    const l2 = race.find(s => s.id === 'race-l2')!
    expect(l1.symbol).not.toBe(l2.symbol)
    expect(l1.lineStyle!.type).not.toEqual(l2.lineStyle!.type)
  })
})

describe('line and lane series', () => {
  const pts: [number, number][] = [[0, 2], [1, 1], [2, 0]]
  const look = normLook(lightPalette, 'l2')

  it('a line has no markers, a lane marks every iterate in its method\'s look', () => {
    const line = lineSeries('a', pts, { colour: '#123456', dash: [4, 4], width: 2, gridIndex: 1 }, lightPalette)
    const lane = laneSeries('b', pts, look, lightPalette, { gridIndex: 1 })
    expect(line).toMatchObject({ type: 'line', showSymbol: false, xAxisIndex: 1, yAxisIndex: 1, lineStyle: { color: '#123456', type: [4, 4], width: 2 } })
    expect(line.symbol).toBeUndefined()
    expect(lane).toMatchObject({ type: 'line', symbol: look.symbol, showAllSymbol: true, xAxisIndex: 1, yAxisIndex: 1, lineStyle: { color: look.colour, type: look.dash } })
    expect(lane.showSymbol).toBeUndefined()
  })

  it('name their end only when given a label; a lane\'s name can be shifted apart from its neighbour\'s', () => {
    expect(lineSeries('a', pts, { colour: '#123456' }, lightPalette).endLabel).toEqual({ show: false })
    expect(lineSeries('a', pts, { colour: '#123456', label: 'data', labelColour: '#abcdef' }, lightPalette).endLabel).toMatchObject({ show: true, formatter: 'data', color: '#abcdef' })
    expect(laneSeries('b', pts, look, lightPalette).endLabel).toEqual({ show: false })
    expect(laneSeries('b', pts, look, lightPalette, { label: 'L2', labelOffset: -12 }).endLabel).toMatchObject({ show: true, formatter: 'L2', color: textColour(lightPalette, look.colour), offset: [0, -12] })
  })

  it('write a name in its line\'s hue made readable on the page, while the line keeps the hue itself', () => {
    for (const p of [lightPalette, darkPalette]) {
      const l1 = normLook(p, 'l1')
      const line = lineSeries('a', pts, { colour: l1.colour, label: '|w|' }, p)
      expect(line.lineStyle).toMatchObject({ color: l1.colour })
      expect(line.endLabel).toMatchObject({ color: textColour(p, l1.colour) })
      const lane = laneSeries('b', pts, { colour: p.ghost, symbol: 'emptyCircle', dash: [2, 5] }, p, { label: '\u03B7 = \u00BD' })
      expect(lane.lineStyle).toMatchObject({ color: p.ghost })
      expect(lane.endLabel).toMatchObject({ color: textColour(p, p.ghost) })
    }
  })
})
