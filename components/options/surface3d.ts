// The 3-D surface pictures' ECharts pieces ("Two bowls add up", "The textbook picture in three dimensions"): a scene's ordered draw list (see
// lib/surface3d/draw.ts) becomes one custom series per panel on a grid with hidden axes
// whose ranges are the scene's screen box, so one screen unit is the same number of pixels
// across and up. The series' renderItem returns one group whose children are the draw items
// in array order: painting them in that order is the hidden-surface removal, and ECharts
// keeps a group's children in the order given (merged by index), as does the live painter
// (livePlan.ts), so both draw the same picture. Everything is a polygon, a polyline or a
// text: markers are drawn as small polygons (a 24-gon circle strays 0.06 px from a true
// circle of radius 7), so no element type is needed that the live painter lacks.
import type { DrawItem, Vec2 } from '../../lib/index'
import { fontSize } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { contourColour } from './plane'

type Series = Record<string, unknown>
type Api = { coord: (v: readonly [number, number]) => number[] }

/** How a line, area, marker or label of a given role is drawn; null leaves it out. */
export type RoleLook =
  /** `ramp`: a line with a colour value (a contour) takes its colour from it instead. */
  | { kind: 'line'; color: string; width: number; dash?: readonly number[]; opacity?: number; ramp?: (value: number) => string }
  | { kind: 'area'; fill: string; stroke?: string; width?: number }
  | { kind: 'marker'; shape: 'circle' | 'diamond'; size: number; fill: string; stroke: string; width: number; opacity?: number }
  | { kind: 'label'; color: string; size?: number; weight?: number }

export interface SurfaceLook {
  /** Fill and mesh-line colour of a facet whose colour value (heightValue) is `value`. */
  facet: (value: number) => { fill: string; stroke: string }
  /** Facets' opacity: below 1 the floor drawings show through the surface. */
  opacity: number
  /** Mesh lines along the facets' edges (print; on screen they cost a live frame a stroke per facet). */
  meshLines: boolean
  roles: Record<string, RoleLook | null>
}

/**
 * Width of the mesh lines between facets, where drawn. Measured (2 cores, software rendering):
 * stroking each of about 400 facets made a live frame 2–5 ms slower, so the screen draws the
 * facets without them (their colour bands and outline carry the shape) and print, drawn once
 * as vectors, with them.
 */
export const MESH_LINE = 0.6

/** `#rrggbb` mixed with `#rrggbb`: (1 − t)·a + t·b. */
export function mix(a: string, b: string, t: number): string {
  const parse = (h: string) => [1, 3, 5].map(i => Number.parseInt(h.slice(i, i + 2), 16))
  const [x, y] = [parse(a), parse(b)]
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * t).toString(16).padStart(2, '0')).join('')}`
}

/**
 * Band of a facet's colour value among `n`: the contour levels are top·(k/n)² (evenLevels), of
 * value k/n, so band k holds the facets between contour k and contour k + 1 (1-based), inside
 * contour k + 1, and takes that contour's colour: surface and contours share the ramp's steps.
 */
export const band = (value: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(value * n)))

/** Index (0-based) of the contour whose level has colour value `value` (k/n for the k-th). */
export const contourIndex = (value: number, n: number) => Math.min(n - 1, Math.max(0, Math.round(value * n) - 1))

/** Facet colours in `n` bands coloured like the plane pictures' `n` contours, mesh lines a darker shade of each. */
export function rampFacets(p: Palette, n: number, ramp?: readonly string[]): (value: number) => { fill: string; stroke: string } {
  const looks = Array.from({ length: n }, (_, k) => {
    const fill = ramp ? ramp[k]! : contourColour(p, k, n)
    return { fill, stroke: mix(fill, p.dark ? '#000000' : '#1a1a1a', 0.35) }
  })
  return value => looks[band(value, n)]!
}

/** The colour of a floor contour by its colour value, as the plane pictures colour the k-th of `n`. */
export const contourRamp = (p: Palette, n: number) => (value: number) => contourColour(p, contourIndex(value, n), n)

/** The penalty's orange, pale at the floor and full at the top, in six bands. */
export function penaltyRamp(p: Palette): string[] {
  return Array.from({ length: 6 }, (_, k) => mix(p.penalty, '#ffffff', 0.7 * (1 - k / 5)))
}

/** The points of a marker of `shape` and `size` (its width) centred on the pixel `c`. */
function markerPoints(shape: 'circle' | 'diamond', size: number, c: readonly number[]): number[][] {
  const [x, y] = [c[0]!, c[1]!]
  const h = size / 2
  if (shape === 'diamond') return [[x, y - h], [x + h, y], [x, y + h], [x - h, y]]
  return Array.from({ length: 24 }, (_, k) => [x + h * Math.cos((k * Math.PI) / 12), y + h * Math.sin((k * Math.PI) / 12)])
}

/**
 * The element drawing one item, in pixels (`api.coord` maps screen units to pixels), or null if
 * its role is not drawn. Shapes state their position (x, y = 0): ECharts merges a group's
 * children by index, and a child whose type changes (a label where a facet was) is made anew
 * with the old one's transform, so a facet that took a label's place would be drawn at the
 * label's offset.
 */
function element(item: DrawItem, look: SurfaceLook, p: Palette, api: Api): Record<string, unknown> | null {
  const coord = (v: Vec2) => api.coord(v)
  if (item.kind === 'polygon') {
    const { fill, stroke } = look.facet(item.value)
    const style = look.meshLines
      ? { fill, stroke, lineWidth: MESH_LINE, lineJoin: 'round', opacity: look.opacity }
      : { fill, opacity: look.opacity }
    return { type: 'polygon', x: 0, y: 0, shape: { points: item.points.map(coord) }, style }
  }
  const role = look.roles[item.role]
  if (!role) return null
  if (item.kind === 'line' && role.kind === 'line') {
    const stroke = role.ramp && item.value !== undefined ? role.ramp(item.value) : role.color
    const style: Record<string, unknown> = { fill: 'none', stroke, lineWidth: role.width, lineJoin: 'round', opacity: role.opacity ?? 1 }
    if (role.dash) style.lineDash = [...role.dash]
    return { type: 'polyline', x: 0, y: 0, shape: { points: item.points.map(coord) }, style }
  }
  if (item.kind === 'area' && role.kind === 'area') {
    return { type: 'polygon', x: 0, y: 0, shape: { points: item.points.map(coord) }, style: { fill: role.fill, stroke: role.stroke ?? 'transparent', lineWidth: role.width ?? 0, lineJoin: 'round' } }
  }
  if (item.kind === 'marker' && role.kind === 'marker') {
    return { type: 'polygon', x: 0, y: 0, shape: { points: markerPoints(role.shape, role.size, coord(item.at)) }, style: { fill: role.fill, stroke: role.stroke, lineWidth: role.width, lineJoin: 'miter', opacity: role.opacity ?? 1 } }
  }
  if (item.kind === 'label' && role.kind === 'label') {
    const [x, y] = coord(item.at)
    return { type: 'text', x, y, style: { text: item.text, fill: role.color, fontFamily: p.fontFamily, fontSize: role.size ?? fontSize.tick, fontWeight: role.weight ?? 600, align: 'center', verticalAlign: 'middle' } }
  }
  throw new Error(`surface3d option: role ${item.role} is drawn as a ${role.kind}, not a ${item.kind}`)
}

/** Pixels of a grid box, left, top, width and height. */
export interface PanelBox {
  left: number
  top: number
  width: number
  height: number
}

/** A screen rectangle (x right, y up) in screen units. */
export interface ScreenBox {
  x: Vec2
  y: Vec2
}

/**
 * The rectangle a panel shows: `box` (one that holds the surface's box from every side, so
 * turning or tilting the view never rescales the picture) widened by `margin` of its width
 * on the left and right and at the bottom, for the floor's axis names.
 */
export function paddedBox(box: ScreenBox, margin: number): ScreenBox {
  const m = margin * (box.x[1] - box.x[0])
  return { x: [box.x[0] - m, box.x[1] + m], y: [box.y[0] - m, box.y[1]] }
}

/** The grid box for a panel `width` pixels wide showing `box` at one scale across and up, its top at `top`. */
export function panelBox(box: ScreenBox, left: number, top: number, width: number): PanelBox {
  const height = (width * (box.y[1] - box.y[0])) / (box.x[1] - box.x[0])
  return { left, top, width, height }
}

/** A grid with hidden axes spanning `box` in screen units, for grid `i`. */
export function panelAxes(box: ScreenBox, place: PanelBox, i: number): { grid: Series; xAxis: Series; yAxis: Series } {
  const axis = (range: Vec2) => ({ type: 'value', gridIndex: i, min: range[0], max: range[1], show: false })
  return { grid: { left: place.left, top: place.top, width: place.width, height: place.height }, xAxis: axis(box.x), yAxis: axis(box.y) }
}

/** One panel's draw list as a custom series on grid `i`: one group, its children in paint order. */
export function surfaceSeries(id: string, items: readonly DrawItem[], look: SurfaceLook, p: Palette, i: number): Series {
  return {
    id,
    type: 'custom',
    coordinateSystem: 'cartesian2d',
    xAxisIndex: i,
    yAxisIndex: i,
    data: [0],
    silent: true,
    z: 2,
    renderItem: (_params: unknown, api: Api) => ({
      type: 'group',
      children: items.flatMap((item) => {
        const el = element(item, look, p, api)
        return el ? [el] : []
      }),
    }),
  }
}

/** A panel's title above its top-left corner: a name and, on a line of its own, a formula. */
export function panelTitle(id: string, lines: readonly [string, string], p: Palette, left: number, top: number): Series[] {
  const text = (i: number, content: string, font: string) => ({ id: `${id}-${i}`, type: 'text', left, top: top + 21 * i, silent: true, style: { text: content, fill: p.text, font } })
  return [
    text(0, lines[0], `600 ${fontSize.label - 1}px ${p.fontFamily}`),
    text(1, lines[1], `${fontSize.tick}px ${p.fontFamily}`),
  ]
}
