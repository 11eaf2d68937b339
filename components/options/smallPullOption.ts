// Slide 10's scene → the two penalty curves (solid L1, dashed L2, each labelled at its end)
// on linear or log axes, with markers at the quoted sizes.
import type { SmallPullScene } from '../../lib/scenes/smallPull'
import { plain } from '../../lib/scenes/smallPull'
import { baseOption, fontSize, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'

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
      endLabel: { show: true, formatter: look[n].name, color: look[n].colour, fontSize: fontSize.label, fontWeight: 600 },
      labelLayout: { moveOverlap: 'shiftY' },
    },
    {
      id: `markers-${n}`,
      type: 'scatter',
      data: scene.markers.map(m => m[n]),
      symbol: look[n].symbol,
      symbolSize: 16,
      silent: true,
      itemStyle: { color: look[n].colour, borderColor: p.dark ? '#111' : '#fff', borderWidth: 1.5 },
      label: { show: scene.step > 0 && !scene.log, formatter: (d: { value: number[] }) => plain(d.value[1]!), position: n === 'l1' ? 'top' : 'bottom', color: p.text, fontSize: fontSize.label - 1 },
      z: 5,
    },
  ])
  return {
    ...baseOption(p),
    grid: { left: 72, right: 190, top: 16, bottom: 56 },
    xAxis: axis('\u03B2 (both coefficients)', scene.xDomain),
    yAxis: { ...axis('penalty, \u03BB = 1', scene.yDomain), nameGap: 50 },
    series,
  }
}
