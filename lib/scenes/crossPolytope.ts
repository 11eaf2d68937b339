// "Competition, and corners in higher dimensions", right: three coefficients. The L1 ball is an
// octahedron: 6 vertices (two coefficients 0), 12 edges (one coefficient 0), 8 faces (none 0).
// The L2 ball is a sphere, smooth everywhere; its only zeros are the three thin great circles
// where a coordinate is 0.
// Drawn as an orthographic wireframe from exact 3-D geometry (ECharts has no 3-D without
// echarts-gl): edges behind the body dashed, the viewer can turn it about the β3 axis.
// The counts beneath are exact volumes: for a circular bowl whose minimum is uniform in the
// cube [−h, h]³ outside the octahedron of size t, the optimum (the nearest point of the
// octahedron) is a vertex, an edge point or a face point with the probabilities below;
// a seeded simulation of the same experiment sits beside them.
import type { Vec2, Vec3 } from '../index'
import { camera, coordinateCircle, createRandom, crossPolytope3, l1ProjectionZeros3, projectPoint, visibleEdges, zeroCount } from '../index'
import { formatNumber } from './format'
import { memoTable } from './memo'
import { formatCount, formatPercent } from './simulationText'

/** Steps of this picture: 0 vertices marked, 1 edges marked as well. */
export const POLYTOPE_STEPS = 1
export const POLYTOPE_ELEVATION_DEG = 22
export const polytopeDefaults = { azimuth: 28 }
export const azimuthRange = { min: -180, max: 180, step: 2 } as const
export type PolytopeControls = typeof polytopeDefaults

/** Size of both balls in the drawing (the counts use t = 2 in the cube [−10, 10]³, like the simulation slides). */
const R = 1
const T = 2
const HALF = 10
export const POLYTOPE_TRIALS = 20000
export const POLYTOPE_SEED = 2020

/**
 * Exact shares of the cube [−h, h]³ outside the octahedron of size t (t ≤ h) whose nearest
 * octahedron point is a vertex, an edge point or a face point:
 *   vertex: 6 wedges {x1 − t ≥ |x2|, |x3|}: 6 · 4(h − t)³/3 = 8(h − t)³
 *   edge:   12 slabs {|x1| − |x2| < t, |x3| ≤ (|x1| + |x2| − t)/2 < |x1|, |x2|}: 12 · ((2h − t)³ − (2h − 2t)³)/6
 *   face:   the rest of the 8h³ − (4/3)t³ outside the octahedron.
 */
export function octahedronShares(t: number, h: number): { vertex: number; edge: number; face: number } {
  if (!(t > 0) || !(h >= t)) throw new RangeError(`octahedronShares: need 0 < t ≤ h (got t = ${t}, h = ${h})`)
  const outside = 8 * h ** 3 - (4 / 3) * t ** 3
  const vertex = 8 * (h - t) ** 3
  const edge = 2 * ((2 * h - t) ** 3 - (2 * h - 2 * t) ** 3)
  return { vertex: vertex / outside, edge: edge / outside, face: (outside - vertex - edge) / outside }
}

/** Seeded experiment: minima uniform in [−h, h]³ outside the region, circular bowls, exact optima; counts by number of zeros. */
export function octahedronExperiment(trials: number, seed: number, t = T, h = HALF): { vertex: number; edge: number; face: number; l2Zero: number } {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`octahedronExperiment: trials must be a non-negative integer (got ${trials})`)
  const rng = createRandom(seed)
  const counts = { vertex: 0, edge: 0, face: 0, l2Zero: 0 }
  for (let i = 0; i < trials; i++) {
    let x: number
    let y: number
    let z: number
    do {
      x = rng.uniform(-h, h)
      y = rng.uniform(-h, h)
      z = rng.uniform(-h, h)
    } while (Math.abs(x) + Math.abs(y) + Math.abs(z) <= t)
    const zeros = l1ProjectionZeros3(x, y, z, t)
    if (zeros >= 2) counts.vertex++
    else if (zeros === 1) counts.edge++
    else counts.face++
    // The L2 optimum t·v/‖v‖ has a zero coordinate only where v itself has one.
    if (zeroCount([x, y, z]) > 0) counts.l2Zero++
  }
  return counts
}

export interface Wireframe {
  front: Vec2[][]
  back: Vec2[][]
}

export interface PolytopeScene {
  step: number
  azimuth: number
  octahedron: Wireframe & { vertices: { at: Vec2; front: boolean }[] }
  sphere: Wireframe & { outline: Vec2[]; axisPoints: { at: Vec2; front: boolean }[] }
  /** Axis arrows (shared by both bodies): end point and name. */
  axes: { from: Vec2; to: Vec2; label: string; front: boolean }[]
  highlightEdges: boolean
  readout: { label: string; value: string }[]
  description: string
}

/** Splits a projected 3-D polyline into runs in front of and behind the centre plane. */
function splitByDepth(points: readonly Vec3[], cam: ReturnType<typeof camera>): Wireframe {
  const front: Vec2[][] = []
  const back: Vec2[][] = []
  let run: Vec2[] = []
  let runFront: boolean | null = null
  for (const p of points) {
    const q = projectPoint(cam, p)
    const isFront = q.depth >= 0
    const at: Vec2 = [q.x, q.y]
    if (runFront === null || isFront === runFront) run.push(at)
    else {
      run.push(at) // overlap by one point so the two halves meet
      ;(runFront ? front : back).push(run)
      run = [at]
    }
    runFront = isFront
  }
  if (run.length > 1 && runFront !== null) (runFront ? front : back).push(run)
  return { front, back }
}

function checkStep(step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`polytopeScene: step must be a non-negative integer (got ${step})`)
}

const experiments = memoTable(4)
function experiment(): ReturnType<typeof octahedronExperiment> {
  return experiments(`${POLYTOPE_TRIALS}|${POLYTOPE_SEED}`, () => octahedronExperiment(POLYTOPE_TRIALS, POLYTOPE_SEED))
}

/** The picture at (local) step 0 or 1, seen from `azimuth` degrees. */
export function polytopeScene(step: number, controls: PolytopeControls = polytopeDefaults): PolytopeScene {
  checkStep(step)
  const s = Math.min(step, POLYTOPE_STEPS)
  const azimuth = controls.azimuth
  if (!Number.isFinite(azimuth)) throw new RangeError(`polytopeScene: azimuth must be finite (got ${azimuth})`)
  const cam = camera((azimuth * Math.PI) / 180, (POLYTOPE_ELEVATION_DEG * Math.PI) / 180)
  const poly = crossPolytope3(R)
  const visible = visibleEdges(poly, cam)
  const flat = (p: Vec3): Vec2 => {
    const q = projectPoint(cam, p)
    return [q.x, q.y]
  }
  const octahedron = {
    front: poly.edges.filter((_, i) => visible[i]).map(([i, j]) => [flat(poly.vertices[i]!), flat(poly.vertices[j]!)]),
    back: poly.edges.filter((_, i) => !visible[i]).map(([i, j]) => [flat(poly.vertices[i]!), flat(poly.vertices[j]!)]),
    // A vertex is hidden only if every edge at it is hidden.
    vertices: poly.vertices.map((v, k) => ({ at: flat(v), front: poly.edges.some(([i, j], e) => visible[e] && (i === k || j === k)) })),
  }
  const circles = ([0, 1, 2] as const).map(axis => splitByDepth(coordinateCircle(axis, R, 120), cam))
  const outline: Vec2[] = Array.from({ length: 121 }, (_, i) => [R * Math.cos((i * Math.PI) / 60), R * Math.sin((i * Math.PI) / 60)] as Vec2)
  const sphere = {
    front: circles.flatMap(c => c.front),
    back: circles.flatMap(c => c.back),
    outline,
    axisPoints: poly.vertices.map(v => ({ at: flat(v), front: projectPoint(cam, v).depth >= 0 })),
  }
  const names = ['\u03B2\u2081', '\u03B2\u2082', '\u03B2\u2083']
  const axes = names.map((label, i) => {
    const tip: [number, number, number] = [0, 0, 0]
    tip[i] = 1.38 * R
    const start: [number, number, number] = [0, 0, 0]
    start[i] = R
    return { from: flat(start), to: flat(tip), label, front: projectPoint(cam, tip).depth >= 0 }
  })
  const shares = octahedronShares(T, HALF)
  const sim = experiment()
  const pct = (x: number) => `${formatNumber(100 * x, 1)}%`
  const readout = [
    { label: 'vertex (two coefficients 0)', value: `${pct(shares.vertex)} exact, ${formatPercent(sim.vertex, POLYTOPE_TRIALS)} simulated` },
    { label: 'edge (one coefficient 0)', value: `${pct(shares.edge)} exact, ${formatPercent(sim.edge, POLYTOPE_TRIALS)} simulated` },
    { label: 'face (no zero)', value: `${pct(shares.face)} exact, ${formatPercent(sim.face, POLYTOPE_TRIALS)} simulated` },
    { label: 'sphere (L2): a zero', value: `0 exact, ${formatCount(sim.l2Zero)} of ${formatCount(POLYTOPE_TRIALS)} simulated` },
  ]
  return {
    step: s,
    azimuth,
    octahedron,
    sphere,
    axes,
    highlightEdges: s >= 1,
    readout,
    description: `The L1 ball in three dimensions, an octahedron with 6 vertices and 12 edges, next to the L2 ball, a sphere, seen from azimuth ${formatNumber(azimuth, 0)}\u00B0. `
      + `Vertices have two coefficients 0, edges one. For circular bowls with the minimum uniform in the cube outside the octahedron, `
      + `the optimum lands on a vertex ${pct(shares.vertex)}, on an edge ${pct(shares.edge)} and on a face ${pct(shares.face)} of the time; on the sphere, never on a zero.`,
  }
}
