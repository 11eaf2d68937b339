// "Two bowls add up" in 3-D: the data-loss bowl, the penalty surface (L2 a
// paraboloid, L1 an upside-down square pyramid creased along the axes) and their sum, side
// by side, over the same (β1, β2) floor as the moving-bowl slides with its numbers:
// the bowl 5(β1 − 15)² + 5(β2 + 15)² for L2, 5(β1 − 15)² + 5(β2 + 5)² (the right-hand L1
// panel) for L1, the same λ on each step, and the floor contours, trail and minimum taken
// from movingBowlScene itself, so the contour picture beside this one agrees to the digit.
// Surfaces are cut at the top data contour's level (a tall bowl would squash the bottom).
// The marked minimum is the exact penalizedOptimum, never the grid's lowest vertex.
import type { DrawItem, FloorMark, MeshSize, Norm, SurfaceFrame, SurfaceLabel, SurfaceMark, Vec2 } from '../index'
import {
  bowlHeight,
  drawSurface,
  frameBox,
  heightValue,
  meshCells,
  NORMS,
  penaltyHeight,
  surfaceFrame,
  surfaceGrid,
  totalHeight,
  totalLoss,
  viewCamera,
} from '../index'
import { gridLineCurve } from '../surface3d/gridLine'
import { floorAxisLabels } from '../surface3d/labels'
import { formatNumber } from './format'
import type { MovingPanel, MovingScene } from './movingBowl'
import { memoTable } from './memo'
import { MOVING_CENTERS, movingBowlScene, movingDataLoss, movingView } from './movingBowl'

export type BowlSurface = 'data' | 'penalty' | 'total'
export type TwoBowlsRole =
  | 'frame' | 'axis' | 'axis-label' | 'contour' | 'penalty-contour' | 'total-contour'
  | 'trail' | 'data-minimum' | 'penalty-minimum' | 'minimum' | 'minimum-floor' | 'drop' | 'crease'

export interface TwoBowlsStep {
  norm: Norm
  /** On the moving-bowl slide's λ grid, so the trails agree. */
  lambda: number
  surfaces: readonly BowlSurface[]
  /** The fixed view of this click (degrees), so deep links and the PDF are reproducible. */
  azimuth: number
  elevation: number
}

const ALL: readonly BowlSurface[] = ['data', 'penalty', 'total']
// From the (−β1, −β2) side both bowls' lowest points and the walk between them are in view;
// from the (+β1, −β2) side the paraboloid's near wall hides the origin.
const L2_VIEW = { azimuth: -135, elevation: 40 }
const L1_VIEW = { azimuth: -125, elevation: 45 }
/** The box from the floor to the ceiling is as tall as the floor is wide: the bowls read as bowls. */
const HEIGHT_RATIO = 1

/** The clicks: data bowl; L2 penalty; their sum; λ grows; L1 penalty; its sum; the minimum reaches the crease and stays. */
export const TWO_BOWLS_STEPS: readonly TwoBowlsStep[] = [
  { norm: 'l2', lambda: 0, surfaces: ['data'], ...L2_VIEW },
  { norm: 'l2', lambda: 1.5, surfaces: ['data', 'penalty'], ...L2_VIEW },
  { norm: 'l2', lambda: 1.5, surfaces: ALL, ...L2_VIEW },
  { norm: 'l2', lambda: 3, surfaces: ALL, ...L2_VIEW },
  { norm: 'l2', lambda: 4.5, surfaces: ALL, ...L2_VIEW },
  { norm: 'l2', lambda: 6, surfaces: ALL, ...L2_VIEW },
  { norm: 'l1', lambda: 20, surfaces: ['data', 'penalty'], ...L1_VIEW },
  { norm: 'l1', lambda: 20, surfaces: ALL, ...L1_VIEW },
  { norm: 'l1', lambda: 50, surfaces: ALL, ...L1_VIEW },
  { norm: 'l1', lambda: 80, surfaces: ALL, ...L1_VIEW },
]
export const TWO_BOWLS_LAST_STEP = TWO_BOWLS_STEPS.length - 1

export interface TwoBowlsControls {
  /** Overrides the step's λ (slider). */
  lambda?: number
  /** Overrides the step's penalty; the data bowl follows (L2 centre (15, −15), L1 (15, −5)). */
  norm?: Norm
  /** Override the step's view, degrees. */
  azimuth?: number
  elevation?: number
  /** 'live' while the view turns (≈ 400 facets in all), 'print', or cells per side. */
  mesh?: MeshSize
}

export interface TwoBowlsPanel {
  surface: BowlSurface
  title: string
  /** Paint in array order (back to front). */
  items: DrawItem<TwoBowlsRole>[]
  polygonCount: number
}

export interface TwoBowlsScene {
  step: number
  norm: Norm
  lambda: number
  /** The data bowl's centre (its unpenalized minimum). */
  center: Vec2
  azimuth: number
  elevation: number
  /** Cells per side of each panel. */
  mesh: number
  frame: SurfaceFrame
  /** Screen rectangle that holds a panel from every azimuth at this elevation: fixed axes while the view turns. */
  box: { x: Vec2; y: Vec2 }
  panels: TwoBowlsPanel[]
  /** The exact minimum of the total (penalizedOptimum) and the total there. */
  minimum: Vec2
  minimumHeight: number
  polygonCount: number
  /** What the moving-bowl contour picture beside this one shows: movingBowlScene(norm, ·, lambda), the panel with this centre. */
  contourPicture: { norm: Norm; lambda: number; center: Vec2 }
  readout: { label: string; value: string }[]
  description: string
}

/** The data bowl's centre for each penalty: L1 uses the off-diagonal centre, so one coefficient reaches 0 first. */
export function twoBowlsCenter(norm: Norm): Vec2 {
  return MOVING_CENTERS[norm].at(-1)!
}

const B1 = '\u03B2\u2081'
const B2 = '\u03B2\u2082'
const coords = (b: Vec2) => `(${formatNumber(b[0])}, ${formatNumber(b[1])})`

// Turning the view changes only the camera: the floor data and the grids of the last few
// (norm, λ, mesh) are kept, so a frame while dragging only projects and orders.
const cached = memoTable(12)

/**
 * The moving-bowl picture the contour picture beside the bowls shows, at this penalty and λ,
 * and its panel with this penalty's centre: the very objects this scene's floor, trail and
 * minimum come from (kept, so a slide building both pays for the L1 total's contours once).
 */
export function twoBowlsContourScene(norm: Norm, lambda: number): { scene: MovingScene; panel: MovingPanel } {
  return cached(`moving|${norm}|${lambda}`, () => {
    // Only the panel with this centre: the L1 slide's other panel would cost a second set of
    // kinked total contours on every λ move, for a picture not shown here.
    const scene = movingBowlScene(norm, 0, lambda, [twoBowlsCenter(norm)])
    return { scene, panel: scene.panels[0]! }
  })
}

function movingPanel(norm: Norm, lambda: number): MovingPanel {
  return twoBowlsContourScene(norm, lambda).panel
}

function checkControls(fn: string, step: number, c: TwoBowlsControls): void {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
  if (c.lambda !== undefined && (!Number.isFinite(c.lambda) || c.lambda < 0)) {
    throw new RangeError(`${fn}: lambda must be a finite number ≥ 0 (got ${c.lambda})`)
  }
  if (c.norm !== undefined && !NORMS.includes(c.norm)) throw new RangeError(`${fn}: norm must be one of 'l1', 'l2' (got ${String(c.norm)})`)
}

/** The picture at click `step` (clamped to the last) with the viewer's controls. */
export function twoBowlsScene(step: number, controls: TwoBowlsControls = {}): TwoBowlsScene {
  const fn = 'twoBowlsScene'
  checkControls(fn, step, controls)
  const s = Math.min(step, TWO_BOWLS_LAST_STEP)
  const preset = TWO_BOWLS_STEPS[s]!
  const norm = controls.norm ?? preset.norm
  const lambda = controls.lambda ?? preset.lambda
  const azimuth = controls.azimuth ?? preset.azimuth
  const elevation = controls.elevation ?? preset.elevation
  const cam = viewCamera(fn, azimuth, elevation)
  const surfaces = preset.surfaces
  const n = meshCells(fn, controls.mesh ?? 'live', surfaces.length)

  const center = twoBowlsCenter(norm)
  const q = movingDataLoss(center)
  const moving = movingPanel(norm, lambda)
  const minimum = moving.minimum
  const minimumHeight = totalLoss(q, norm, lambda, minimum)
  // The top data contour's level is the ceiling; colours are by height against it, like the contours.
  const top = moving.dataContours.at(-1)!.level
  const frame = surfaceFrame(movingView, top, HEIGHT_RATIO)
  const dom = movingView

  const base: FloorMark<TwoBowlsRole>[] = [
    { kind: 'line', role: 'frame', points: [[dom.x[0], dom.y[0]], [dom.x[1], dom.y[0]], [dom.x[1], dom.y[1]], [dom.x[0], dom.y[1]], [dom.x[0], dom.y[0]]] },
    { kind: 'line', role: 'axis', points: [[dom.x[0], 0], [dom.x[1], 0]] },
    { kind: 'line', role: 'axis', points: [[0, dom.y[0]], [0, dom.y[1]]] },
  ]
  const labels: SurfaceLabel<TwoBowlsRole>[] = floorAxisLabels(dom, cam, {
    gap: 0.07 * (dom.x[1] - dom.x[0]),
    names: [B1, B2],
    nameRole: 'axis-label',
  })
  const lines = (role: TwoBowlsRole, list: readonly (readonly Vec2[])[]): FloorMark<TwoBowlsRole>[] => list.map(points => ({ kind: 'line', role, points }))
  const lam = formatNumber(lambda, norm === 'l2' ? 1 : 0)
  const penaltyName = norm === 'l2' ? `${lam}(${B1}\u00B2 + ${B2}\u00B2)` : `${lam}(|${B1}| + |${B2}|)`

  const panel = (surface: BowlSurface): TwoBowlsPanel => {
    let height
    let floor: FloorMark<TwoBowlsRole>[]
    let marks: SurfaceMark<TwoBowlsRole>[]
    let title: string
    if (surface === 'data') {
      height = bowlHeight(q)
      floor = [...base, ...moving.dataContours.map(c => ({ kind: 'line' as const, role: 'contour' as const, points: c.points, value: heightValue(c.level, top) }))]
      marks = [{ kind: 'marker', role: 'data-minimum', at: [center[0], center[1], 0] }]
      title = `data loss 5(${B1} \u2212 ${formatNumber(center[0], 0)})\u00B2 + 5(${B2} + ${formatNumber(-center[1], 0)})\u00B2`
    } else if (surface === 'penalty') {
      height = penaltyHeight(norm, lambda)
      floor = [...base, ...lines('penalty-contour', moving.penaltyContours)]
      marks = [{ kind: 'marker', role: 'penalty-minimum', at: [0, 0, 0] }]
      title = `penalty ${penaltyName}`
    } else {
      height = totalHeight(q, norm, lambda)
      floor = [
        ...base,
        ...lines('total-contour', moving.totalContours),
        { kind: 'line', role: 'trail', points: moving.trail },
        { kind: 'marker', role: 'data-minimum', at: center },
        { kind: 'marker', role: 'minimum-floor', at: minimum },
      ]
      marks = [
        { kind: 'drop', role: 'drop', at: [minimum[0], minimum[1], minimumHeight] },
        { kind: 'marker', role: 'minimum', at: [minimum[0], minimum[1], minimumHeight] },
      ]
      title = 'total = data loss + penalty'
    }
    // The data bowl does not depend on λ: a λ move keeps its grid.
    const grid = cached(`grid|${surface}|${norm}|${surface === 'data' ? '' : lambda}|${n}`, () => surfaceGrid(height, dom, n))
    // The L1 penalty's creases, along both axes, on the penalty and on the total (whose
    // minimum comes to rest in one): the grid lines β1 = 0 and β2 = 0, on the facets' edges.
    if (norm === 'l1' && surface !== 'data') {
      for (const axis of [0, 1] as const) {
        for (const points of gridLineCurve(grid, axis, 0, top)) marks.push({ kind: 'curve', role: 'crease', points })
      }
    }
    const drawn = drawSurface(grid, cam, frame, { floor, marks, labels })
    return { surface, title, items: drawn.items, polygonCount: drawn.polygonCount }
  }
  // The data bowl's picture does not depend on λ: a λ move keeps it (the very same items).
  const panels = surfaces.map(surface => (surface === 'data' ? cached(`drawn|data|${norm}|${azimuth}|${elevation}|${n}`, () => panel(surface)) : panel(surface)))
  const polygonCount = panels.reduce((sum, p) => sum + p.polygonCount, 0)

  const shown = surfaces.includes('total')
  const zero = minimum[0] === 0 && minimum[1] === 0 ? `${B1} = ${B2} = 0 exactly` : minimum[0] === 0 ? `${B1} = 0 exactly` : minimum[1] === 0 ? `${B2} = 0 exactly` : 'both nonzero'
  const readout = [{ label: '\u03BB', value: lam }]
  if (shown) {
    readout.push({ label: 'minimum of the total', value: coords(minimum) }, { label: 'coefficients', value: zero })
  } else {
    readout.push({ label: 'data-loss minimum', value: coords(center) })
  }

  const parts = [`A 3-D view of the data-loss bowl over the (${B1}, ${B2}) plane, lowest at ${coords(center)}`]
  if (surfaces.includes('penalty')) {
    parts.push(norm === 'l2'
      ? `the L2 penalty ${penaltyName}, a round bowl lowest at the origin`
      : `the L1 penalty ${penaltyName}, an upside-down square pyramid with its point at the origin and creases along both axes`)
  }
  if (shown) {
    parts.push(`their sum, lowest at ${coords(minimum)} (${zero}), with the trail of minima on the floor as λ grew from 0`)
  }
  const description = `${parts.join('; ')}. Seen from azimuth ${formatNumber(azimuth, 0)}\u00B0, elevation ${formatNumber(elevation, 0)}\u00B0.`

  return {
    step: s,
    norm,
    lambda,
    center,
    azimuth,
    elevation,
    mesh: n,
    frame,
    box: frameBox(frame, cam),
    panels,
    minimum,
    minimumHeight,
    polygonCount,
    contourPicture: { norm, lambda, center },
    readout,
    description,
  }
}
