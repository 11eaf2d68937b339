// The scene of "Beyond L1 and L2" → ECharts option: two square panels. Left, the example bowl
// (contours, black minimum), the orange region and the purple optimum with its contour. Right, the
// simulated minima: green circles where the optimum has an exact zero, orange triangles for
// near zeros, blue squares otherwise (shape and colour, as on "Random loss functions"), over
// the region.
import type { LpScene } from '../../lib/scenes/lpBalls'
import type { Vec2 } from '../../lib/index'
import { baseOption } from '../charts/axes'
import { formatNumber } from '../../lib/scenes/format'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, planeAxes, planeCaption, regionSeries, xyData } from './plane'
import type { PlaneBox } from './plane'

type Obj = Record<string, unknown>

export const LP_CHART = { width: 662, height: 336 } as const
export const lpBoxes: PlaneBox[] = [
  { left: 46, top: 8, size: 272, gridIndex: 0 },
  { left: 372, top: 8, size: 272, gridIndex: 1, names: ['c\u2081', 'c\u2082'] },
]

function cloudSeries(p: Palette, id: string, points: readonly Vec2[], look: { symbol: string; colour: string; size: number }): Obj {
  return {
    id: `cloud-${id}`,
    type: 'scatter',
    xAxisIndex: 1,
    yAxisIndex: 1,
    ...xyData(points),
    symbol: look.symbol,
    symbolSize: look.size,
    silent: true,
    z: 3,
    // One compound path per outcome instead of a thousand SVG elements: redraws stay fast.
    large: true,
    largeThreshold: 200,
    itemStyle: { color: look.colour, opacity: 0.85 },
  }
}

export function lpBallsOption(scene: LpScene, p: Palette): Obj {
  const left = planeAxes(p, scene.view, lpBoxes[0]!)
  const right = planeAxes(p, scene.cloudView, lpBoxes[1]!)
  const series: Obj[] = [
    ...originAxesSeries(p, scene.view, 0),
    ...contourSeries(p, scene.contours, { gridIndex: 0, width: 1.6, opacity: 0.85 }),
    regionSeries(p, scene.outline, { gridIndex: 0 }),
    highlightContourSeries(p, scene.optimumContour, { id: 'through-optimum', gridIndex: 0 }),
    dotSeries(p, 'minimum', scene.bowl.center, 'blackDot', { gridIndex: 0 }),
    dotSeries(p, 'optimum', scene.optimum, 'optimum', { gridIndex: 0 }),
    ...originAxesSeries(p, scene.cloudView, 1),
    cloudSeries(p, 'nonzero', scene.cloud.nonzero, { symbol: 'rect', colour: p.nonzero, size: 5 }),
    cloudSeries(p, 'nearMiss', scene.cloud.nearMiss, { symbol: 'triangle', colour: p.nearMiss, size: 8 }),
    cloudSeries(p, 'zero', scene.cloud.zero, { symbol: 'circle', colour: p.zero, size: 6 }),
    { ...regionSeries(p, scene.outline, { gridIndex: 1 }), z: 4 },
  ]
  return {
    ...baseOption(p),
    grid: [left.grid, right.grid],
    xAxis: [left.xAxis, right.xAxis],
    yAxis: [left.yAxis, right.yAxis],
    series,
    graphic: [
      planeCaption(p, scene.label, lpBoxes[0]!),
      planeCaption(p, `${formatNumber(100 * scene.rates.zero, 1)}% exactly zero`, lpBoxes[1]!),
    ],
  }
}
