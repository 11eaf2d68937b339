// The scene of "Why L1 bites small coefficients" → the two penalty curves (solid L1, dashed L2,
// each labelled at its end) on linear or log axes, with markers at the quoted sizes.
import type { SmallPullScene } from '../../lib/scenes/smallPull'
import { plain } from '../../lib/scenes/smallPull'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textColour } from '../charts/palette'

/** The chart's size in slide pixels (the marker labels are placed in pixels). */
export const SMALL_PULL_CHART = { width: 470, height: 380 } as const
// right: room for the longer end label, "L2: β₁² + β₂²" (about 100 px), and its gap
const GRID = { left: 72, right: 120, top: 16, bottom: 56 } as const
/** What a marker label below its marker needs: ECharts' 5 px gap, half the symbol, and a line of text. */
const ROOM_BELOW = 5 + 16 / 2 + Math.ceil((fontSize.label - 1) * 1.3) + 4

/**
 * Where a marker's value goes: L1's above its marker, L2's below (so the two stay apart
 * where the curves are close), unless below would run into the x axis and its labels
 * (β = 0.1: L2 is 0.02, a few pixels above the axis); then above, where L1's marker is far.
 */
function markerLabelPosition(scene: SmallPullScene, n: 'l1' | 'l2', y: number): 'top' | 'bottom' {
  if (n === 'l1' || scene.log) return 'top'
  const [y0, y1] = scene.yDomain
  const plotHeight = SMALL_PULL_CHART.height - GRID.top - GRID.bottom
  return ((y - y0) / (y1 - y0)) * plotHeight >= ROOM_BELOW ? 'bottom' : 'top'
}

export function smallPullOption(scene: SmallPullScene, p: Palette): Record<string, unknown> {
  const axis = (name: string, domain: readonly [number, number]) => {
    const a = valueAxis(p, { name, min: domain[0], max: domain[1] })
    return scene.log ? { ...a, type: 'log', logBase: 10, axisLabel: { ...(a.axisLabel as object), formatter: plain } } : a
  }
  const look = {
    l1: { name: 'L1: |\u03B2\u2081| + |\u03B2\u2082|', colour: p.penalty, type: 'solid' as const, symbol: 'diamond' },
    l2: { name: 'L2: \u03B2\u2081\u00B2 + \u03B2\u2082\u00B2', colour: p.nonzero, type: [8, 5] as number[], symbol: 'circle' },
  }
  const series = (['l1', 'l2'] as const).flatMap(n => [
    {
      id: `curve-${n}`,
      type: 'line',
      data: scene.curves[n],
      showSymbol: false,
      silent: true,
      lineStyle: { color: look[n].colour, width: 3.5, type: look[n].type },
      endLabel: { show: true, formatter: look[n].name, color: textColour(p, look[n].colour), fontSize: fontSize.label, fontWeight: 600 },
      labelLayout: { moveOverlap: 'shiftY' },
    },
    {
      id: `markers-${n}`,
      type: 'scatter',
      data: scene.markers.map(m => ({ value: m[n], label: { position: markerLabelPosition(scene, n, m[n][1]) } })),
      symbol: look[n].symbol,
      symbolSize: 16,
      silent: true,
      itemStyle: { color: look[n].colour, borderColor: p.markerRing, borderWidth: 1.5 },
      label: { show: scene.step > 0 && !scene.log, formatter: (d: { value: number[] }) => plain(d.value[1]!), color: p.text, fontSize: fontSize.label - 1 },
      z: 5,
    },
  ])
  return {
    ...baseOption(p),
    grid: { ...GRID },
    xAxis: axis('\u03B2 (both coefficients)', scene.xDomain),
    yAxis: { ...axis('penalty, \u03BB = 1', scene.yDomain), nameGap: 50 },
    series,
  }
}
