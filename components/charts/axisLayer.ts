// Axes are the costliest part of an ECharts update (grid layout, label measuring, every tick
// and label rebuilt) and rarely change while the viewer drags. A chart whose axes all have
// fixed ranges is drawn as two stacked instances: the axes below, redrawn only when they
// change, and the content above on the same grids with its axes hidden. Both lay out the
// same grids, since with fixed ranges and fixed grid boxes nothing depends on the series.

import type { Plain } from './optionParts'
import { list } from './optionParts'

/** Whether the option alone fixes the axis's extent, so a chart without series lays it out the same. */
function fixedRange(axis: Plain): boolean {
  if (axis.type === 'category') return Array.isArray(axis.data)
  return typeof axis.min === 'number' && typeof axis.max === 'number'
}

/** The two layers of `option`, or undefined when some axis takes its range from the data. */
export function splitAxes(option: Plain): { axes: Plain; content: Plain } | undefined {
  const xs = list(option.xAxis)
  const ys = list(option.yAxis)
  if (xs.length === 0 || ys.length === 0 || ![...xs, ...ys].every(fixedRange)) return undefined
  const hidden = (a: Plain) => ({ ...a, show: false })
  return {
    axes: { grid: option.grid, xAxis: xs, yAxis: ys },
    content: { ...option, xAxis: xs.map(hidden), yAxis: ys.map(hidden) },
  }
}

/**
 * Grids and axes get stable ids, so updates keep them instead of rebuilding them, and grids
 * sit exactly where the option puts them: ECharts 6 would otherwise move a grid to fit its
 * label widths, which depend on whether the web font has loaded yet, so a deep link and a
 * stepped-to frame could differ by a few pixels.
 */
export function fixedGrids(option: Plain): Plain {
  const out: Plain = { ...option }
  for (const key of ['grid', 'xAxis', 'yAxis']) {
    const value = option[key]
    if (!value) continue
    out[key] = list(value).map((c, i) => ({ id: `${key}-${i}`, ...(key === 'grid' ? { outerBoundsMode: 'none' } : {}), ...c }))
  }
  return out
}
