// Slide 4's scene → ECharts option: the parabola, the allowed interval as an orange band,
// the black dot at the minimum and the purple diamond at the best allowed β.
import type { Budget1DScene } from '../../lib/scenes/budget1D'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { dotSeries, pathSeries, regionSeries } from './plane'
import { textLabelSeries } from './textLabel'

export function budget1DOption(scene: Budget1DScene, p: Palette): Record<string, unknown> {
  const [y0, y1] = scene.yDomain
  const series: Record<string, unknown>[] = [
    {
      id: 'loss-curve',
      type: 'line',
      data: scene.curve,
      showSymbol: false,
      silent: true,
      lineStyle: { color: p.lossRamp[0], width: 3.5 },
      z: 3,
    },
    dotSeries(p, 'minimum', scene.minimum, 'blackDot', { label: 'minimum', labelPosition: 'top' }),
  ]
  if (scene.budget !== null) {
    const t = scene.budget
    series.unshift(regionSeries(p, [[-t, y0], [t, y0], [t, y1], [-t, y1]], { id: 'allowed' }))
    series.push({
      ...textLabelSeries('allowed-label', [[0, y1 * 0.93]], { formatter: '|\u03B2| \u2264 t', color: p.text, fontSize: fontSize.label, fontWeight: 600 }, { z: 6 }),
      itemStyle: { color: 'transparent' },
    })
  }
  if (scene.optimum) {
    series.push(pathSeries(p, 'drop', [[scene.optimum[0], y0], scene.optimum], { color: p.optimum, dashed: true, width: 2 }))
    series.push(dotSeries(p, 'optimum', scene.optimum, 'optimum', { label: 'best allowed', labelPosition: 'top' }))
  }
  return {
    ...baseOption(p),
    grid: { left: 64, right: 24, top: 16, bottom: 56 },
    xAxis: valueAxis(p, { name: '\u03B2', min: scene.xDomain[0], max: scene.xDomain[1], interval: 1 }),
    yAxis: valueAxis(p, { name: 'loss (\u03B2 \u2212 2)\u00B2', min: y0, max: y1, interval: 2 }),
    series,
  }
}
