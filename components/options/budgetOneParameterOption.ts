// The scene of "One parameter, one budget" → ECharts option: the parabola, the allowed interval
// as an orange band, the black dot at the minimum and the purple diamond at the best allowed β.
// Their labels never print over each other: one label says "minimum = best allowed" when the
// points are the same, and the diamond's label moves up when the points are close.
import type { Budget1DScene } from '../../lib/scenes/budgetOneParameter'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { dotSeries, pathSeries, regionSeries } from './plane'
import { textLabelSeries } from './textLabel'

/** The chart's size in slide pixels (the label placement below works in pixels). */
export const BUDGET_CHART = { width: 560, height: 380 } as const
const GRID = { left: 64, right: 24, top: 16, bottom: 56 } as const

/** Label geometry of dotSeries (plane.ts): font size, ECharts' gap of 5 px beyond the symbol and its border. */
const LABEL_FONT = fontSize.label - 1
const LABEL_BOX = Math.ceil(LABEL_FONT * 1.3)
const labelDistance = (symbolSize: number) => 5 + symbolSize / 2 + 1
/** A generous width for a label of `text` (semibold Source Sans 3 runs about 0.55 em a character). */
const labelWidth = (text: string) => text.length * LABEL_FONT * 0.6

/**
 * Extra lift (px) for the "best allowed" label above the diamond so it clears the "minimum"
 * label above the black dot: both sit on top of their points, and when the points are
 * close the two labels would share the same few pixels. 0 when they are far enough apart.
 */
export function bestAllowedLift(scene: Budget1DScene): number {
  if (!scene.optimum) return 0
  const [x0, x1] = scene.xDomain
  const [y0, y1] = scene.yDomain
  const sx = (BUDGET_CHART.width - GRID.left - GRID.right) / (x1 - x0)
  const sy = (BUDGET_CHART.height - GRID.top - GRID.bottom) / (y1 - y0)
  const dx = Math.abs(scene.optimum[0] - scene.minimum[0]) * sx
  const apartSideways = dx >= (labelWidth('best allowed') + labelWidth('minimum')) / 2 + 4
  // Bottom of each label above the chart's bottom edge, in pixels.
  const minimumLabelBottom = (scene.minimum[1] - y0) * sy + labelDistance(18)
  const bestLabelBottom = (scene.optimum[1] - y0) * sy + labelDistance(22)
  const clearance = bestLabelBottom - (minimumLabelBottom + LABEL_BOX + 2)
  return apartSideways || clearance >= 0 ? 0 : Math.ceil(-clearance)
}

export function budget1DOption(scene: Budget1DScene, p: Palette): Record<string, unknown> {
  const [y0, y1] = scene.yDomain
  // With the constraint idle the best allowed β is the minimum: one point, one label.
  const same = scene.optimum !== null && scene.optimum[0] === scene.minimum[0] && scene.optimum[1] === scene.minimum[1]
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
    dotSeries(p, 'minimum', scene.minimum, 'blackDot', same ? {} : { label: 'minimum', labelPosition: 'top' }),
  ]
  if (scene.budget !== null) {
    const t = scene.budget
    series.unshift(regionSeries(p, [[-t, y0], [t, y0], [t, y1], [-t, y1]], { id: 'allowed' }))
    series.push({
      ...textLabelSeries('allowed-label', [[0, y1 * 0.93]], { formatter: '|\u03B2| \u2264 t', color: p.text, fontSize: fontSize.label, fontWeight: 600 }, { z: 6 }),
      itemStyle: { color: 'transparent', opacity: 1 },
    })
  }
  if (scene.optimum) {
    series.push(pathSeries(p, 'drop', [[scene.optimum[0], y0], scene.optimum], { color: p.optimum, dashed: true, width: 2 }))
    const optimum = dotSeries(p, 'optimum', scene.optimum, 'optimum', { label: same ? 'minimum = best allowed' : 'best allowed', labelPosition: 'top' })
    const lift = same ? 0 : bestAllowedLift(scene)
    series.push(lift === 0 ? optimum : { ...optimum, label: { ...(optimum.label as Record<string, unknown>), distance: 5 + lift } })
  }
  return {
    ...baseOption(p),
    grid: { ...GRID },
    xAxis: valueAxis(p, { name: '\u03B2', min: scene.xDomain[0], max: scene.xDomain[1], interval: 1 }),
    yAxis: valueAxis(p, { name: 'loss (\u03B2 \u2212 2)\u00B2', min: y0, max: y1, interval: 2 }),
    series,
  }
}
