// "Two bowls add up" (3-D). The minimum marked is the exact one: it follows the
// storyboard's closed forms (L2: (75/(5+λ), −75/(5+λ)); L1 from (15, −5): each coordinate
// moves λ/10 toward 0 and stops there), and beats every grid vertex; the grid's own lowest
// vertex is within one spacing of it. The contour picture beside it (the moving bowl) shows
// the same minimum at the same λ.
import { describe, expect, it } from 'vitest'
import type { DrawItem, Vec2 } from '../../lib/index'
import { gridLines, LIVE_POLYGON_BUDGET, PRINT_MESH, projectWorld, viewCamera } from '../../lib/index'
import { MOVING_LAMBDAS, movingBowlScene, movingView } from '../../lib/scenes/movingBowl'
import type { TwoBowlsRole } from '../../lib/scenes/twoBowls'
import { TWO_BOWLS_LAST_STEP, TWO_BOWLS_STEPS, twoBowlsScene } from '../../lib/scenes/twoBowls'

const steps = Array.from({ length: TWO_BOWLS_LAST_STEP + 1 }, (_, k) => twoBowlsScene(k))

/** The total loss written out here: 5(β1 − c1)² + 5(β2 − c2)² + λ·P(β). */
const total = (norm: 'l1' | 'l2', c: Vec2, lambda: number, x: number, y: number) =>
  5 * (x - c[0]) ** 2 + 5 * (y - c[1]) ** 2 + lambda * (norm === 'l1' ? Math.abs(x) + Math.abs(y) : x * x + y * y)

/** The storyboard's closed forms for the minimum. */
function closedForm(norm: 'l1' | 'l2', lambda: number): Vec2 {
  if (norm === 'l2') return [75 / (5 + lambda), -75 / (5 + lambda)]
  const toward0 = (v: number) => (Math.abs(v) <= lambda / 10 ? 0 : v - Math.sign(v) * (lambda / 10))
  return [toward0(15), toward0(-5)]
}

const items = (scene: ReturnType<typeof twoBowlsScene>, surface: string) => scene.panels.find(p => p.surface === surface)?.items ?? []
const find = (list: DrawItem<TwoBowlsRole>[], role: TwoBowlsRole) => list.filter(it => 'role' in it && it.role === role)

describe('twoBowlsScene', () => {
  it('clicks: the data bowl; the L2 penalty; the sum; λ grows; the L1 penalty; its sum; into the crease and staying there', () => {
    expect(steps.map(s => s.panels.map(p => p.surface).join('+'))).toEqual([
      'data', 'data+penalty', 'data+penalty+total', 'data+penalty+total', 'data+penalty+total', 'data+penalty+total',
      'data+penalty', 'data+penalty+total', 'data+penalty+total', 'data+penalty+total',
    ])
    expect(steps.map(s => s.norm)).toEqual(['l2', 'l2', 'l2', 'l2', 'l2', 'l2', 'l1', 'l1', 'l1', 'l1'])
    const l2 = steps.filter(s => s.norm === 'l2').map(s => s.lambda)
    expect(l2.slice(2)).toEqual([...l2.slice(2)].sort((a, b) => a - b))
    expect(l2.at(-1)).toBe(6)
    // every λ is on the moving-bowl slide's grid, so the trails are the same
    for (const s of steps) expect(MOVING_LAMBDAS[s.norm]).toContain(s.lambda)
    expect(twoBowlsScene(99).step).toBe(TWO_BOWLS_LAST_STEP)
  })

  it('marks the exact minimum (closed form), on the total surface, with a line down to the floor', () => {
    for (const s of steps.filter(x => x.panels.some(p => p.surface === 'total'))) {
      const m = closedForm(s.norm, s.lambda)
      expect(s.minimum[0]).toBeCloseTo(m[0], 12)
      expect(s.minimum[1]).toBeCloseTo(m[1], 12)
      const h = total(s.norm, s.center, s.lambda, m[0], m[1])
      expect(s.minimumHeight).toBeCloseTo(h, 9)
      const cam = viewCamera('test', s.azimuth, s.elevation)
      const top = projectWorld(cam, s.frame, m[0], m[1], h)
      const foot = projectWorld(cam, s.frame, m[0], m[1], 0)
      const list = items(s, 'total')
      const marker = find(list, 'minimum')[0]
      const drop = find(list, 'drop')[0]
      if (marker?.kind !== 'marker' || drop?.kind !== 'line') throw new Error('no minimum marker or drop line')
      expect(marker.at[0]).toBeCloseTo(top.x, 9)
      expect(marker.at[1]).toBeCloseTo(top.y, 9)
      expect(drop.points.map(p => p[1])).toEqual([expect.closeTo(foot.y, 9), expect.closeTo(top.y, 9)])
      expect(drop.points.map(p => p[0])).toEqual([expect.closeTo(foot.x, 9), expect.closeTo(top.x, 9)])
    }
  })

  it('puts the L1 minimum into the crease: β2 is exactly +0 from λ = 50 on, and the readout says so', () => {
    const [at20, at50, at80] = [steps[7]!, steps[8]!, steps[9]!]
    expect(at20.minimum[1]).toBeLessThan(0)
    for (const s of [at50, at80]) {
      expect(Object.is(s.minimum[1], 0)).toBe(true)
      expect(s.minimum[0]).toBeGreaterThan(0)
      expect(s.readout.map(r => r.value).join(' ')).toContain('\u03B2\u2082 = 0 exactly')
      expect(s.description).toContain('exactly')
    }
  })

  it('the marked minimum beats every vertex of the total, and the lowest vertex is within one grid spacing of it', () => {
    for (const mesh of [11, 20, PRINT_MESH]) {
      for (const k of [2, 5, 7, 8, 9]) {
        const s = twoBowlsScene(k, { mesh })
        const xs = gridLines(movingView.x[0], movingView.x[1], mesh)
        const ys = gridLines(movingView.y[0], movingView.y[1], mesh)
        let best = { h: Infinity, x: 0, y: 0 }
        for (const x of xs) for (const y of ys) {
          const h = total(s.norm, s.center, s.lambda, x, y)
          expect(h).toBeGreaterThanOrEqual(s.minimumHeight - 1e-9 * h)
          if (h < best.h) best = { h, x, y }
        }
        // the total is a sum of a convex function of β1 and one of β2 (no cross term), so its
        // lowest vertex brackets the minimum coordinate by coordinate
        const spacing = (lines: Float64Array) => Math.max(...lines.slice(1).map((v, i) => v - lines[i]!))
        expect(Math.abs(best.x - s.minimum[0])).toBeLessThanOrEqual(spacing(xs))
        expect(Math.abs(best.y - s.minimum[1])).toBeLessThanOrEqual(spacing(ys))
      }
    }
  })

  it('agrees with the moving-bowl contour picture beside it: same λ, centre and minimum', () => {
    for (const s of steps) {
      const { norm, lambda, center } = s.contourPicture
      const panel = movingBowlScene(norm, 0, lambda).panels.find(p => p.center[0] === center[0] && p.center[1] === center[1])
      expect(panel).toBeDefined()
      expect(panel!.minimum).toEqual(s.minimum)
      expect(center).toEqual(s.norm === 'l2' ? [15, -15] : [15, -5])
    }
  })

  it('has the axes as grid lines, so the L1 creases are facet edges', () => {
    for (const s of [steps[6]!, steps[9]!, twoBowlsScene(9, { mesh: 'print' }), twoBowlsScene(9, { mesh: 17 })]) {
      expect(gridLines(movingView.x[0], movingView.x[1], s.mesh)).toContain(0)
      expect(gridLines(movingView.y[0], movingView.y[1], s.mesh)).toContain(0)
    }
  })

  it('keeps the live frame within the polygon budget and reports the count', () => {
    for (const s of steps) {
      const counted = s.panels.reduce((n, p) => n + p.items.filter(it => it.kind === 'polygon').length, 0)
      expect(s.polygonCount).toBe(counted)
      expect(s.polygonCount).toBeLessThanOrEqual(LIVE_POLYGON_BUDGET)
      expect(s.panels.length * s.mesh * s.mesh).toBeLessThanOrEqual(LIVE_POLYGON_BUDGET)
    }
    const print = twoBowlsScene(5, { mesh: 'print' })
    expect(print.mesh).toBe(PRINT_MESH)
    expect(print.polygonCount).toBeGreaterThan(steps[5]!.polygonCount)
  })

  it('paints the floor first (it is seen from above), the trail and the contours on it', () => {
    for (const s of steps) {
      for (const p of s.panels) {
        const firstPolygon = p.items.findIndex(it => it.kind === 'polygon')
        const floorRoles: TwoBowlsRole[] = ['frame', 'axis', 'contour', 'penalty-contour', 'total-contour', 'trail', 'minimum-floor']
        p.items.forEach((it, k) => {
          if ('role' in it && floorRoles.includes(it.role)) expect(k).toBeLessThan(firstPolygon)
        })
      }
    }
    expect(find(items(steps[5]!, 'total'), 'trail')).toHaveLength(1)
    expect(find(items(steps[0]!, 'data'), 'contour').length).toBeGreaterThanOrEqual(5)
  })

  it('draws the L1 creases on the penalty and the total, through the grid vertices on the axes; the minimum from λ = 50 sits on one', () => {
    for (const s of steps) {
      for (const p of s.panels) {
        const creases = find(p.items, 'crease')
        expect(creases.length > 0, `click ${s.step} ${p.surface}`).toBe(s.norm === 'l1' && p.surface !== 'data')
      }
    }
    for (const k of [7, 8, 9]) {
      const s = steps[k]!
      const cam = viewCamera('test', s.azimuth, s.elevation)
      const xs = gridLines(movingView.x[0], movingView.x[1], s.mesh)
      const top = s.frame.top
      // the vertices of the total on β2 = 0 below the ceiling, on screen
      const onAxis = [...xs].map(x => [x, total('l1', s.center, s.lambda, x, 0)] as const).filter(([, h]) => h <= top).map(([x, h]) => projectWorld(cam, s.frame, x, 0, h))
      const drawn = find(items(s, 'total'), 'crease').flatMap(it => (it.kind === 'line' ? it.points : []))
      for (const v of onAxis) expect(drawn.some(q => Math.hypot(q[0] - v.x, q[1] - v.y) < 1e-9), `click ${k}: vertex at ${v.x}, ${v.y}`).toBe(true)
      if (k === 7) continue
      // the minimum lies on the crease: within the sag of a chord between two vertices (a quadratic in β1 along it)
      const m = find(items(s, 'total'), 'minimum')[0]
      if (m?.kind !== 'marker') throw new Error('no minimum')
      const lines = find(items(s, 'total'), 'crease').flatMap(it => (it.kind === 'line' ? [it.points] : []))
      const gap = Math.min(...lines.flatMap(line => line.slice(1).map((b, i) => {
        const a = line[i]!
        const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
        const u = Math.max(0, Math.min(1, ((m.at[0] - a[0]) * dx + (m.at[1] - a[1]) * dy) / (dx * dx + dy * dy)))
        return Math.hypot(m.at[0] - a[0] - u * dx, m.at[1] - a[1] - u * dy)
      })))
      // chord sag of 5(β1 − 15)² + λβ1 over a cell of width w: 5w²/4 loss units, scaled
      const w = (movingView.x[1] - movingView.x[0]) / s.mesh
      expect(gap).toBeLessThanOrEqual((5 * w * w / 4) * s.frame.zScale + 1e-9)
    }
  })

  it('has one fixed view per click (deep links agree), which the controls override', () => {
    for (let k = 0; k <= TWO_BOWLS_LAST_STEP; k++) {
      expect(steps[k]!.azimuth).toBe(TWO_BOWLS_STEPS[k]!.azimuth)
      expect(twoBowlsScene(k, { lambda: 3.3 }).azimuth).toBe(TWO_BOWLS_STEPS[k]!.azimuth)
      expect(twoBowlsScene(k)).toEqual(steps[k])
    }
    const turned = twoBowlsScene(5, { azimuth: 10, elevation: 60 })
    expect([turned.azimuth, turned.elevation]).toEqual([10, 60])
    expect(turned.minimum).toEqual(steps[5]!.minimum)
    // the box depends on the elevation only: turning the view keeps the axes still
    expect(twoBowlsScene(5, { azimuth: 77 }).box).toEqual(steps[5]!.box)
  })

  it('follows the λ slider and the penalty control', () => {
    const s = twoBowlsScene(5, { lambda: 30 })
    expect(s.minimum[0]).toBeCloseTo(75 / 35, 12)
    const l1 = twoBowlsScene(3, { norm: 'l1', lambda: 150 })
    expect(l1.center).toEqual([15, -5])
    expect(l1.minimum).toEqual([0, 0])
    expect(Object.is(l1.minimum[0], 0) && Object.is(l1.minimum[1], 0)).toBe(true)
  })

  it('describes each picture for screen readers', () => {
    expect(steps[0]!.description).toMatch(/data-loss bowl/)
    expect(steps[1]!.description).toMatch(/L2 penalty .* round bowl/)
    expect(steps[6]!.description).toMatch(/square pyramid .* creases along both axes/)
    expect(steps[9]!.description).toMatch(/their sum, lowest at \(7\.00, 0\.00\)/)
  })

  it('rejects bad steps and controls with errors that name them', () => {
    expect(() => twoBowlsScene(-1)).toThrow(/twoBowlsScene: step must be a non-negative integer/)
    expect(() => twoBowlsScene(1.5)).toThrow(/twoBowlsScene: step/)
    expect(() => twoBowlsScene(2, { lambda: -1 })).toThrow(/twoBowlsScene: lambda must be/)
    expect(() => twoBowlsScene(2, { lambda: Number.NaN })).toThrow(/twoBowlsScene: lambda must be/)
    expect(() => twoBowlsScene(2, { norm: 'l3' as 'l1' })).toThrow(/twoBowlsScene: norm must be one of/)
    expect(() => twoBowlsScene(2, { azimuth: Number.NaN })).toThrow(/twoBowlsScene: azimuth must be a finite number/)
    expect(() => twoBowlsScene(2, { elevation: 95 })).toThrow(/twoBowlsScene: elevation must be a number between 0 and 89 \(got 95\)/)
    expect(() => twoBowlsScene(2, { mesh: 1 })).toThrow(/twoBowlsScene: mesh must be an integer between 2 and 200 \(got 1\)/)
    expect(() => twoBowlsScene(2, { mesh: 'huge' as 'live' })).toThrow(/twoBowlsScene: mesh must be an integer/)
  })
})
