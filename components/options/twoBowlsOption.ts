// "Two bowls add up": scenes → ECharts options. The 3-D chart: three slots in a row, data loss +
// penalty = total, each panel always in its own slot (a click that adds a surface does not
// move the others); the data bowl and the total coloured by height in the contours' blue →
// red bands (the same scale in both: the total stands higher), the penalty in orange bands;
// on the floor the contours, the trail of minima, the black dot and the minimum's foot, all
// also shown through the translucent surface; the minimum of the total a purple diamond on
// the surface with a dashed line down to the floor. The contour picture beside it is the
// moving-bowl slide's own picture (movingBowlOption) at the same λ, penalty and centre,
// showing the layers the 3-D chart shows so far.
import type { MovingPanel, MovingScene } from '../../lib/scenes/movingBowl'
import type { BowlSurface, TwoBowlsScene } from '../../lib/scenes/twoBowls'
import { frameBox } from '../../lib/index'
import { formatNumber } from '../../lib/scenes/format'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import { movingBowlOption } from './movingBowlOption'
import type { SurfaceLook } from './surface3d'
import { contourRamp, mix, paddedBox, panelAxes, panelBox, panelTitle, penaltyRamp, rampFacets, surfaceSeries } from './surface3d'

/** The 3-D chart: three slots; and the contour picture beside it (a square plane with its axes). */
export const twoBowlsChartSize = { width: 612, height: 276 } as const
export const twoBowlsContourSize = { width: 284, height: 282 } as const

const SLOTS: readonly BowlSurface[] = ['data', 'penalty', 'total']
const SLOT_WIDTH = 196
const SLOT_GAP = 12
const TITLE_TOP = 2
const PANEL_TOP = 46
/** Room beside and below the floor for its axis names, a share of the box's width. */
const MARGIN = 0.04
/** Facets let this much of what lies behind and below them show through. */
const OPACITY = 0.82
/** The moving-bowl picture's data contours: six levels, one colour band each. */
const CONTOURS = 6

const B1 = '\u03B2\u2081'
const B2 = '\u03B2\u2082'

/** The slot (left edge) of each surface. */
export const slotLeft = (surface: BowlSurface) => SLOTS.indexOf(surface) * (SLOT_WIDTH + SLOT_GAP)

/** Each palette's looks, made once: a frame of a drag builds an option, and mixing colours is not free. */
const looksMade = new Map<string, Record<BowlSurface, SurfaceLook>>()
function looks(p: Palette, meshLines: boolean): Record<BowlSurface, SurfaceLook> {
  const key = `${p.dark}|${meshLines}`
  let made = looksMade.get(key)
  if (!made) {
    made = makeLooks(p, meshLines)
    looksMade.set(key, made)
  }
  return made
}

function makeLooks(p: Palette, meshLines: boolean): Record<BowlSurface, SurfaceLook> {
  const ring = p.dark ? '#111111' : '#ffffff'
  const floor = {
    'frame': { kind: 'line', color: p.axis, width: 1, opacity: 0.6 },
    'axis': { kind: 'line', color: p.axis, width: 1.2, opacity: 0.8 },
    'axis-label': { kind: 'label', color: p.text, size: 18 },
    'contour': { kind: 'line', color: p.axis, width: 1.4, ramp: contourRamp(p, CONTOURS) },
    'penalty-contour': { kind: 'line', color: p.penalty, width: 1.4 },
    'total-contour': { kind: 'line', color: p.text, width: 1.2, dash: [4, 4], opacity: 0.75 },
    'trail': { kind: 'line', color: p.optimum, width: 3 },
    'data-minimum': { kind: 'marker', shape: 'circle', size: 14, fill: p.blackDot, stroke: p.blackDotRing, width: 2 },
    'penalty-minimum': { kind: 'marker', shape: 'circle', size: 10, fill: p.penalty, stroke: ring, width: 1.5 },
    'minimum': { kind: 'marker', shape: 'diamond', size: 20, fill: p.optimum, stroke: ring, width: 2 },
    'minimum-floor': { kind: 'marker', shape: 'diamond', size: 11, fill: p.optimum, stroke: ring, width: 1.5 },
    'drop': { kind: 'line', color: p.optimum, width: 2, dash: [5, 4] },
    // the L1 penalty's creases, in a deeper orange than the surface they run on
    'crease': { kind: 'line', color: p.dark ? mix(p.penalty, '#ffffff', 0.45) : mix(p.penalty, '#000000', 0.45), width: 2.5 },
  } as const
  const loss = rampFacets(p, CONTOURS)
  return {
    data: { facet: loss, opacity: OPACITY, meshLines, roles: floor },
    penalty: { facet: rampFacets(p, 6, penaltyRamp(p)), opacity: OPACITY, meshLines, roles: floor },
    total: { facet: loss, opacity: OPACITY, meshLines, roles: floor },
  }
}

/** The panel's title: what is added, in the order data + penalty = total, and its formula. */
function title(scene: TwoBowlsScene, surface: BowlSurface): [string, string] {
  const [c1, c2] = scene.center
  if (surface === 'data') return ['data loss', `5(${B1} \u2212 ${c1})\u00B2 + 5(${B2} + ${-c2})\u00B2`]
  if (surface === 'total') return ['= total', 'data loss + penalty']
  const lam = formatNumber(scene.lambda, scene.norm === 'l2' ? 1 : 0)
  return ['+ penalty', scene.norm === 'l2' ? `${lam}(${B1}\u00B2 + ${B2}\u00B2)` : `${lam}(|${B1}| + |${B2}|)`]
}

/** `meshLines`: draw the facets' edges too (print, see MESH_LINE). */
export function twoBowlsOption(scene: TwoBowlsScene, p: Palette, { meshLines = false } = {}): Record<string, unknown> {
  const look = looks(p, meshLines)
  const box = paddedBox(frameBox(scene.frame), MARGIN)
  const places = SLOTS.map(s => panelBox(box, slotLeft(s), PANEL_TOP, SLOT_WIDTH))
  const axes = places.map((place, i) => panelAxes(box, place, i))
  const series = scene.panels.map((panel) => {
    const i = SLOTS.indexOf(panel.surface)
    return surfaceSeries(`surface-${panel.surface}`, panel.items, look[panel.surface], p, i)
  })
  return {
    ...baseOption(p),
    grid: axes.map(a => a.grid),
    xAxis: axes.map(a => a.xAxis),
    yAxis: axes.map(a => a.yAxis),
    series,
    graphic: scene.panels.flatMap(panel => panelTitle(`title-${panel.surface}`, title(scene, panel.surface), p, slotLeft(panel.surface) + 4, TITLE_TOP)),
  }
}

/** Which layers of the contour picture the 3-D chart has shown by now. */
export interface ContourLayers {
  penalty: boolean
  total: boolean
}

/**
 * The moving-bowl picture of `panel` (the one whose centre the 3-D scene uses), with only the
 * layers the 3-D chart shows: the data contours and black dot always; the penalty's contours
 * once the penalty surface is up; the total's contours, the trail and the minimum with the total.
 */
export function twoBowlsContourOption(moving: MovingScene, panel: MovingPanel, layers: ContourLayers, p: Palette): Record<string, unknown> {
  const shown: MovingPanel = {
    ...panel,
    penaltyContours: layers.penalty ? panel.penaltyContours : [],
    totalContours: layers.total ? panel.totalContours : [],
  }
  const option = movingBowlOption({ ...moving, panels: [shown] }, p)
  const hidden = layers.total ? [] : ['trail-0', 'minimum-0']
  const side = 214
  return {
    ...option,
    grid: [{ left: 52, top: 10, width: side, height: side }],
    series: (option.series as { id: string }[]).filter(s => !hidden.includes(s.id)),
  }
}
