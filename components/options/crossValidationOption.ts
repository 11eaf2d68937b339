// The scene of "Choosing λ" → ECharts option: mean CV error with one-SE error bars against log λ
// (large λ on the left, as on "Coefficient paths on real data"), vertical marks for the minimum
// and the one-SE choice (each with its own dash and label), the held-out test error as a dashed
// line, and the number of nonzero coefficients along the top.
import type { CvScene } from '../../lib/scenes/crossValidation'
import { spreadLabels } from '../../lib/scenes/realDataLabels'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'
import { textLabelSeries } from './textLabel'

type Obj = Record<string, unknown>

export const CV_CHART = { width: 600, height: 390 } as const
const GRID = { left: 64, right: 92, top: 58, bottom: 56 }

export function crossValidationOption(scene: CvScene, p: Palette): Obj {
  const [y0, y1] = scene.yDomain
  const series: Obj[] = [
    {
      id: 'cv-bars',
      type: 'custom',
      silent: true,
      z: 2,
      clip: true,
      data: scene.bars,
      renderItem: (_params: unknown, api: { value: (d: number) => number; coord: (v: [number, number]) => number[] }) => {
        const x = api.value(0)
        const lo = api.coord([x, api.value(1)])
        const hi = api.coord([x, api.value(2)])
        const cap = 4
        const style = { stroke: p.data, lineWidth: 1.5, opacity: 0.7 }
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
            { type: 'line', shape: { x1: lo[0]! - cap, y1: lo[1], x2: lo[0]! + cap, y2: lo[1] }, style },
            { type: 'line', shape: { x1: hi[0]! - cap, y1: hi[1], x2: hi[0]! + cap, y2: hi[1] }, style },
          ],
        }
      },
    },
    {
      id: 'cv-mean',
      type: 'line',
      data: scene.curve,
      silent: true,
      z: 3,
      symbol: 'circle',
      symbolSize: 6,
      showSymbol: true,
      itemStyle: { color: p.data },
      lineStyle: { color: p.data, width: 2.5 },
    },
  ]
  const markLook = {
    min: { colour: p.optimum, dash: [6, 4] as number[] },
    '1se': { colour: p.ols, dash: [2, 4] as number[] },
  }
  for (const m of scene.marks) {
    const look = markLook[m.id]
    series.push({
      id: `mark-${m.id}`,
      type: 'line',
      data: [[m.logLambda, y0], [m.logLambda, y1]],
      showSymbol: false,
      silent: true,
      z: 4,
      lineStyle: { color: look.colour, width: 2.5, type: look.dash },
    })
    series.push({
      id: `mark-dot-${m.id}`,
      type: 'scatter',
      data: [[m.logLambda, m.mean]],
      symbol: m.id === 'min' ? 'diamond' : 'triangle',
      symbolSize: 18,
      silent: true,
      z: 5,
      itemStyle: { color: look.colour, borderColor: p.markerRing, borderWidth: 1.5 },
    })
    // The mark's name at the top of its line, on the side away from the other mark.
    series.push(textLabelSeries(`mark-label-${m.id}`, [[m.logLambda, y1]], {
      formatter: m.label, position: m.id === 'min' ? 'right' : 'left', offset: [0, 14], color: textColour(p, look.colour), fontSize: fontSize.label, fontWeight: 700,
    }, { z: 5 }))
  }
  if (scene.test) {
    series.push({
      id: 'test',
      type: 'line',
      data: scene.test,
      showSymbol: false,
      silent: true,
      z: 3,
      lineStyle: { color: p.text, width: 2.5, type: [8, 5] },
    })
  }

  // Nonzero counts along the top (glmnet's upper axis).
  const width = CV_CHART.width - GRID.left - GRID.right
  const [xa, xb] = scene.xDomain
  const graphic: Obj[] = [{
    type: 'text',
    silent: true,
    x: GRID.left,
    y: 8,
    style: { text: 'features in the model:', fill: p.mutedText, fontSize: 16, fontFamily: p.fontFamily },
  }]
  for (const t of scene.nonzeroTicks) {
    const f = (t.logLambda - xa) / (xb - xa)
    graphic.push({
      type: 'text',
      silent: true,
      x: GRID.left + (1 - f) * width,
      y: 34,
      style: { text: String(t.count), fill: p.text, fontSize: 17, fontWeight: 600, fontFamily: p.fontFamily, align: 'center' },
    })
  }

  // Line names in the right margin, at the height where each line ends, never overlapping.
  const plotTop = GRID.top
  const plotHeight = CV_CHART.height - GRID.top - GRID.bottom
  const yPx = (v: number) => plotTop + ((y1 - Math.min(y1, Math.max(y0, v))) / (y1 - y0)) * plotHeight
  const ends: { text: string; colour: string; y: number }[] = [{ text: 'CV error', colour: p.data, y: yPx(scene.curve.at(-1)![1]) }]
  if (scene.test) ends.push({ text: 'test error', colour: p.text, y: yPx(scene.test.at(-1)![1]) })
  const placed = spreadLabels(ends.map(e => e.y), 22, plotTop, plotTop + plotHeight)
  ends.forEach((e, i) => graphic.push({
    type: 'text',
    silent: true,
    x: CV_CHART.width - GRID.right + 8,
    y: placed[i]!,
    style: { text: e.text, fill: textColour(p, e.colour), fontSize: fontSize.label, fontWeight: 600, fontFamily: p.fontFamily, verticalAlign: 'middle' },
  }))

  return {
    ...baseOption(p),
    grid: { ...GRID },
    xAxis: { ...valueAxis(p, { name: 'log \u03BB (larger \u03BB on the left)', min: xa, max: xb, interval: 1 }), inverse: true },
    yAxis: { ...valueAxis(p, { name: 'mean squared error (mpg\u00B2)', min: y0, max: y1, interval: scene.yTick }), nameGap: 40 },
    series,
    graphic,
  }
}
