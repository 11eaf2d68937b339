// Text placed at data coordinates (a name at the top of a line, a note in an empty corner):
// ECharts has no text series, so it is a scatter series whose symbols have size 0 and whose
// labels carry the text. The text moves with the axes, unlike a `graphic` element.
// A scatter label is drawn as opaque as its symbol, and ECharts' scatter symbols default to
// 0.8 opacity, which would fade the text (a readable colour at 4.5 : 1 would fall below it):
// the invisible symbols are made fully opaque so the text is too.
import type { Vec2 } from '../../lib/index'

type Series = Record<string, unknown>
/** A point, or a point with its own label settings (e.g. its own formatter). */
type LabelPoint = Vec2 | { value: Vec2; label: Record<string, unknown> }

/**
 * Label-only series: `label` is the shared label style (shown always). Without `gridIndex`
 * the series uses ECharts' first grid.
 */
export function textLabelSeries(id: string, data: readonly LabelPoint[], label: Record<string, unknown>, opts: { gridIndex?: number; z: number }): Series {
  return {
    id,
    type: 'scatter',
    ...(opts.gridIndex === undefined ? {} : { xAxisIndex: opts.gridIndex, yAxisIndex: opts.gridIndex }),
    data,
    symbolSize: 0,
    silent: true,
    z: opts.z,
    itemStyle: { opacity: 1 },
    label: { show: true, ...label },
  }
}
