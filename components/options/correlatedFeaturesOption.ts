// The scene of "Correlated features" → ECharts option: a correlation matrix (cells shaded by
// sign and size, the number printed in each) and two bar panels, lasso and ridge, over the same
// features. Bars carry their value as text; an exact zero is written "0 (exactly)".
import type { CorrelatedScene } from '../../lib/scenes/correlatedFeatures'
import { formatNumber } from '../../lib/scenes/format'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { inkOn, onPage } from '../charts/palette'
import { featureLook } from './realDataStyles'

type Obj = Record<string, unknown>

export const CORRELATED_CHART = { width: 868, height: 300 } as const
const CELL = 46
const MATRIX = { left: 112, top: 44 }
export const barGrids = [
  { left: 420, top: 44, width: 200, height: 200 },
  { left: 660, top: 44, width: 200, height: 200 },
] as const

/** "rgba(r, g, b, a)" from a "#rrggbb" palette colour. */
function withAlpha(hex: string, alpha: number): string {
  const v = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha.toFixed(3)})`
}

export function correlatedOption(scene: CorrelatedScene, p: Palette): Obj {
  const graphic: Obj[] = []
  const text = (x: number, y: number, s: string, style: Obj = {}) => graphic.push({
    type: 'text',
    silent: true,
    x,
    y,
    style: { text: s, fill: p.text, fontSize: 16, fontFamily: p.fontFamily, align: 'center', verticalAlign: 'middle', ...style },
  })

  // The correlation matrix.
  const { names, values } = scene.matrix
  const neg = p.lossRamp[0] as string
  const pos = p.lossRamp[p.lossRamp.length - 1] as string
  text(MATRIX.left, 14, 'Correlations', { align: 'left', fontSize: 19, fontWeight: 700 })
  names.forEach((name, i) => {
    text(MATRIX.left - 8, MATRIX.top + i * CELL + CELL / 2, name, { align: 'right' })
    values[i]!.forEach((r, j) => {
      const x = MATRIX.left + j * CELL
      const y = MATRIX.top + i * CELL
      const hue = r >= 0 ? pos : neg
      const alpha = 0.15 + 0.75 * Math.abs(r)
      graphic.push({
        type: 'rect',
        silent: true,
        shape: { x: x + 1, y: y + 1, width: CELL - 2, height: CELL - 2 },
        style: { fill: withAlpha(hue, alpha), stroke: p.grid },
      })
      // The number in black or white, whichever reads better on the cell as it shows on the page.
      text(x + CELL / 2, y + CELL / 2, i === j ? '1' : formatNumber(r, 2), {
        fill: inkOn(onPage(p, hue, alpha)),
        fontWeight: 600,
      })
    })
  })
  // Column names, abbreviated under the cells.
  const short: Record<string, string> = { mpg: 'mpg', weight: 'wt', displacement: 'disp', horsepower: 'hp' }
  names.forEach((name, j) => text(MATRIX.left + j * CELL + CELL / 2, MATRIX.top + names.length * CELL + 14, short[name] ?? name, { fill: p.mutedText }))

  // The two bar panels.
  const panels = [
    { id: 'lasso', title: 'Lasso (L1)', values: scene.lasso },
    { id: 'ridge', title: 'Ridge (L2)', values: scene.ridge },
  ]
  const categories = scene.features
  const grid = barGrids.map(g => ({ ...g }))
  const xAxis = barGrids.map((_, i) => ({
    ...valueAxis(p, { name: 'coefficient (mpg per sd)', min: scene.xDomain[0], max: scene.xDomain[1], interval: 1 }, i),
    nameGap: 26,
    nameTextStyle: { color: p.text, fontSize: fontSize.tick, fontFamily: p.fontFamily },
  }))
  const yAxis = barGrids.map((_, i) => ({
    type: 'category',
    gridIndex: i,
    data: categories,
    inverse: true,
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: i === 0, color: p.text, fontSize: fontSize.tick, fontFamily: p.fontFamily, margin: 10 },
  }))
  const series: Obj[] = []
  panels.forEach((panel, gi) => {
    text(barGrids[gi]!.left, 14, panel.title, { align: 'left', fontSize: 19, fontWeight: 700 })
    // The zero line.
    series.push({
      id: `bar-zero-${gi}`,
      type: 'line',
      xAxisIndex: gi,
      yAxisIndex: gi,
      data: [[0, categories[0]], [0, categories[categories.length - 1]]],
      showSymbol: false,
      silent: true,
      lineStyle: { color: p.axis, width: 1.5 },
      z: 3,
    })
    series.push({
      id: `bars-${panel.id}`,
      type: 'custom',
      xAxisIndex: gi,
      yAxisIndex: gi,
      silent: true,
      z: 2,
      data: (panel.values ?? []).map((v, j) => [v, j]),
      renderItem: (params: { dataIndex: number }, api: { value: (d: number) => number; coord: (v: [number, number]) => number[]; size: (v: [number, number]) => number[] }) => {
        const v = api.value(0)
        const j = api.value(1)
        const start = api.coord([0, j])
        const end = api.coord([v, j])
        const band = api.size([0, 1])[1]! * 0.56
        const feature = categories[params.dataIndex] ?? ''
        const look = featureLook(p, feature.startsWith('weight') ? 'weight' : feature)
        const x0 = Math.min(start[0]!, end[0]!)
        const w = Math.abs(end[0]! - start[0]!)
        const label = v === 0 ? '0 (exactly)' : formatNumber(v, 2)
        return {
          type: 'group',
          children: [
            { type: 'rect', shape: { x: x0, y: start[1]! - band / 2, width: w, height: band }, style: { fill: look.colour, opacity: feature.endsWith('(copy)') ? 0.7 : 1 } },
            {
              type: 'text',
              x: v < 0 ? x0 - 6 : x0 + w + 6,
              y: start[1]!,
              style: { text: label, fill: p.text, fontSize: 16, fontFamily: p.fontFamily, align: v < 0 ? 'right' : 'left', verticalAlign: 'middle', fontWeight: v === 0 ? 700 : 400 },
            },
          ],
        }
      },
    })
  })

  return {
    ...baseOption(p),
    grid,
    xAxis,
    yAxis,
    series,
    graphic,
  }
}
