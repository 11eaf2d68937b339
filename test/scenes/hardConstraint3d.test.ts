// "The textbook picture in three dimensions" (the hard constraint in 3-D). The lowest
// allowed point marked is the exact constrained optimum: it matches a brute-force search of
// the boundary (test/lib/reference), lies on the boundary, sits on the curve drawn above the
// boundary, and no grid vertex inside the region is lower.
import { describe, expect, it } from 'vitest'
import type { DrawItem, Vec2 } from '../../lib/index'
import { constrainedOptimum, gridLines, LIVE_POLYGON_BUDGET, normOf, projectWorld, viewCamera } from '../../lib/index'
import type { Hard3dRole } from '../../lib/scenes/hardConstraint3d'
import { HARD3D_STEPS, hard3dDefaults, hardConstraint3dScene } from '../../lib/scenes/hardConstraint3d'
import { textbookBowl, textbookDefaults, textbookView } from '../../lib/scenes/textbookPicture'
import { bowlLoss, bruteConstrained } from '../lib/reference'

const bowl = textbookBowl(textbookDefaults)
const asBowl = { a: bowl.a, b: bowl.b, c: bowl.c, m: [bowl.center[0], bowl.center[1]] as [number, number] }
const roles = (list: DrawItem<Hard3dRole>[], role: Hard3dRole) => list.filter(it => 'role' in it && it.role === role)

/** Distance from screen point p to the polyline. */
function distanceToPolyline(p: Vec2, line: readonly Vec2[]): number {
  let best = Infinity
  for (let k = 0; k + 1 < line.length; k++) {
    const a = line[k]!
    const b = line[k + 1]!
    const dx = b[0] - a[0]
    const dy = b[1] - a[1]
    const s = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)))
    best = Math.min(best, Math.hypot(p[0] - a[0] - s * dx, p[1] - a[1] - s * dy))
  }
  return best
}

describe('hardConstraint3dScene', () => {
  it('reveals the bowl, then the region and the curve above its edge, then the lowest allowed point', () => {
    const s = Array.from({ length: HARD3D_STEPS + 1 }, (_, k) => hardConstraint3dScene(k))
    for (const p of s[0]!.panels) {
      expect(roles(p.items, 'region')).toHaveLength(0)
      expect(roles(p.items, 'rim')).toHaveLength(0)
      expect(p.optimum).toBeNull()
    }
    for (const p of s[1]!.panels) {
      expect(roles(p.items, 'region')).toHaveLength(1)
      expect(roles(p.items, 'rim').length).toBeGreaterThan(0)
      expect(p.optimum).toBeNull()
    }
    for (const p of s[2]!.panels) expect(roles(p.items, 'optimum')).toHaveLength(1)
    expect(hardConstraint3dScene(7).step).toBe(HARD3D_STEPS)
  })

  it('marks the exact constrained optimum: brute force agrees, it is on the boundary and on the drawn curve', () => {
    const scene = hardConstraint3dScene(HARD3D_STEPS)
    const cam = viewCamera('test', scene.azimuth, scene.elevation)
    for (const p of scene.panels) {
      expect(p.optimum).toEqual(constrainedOptimum(bowl, p.norm, textbookDefaults.t))
      const ref = bruteConstrained(asBowl, p.norm, textbookDefaults.t)
      expect(p.optimum![0]).toBeCloseTo(ref[0], 5)
      expect(p.optimum![1]).toBeCloseTo(ref[1], 5)
      expect(normOf(p.norm, p.optimum!)).toBeCloseTo(textbookDefaults.t, 12)
      const h = bowlLoss(asBowl, p.optimum![0], p.optimum![1])
      expect(p.optimumLoss).toBeCloseTo(h, 10)
      const at = projectWorld(cam, scene.frame, p.optimum![0], p.optimum![1], h)
      const marker = roles(p.items, 'optimum')[0]
      if (marker?.kind !== 'marker') throw new Error('no optimum marker')
      expect(marker.at).toEqual([expect.closeTo(at.x, 9), expect.closeTo(at.y, 9)])
      // on the curve drawn above the boundary (exactly at the L1 tip, a sample; within a chord's sag for the circle)
      const rim = roles(p.items, 'rim').flatMap(it => (it.kind === 'line' ? [it.points] : []))
      const gap = Math.min(...rim.map(line => distanceToPolyline([at.x, at.y], line)))
      expect(gap).toBeLessThan(p.norm === 'l1' ? 1e-9 : 0.005 * (scene.box.x[1] - scene.box.x[0]))
    }
  })

  it('for the textbook bowl L1 lands on the β2 tip (β1 exactly 0) and L2 keeps both coefficients', () => {
    const [l1, l2] = hardConstraint3dScene(HARD3D_STEPS).panels
    expect(l1!.optimum).toEqual([0, 1])
    expect(Object.is(l1!.optimum![0], 0)).toBe(true)
    expect(l1!.readout.at(-1)!.value).toContain('\u03B2\u2081 = 0 exactly')
    expect(l2!.optimum![0]).not.toBe(0)
    expect(l2!.optimum![1]).not.toBe(0)
  })

  it('no grid vertex inside the region is lower than the marked point', () => {
    for (const t of [0.5, 1, 2]) {
      const scene = hardConstraint3dScene(HARD3D_STEPS, { t, mesh: 40 })
      const xs = gridLines(textbookView.x[0], textbookView.x[1], 40)
      const ys = gridLines(textbookView.y[0], textbookView.y[1], 40)
      for (const p of scene.panels) {
        for (const x of xs) for (const y of ys) {
          if (normOf(p.norm, [x, y]) <= t) expect(bowlLoss(asBowl, x, y)).toBeGreaterThanOrEqual(p.optimumLoss! - 1e-12)
        }
      }
    }
  })

  it('keeps the live frame within the polygon budget and uses the textbook slide\'s budget by default', () => {
    const scene = hardConstraint3dScene(HARD3D_STEPS)
    expect(scene.t).toBe(textbookDefaults.t)
    expect(scene.polygonCount).toBeLessThanOrEqual(LIVE_POLYGON_BUDGET)
    expect(scene.polygonCount).toBe(scene.panels.reduce((n, p) => n + p.items.filter(it => it.kind === 'polygon').length, 0))
    expect([scene.azimuth, scene.elevation]).toEqual([hard3dDefaults.azimuth, hard3dDefaults.elevation])
    expect(scene.description).toMatch(/lowest allowed point is \(0\.00, 1\.00\), on the edge/)
  })

  it('rejects bad steps and controls with errors that name them', () => {
    expect(() => hardConstraint3dScene(-1)).toThrow(/hardConstraint3dScene: step must be a non-negative integer/)
    expect(() => hardConstraint3dScene(0, { t: 0 })).toThrow(/hardConstraint3dScene: t must be a finite number > 0/)
    expect(() => hardConstraint3dScene(0, { elevation: 100 })).toThrow(/hardConstraint3dScene: elevation must be a number between 0 and 89/)
    expect(() => hardConstraint3dScene(0, { azimuth: Number.POSITIVE_INFINITY })).toThrow(/hardConstraint3dScene: azimuth must be a finite number/)
    expect(() => hardConstraint3dScene(0, { mesh: 500 })).toThrow(/hardConstraint3dScene: mesh must be an integer between 2 and 200/)
  })
})
