// The scene of "The penalty alone: diamonds and circles" → two square grids: the L1 family of
// diamonds with the taxicab walk, and the L2 family of circles with the straight line. Each
// segment carries its length as text.
import type { WalkScene } from '../../lib/scenes/penaltyWalk'
import type { Vec2 } from '../../lib/index'
import { baseOption, fontSize } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { dotSeries, originAxesSeries, panelRow, pathSeries, planeCaption, planeLayout } from './plane'
import { textLabelSeries } from './textLabel'

export const penaltyWalkChartSize = { width: 680, height: 372 } as const
const size = 292

export function penaltyWalkOption(scene: WalkScene, p: Palette): Record<string, unknown> {
  const boxes = panelRow(2, size, 46)
  const series: unknown[] = []
  const graphic: unknown[] = []
  scene.panels.forEach((panel, i) => {
    const box = boxes[i]!
    series.push(...originAxesSeries(p, scene.view, i))
    panel.family.forEach((ring, k) => series.push({
      ...pathSeries(p, `family-${k}`, ring, { gridIndex: i, color: p.penalty, width: 1.5 }),
      lineStyle: { color: p.penalty, width: 1.5, opacity: 0.55 },
      z: 1,
    }))
    if (panel.through) {
      series.push({
        ...pathSeries(p, 'through', panel.through, { gridIndex: i, color: p.penalty, width: 4 }),
        z: 2,
      })
    }
    panel.segments.forEach((seg, k) => {
      series.push(pathSeries(p, `segment-${k}`, [seg.from, seg.to], { gridIndex: i, color: p.text, width: 4 }))
      const mid: Vec2 = [(seg.from[0] + seg.to[0]) / 2, (seg.from[1] + seg.to[1]) / 2]
      series.push({
        ...textLabelSeries(`segment-label-${k}-${i}`, [mid], {
          formatter: seg.label,
          position: panel.norm === 'l2' ? 'right' : k === 0 ? 'bottom' : 'left',
          color: p.text,
          fontSize: fontSize.label,
          fontWeight: 700,
          backgroundColor: p.dark ? 'rgba(18,18,18,0.8)' : 'rgba(255,255,255,0.85)',
          padding: [1, 4],
        }, { gridIndex: i, z: 8 }),
        itemStyle: { color: 'transparent', opacity: 1 },
      })
    })
    if (scene.point) series.push(dotSeries(p, 'point', scene.point, 'hollow', { gridIndex: i, label: 'P', labelPosition: 'top' }))
    graphic.push({ ...planeCaption(p, panel.size === null ? panel.caption : `${panel.caption} · size ${panel.size.toFixed(2)}`, box), id: `caption-${i}` })
  })
  return { ...baseOption(p), ...planeLayout(p, scene.view, boxes), series, graphic }
}
