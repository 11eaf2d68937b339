// The (x, y) points of an ECharts series as the option gives them: [x, y] pairs, items with a
// `value`, or a flat Float64Array with two dimensions (xyData in components/options/plane.ts).
export function seriesPoints(series: { data?: unknown }): [number, number][] {
  const data = series.data
  if (data instanceof Float64Array) {
    const out: [number, number][] = []
    for (let i = 0; i + 1 < data.length; i += 2) out.push([data[i]!, data[i + 1]!])
    return out
  }
  if (!Array.isArray(data)) return []
  return data
    .map(d => (Array.isArray(d) ? d : (d as { value?: unknown })?.value))
    .filter((d): d is [number, number] => Array.isArray(d) && d.length >= 2)
}
