// The scene of "Coefficient paths on real data" → ECharts option: two grids (lasso, ridge)
// sharing one y scale, the revealed part of each path, a dashed cursor, and a label column
// beside the cursor whose labels are spread so they never overlap (leader lines join each label
// to its line).
import type { PathsScene } from '../../lib/scenes/coefficientPaths'
import { spreadLabels } from '../../lib/scenes/realDataLabels'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'
import { featureLook } from './realDataStyles'
import { xyData } from './plane'

type Obj = Record<string, unknown>

export const PATHS_CHART = { width: 868, height: 316 } as const
/** Plot boxes in pixels: two grids side by side, each followed by room for its labels. */
export const pathsGrids = [
  { left: 52, top: 40, width: 286, height: 218 },
  { left: 470, top: 40, width: 286, height: 218 },
] as const
const LABEL_GAP = 19

function toPx(v: number, lo: number, hi: number, start: number, size: number, inverse: boolean): number {
  const f = (v - lo) / (hi - lo)
  return start + (inverse ? 1 - f : f) * size
}

export function coefficientPathsOption(scene: PathsScene, p: Palette): Obj {
  const grids = pathsGrids.map(g => ({ left: g.left, top: g.top, width: g.width, height: g.height }))
  const xAxes = scene.panels.map((_, i) => ({
    ...valueAxis(p, { name: scene.xName, min: scene.xDomain[0], max: scene.xDomain[1], interval: scene.xTick }, i),
    inverse: scene.xInverse,
    nameTextStyle: { color: p.text, fontSize: fontSize.tick, fontFamily: p.fontFamily },
  }))
  const yAxes = scene.panels.map((_, i) => ({
    ...valueAxis(p, { name: i === 0 ? 'coefficient (mpg per sd)' : undefined, min: scene.yDomain[0], max: scene.yDomain[1], interval: scene.yTick }, i),
    nameGap: 30,
    nameTextStyle: { color: p.text, fontSize: fontSize.tick, fontFamily: p.fontFamily },
  }))

  const series: Obj[] = []
  const graphic: Obj[] = []
  scene.panels.forEach((panel, gi) => {
    const g = pathsGrids[gi]!
    const [y0, y1] = scene.yDomain
    // y = 0 reference line.
    series.push({
      id: `zero-${gi}`,
      type: 'line',
      xAxisIndex: gi,
      yAxisIndex: gi,
      data: [[scene.xDomain[0], 0], [scene.xDomain[1], 0]],
      showSymbol: false,
      silent: true,
      z: 1,
      lineStyle: { color: p.axis, width: 1.2, opacity: 0.6 },
    })
    for (const line of panel.lines) {
      const look = featureLook(p, line.feature)
      series.push({
        id: `path-${panel.id}-${line.feature}`,
        type: 'line',
        xAxisIndex: gi,
        yAxisIndex: gi,
        ...xyData(line.points),
        showSymbol: false,
        silent: true,
        z: line.value === 0 ? 2 : 3,
        lineStyle: { color: look.colour, width: look.width, type: look.dash },
      })
    }
    // The cursor: a dashed vertical line with a handle glyph on top.
    series.push({
      id: `cursor-${gi}`,
      type: 'line',
      xAxisIndex: gi,
      yAxisIndex: gi,
      data: [[panel.cursorX, y0], [panel.cursorX, y1]],
      showSymbol: false,
      silent: true,
      z: 4,
      lineStyle: { color: p.text, width: 1.5, type: [5, 4], opacity: 0.8 },
    })
    series.push({
      id: `cursor-knob-${gi}`,
      type: 'scatter',
      xAxisIndex: gi,
      yAxisIndex: gi,
      data: [[panel.cursorX, y1]],
      symbol: 'triangle',
      symbolRotate: 180,
      symbolSize: 16,
      silent: true,
      z: 5,
      itemStyle: { color: p.text },
    })
    // Dots where each line meets the cursor.
    series.push({
      id: `cursor-dots-${gi}`,
      type: 'scatter',
      xAxisIndex: gi,
      yAxisIndex: gi,
      silent: true,
      z: 6,
      data: panel.lines.map(l => ({
        value: [panel.cursorX, l.value],
        symbol: featureLook(p, l.feature).symbol,
        symbolSize: 11,
        itemStyle: { color: featureLook(p, l.feature).colour, borderColor: p.markerRing, borderWidth: 1 },
      })),
    })

    // Labels beside the cursor, spread apart; zero coefficients are labelled "= 0".
    const cx = toPx(panel.cursorX, scene.xDomain[0], scene.xDomain[1], g.left, g.width, scene.xInverse)
    const wanted = panel.lines.map(l => toPx(l.value, y0, y1, g.top + g.height, -g.height, false))
    const placed = spreadLabels(wanted, LABEL_GAP, g.top + 4, g.top + g.height + 18)
    const labelX = cx + 22
    panel.lines.forEach((l, i) => {
      const look = featureLook(p, l.feature)
      const y = placed[i]!
      graphic.push({
        type: 'polyline',
        silent: true,
        z: 10,
        shape: { points: [[cx + 3, wanted[i]!], [labelX - 3, y]] },
        style: { stroke: look.colour, lineWidth: 1.2, opacity: 0.8 },
      })
      graphic.push({
        type: 'text',
        silent: true,
        z: 10,
        x: labelX,
        y,
        style: {
          text: l.value === 0 ? `${l.feature} = 0` : l.feature,
          // the feature's hue, made readable as text on the page (the leader line keeps the hue itself)
          fill: textColour(p, look.colour),
          fontSize: 16,
          fontWeight: l.value === 0 ? 400 : 600,
          fontFamily: p.fontFamily,
          verticalAlign: 'middle',
          align: 'left',
          // A plate, so a label never reads as struck through by the zero line.
          backgroundColor: p.dark ? 'rgba(18, 18, 18, 0.8)' : 'rgba(255, 255, 255, 0.85)',
          padding: [1, 3],
          borderRadius: 3,
        },
      })
    })
    // Panel title and its count.
    graphic.push({
      type: 'text',
      silent: true,
      x: g.left,
      y: 8,
      style: {
        text: `${panel.title}: ${panel.nonzero} of ${panel.lines.length} nonzero`,
        fill: p.text,
        fontSize: 19,
        fontWeight: 700,
        fontFamily: p.fontFamily,
      },
    })
  })

  return {
    ...baseOption(p),
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series,
    graphic,
  }
}
