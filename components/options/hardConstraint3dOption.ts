// "The textbook picture in three dimensions" → ECharts option: the textbook picture's bowl in 3-D, one panel per norm
// side by side. The bowl is coloured by height in the textbook contours' blue → red bands
// and lets the floor show through: the floor holds the same contours, the orange region
// (diamond or disk) and the black dot. The orange curve on the bowl runs right above the
// region's edge (the loss along the boundary, the textbook slide's inset standing on the
// floor); its lowest point, the exact constrained optimum, is a purple diamond with a dashed
// line down to its foot, a small purple diamond on the region's edge.
import type { Hard3dPanel, Hard3dScene } from '../../lib/scenes/hardConstraint3d'
import { frameBox } from '../../lib/index'
import { baseOption } from '../charts/axes'
import type { Palette } from '../charts/palette'
import type { SurfaceLook } from './surface3d'
import { contourRamp, paddedBox, panelAxes, panelBox, panelTitle, rampFacets, surfaceSeries } from './surface3d'

export const hard3dChartSize = { width: 600, height: 410 } as const

const PANEL_WIDTH = 290
const PANEL_GAP = 20
const PANEL_TOP = 46
const MARGIN = 0.04
const OPACITY = 0.78
/** The textbook slide's contours: seven levels. */
const CONTOURS = 7

/** Each palette's look, made once: a frame of a drag builds an option, and mixing colours is not free. */
const looksMade = new Map<string, SurfaceLook>()
function look(p: Palette, meshLines: boolean): SurfaceLook {
  const key = `${p.dark}|${meshLines}`
  let made = looksMade.get(key)
  if (!made) {
    made = makeLook(p, meshLines)
    looksMade.set(key, made)
  }
  return made
}

function makeLook(p: Palette, meshLines: boolean): SurfaceLook {
  const ring = p.dark ? '#111111' : '#ffffff'
  return {
    facet: rampFacets(p, CONTOURS),
    opacity: OPACITY,
    meshLines,
    roles: {
      'frame': { kind: 'line', color: p.axis, width: 1, opacity: 0.6 },
      'axis': { kind: 'line', color: p.axis, width: 1.2, opacity: 0.8 },
      'axis-label': { kind: 'label', color: p.text, size: 18 },
      'contour': { kind: 'line', color: p.axis, width: 1.4, ramp: contourRamp(p, CONTOURS) },
      'region': { kind: 'area', fill: p.penaltyFill },
      'region-edge': { kind: 'line', color: p.penalty, width: 3 },
      'rim': { kind: 'line', color: p.penalty, width: 3.5 },
      'data-minimum': { kind: 'marker', shape: 'circle', size: 14, fill: p.blackDot, stroke: p.blackDotRing, width: 2 },
      'optimum': { kind: 'marker', shape: 'diamond', size: 20, fill: p.optimum, stroke: ring, width: 2 },
      'optimum-floor': { kind: 'marker', shape: 'diamond', size: 11, fill: p.optimum, stroke: ring, width: 1.5 },
      'drop': { kind: 'line', color: p.optimum, width: 2, dash: [5, 4] },
    },
  }
}

/** The panel's title: the norm and its region, and the shape's name. */
function title(scene: Hard3dScene, panel: Hard3dPanel): [string, string] {
  const [name, rule] = panel.title.split(': ')
  return [`${name} \u00B7 ${panel.norm === 'l1' ? 'diamond' : 'disk'}`, rule ?? '']
}

/** `meshLines`: draw the facets' edges too (print, see MESH_LINE in surface3d.ts). */
export function hardConstraint3dOption(scene: Hard3dScene, p: Palette, { meshLines = false } = {}): Record<string, unknown> {
  const box = paddedBox(frameBox(scene.frame), MARGIN)
  const left = (i: number) => i * (PANEL_WIDTH + PANEL_GAP)
  const axes = scene.panels.map((_, i) => panelAxes(box, panelBox(box, left(i), PANEL_TOP, PANEL_WIDTH), i))
  const surface = look(p, meshLines)
  return {
    ...baseOption(p),
    grid: axes.map(a => a.grid),
    xAxis: axes.map(a => a.xAxis),
    yAxis: axes.map(a => a.yAxis),
    series: scene.panels.map((panel, i) => surfaceSeries(`bowl-${panel.norm}`, panel.items, surface, p, i)),
    graphic: scene.panels.flatMap((panel, i) => panelTitle(`title-${panel.norm}`, title(scene, panel), p, left(i) + 4, 2)),
  }
}
