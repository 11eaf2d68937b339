// The scene of "Linear models chase outliers" → ECharts option. Every line carries a name at
// its end and its own dash pattern, and the outlier its own shape, so nothing is told by colour
// alone. The names are written in their line's hue made readable on the page (textColour).
import type { OutlierScene } from '../../lib/scenes/outlierChase'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'

const lineLook = {
  before: { name: 'without outlier', type: [6, 6] as number[], width: 2.5 },
  ols: { name: 'least squares', type: 'solid' as const, width: 3.5 },
  ridge: { name: 'ridge', type: [2, 5] as number[], width: 4.5 },
}

export function outliersOption(scene: OutlierScene, p: Palette): Record<string, unknown> {
  const colour = { before: p.ghost, ols: p.ols, ridge: p.ridge }
  return {
    ...baseOption(p),
    grid: { left: 64, right: 150, top: 16, bottom: 52 },
    xAxis: valueAxis(p, { name: 'x', min: scene.xDomain[0], max: scene.xDomain[1], interval: 1 }),
    yAxis: valueAxis(p, { name: 'y', min: scene.yDomain[0], max: scene.yDomain[1], interval: scene.yTick }),
    series: [
      ...scene.lines.map(l => ({
        id: `line-${l.id}`,
        type: 'line',
        data: [l.from, l.to],
        showSymbol: false,
        silent: true,
        z: l.id === 'before' ? 1 : 2,
        labelLayout: { moveOverlap: 'shiftY' },
        lineStyle: { color: colour[l.id], width: lineLook[l.id].width, type: lineLook[l.id].type },
        endLabel: {
          show: true,
          formatter: lineLook[l.id].name,
          color: textColour(p, colour[l.id]),
          fontSize: fontSize.label,
          fontWeight: 600,
        },
      })),
      // The mean point every fitted line passes through (the unpenalized intercept's pivot).
      ...(scene.mean
        ? [{
            id: 'mean',
            type: 'scatter',
            z: 4,
            silent: true,
            data: [{
              value: scene.mean,
              symbol: 'emptyCircle',
              symbolSize: 18,
              itemStyle: { color: p.text, borderWidth: 2.5 },
              label: { show: true, formatter: 'mean', position: 'right', distance: 10, color: p.text, fontSize: fontSize.label },
            }],
          }]
        : []),
      {
        id: 'points',
        type: 'scatter',
        z: 3,
        silent: true,
        data: scene.points.map(pt => ({
          value: [pt.x, pt.y],
          symbol: pt.outlier ? 'diamond' : 'circle',
          symbolSize: pt.outlier ? 24 : 14,
          itemStyle: {
            color: pt.outlier ? p.ols : p.data,
            borderColor: p.markerRing,
            borderWidth: 1.5,
          },
          label: pt.outlier
            ? { show: true, formatter: 'outlier', position: 'left', color: p.text, fontSize: fontSize.label }
            : { show: false },
        })),
      },
    ],
  }
}
