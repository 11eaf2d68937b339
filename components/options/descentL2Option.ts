// "L2 descent: halving never hits 0": the ½w² walk or the L1-vs-L2 race (main chart), and the
// log-scale inset of |w| against the step. The inset's log axis only ever gets positive values:
// the scene checks that no iterate is 0, and the axis runs down to 5e-324 so the float64 floor
// is drawn (along the bottom edge, emphasised, with a note in the empty lower-left corner).
import type { L2DescentScene, LogInset } from '../../lib/scenes/descentL2'
import { baseOption, fontSize, uprightAxis } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { endLabelOffsets, laneSeries, lineSeries, logAxis, normLook, pointSeries, stepAxis } from './descentShared'
import { WALK_GRID, walkAxes, walkSeries } from './descentL1Option'
import { textLabelSeries } from './textLabel'

export function descentL2Option(scene: L2DescentScene, p: Palette): Record<string, unknown> {
  if (scene.walk) return { ...baseOption(p), grid: WALK_GRID, ...walkAxes(scene.walk, p), series: walkSeries(scene.walk, p) }
  const race = scene.race!
  const offsets = endLabelOffsets(race.lanes)
  return {
    ...baseOption(p),
    grid: { ...WALK_GRID, right: 50 },
    xAxis: stepAxis(p, race.kDomain, 0, { interval: 2 }),
    yAxis: uprightAxis(p, { name: 'w', min: race.yDomain[0], max: race.yDomain[1], interval: 1 }),
    series: [
      lineSeries('zero-line', [[race.kDomain[0], 0], [race.kDomain[1], 0]], { colour: p.axis, width: 1.5, z: 1 }, p),
      ...race.lanes.map((lane, i) => laneSeries(`race-${lane.id}`, lane.points, normLook(p, lane.id), p, { label: lane.name, labelOffset: offsets[i] })),
    ],
  }
}

/**
 * The axis name upright above the axis, starting at the axis line: centred on it, it ran
 * over the top tick label ("10"), which ends just left of the line at the same height.
 */
function logNameAbove(axis: Record<string, unknown>): Record<string, unknown> {
  return { ...axis, nameLocation: 'end', nameRotate: 0, nameGap: 10, nameTextStyle: { ...(axis.nameTextStyle as Record<string, unknown>), align: 'left' } }
}

export function logInsetOption(inset: LogInset, p: Palette): Record<string, unknown> {
  const look = normLook(p, 'l2')
  const floor = inset.floor
  const series: Record<string, unknown>[] = inset.mode === 'near'
    ? [laneSeries('log-near', inset.points, look, p, { size: 11, width: 2.5 })]
    : [lineSeries('log-floor', inset.points, { colour: look.colour, width: 3, dash: look.dash }, p)]
  if (floor) {
    series.push(lineSeries('floor', [[floor.step, floor.value], [inset.kDomain[1], floor.value]], { colour: look.colour, width: 5, z: 5 }, p))
    series.push(pointSeries('floor-start', [[floor.step, floor.value]], { colour: p.text, symbol: 'rect', size: 11, z: 6 }, p))
    // the lower-left triangle under the falling line is empty: the note goes there
    series.push(textLabelSeries('floor-note', [[inset.kDomain[1] * 0.03, 1e-255]], {
      position: 'right', formatter: `flat from step ${floor.step} \u2192`, color: p.text, fontSize: fontSize.label - 1, fontWeight: 600,
    }, { z: 6 }))
  }
  return {
    ...baseOption(p),
    grid: { left: 78, right: 26, top: 34, bottom: 50 },
    xAxis: stepAxis(p, inset.kDomain, 0, inset.mode === 'near' ? {} : { interval: 400 }),
    yAxis: logNameAbove(logAxis(p, { name: '|w|, log scale', min: inset.yDomain[0], max: inset.yDomain[1] })),
    series,
  }
}
