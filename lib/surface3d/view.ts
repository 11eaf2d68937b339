// What a 3-D chart slide asks of the library besides the surface: the camera from the
// controls (degrees, as the sliders show them) and how fine a mesh to draw.
// Measured (2 cores, software rendering): an ECharts custom series of projected quads costs
// about 15.5 ms per frame (p95) at 400 quads and 25.7 ms at 900 on canvas, so while the
// view turns all panels together get about 400; print is drawn once, as vectors, finer.
import * as check from '../validate'
import type { Camera3 } from './camera'
import { camera } from './camera'
import { MAX_GRID_CELLS } from './grid'

/** Facets per frame, summed over the panels, while the view turns (16 ms on canvas). */
export const LIVE_POLYGON_BUDGET = 400
/** Cells per side of each panel in print and PDF. */
export const PRINT_MESH = 30
/** Elevations a surface scene accepts, in degrees: from the side (0) to almost straight above. */
export const ELEVATION_RANGE = { min: 0, max: 89 } as const

/** 'live' (the frame budget shared by the panels), 'print', or cells per side. */
export type MeshSize = 'live' | 'print' | number

/** Cells per side of each of `panels` panels for the given mesh size. */
export function meshCells(fn: string, mesh: MeshSize, panels: number): number {
  if (mesh === 'live') return Math.max(2, Math.floor(Math.sqrt(LIVE_POLYGON_BUDGET / Math.max(1, panels))))
  if (mesh === 'print') return PRINT_MESH
  return check.integer(fn, 'mesh', mesh, 2, MAX_GRID_CELLS)
}

/** The camera at `azimuth` and `elevation` degrees, with errors that name the calling scene. */
export function viewCamera(fn: string, azimuth: number, elevation: number): Camera3 {
  check.finite(fn, 'azimuth', azimuth)
  check.inRange(fn, 'elevation', elevation, ELEVATION_RANGE.min, ELEVATION_RANGE.max)
  return camera((azimuth * Math.PI) / 180, (elevation * Math.PI) / 180)
}
