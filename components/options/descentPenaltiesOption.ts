// The scene of "Each penalty beside its slope" → ECharts option: one column per penalty, the
// penalty on top (solid, in its norm's look) and its slope underneath on the same w axis
// (dashed, text colour), so the two never overprint. The probe draws a tangent on the penalty,
// a triangle on the slope and a dotted guide joining them; the slope values are read out under
// the chart.
import type { PenaltyPanel, PenaltyScene } from '../../lib/scenes/descentPenalties'
import { baseOption, fontSize, uprightAxis, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { lineSeries, normLook, pointSeries } from './descentShared'

export const PENALTY_CHART = { width: 860, height: 390 } as const
const layout = { lefts: [66, 490], width: 300, top: { y: 40, h: 140 }, bottom: { y: 214, h: 128 } } as const

/** Grid index of a column's penalty plot (2i) and slope plot (2i + 1). */
const gridOf = (column: number, row: 'penalty' | 'slope') => 2 * column + (row === 'penalty' ? 0 : 1)

function columnSeries(panel: PenaltyPanel, column: number, scene: PenaltyScene, p: Palette): Record<string, unknown>[] {
  const look = normLook(p, panel.norm)
  const top = gridOf(column, 'penalty')
  const below = gridOf(column, 'slope')
  const id = (name: string) => `${panel.norm}-${name}`
  const series: Record<string, unknown>[] = [
    lineSeries(id('penalty'), panel.penalty, { colour: look.colour, width: 4, dash: look.dash, gridIndex: top, label: panel.penaltyName, z: 3 }, p),
  ]
  if (panel.slopeShown) {
    panel.slopePieces.forEach((piece, j) => series.push(lineSeries(id(`slope-${j}`), piece, {
      colour: p.text,
      dash: [7, 5],
      width: 3,
      gridIndex: below,
      label: j === panel.slopePieces.length - 1 ? panel.slopeName : undefined,
    }, p)))
    if (panel.openEnds.length) series.push(pointSeries(id('open'), panel.openEnds, { colour: p.text, symbol: 'circle', size: 11, hollow: true, gridIndex: below }, p))
    if (panel.slopeAtZero) series.push(pointSeries(id('at-zero'), [panel.slopeAtZero], { colour: p.text, symbol: 'circle', size: 11, gridIndex: below, label: 'sign(0) = 0', labelPosition: 'right' }, p))
  }
  if (panel.probe) {
    const pr = panel.probe
    series.push(lineSeries(id('tangent'), pr.tangent, { colour: p.optimum, width: 4, dash: [5, 4], gridIndex: top, z: 4 }, p))
    series.push(pointSeries(id('probe-penalty'), [pr.onPenalty], { colour: p.optimum, symbol: 'triangle', size: 18, gridIndex: top, z: 5 }, p))
    if (panel.slopeShown) {
      series.push(lineSeries(id('probe-guide'), [[pr.w, scene.slopeDomain[0]], [pr.w, scene.slopeDomain[1]]], { colour: p.optimum, width: 1.5, dash: [2, 4], gridIndex: below, z: 1 }, p))
      series.push(pointSeries(id('probe-slope'), [pr.onSlope], { colour: p.optimum, symbol: 'triangle', size: 18, gridIndex: below, z: 5 }, p))
    }
  }
  return series
}

export function descentPenaltiesOption(scene: PenaltyScene, p: Palette): Record<string, unknown> {
  const [w0, w1] = scene.wDomain
  const columns = scene.panels.map((_, i) => i)
  const grids = columns.flatMap(i => [
    { left: layout.lefts[i], top: layout.top.y, width: layout.width, height: layout.top.h },
    { left: layout.lefts[i], top: layout.bottom.y, width: layout.width, height: layout.bottom.h },
  ])
  const titles = scene.panels.map(panel => `${panel.norm === 'l1' ? 'L1' : 'L2'}: ${panel.penaltyName} and its slope ${panel.slopeName}`)
  return {
    ...baseOption(p),
    grid: grids,
    xAxis: columns.flatMap(i => [
      valueAxis(p, { min: w0, max: w1, interval: 1, bare: true }, gridOf(i, 'penalty')),
      { ...valueAxis(p, { name: 'w', min: w0, max: w1, interval: 1 }, gridOf(i, 'slope')), nameGap: 28 },
    ]),
    yAxis: columns.flatMap(i => [
      uprightAxis(p, { min: scene.penaltyDomain[0], max: scene.penaltyDomain[1], interval: 1 }, gridOf(i, 'penalty')),
      uprightAxis(p, { min: scene.slopeDomain[0], max: scene.slopeDomain[1], interval: 1 }, gridOf(i, 'slope')),
    ]),
    graphic: titles.map((text, i) => ({
      type: 'text',
      left: layout.lefts[i],
      top: 4,
      silent: true,
      style: { text, fill: p.text, fontSize: fontSize.label, fontWeight: 600, fontFamily: p.fontFamily },
    })),
    series: scene.panels.flatMap((panel, i) => columnSeries(panel, i, scene, p)),
  }
}
