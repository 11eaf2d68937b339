// "L1 descent: constant steps hit 0" and "L2 descent: halving never hits 0": a weight walking
// down its penalty curve. Earlier iterates stay as hollow markers, the current one is larger
// and filled; the readout and table beside the chart give the numbers, so the markers carry no
// text.
import type { PenaltyWalk } from '../../lib/scenes/descentWalk'
import { baseOption, uprightAxis, valueAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { lineSeries, normLook, pointSeries } from './descentShared'

export const WALK_GRID = { left: 56, right: 60, top: 34, bottom: 56 } as const

export function walkSeries(walk: PenaltyWalk, p: Palette): Record<string, unknown>[] {
  const look = normLook(p, walk.norm)
  return [
    lineSeries(`${walk.norm}-curve`, walk.curve, { colour: look.colour, width: 3.5, dash: look.dash, label: walk.curveName, z: 1 }, p),
    pointSeries(`${walk.norm}-trail`, walk.trail, { colour: look.colour, symbol: look.symbol, size: 14, hollow: true, z: 3 }, p),
    pointSeries(`${walk.norm}-current`, [walk.current], { colour: look.colour, symbol: look.symbol, size: 26, z: 5 }, p),
  ]
}

/** Axes for a walk: w across, the penalty value up (named by the curve's end label). */
export function walkAxes(walk: PenaltyWalk, p: Palette): Record<string, unknown> {
  return {
    xAxis: valueAxis(p, { name: 'w', min: walk.wDomain[0], max: walk.wDomain[1], interval: 1 }),
    yAxis: uprightAxis(p, { min: walk.yDomain[0], max: walk.yDomain[1], interval: walk.yTick }),
  }
}

export function descentWalkOption(walk: PenaltyWalk, p: Palette): Record<string, unknown> {
  return { ...baseOption(p), grid: WALK_GRID, ...walkAxes(walk, p), series: walkSeries(walk, p) }
}
