// 3-D surfaces as projected polygons ("Two bowls add up"). The camera is checked on points whose
// screen place is known by hand; the paint order against a brute-force depth test (two
// facets that overlap on screen: cast the viewing ray through a shared point, intersect it
// with each facet's plane, and the nearer one must be painted later); grids, clipping and
// the L1 creases against closed forms.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Camera3, SurfaceFrame, SurfaceGrid, Vec2, Vec3 } from '../../lib/index'
import {
  camera,
  cellOrder,
  cellRanks,
  cellsAlong,
  clipBelow,
  clipPolygonToRect,
  clipPolylineToRect,
  drawSurface,
  frameBox,
  gridLines,
  heightValue,
  meshCells,
  projectPoint,
  projectWorld,
  quadratic,
  splitAtGrid,
  surfaceFrame,
  surfaceGrid,
  totalHeight,
  viewCamera,
} from '../../lib/index'

// ---- independent helpers: the frame's scaling, screen points, ray/plane depth ----

/** World (β1, β2, h) → the centred, height-scaled coordinates the camera looks at. */
const scaled = (f: SurfaceFrame, p: Vec3): Vec3 => [p[0] - f.center[0], p[1] - f.center[1], (p[2] - f.center[2]) * f.zScale]
const dotv = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const subv = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const screenOf = (cam: Camera3, p: Vec3): Vec2 => [dotv(cam.right, p), dotv(cam.up, p)]

/**
 * Depth (toward the viewer) where the viewing ray through screen point s meets the plane of
 * triangle t (scaled coordinates): the ray is s·right + s·up + d·toward; null if edge-on.
 */
function rayDepth(cam: Camera3, t: readonly Vec3[], s: Vec2): number | null {
  const n = cross(subv(t[1]!, t[0]!), subv(t[2]!, t[0]!))
  const nt = dotv(n, cam.toward)
  if (Math.abs(nt) < 1e-9 * Math.hypot(...n)) return null
  const base: Vec3 = [s[0] * cam.right[0] + s[1] * cam.up[0], s[0] * cam.right[1] + s[1] * cam.up[1], s[0] * cam.right[2] + s[1] * cam.up[2]]
  return dotv(n, subv(t[0]!, base)) / nt
}

/** Barycentric coordinates of s in the screen triangle abc (null if degenerate). */
function bary(a: Vec2, b: Vec2, c: Vec2, s: Vec2): [number, number, number] | null {
  const det = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])
  if (Math.abs(det) < 1e-12) return null
  const l1 = ((b[0] - s[0]) * (c[1] - s[1]) - (c[0] - s[0]) * (b[1] - s[1])) / det
  const l2 = ((c[0] - s[0]) * (a[1] - s[1]) - (a[0] - s[0]) * (c[1] - s[1])) / det
  return [l1, l2, 1 - l1 - l2]
}

/** The two triangles (scaled coordinates) of cell c's facet: corners 0-1-2 and 0-2-3. */
function cellTriangles(g: SurfaceGrid, f: SurfaceFrame, c: number): Vec3[][] {
  const n = g.n
  const i = c % n
  const j = (c - i) / n
  const h = (ii: number, jj: number) => g.heights[jj * (n + 1) + ii]!
  const corners: Vec3[] = [
    [g.xs[i]!, g.ys[j]!, h(i, j)], [g.xs[i + 1]!, g.ys[j]!, h(i + 1, j)],
    [g.xs[i + 1]!, g.ys[j + 1]!, h(i + 1, j + 1)], [g.xs[i]!, g.ys[j + 1]!, h(i, j + 1)],
  ]
  const v = corners.map(p => scaled(f, p))
  return [[v[0]!, v[1]!, v[2]!], [v[0]!, v[2]!, v[3]!]]
}

/** A small deterministic stream of numbers in [0, 1) (sampling points inside triangles). */
function stream(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

/** A random height field on a random (non-uniform) grid, and a random camera. */
const increasing = (n: number) => fc.array(fc.double({ min: 0.2, max: 3, noNaN: true }), { minLength: n, maxLength: n })
  .map(gaps => Float64Array.from([0, ...gaps].map((_, k, all) => all.slice(0, k + 1).reduce((s, g) => s + g, 0) - 2)))
const fieldCase = fc.integer({ min: 2, max: 5 }).chain(n => fc.record({
  n: fc.constant(n),
  xs: increasing(n),
  ys: increasing(n),
  heights: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: (n + 1) ** 2, maxLength: (n + 1) ** 2 }),
  az: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  el: fc.double({ min: -1.4, max: 1.4, noNaN: true }),
  ratio: fc.double({ min: 0.3, max: 2, noNaN: true }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
}))
function buildCase(k: { n: number; xs: Float64Array; ys: Float64Array; heights: number[]; az: number; el: number; ratio: number }) {
  const grid: SurfaceGrid = { n: k.n, xs: k.xs, ys: k.ys, heights: Float64Array.from(k.heights) }
  const frame = surfaceFrame({ x: [k.xs[0]!, k.xs[k.n]!], y: [k.ys[0]!, k.ys[k.n]!] }, 10, k.ratio)
  return { grid, frame, cam: camera(k.az, k.el) }
}

describe('camera and projection', () => {
  it('at azimuth 0, elevation 0 looks along β1: screen x is β2, screen y the height', () => {
    const c = camera(0, 0)
    for (const p of [[3, -2, 5], [-7, 4, 0], [0, 0, 1]] as Vec3[]) {
      const s = projectPoint(c, p)
      expect(s.x).toBeCloseTo(p[1], 14)
      expect(s.y).toBeCloseTo(p[2], 14)
      expect(s.depth).toBeCloseTo(p[0], 14)
    }
  })

  it('at azimuth 90°, elevation 0 looks along β2 from its positive side: screen x is −β1', () => {
    const s = projectPoint(camera(Math.PI / 2, 0), [2, 5, -1])
    expect(s.x).toBeCloseTo(-2, 14)
    expect(s.y).toBeCloseTo(-1, 14)
    expect(s.depth).toBeCloseTo(5, 14)
  })

  it('from (almost) straight above at azimuth −90° the screen is the (β1, β2) plane', () => {
    const c = camera(-Math.PI / 2, Math.PI / 2 - 1e-6)
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (x, y, z) => {
      const s = projectPoint(c, [x, y, z])
      return Math.abs(s.x - x) < 1e-9 && Math.abs(s.y - y) < 1e-4
    }))
  })

  it('projectWorld moves the box centre to the screen origin and scales heights by zScale', () => {
    const f = surfaceFrame({ x: [-5, 20], y: [-20, 5] }, 2420, 1)
    expect(f.zScale).toBeCloseTo(25 / 2420, 15)
    const c = camera(0.7, 0.3)
    const mid = projectWorld(c, f, 7.5, -7.5, 1210)
    expect(Math.abs(mid.x) + Math.abs(mid.y) + Math.abs(mid.depth)).toBeLessThan(1e-12)
    // level view: a height difference Δh shows as Δh·zScale straight up
    const level = camera(1.1, 0)
    const a = projectWorld(level, f, 3, 4, 0)
    const b = projectWorld(level, f, 3, 4, 242)
    expect(b.y - a.y).toBeCloseTo(242 * f.zScale, 12)
    expect(b.x - a.x).toBeCloseTo(0, 12)
  })

  it('frameBox holds every corner of the box, from every azimuth at the camera\'s elevation', () => {
    fc.assert(fc.property(fieldCase, ({ n, xs, ys, heights, az, el, ratio, seed }) => {
      const { frame, cam } = buildCase({ n, xs, ys, heights, az, el, ratio })
      const boxes = [frameBox(frame), frameBox(frame, cam), frameBox(frame, camera(az + seed, el))]
      const d = frame.domain
      return [d.x[0], d.x[1]].every(x => [d.y[0], d.y[1]].every(y => [0, frame.top].every((h) => {
        const p = projectWorld(cam, frame, x, y, h)
        return boxes.every(b => p.x >= b.x[0] - 1e-9 && p.x <= b.x[1] + 1e-9 && p.y >= b.y[0] - 1e-9 && p.y <= b.y[1] + 1e-9)
      })))
    }))
  })

  it('viewCamera takes degrees and names the scene, azimuth and elevation in its errors', () => {
    const c = viewCamera('someScene', 90, 0)
    expect(c.toward[1]).toBeCloseTo(1, 15)
    expect(() => viewCamera('someScene', Number.NaN, 30)).toThrow(/someScene: azimuth must be a finite number \(got NaN\)/)
    expect(() => viewCamera('someScene', 0, 95)).toThrow(/someScene: elevation must be a number between 0 and 89 \(got 95\)/)
    expect(() => viewCamera('someScene', 0, -5)).toThrow(/someScene: elevation must be/)
  })

  it('camera rejects NaN and out-of-range angles by name', () => {
    expect(() => camera(Number.NaN, 0)).toThrow(/camera: az must be a finite number/)
    expect(() => camera(0, Number.POSITIVE_INFINITY)).toThrow(/camera: el must be a finite number/)
    expect(() => camera(0, 2)).toThrow(/camera: el must be a number between/)
  })
})

describe('grids', () => {
  it('gridLines: n + 1 increasing lines, exact ends, a literal +0 when the range holds 0, even spacing on each side', () => {
    fc.assert(fc.property(fc.double({ min: -100, max: -0.01, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 2, max: 200 }), (lo, hi, n) => {
      const g = gridLines(lo, hi, n)
      const z = g.indexOf(0)
      if (g.length !== n + 1 || g[0] !== lo || g[n] !== hi || z < 1 || z > n - 1 || !Object.is(g[z], 0)) return false
      for (let k = 0; k < n; k++) if (!(g[k + 1]! > g[k]!)) return false
      const even = (from: number, to: number) => {
        const step = (g[to]! - g[from]!) / (to - from)
        for (let k = from; k < to; k++) if (Math.abs(g[k + 1]! - g[k]! - step) > 1e-12 * (hi - lo)) return false
        return true
      }
      return even(0, z) && even(z, n)
    }))
  })

  it('gridLines is evenly spaced when n·lo/(hi − lo) is a whole number, and plain when 0 is outside', () => {
    const g = gridLines(-5, 20, 10)
    expect([...g]).toEqual([-5, -2.5, 0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20])
    expect([...gridLines(1, 3, 4)]).toEqual([1, 1.5, 2, 2.5, 3])
    expect([...gridLines(-3, 0, 3)]).toEqual([-3, -2, -1, 0])
  })

  it('surfaceGrid samples the height function at every vertex', () => {
    const g = surfaceGrid((x, y) => x * x + 3 * y, { x: [-1, 2], y: [-2, 1] }, 6)
    expect(g.heights).toHaveLength(49)
    for (let j = 0; j <= 6; j++) for (let i = 0; i <= 6; i++) expect(g.heights[j * 7 + i]).toBe(g.xs[i]! ** 2 + 3 * g.ys[j]!)
  })

  it('cellsAlong finds the one or two cells whose closed extent holds a value', () => {
    const lines = gridLines(-2, 2, 4)
    expect(cellsAlong(lines, 0)).toEqual([1, 2])
    expect(cellsAlong(lines, 0.5)).toEqual([2])
    expect(cellsAlong(lines, -2)).toEqual([0])
    expect(cellsAlong(lines, 2)).toEqual([3])
    expect(cellsAlong(lines, 2.01)).toEqual([])
  })

  it('bad grid arguments throw errors that name them', () => {
    const h = (x: number, y: number) => x + y
    const d = { x: [-1, 1] as Vec2, y: [-1, 1] as Vec2 }
    expect(() => surfaceGrid(h, d, 1)).toThrow(/surfaceGrid: n must be an integer between 2 and 200 \(got 1\)/)
    expect(() => surfaceGrid(h, d, 201)).toThrow(/surfaceGrid: n must be an integer between 2 and 200/)
    expect(() => surfaceGrid(h, d, 2.5)).toThrow(/surfaceGrid: n must be an integer/)
    expect(() => surfaceGrid(h, { x: [1, 1], y: [-1, 1] }, 4)).toThrow(/surfaceGrid: domain.x must be an interval \[lo, hi\] with lo < hi \(got \[1, 1\]\)/)
    expect(() => surfaceGrid(h, { x: [-1, 1], y: [Number.NaN, 1] }, 4)).toThrow(/surfaceGrid: domain.y\[0\] must be a finite number/)
    expect(() => surfaceGrid(() => Number.NaN, d, 4)).toThrow(/surfaceGrid: height must be finite at \(-1, -1\) \(got NaN\)/)
    expect(() => surfaceFrame(d, 0)).toThrow(/surfaceFrame: top must be a positive number/)
    expect(() => gridLines(2, 1, 4)).toThrow(/gridLines: hi must be greater than lo = 2/)
    expect(() => meshCells('someScene', 1, 3)).toThrow(/someScene: mesh must be an integer between 2 and 200 \(got 1\)/)
  })
})

describe('paint order', () => {
  it('agrees with a brute-force depth check: of two facets overlapping on screen, the nearer is painted later', () => {
    let overlaps = 0
    fc.assert(fc.property(fieldCase, (k) => {
      const { grid, frame, cam } = buildCase(k)
      const rank = cellRanks(cellOrder(grid.n, cam))
      const rnd = stream(k.seed)
      const tris = Array.from({ length: grid.n * grid.n }, (_, c) => cellTriangles(grid, frame, c))
      for (let a = 0; a < tris.length; a++) {
        for (let b = a + 1; b < tris.length; b++) {
          for (const ta of tris[a]!) {
            const sa = ta.map(p => screenOf(cam, p))
            for (const tb of tris[b]!) {
              const sb = tb.map(p => screenOf(cam, p))
              for (let s = 0; s < 10; s++) {
                // a random point inside a's screen triangle; is it inside b's too?
                let u = rnd()
                let v = rnd()
                if (u + v > 1) { u = 1 - u; v = 1 - v }
                const pt: Vec2 = [sa[0]![0] + u * (sa[1]![0] - sa[0]![0]) + v * (sa[2]![0] - sa[0]![0]), sa[0]![1] + u * (sa[1]![1] - sa[0]![1]) + v * (sa[2]![1] - sa[0]![1])]
                const l = bary(sb[0]!, sb[1]!, sb[2]!, pt)
                if (!l || Math.min(...l) < 1e-6) continue
                const da = rayDepth(cam, ta, pt)
                const db = rayDepth(cam, tb, pt)
                if (da === null || db === null) continue
                overlaps++
                const tol = 1e-7 * (1 + Math.abs(da) + Math.abs(db))
                if (da > db + tol && !(rank[a]! > rank[b]!)) return false
                if (db > da + tol && !(rank[b]! > rank[a]!)) return false
              }
            }
          }
        }
      }
      return true
    }), { numRuns: 80 })
    expect(overlaps).toBeGreaterThan(1000)
  })

  it('is a permutation of the cells, starting at the corner away from the viewer', () => {
    const n = 4
    const ids = (cam: Camera3) => [...cellOrder(n, cam)]
    // viewer toward +β1, +β2: the far cell is (0, 0); toward −β1, −β2: it is (n−1, n−1)
    expect(ids(camera(Math.PI / 4, 0.5))[0]).toBe(0)
    expect(ids(camera(-3 * Math.PI / 4, 0.5))[0]).toBe(n * n - 1)
    expect([...ids(camera(2, 0.3))].sort((a, b) => a - b)).toEqual(Array.from({ length: n * n }, (_, i) => i))
  })
})

describe('clipping', () => {
  it('clipBelow keeps the part of a tilted square below the ceiling', () => {
    const sq: Vec3[] = [[0, 0, 0], [1, 0, 1], [1, 1, 1], [0, 1, 0]] // height = β1
    const cut = clipBelow(sq, 0.5)
    expect(cut).toEqual([[0, 0, 0], [0.5, 0, 0.5], [0.5, 1, 0.5], [0, 1, 0]])
    expect(clipBelow(sq, -1)).toEqual([])
    expect(clipBelow(sq, 2)).toEqual(sq)
  })

  it('clipPolygonToRect and clipPolylineToRect keep what lies in the rectangle', () => {
    const d = { x: [0, 1] as Vec2, y: [0, 1] as Vec2 }
    const area = (p: Vec2[]) => Math.abs(p.reduce((s, a, k) => s + a[0] * p[(k + 1) % p.length]![1] - p[(k + 1) % p.length]![0] * a[1], 0)) / 2
    expect(area(clipPolygonToRect([[-2, -2], [2, -2], [2, 2], [-2, 2]], d))).toBeCloseTo(1, 14)
    // the diamond |x| + |y| ≤ 1 meets the unit square in the triangle below x + y = 1
    expect(area(clipPolygonToRect([[1, 0], [0, 1], [-1, 0], [0, -1]], d))).toBeCloseTo(0.5, 14)
    // in at x = 0, out through y = 1 at x = 0.5, back in through y = 1 where x = 0.5 + 0.2/1.8
    const runs = clipPolylineToRect([[-1, 0.5], [0.5, 0.5], [0.5, 2], [0.7, 0.2], [0.8, 0.3]], d)
    expect(runs).toHaveLength(2)
    expect(runs[0]).toEqual([[0, 0.5], [0.5, 0.5], [0.5, 1]])
    expect(runs[1]).toHaveLength(3)
    expect(runs[1]![0]![0]).toBeCloseTo(0.5 + 0.2 / 1.8, 14)
    expect(runs[1]![0]![1]).toBeCloseTo(1, 14)
    expect(runs[1]!.slice(1)).toEqual([[0.7, 0.2], [0.8, 0.3]])
    expect(clipPolylineToRect([[2, 2], [3, 3]], d)).toEqual([])
  })
})

describe('colour by height', () => {
  it('heightValue puts the k-th of 6 evenly spaced contour levels at k/6, clamped to [0, 1]', () => {
    for (let k = 0; k <= 6; k++) expect(heightValue(2420 * (k / 6) ** 2, 2420)).toBeCloseTo(k / 6, 14)
    expect(heightValue(-3, 10)).toBe(0)
    expect(heightValue(11, 10)).toBe(1)
  })
})

describe('drawSurface', () => {
  const dom = { x: [-2, 2] as Vec2, y: [-2, 2] as Vec2 }

  it('draws one polygon per cell below the ceiling and none for a cell with no corner below it', () => {
    const g = surfaceGrid((x, y) => x * x + y * y, dom, 8)
    const f = surfaceFrame(dom, 8)
    const all = drawSurface(g, camera(0.4, 0.5), f)
    expect(all.polygonCount).toBe(64)
    const cut = drawSurface(g, camera(0.4, 0.5), f, { ceiling: 2 })
    const above = Array.from({ length: 64 }, (_, c) => c).filter((c) => {
      const i = c % 8
      const j = (c - i) / 8
      return [[i, j], [i + 1, j], [i, j + 1], [i + 1, j + 1]].every(([a, b]) => g.xs[a!]! ** 2 + g.ys[b!]! ** 2 >= 2)
    })
    expect(cut.polygonCount).toBe(64 - above.length)
    expect(cut.items.filter(it => it.kind === 'polygon')).toHaveLength(cut.polygonCount)
    for (const it of cut.items) if (it.kind === 'polygon') expect(above).not.toContain(it.cell)
  })

  it('puts the floor first when seen from above and last from below, and labels last', () => {
    const g = surfaceGrid((x, y) => 1 + x * x + y * y, dom, 4)
    const f = surfaceFrame(dom, 9)
    const floor = [{ kind: 'line' as const, role: 'floor', points: [[-1, -1], [1, 1]] as Vec2[] }]
    const labels = [{ role: 'label', at: [2.5, 0, 0] as Vec3, text: 'x' }]
    const kinds = (el: number) => drawSurface(g, camera(0.3, el), f, { floor, labels }).items.map(it => it.kind)
    expect(kinds(0.5)[0]).toBe('line')
    expect(kinds(0.5).at(-1)).toBe('label')
    expect(kinds(-0.5).at(-2)).toBe('line')
    expect(kinds(-0.5)[0]).toBe('polygon')
  })

  it('slots a point on the surface, and a drop line below it, so that every facet over them is nearer and painted later', () => {
    let covered = 0
    fc.assert(fc.property(fieldCase, fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), (k, u0, v0) => {
      const { grid, frame, cam } = buildCase({ ...k, el: Math.abs(k.el) })
      const n = grid.n
      const rnd = stream(k.seed)
      const home = Math.floor(rnd() * n * n)
      // a point on the first triangle of the home cell's facet, in world coordinates
      const [u, v] = u0 + v0 > 1 ? [1 - u0, 1 - v0] : [u0, v0]
      const i = home % n
      const j = (home - i) / n
      const h = (ii: number, jj: number) => grid.heights[jj * (n + 1) + ii]!
      const c0: Vec3 = [grid.xs[i]!, grid.ys[j]!, h(i, j)]
      const c1: Vec3 = [grid.xs[i + 1]!, grid.ys[j]!, h(i + 1, j)]
      const c2: Vec3 = [grid.xs[i + 1]!, grid.ys[j + 1]!, h(i + 1, j + 1)]
      const mix = (a: 0 | 1 | 2) => c0[a] + u * (c1[a] - c0[a]) + v * (c2[a] - c0[a])
      const at: Vec3 = [mix(0), mix(1), mix(2)]
      const drawn = drawSurface(grid, cam, frame, { marks: [{ kind: 'drop', role: 'drop', at }, { kind: 'marker', role: 'dot', at }] })
      const pos = (pred: (it: (typeof drawn.items)[number]) => boolean) => drawn.items.findIndex(pred)
      const markerPos = pos(it => it.kind === 'marker')
      const dropPos = pos(it => it.kind === 'line')
      const cellPos = new Map<number, number>()
      drawn.items.forEach((it, p) => { if (it.kind === 'polygon') cellPos.set(it.cell, p) })
      // the marker, and points up the drop line (world), against every facet covering them on screen
      // (The home cell's own facet is left out for the marker, which sits on it; for the drop
      // line only "nearer ⇒ later" is asked of it: a facet folded over its own prism can lie
      // both in front of and behind a line inside it, which no order of whole polygons fixes.)
      const probes: { world: Vec3; pos: number; own: boolean }[] = [{ world: at, pos: markerPos, own: false }]
      for (const s of [0.1, 0.4, 0.7]) probes.push({ world: [at[0], at[1], at[2] * s], pos: dropPos, own: true })
      for (const probe of probes) {
        const sp = scaled(frame, probe.world)
        const scr = screenOf(cam, sp)
        const depth = dotv(cam.toward, sp)
        for (let c = 0; c < n * n; c++) {
          if (c === home && !probe.own) continue
          for (const t of cellTriangles(grid, frame, c)) {
            const st = t.map(p => screenOf(cam, p))
            const l = bary(st[0]!, st[1]!, st[2]!, scr)
            if (!l || Math.min(...l) < 1e-6) continue
            const d = rayDepth(cam, t, scr)
            if (d === null) continue
            covered++
            const tol = 1e-7 * (1 + Math.abs(d) + Math.abs(depth))
            if (d > depth + tol && !(cellPos.get(c)! > probe.pos)) return false
            if (d < depth - tol && c !== home && !(cellPos.get(c)! < probe.pos)) return false
          }
        }
      }
      return markerPos > cellPos.get(home)! && dropPos < cellPos.get(home)!
    }), { numRuns: 150 })
    expect(covered).toBeGreaterThan(200)
  })

  it('splits a curve on the surface at grid lines, one cell per piece, pieces joined end to start', () => {
    const g = surfaceGrid(() => 0, { x: [-3, 3], y: [-3, 3] }, 6)
    const circle: Vec3[] = Array.from({ length: 41 }, (_, k) => [0.1 + 2.2 * Math.cos(k * Math.PI / 20), 0.13 + 2.2 * Math.sin(k * Math.PI / 20), k])
    const pieces = splitAtGrid(circle, g.xs, g.ys)
    let length = 0
    for (let p = 0; p < pieces.length; p++) {
      const [a, b] = pieces[p]!.points
      const i = cellsAlong(g.xs, pieces[p]!.mid[0])[0]!
      const j = cellsAlong(g.ys, pieces[p]!.mid[1])[0]!
      for (const q of [a, b]) {
        expect(q[0]).toBeGreaterThanOrEqual(g.xs[i]!)
        expect(q[0]).toBeLessThanOrEqual(g.xs[i + 1]!)
        expect(q[1]).toBeGreaterThanOrEqual(g.ys[j]!)
        expect(q[1]).toBeLessThanOrEqual(g.ys[j + 1]!)
      }
      if (p > 0) expect(a).toEqual(pieces[p - 1]!.points[1])
      length += Math.hypot(b[0] - a[0], b[1] - a[1])
    }
    const whole = circle.slice(1).reduce((s, q, k) => s + Math.hypot(q[0] - circle[k]![0], q[1] - circle[k]![1]), 0)
    expect(length).toBeCloseTo(whole, 10)
    // the circle of radius 2.2 about (0.1, 0.13) crosses x = −2, −1, 0, 1, 2 twice each and so y: 20 cuts
    expect(pieces).toHaveLength(40 + 20)
  })

  it('refuses a surface that dips below the floor', () => {
    const g = surfaceGrid((x) => x, dom, 4)
    expect(() => drawSurface(g, camera(0, 0.5), surfaceFrame(dom, 4))).toThrow(/drawSurface: grid must be a surface at or above the floor/)
  })
})

describe('the L1 total is creased along the axes and nowhere else', () => {
  // Along a grid row the total is a·x² + (linear in x) + λ|x| + const: for vertex spacings dl
  // (left) and dr (right) its right slope minus its left slope is a·(dl + dr) where it is
  // smooth, plus 2λ where x = 0. Likewise along columns with b. The L2 total has no kink.
  const bowl = fc.record({
    a: fc.double({ min: 0.5, max: 8, noNaN: true }),
    b: fc.double({ min: 0.5, max: 8, noNaN: true }),
    r: fc.double({ min: -0.9, max: 0.9, noNaN: true }),
    m1: fc.double({ min: -10, max: 10, noNaN: true }),
    m2: fc.double({ min: -10, max: 10, noNaN: true }),
    lambda: fc.double({ min: 0.5, max: 40, noNaN: true }),
    lo: fc.double({ min: -12, max: -1, noNaN: true }),
    hi: fc.double({ min: 1, max: 12, noNaN: true }),
    n: fc.integer({ min: 3, max: 30 }),
  })
  it('one-sided slopes jump by exactly 2λ across β1 = 0 and β2 = 0, by the smooth amount elsewhere', () => {
    fc.assert(fc.property(bowl, ({ a, b, r, m1, m2, lambda, lo, hi, n }) => {
      const q = quadratic(a, b, 2 * r * Math.sqrt(a * b), [m1, m2])
      for (const norm of ['l1', 'l2'] as const) {
        const g = surfaceGrid(totalHeight(q, norm, lambda), { x: [lo, hi], y: [lo, hi] }, n)
        const m = n + 1
        const H = (i: number, j: number) => g.heights[j * m + i]!
        const scale = 1e-9 * Math.max(...g.heights)
        const curv = (k: number) => (norm === 'l2' ? k + lambda : k)
        for (let j = 0; j < m; j++) {
          for (let i = 1; i < n; i++) {
            const dl = g.xs[i]! - g.xs[i - 1]!
            const dr = g.xs[i + 1]! - g.xs[i]!
            const jump = (H(i + 1, j) - H(i, j)) / dr - (H(i, j) - H(i - 1, j)) / dl
            const kink = norm === 'l1' && g.xs[i] === 0 ? 2 * lambda : 0
            if (Math.abs(jump - curv(a) * (dl + dr) - kink) > scale / Math.min(dl, dr)) return false
          }
        }
        for (let i = 0; i < m; i++) {
          for (let j = 1; j < n; j++) {
            const dl = g.ys[j]! - g.ys[j - 1]!
            const dr = g.ys[j + 1]! - g.ys[j]!
            const jump = (H(i, j + 1) - H(i, j)) / dr - (H(i, j) - H(i, j - 1)) / dl
            const kink = norm === 'l1' && g.ys[j] === 0 ? 2 * lambda : 0
            if (Math.abs(jump - curv(b) * (dl + dr) - kink) > scale / Math.min(dl, dr)) return false
          }
        }
      }
      return true
    }))
  })
})

describe('grid lines as curves on the surface, and the floor\u2019s labels', () => {
  it('gridLineCurve runs through the vertices on the line, cut where the edge meets the ceiling', async () => {
    const { gridLineCurve } = await import('../../lib/surface3d/gridLine')
    // h = (β1 − 1)² + |β2| on [−2, 4] × [−3, 3], 6 cells a side: β2 = 0 is a grid line
    const grid = surfaceGrid((x, y) => (x - 1) ** 2 + Math.abs(y), { x: [-2, 4], y: [-3, 3] }, 6)
    const whole = gridLineCurve(grid, 1, 0, 100)
    expect(whole).toEqual([[[-2, 0, 9], [-1, 0, 4], [0, 0, 1], [1, 0, 0], [2, 0, 1], [3, 0, 4], [4, 0, 9]]])
    // below 5: the edges from −2 (9) to −1 (4) and from 3 (4) to 4 (9) cross it at 1/5 of the way
    const cut = gridLineCurve(grid, 1, 0, 5)
    expect(cut).toHaveLength(1)
    const run = cut[0]!
    expect(run[0]).toEqual([expect.closeTo(-1.2, 12), 0, 5])
    expect(run.at(-1)).toEqual([expect.closeTo(3.2, 12), 0, 5])
    expect(run.slice(1, -1)).toEqual(whole[0]!.slice(1, -1))
    // a curve along β1 = 1 (h = |β2|, V-shaped), cut at 2: one run, from (1, −2) to (1, 2)
    expect(gridLineCurve(grid, 0, 1, 2)).toEqual([[[1, -2, 2], [1, -1, 1], [1, 0, 0], [1, 1, 1], [1, 2, 2]]])
    // a valley under the ceiling in two places makes two runs; not a grid line: none
    const twoValleys = surfaceGrid((x, _y) => Math.abs(Math.abs(x) - 2), { x: [-4, 4], y: [-1, 1] }, 8)
    expect(gridLineCurve(twoValleys, 1, 0, 1).map(r => r.map(p => p[0]))).toEqual([[-3, -2, -1], [1, 2, 3]])
    expect(gridLineCurve(grid, 1, 0.5, 100)).toEqual([])
  })

  it('floorAxisLabels puts the values and names just outside the floor\u2019s edges nearest the viewer', async () => {
    const { floorAxisLabels } = await import('../../lib/surface3d/labels')
    const dom = { x: [-5, 20] as Vec2, y: [-20, 5] as Vec2 }
    const opts = { gap: 2, tick: 10, names: ['b1', 'b2'] as const, nameRole: 'name', tickRole: 'tick' }
    // seen from the (−β1, −β2) side: values along β2 = −20 − 2 and β1 = −5 − 2
    const fromLowLow = floorAxisLabels(dom, viewCamera('t', -135, 40), opts)
    expect(fromLowLow.filter(l => l.role === 'tick').map(l => [l.text, l.at])).toEqual([
      ['0', [0, -22, 0]], ['10', [10, -22, 0]], ['20', [20, -22, 0]],
      ['\u221220', [-7, -20, 0]], ['\u221210', [-7, -10, 0]], ['0', [-7, 0, 0]],
    ])
    // names further out (2.3 gaps), halfway between two values near mid-edge
    expect(fromLowLow.filter(l => l.role === 'name').map(l => [l.text, l.at])).toEqual([['b1', [5, -24.6, 0]], ['b2', [-9.6, -5, 0]]])
    // from the (+β1, +β2) side, the other two edges
    const fromHighHigh = floorAxisLabels(dom, viewCamera('t', 45, 40), opts)
    expect(fromHighHigh.filter(l => l.role === 'tick').every(l => l.at[1] === 7 || l.at[0] === 22)).toBe(true)
    // names only: one gap out, at mid-edge
    expect(floorAxisLabels(dom, viewCamera('t', -135, 40), { gap: 2, names: ['b1', 'b2'], nameRole: 'name' })).toEqual([
      { role: 'name', at: [7.5, -22, 0], text: 'b1' },
      { role: 'name', at: [-7, -7.5, 0], text: 'b2' },
    ])
  })
})
