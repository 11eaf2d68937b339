// The (x, y) points of an ECharts series as the option gives them: [x, y] pairs, items with a
// `value`, or a flat Float64Array with two dimensions (xyData in components/options/plane.ts).
export function seriesPoints(series: { data?: unknown }): [number, number][] {
  const data = series.data
  if (data instanceof Float64Array) return pairsOf(data)
  if (!Array.isArray(data)) return []
  return data
    .map(d => (Array.isArray(d) ? d : (d as { value?: unknown })?.value))
    .filter((d): d is [number, number] => Array.isArray(d) && d.length >= 2)
}

/** [x, y] pairs from flat points (x, y, x, y, …). */
function pairsOf(flat: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!])
  return out
}

/** Flat points (x, y, x, y, …) from [x, y] pairs: how a test writes the live plan's points. */
export const flatPoints = (...pairs: (readonly [number, number])[]): number[] => pairs.flat()
