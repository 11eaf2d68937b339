// LambdaCompetition's scene ("Competition, and corners in higher dimensions", left) → ECharts
// option: loss contours, faint L1 penalty diamonds, the touching diamond and loss contour at
// the L1 optimum, the trails of L1 optima (solid) and L2 optima (dashed, hollow marker) as λ
// grows from 0.
import type { Vec2 } from '../../lib/index'
import type { CompetitionScene } from '../../lib/scenes/lambdaCompetition'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourSeries, dotSeries, highlightContourSeries, originAxesSeries, pathSeries, planeAxes, xyData } from './plane'

export const competitionChartSize = { width: 372, height: 340 } as const
const box = { left: 54, top: 8, size: 286 }

type Series = Record<string, unknown>

function diamondLine(p: Palette, id: string, points: readonly Vec2[], strong: boolean): Series {
  return {
    id,
    type: 'line',
    ...xyData(points),
    showSymbol: false,
    silent: true,
    z: strong ? 3 : 1,
    lineStyle: { color: p.penalty, width: strong ? 3.5 : 1.4, opacity: strong ? 1 : 0.55, type: strong ? 'solid' : [4, 4] },
  }
}

export function competitionOption(scene: CompetitionScene, p: Palette): Record<string, unknown> {
  const axes = planeAxes(p, scene.view, box)
  const series: Series[] = [
    ...originAxesSeries(p, scene.view),
    ...contourSeries(p, scene.contours, { width: 1.6, opacity: 0.75 }),
    ...scene.penaltyRings.map((ring, i) => diamondLine(p, `penalty-${i}`, ring, false)),
    diamondLine(p, 'touching-diamond', scene.touchingDiamond, true),
    pathSeries(p, 'l2-trail', scene.l2Trail, { color: p.mutedText, width: 2.5, dashed: true }),
    pathSeries(p, 'l1-trail', scene.l1Trail, { color: p.optimum, width: 3.5 }),
    dotSeries(p, 'minimum', scene.center, 'blackDot'),
    { ...dotSeries(p, 'l2-optimum', scene.l2, 'hollow', { label: 'L2', labelPosition: 'left' }), z: 5 },
    { ...dotSeries(p, 'l1-optimum', scene.l1, 'optimum', { label: 'L1', labelPosition: 'bottom' }), z: 6 },
  ]
  if (scene.touchingContour) series.push(highlightContourSeries(p, scene.touchingContour, { id: 'touching-contour' }))
  return { ...baseOption(p), grid: axes.grid, xAxis: axes.xAxis, yAxis: axes.yAxis, series }
}
