// "Subgradient bounces; proximal lands on 0": subgradient and proximal iterates against the
// step. Subgradient: vermillion triangles on a solid line; proximal: green (the deck's "exactly
// zero") diamonds on a dashed line; both named at their ends (kept apart when they coincide),
// w = 0 drawn across.
import type { MethodId, ProximalScene } from '../../lib/scenes/descentProximal'
import { baseOption, uprightAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import type { Look } from './descentShared'
import { endLabelOffsets, laneSeries, lineSeries, stepAxis } from './descentShared'

export const PROXIMAL_CHART = { width: 520, height: 370 } as const

export function methodLook(p: Palette, id: MethodId): Look {
  return id === 'subgradient'
    ? { colour: p.ols, symbol: 'triangle', dash: 'solid' }
    : { colour: p.zero, symbol: 'diamond', dash: [9, 6] }
}

export function descentProximalOption(scene: ProximalScene, p: Palette): Record<string, unknown> {
  const offsets = endLabelOffsets(scene.lanes)
  return {
    ...baseOption(p),
    grid: { left: 60, right: 120, top: 34, bottom: 56 },
    xAxis: stepAxis(p, scene.kDomain),
    yAxis: uprightAxis(p, { name: 'w', min: scene.yDomain[0], max: scene.yDomain[1], interval: scene.yTick }),
    series: [
      lineSeries('zero-line', [[scene.kDomain[0], 0], [scene.kDomain[1], 0]], { colour: p.axis, width: 1.5, z: 0 }, p),
      ...scene.lanes.map((l, i) => laneSeries(`lane-${l.id}`, l.points, methodLook(p, l.id), p, {
        label: l.name,
        labelOffset: offsets[i],
        size: l.id === 'subgradient' ? 18 : 16,
      })),
    ],
  }
}
