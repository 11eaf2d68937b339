// Where a surface sits in front of the camera: world points (β1, β2, height) become screen
// points. Heights are in loss units and often thousands of times larger than β, so they are
// scaled: the box from the floor (height 0) to `top` is drawn `heightRatio` times as tall as
// the domain's longer side. The box's centre turns about itself, so the picture stays put
// as the view turns, and frameBox gives one screen rectangle that holds it from every side.
import type { Vec2 } from '../vec'
import * as check from '../validate'
import type { Camera3 } from './camera'
import type { GridDomain } from './grid'
import { checkDomain } from './grid'

export interface SurfaceFrame {
  domain: GridDomain
  /** Height at the top of the box (the floor is height 0). */
  top: number
  /** Screen units per unit of height. */
  zScale: number
  /** The box's centre in world units (β1, β2, height). */
  center: readonly [number, number, number]
}

/** The frame over `domain` whose box reaches from height 0 to `top`. */
export function surfaceFrame(domain: GridDomain, top: number, heightRatio = 0.6): SurfaceFrame {
  const fn = 'surfaceFrame'
  checkDomain(fn, 'domain', domain)
  check.positive(fn, 'top', top)
  check.positive(fn, 'heightRatio', heightRatio)
  const span = Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0])
  return {
    domain,
    top,
    zScale: (heightRatio * span) / top,
    center: [(domain.x[0] + domain.x[1]) / 2, (domain.y[0] + domain.y[1]) / 2, top / 2],
  }
}

/** Screen position and depth (larger is nearer) of the world point (x, y, h); unchecked, for hot loops. */
export function projectWorld(cam: Camera3, frame: SurfaceFrame, x: number, y: number, h: number): { x: number; y: number; depth: number } {
  const px = x - frame.center[0]
  const py = y - frame.center[1]
  const pz = (h - frame.center[2]) * frame.zScale
  const { right: r, up: u, toward: t } = cam
  return { x: r[0] * px + r[1] * py, y: u[0] * px + u[1] * py + u[2] * pz, depth: t[0] * px + t[1] * py + t[2] * pz }
}

/**
 * A screen rectangle that holds the whole box: `right` is horizontal, so |x| is at most the
 * domain's half-diagonal r; y = −sin(el)·(horizontal part) + cos(el)·(scaled height), so
 * |y| ≤ sin(el)·r + cos(el)·(half-height) for a camera at elevation el, whatever its azimuth,
 * and ≤ √(r² + half-height²) for every camera (no `cam`). Fixed axes mean turning the view
 * never rescales the chart.
 */
export function frameBox(frame: SurfaceFrame, cam?: Camera3): { x: Vec2; y: Vec2 } {
  const r = Math.hypot(frame.domain.x[1] - frame.domain.x[0], frame.domain.y[1] - frame.domain.y[0]) / 2
  const hz = (frame.top * frame.zScale) / 2
  const ry = cam ? Math.abs(cam.toward[2]) * r + Math.abs(cam.up[2]) * hz : Math.hypot(r, hz)
  return { x: [-r, r], y: [-ry, ry] }
}
