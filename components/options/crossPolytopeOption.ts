// CrossPolytope's scene ("Competition, and corners in higher dimensions", right) → ECharts
// option: two orthographic wireframes side by side on square grids with hidden axes, the
// octahedron (L1 ball) and the sphere (L2 ball). Edges in front are solid, behind dashed and
// faint; the octahedron's vertices are green circles (two coefficients 0) and, from the second
// step, its edges are drawn green and thick (one coefficient 0); the sphere's zero sets, three
// great circles, are thin green lines.
import type { Vec2 } from '../../lib/index'
import type { PolytopeScene } from '../../lib/scenes/crossPolytope'
import { baseOption, fontSize } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { textLabelSeries } from './textLabel'

export const polytopeChartSize = { width: 500, height: 250 } as const
const HALF = 1.5
const boxes = [
  { left: 12, top: 28, size: 220 },
  { left: 268, top: 28, size: 220 },
] as const

type Series = Record<string, unknown>

function segments(p: Palette, id: string, lines: readonly Vec2[][], grid: number, style: { color: string; width: number; dashed?: boolean; opacity?: number }, z: number): Series {
  // One line series, polylines separated by null gaps (connectNulls false).
  const data: (Vec2 | null)[] = []
  lines.forEach((l, i) => {
    if (i > 0) data.push(null)
    data.push(...l)
  })
  return {
    id: `${id}-${grid}`,
    type: 'line',
    xAxisIndex: grid,
    yAxisIndex: grid,
    data: data.map(v => (v === null ? [null, null] : v)),
    connectNulls: false,
    showSymbol: false,
    silent: true,
    z,
    lineStyle: { color: style.color, width: style.width, opacity: style.opacity ?? 1, type: style.dashed ? [5, 5] : 'solid' },
  }
}

function points(p: Palette, id: string, list: readonly { at: Vec2; front: boolean }[], grid: number, size: number): Series {
  return {
    id: `${id}-${grid}`,
    type: 'scatter',
    xAxisIndex: grid,
    yAxisIndex: grid,
    data: list.map(v => ({ value: v.at, itemStyle: { opacity: v.front ? 1 : 0.45 } })),
    symbol: 'circle',
    symbolSize: size,
    silent: true,
    z: 6,
    itemStyle: { color: p.zero, borderColor: p.markerRing, borderWidth: 1.5 },
  }
}

export function crossPolytopeOption(scene: PolytopeScene, p: Palette): Record<string, unknown> {
  const grids = boxes.map(b => ({ left: b.left, top: b.top, width: b.size, height: b.size }))
  const axis = (i: number) => ({ type: 'value', gridIndex: i, min: -HALF, max: HALF, show: false })
  const series: Series[] = []
  const edgeStyle = scene.highlightEdges ? { color: p.zero, width: 4.5 } : { color: p.text, width: 2.5 }
  // The octahedron (grid 0).
  series.push(segments(p, 'oct-back', scene.octahedron.back, 0, { ...edgeStyle, width: 1.8, dashed: true, opacity: 0.55 }, 2))
  series.push(segments(p, 'oct-front', scene.octahedron.front, 0, edgeStyle, 4))
  series.push(points(p, 'oct-vertices', scene.octahedron.vertices, 0, 15))
  // The sphere (grid 1).
  series.push(segments(p, 'sphere-outline', [scene.sphere.outline], 1, { color: p.text, width: 2.5 }, 3))
  series.push(segments(p, 'sphere-back', scene.sphere.back, 1, { color: p.zero, width: 1.6, dashed: true, opacity: 0.6 }, 2))
  series.push(segments(p, 'sphere-front', scene.sphere.front, 1, { color: p.zero, width: 2.2 }, 4))
  series.push(points(p, 'sphere-axis-points', scene.sphere.axisPoints, 1, 11))
  // Axis names beyond each tip, on both bodies.
  for (const grid of [0, 1]) {
    series.push(segments(p, 'axis-stubs', scene.axes.map(a => [a.from, a.to]), grid, { color: p.axis, width: 1.5 }, 1))
    series.push(textLabelSeries(`axis-names-${grid}`, scene.axes.map(a => ({ value: a.to, label: { formatter: a.label } })), {
      position: 'inside', color: p.text, fontSize: fontSize.label, fontWeight: 600,
    }, { gridIndex: grid, z: 7 }))
  }
  const title = (i: number, text: string) => ({
    id: `title-${i}`,
    type: 'text',
    left: boxes[i]!.left + 6,
    top: 2,
    silent: true,
    style: { text, fill: p.text, font: `600 ${fontSize.label}px ${p.fontFamily}` },
  })
  return {
    ...baseOption(p),
    grid: grids,
    xAxis: [axis(0), axis(1)],
    yAxis: [axis(0), axis(1)],
    series,
    graphic: [title(0, 'L1 ball: octahedron'), title(1, 'L2 ball: sphere')],
  }
}
