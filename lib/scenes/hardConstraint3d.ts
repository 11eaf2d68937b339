// "The textbook picture in three dimensions": the hard constraint in 3-D, with the numbers of the textbook
// picture ("The textbook picture"): its bowl, budget t and floor contours. The bowl stands over
// the (β1, β2) floor; the allowed region (diamond or disk of size t) is shaded on the floor;
// the curve on the bowl right above the region's edge is the loss along the boundary (the
// textbook slide's inset, now standing on the floor); its lowest point, the exact
// constrainedOptimum, is marked with a line down to the floor.
import type { DrawItem, FloorMark, MeshSize, Norm, SurfaceFrame, SurfaceLabel, SurfaceMark, Vec2, Vec3 } from '../index'
import {
  boundaryPoints,
  bowlHeight,
  constrainedOptimum,
  drawSurface,
  frameBox,
  heightValue,
  lossAt,
  meshCells,
  normOf,
  surfaceFrame,
  surfaceGrid,
  viewCamera,
} from '../index'
import { floorAxisLabels } from '../surface3d/labels'
import { formatNumber } from './format'
import { region } from './plane'
import { textbookBowl, textbookDefaults, textbookScene, textbookView } from './textbookPicture'

/** Steps: 0 the bowl; 1 the region on the floor and the curve above its edge; 2 the lowest allowed point. */
export const HARD3D_STEPS = 2
// From the −β2 side, a little toward −β1: the region is in front, the bowl's lowest point behind it.
export const hard3dDefaults = { t: textbookDefaults.t, azimuth: -110, elevation: 30 }
/** The box from the floor to the top contour is this many times the domain's width: a deep bowl. */
const HEIGHT_RATIO = 1.2

export type Hard3dRole =
  | 'frame' | 'axis' | 'axis-label' | 'contour' | 'region' | 'region-edge' | 'rim'
  | 'data-minimum' | 'optimum' | 'optimum-floor' | 'drop'

export interface Hard3dControls {
  /** The budget (the textbook slide's t). */
  t?: number
  azimuth?: number
  elevation?: number
  mesh?: MeshSize
}

export interface Hard3dPanel {
  norm: Norm
  title: string
  /** Paint in array order (back to front). */
  items: DrawItem<Hard3dRole>[]
  polygonCount: number
  /** The exact constrained optimum (step 2), and the loss there. */
  optimum: Vec2 | null
  optimumLoss: number | null
  readout: { label: string; value: string }[]
}

export interface Hard3dScene {
  step: number
  t: number
  azimuth: number
  elevation: number
  mesh: number
  /** The least-squares point (the bowl's lowest point, outside the region). */
  center: Vec2
  frame: SurfaceFrame
  box: { x: Vec2; y: Vec2 }
  panels: Hard3dPanel[]
  polygonCount: number
  description: string
}

/** Points on the region's edge, closed, with their heights on the bowl. */
const RIM_POINTS = 96

/** The picture at click `step` (clamped) for the given norms. */
export function hardConstraint3dScene(step: number, controls: Hard3dControls = {}, norms: readonly Norm[] = ['l1', 'l2']): Hard3dScene {
  const fn = 'hardConstraint3dScene'
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
  const t = controls.t ?? hard3dDefaults.t
  if (!(t > 0) || !Number.isFinite(t)) throw new RangeError(`${fn}: t must be a finite number > 0 (got ${t})`)
  const s = Math.min(step, HARD3D_STEPS)
  const azimuth = controls.azimuth ?? hard3dDefaults.azimuth
  const elevation = controls.elevation ?? hard3dDefaults.elevation
  const cam = viewCamera(fn, azimuth, elevation)
  const n = meshCells(fn, controls.mesh ?? 'live', norms.length)

  const tb = { ...textbookDefaults, t }
  const q = textbookBowl(tb)
  // The textbook slide's own contours: the top one is the ceiling, colours by height against it.
  const contours = textbookScene(0, tb).contours
  const top = contours.at(-1)!.level
  const dom = textbookView
  const frame = surfaceFrame(dom, top, HEIGHT_RATIO)
  const grid = surfaceGrid(bowlHeight(q), dom, n)
  const center = q.center
  const labels: SurfaceLabel<Hard3dRole>[] = floorAxisLabels(dom, cam, {
    gap: 0.07 * (dom.x[1] - dom.x[0]),
    names: ['\u03B2\u2081', '\u03B2\u2082'],
    nameRole: 'axis-label',
  })

  const panel = (norm: Norm): Hard3dPanel => {
    const floor: FloorMark<Hard3dRole>[] = [
      { kind: 'line', role: 'frame', points: [[dom.x[0], dom.y[0]], [dom.x[1], dom.y[0]], [dom.x[1], dom.y[1]], [dom.x[0], dom.y[1]], [dom.x[0], dom.y[0]]] },
      { kind: 'line', role: 'axis', points: [[dom.x[0], 0], [dom.x[1], 0]] },
      { kind: 'line', role: 'axis', points: [[0, dom.y[0]], [0, dom.y[1]]] },
      ...contours.map(c => ({ kind: 'line' as const, role: 'contour' as const, points: c.points, value: heightValue(c.level, top) })),
    ]
    const marks: SurfaceMark<Hard3dRole>[] = [{ kind: 'marker', role: 'data-minimum', at: [center[0], center[1], 0] }]
    if (s >= 1) {
      const outline = region(norm, t)
      floor.push({ kind: 'area', role: 'region', points: outline }, { kind: 'line', role: 'region-edge', points: outline })
      const edge = boundaryPoints(norm, t, RIM_POINTS)
      const rim: Vec3[] = [...edge, edge[0]!].map(p => [p[0], p[1], lossAt(q, p)])
      marks.push({ kind: 'curve', role: 'rim', points: rim })
    }
    let optimum: Vec2 | null = null
    let optimumLoss: number | null = null
    const readout: { label: string; value: string }[] = []
    if (s >= 2) {
      optimum = constrainedOptimum(q, norm, t)
      optimumLoss = lossAt(q, optimum)
      const at: Vec3 = [optimum[0], optimum[1], optimumLoss]
      floor.push({ kind: 'marker', role: 'optimum-floor', at: optimum })
      marks.push({ kind: 'drop', role: 'drop', at }, { kind: 'marker', role: 'optimum', at })
      const tag = norm.toUpperCase()
      const zero = optimum[0] === 0 ? '\u03B2\u2081 = 0 exactly' : optimum[1] === 0 ? '\u03B2\u2082 = 0 exactly' : 'both nonzero'
      readout.push(
        { label: `${tag} lowest allowed point`, value: `(${formatNumber(optimum[0])}, ${formatNumber(optimum[1])})` },
        { label: `${tag} loss`, value: `${formatNumber(optimumLoss)} \u00B7 ${zero}` },
      )
    }
    const drawn = drawSurface(grid, cam, frame, { floor, marks, labels })
    const title = norm === 'l1' ? `L1: |\u03B2\u2081| + |\u03B2\u2082| \u2264 ${formatNumber(t)}` : `L2: \u221A(\u03B2\u2081\u00B2 + \u03B2\u2082\u00B2) \u2264 ${formatNumber(t)}`
    return { norm, title, items: drawn.items, polygonCount: drawn.polygonCount, optimum, optimumLoss, readout }
  }
  const panels = norms.map(panel)

  const parts = [`A 3-D view of the loss bowl over the (\u03B2\u2081, \u03B2\u2082) plane, lowest at the least-squares point (${formatNumber(center[0])}, ${formatNumber(center[1])})`]
  if (s >= 1) parts.push(`the ${norms.map(m => (m === 'l1' ? 'diamond' : 'disk')).join(' and the ')} of size ${formatNumber(t)} shaded on the floor, and the curve on the bowl right above the edge`)
  for (const p of panels) {
    if (p.optimum) {
      const onEdge = normOf(p.norm, p.optimum) >= t * (1 - 1e-12)
      parts.push(`${p.norm.toUpperCase()}: the lowest allowed point is (${formatNumber(p.optimum[0])}, ${formatNumber(p.optimum[1])})${onEdge ? ', on the edge' : ''}, loss ${formatNumber(p.optimumLoss!)}`)
    }
  }
  return {
    step: s,
    t,
    azimuth,
    elevation,
    mesh: n,
    center,
    frame,
    box: frameBox(frame, cam),
    panels,
    polygonCount: panels.reduce((sum, p) => sum + p.polygonCount, 0),
    description: `${parts.join('; ')}. Seen from azimuth ${formatNumber(azimuth, 0)}\u00B0, elevation ${formatNumber(elevation, 0)}\u00B0.`,
  }
}
