// "Shortcuts for round bowls, and where they fail", symmetric versus tilted bowls: for circular
// contours the L2 answer is where the ray to the minimum meets the circle and the L1 answer is
// the foot of the perpendicular on the diamond (or a tip). A gallery of four minima per click:
// round bowls, where the shortcut is the exact answer, then tilted, stretched bowls, where it
// is not.
import type { Norm, Quadratic2, Vec2 } from '../index'
import { bowlFromShape, constrainedOptimum, distance, lossAt, perpendicularFootRule, rayRule } from '../index'
import { formatNumber } from './format'
import type { Contour, PlaneView } from './plane'
import { centredView, contours, evenLevels, region } from './plane'

export const SHORTCUT_STEPS = 3
export const SHORTCUT_BUDGET = 1
export const shortcutView: PlaneView = centredView(3, 1)

/** The four minima of the gallery, and the stretch/tilt each gets once bowls are tilted. */
const GALLERY: readonly { center: Vec2; tilt: number }[] = [
  { center: [2.2, 1.3], tilt: 35 },
  { center: [-1.6, 2.1], tilt: -50 },
  { center: [2.5, -0.4], tilt: 70 },
  { center: [-0.7, -2.3], tilt: 15 },
]
const TILTED_STRETCH = 5

/** Which norm and which bowls each click shows. */
export const SHORTCUT_PLAN: readonly { norm: Norm; round: boolean; heading: string }[] = [
  { norm: 'l2', round: true, heading: 'L2, round bowls: the ray from the origin to the black dot meets the circle at the answer' },
  { norm: 'l2', round: false, heading: 'L2, tilted bowls: the ray rule misses the exact answer' },
  { norm: 'l1', round: true, heading: 'L1, round bowls: drop a perpendicular onto the nearest edge, or take the tip' },
  { norm: 'l1', round: false, heading: 'L1, tilted bowls: the perpendicular foot misses on the edges' },
]

export interface ShortcutPanel {
  center: Vec2
  contours: Contour[]
  region: Vec2[]
  /** The construction: the ray (L2) or the perpendicular (L1), as a segment. */
  construction: [Vec2, Vec2]
  shortcut: Vec2
  exact: Vec2
  /** Distance between the shortcut's point and the exact optimum. */
  miss: number
  verdict: string
}

export interface ShortcutScene {
  step: number
  norm: Norm
  round: boolean
  heading: string
  view: PlaneView
  panels: ShortcutPanel[]
  description: string
}

function galleryBowl(center: Vec2, tilt: number, round: boolean): Quadratic2 {
  return bowlFromShape(round ? 1 : TILTED_STRETCH, tilt, center)
}

function shortcutPanel(norm: Norm, round: boolean, entry: { center: Vec2; tilt: number }): ShortcutPanel {
  const q = galleryBowl(entry.center, entry.tilt, round)
  const t = SHORTCUT_BUDGET
  const shortcut = norm === 'l2' ? rayRule(entry.center, t) : perpendicularFootRule(entry.center, t)
  const exact = constrainedOptimum(q, norm, t)
  const miss = distance(shortcut, exact)
  const level = lossAt(q, exact)
  return {
    center: entry.center,
    contours: contours(q, evenLevels(level * 2.6, 4)),
    region: region(norm, t),
    construction: norm === 'l2' ? [[0, 0], entry.center] : [entry.center, shortcut],
    shortcut,
    exact,
    miss,
    verdict: miss < 1e-9 ? '\u2713 same point' : `\u2717 off by ${formatNumber(miss)}`,
  }
}

/** The gallery at click `step`. */
export function shortcutScene(step: number): ShortcutScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`shortcutScene: step must be a non-negative integer (got ${step})`)
  const s = Math.min(step, SHORTCUT_STEPS)
  const plan = SHORTCUT_PLAN[s]!
  const panels = GALLERY.map(entry => shortcutPanel(plan.norm, plan.round, entry))
  const verdicts = panels.map(p => p.verdict.replace('\u2713', 'matches').replace('\u2717', 'misses,')).join('; ')
  return {
    step: s,
    norm: plan.norm,
    round: plan.round,
    heading: plan.heading,
    view: shortcutView,
    panels,
    description: `${plan.heading}. Four examples: ${verdicts}.`,
  }
}
