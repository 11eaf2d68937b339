// The scene of "Where the zeros come from". References: the zone's area by the shoelace formula
// on its polygons (independent of the closed form the slide prints), the zone condition written
// out here, and for the example bowl a brute-force nearest point of the diamond (circular contours:
// the constrained optimum is the Euclidean projection).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Vec2 } from '../../lib/index'
import { ZONE_EXAMPLE, ZONE_STEPS, clampZoneCenter, zoneBackdrop, zoneExample, zoneRequest, zoneScene } from '../../lib/scenes/zeroZone'
import { simulate as runPackedSimulation, trialAt } from '../../lib/index'
import { golden } from '../lib/reference'

const shoelace = (poly: readonly Vec2[]) => Math.abs(poly.slice(0, -1).reduce((s, p, i) => s + p[0] * poly[i + 1]![1] - poly[i + 1]![0] * p[1], 0)) / 2
const inZone = ([x, y]: Vec2) => Math.abs(x) - 2 >= Math.abs(y) || Math.abs(y) - 2 >= Math.abs(x)

/** Nearest point of the diamond |x| + |y| = 2 to p, by golden section on each edge. */
function nearestOnDiamond(p: Vec2): Vec2 {
  const tips: Vec2[] = [[2, 0], [0, 2], [-2, 0], [0, -2]]
  let best: Vec2 = tips[0]!
  let bestD = Infinity
  for (let e = 0; e < 4; e++) {
    const a = tips[e]!
    const b = tips[(e + 1) % 4]!
    const at = (s: number): Vec2 => [a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]
    const d = (s: number) => Math.hypot(at(s)[0] - p[0], at(s)[1] - p[1])
    for (const s of [0, 1, golden(d, 0, 1)]) {
      if (d(s) < bestD) {
        bestD = d(s)
        best = at(s)
      }
    }
  }
  return best
}

describe('zoneScene', () => {
  it('steps: points, then the zone with its area share, then the example bowl', () => {
    expect(zoneScene(0).zone).toBeNull()
    expect(zoneScene(0).readout).toHaveLength(1)
    expect(zoneScene(1).zone).toHaveLength(4)
    expect(zoneScene(1).example).toBeNull()
    expect(zoneScene(2).example).not.toBeNull()
    expect(zoneScene(2).draggable).toBe(true)
    expect(zoneScene(99).step).toBe(ZONE_STEPS)
  })

  it('the four wedges cover 256 of the 392 square units outside the diamond', () => {
    const zone = zoneScene(1).zone!
    expect(zone.reduce((s, poly) => s + shoelace(poly), 0)).toBeCloseTo(256, 10)
    expect(400 - 2 * 2 * 2).toBe(392)
    expect(zoneScene(1).readout[1]!.value).toBe('256/392 = 65.3%')
  })

  it('the simulated rate is within 4σ of 256/392, and green points are exactly those in the zone', () => {
    const s = zoneScene(0)
    const zero = s.panel.readout.find(r => r.outcome === 'zero')!.count
    const p = 256 / 392
    expect(Math.abs(zero / 5000 - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / 5000))
    const run = runPackedSimulation(zoneRequest())
    for (let i = 0; i < run.count; i++) {
      const t = trialAt(run, i)
      expect(t.outcome === 'zero').toBe(inZone(t.center))
    }
  })

  it('the example in the zone lands on the tip (β2 = 0 exactly)', () => {
    expect(inZone(ZONE_EXAMPLE)).toBe(true)
    const ex = zoneScene(2).example!
    expect(ex.optimum).toEqual([2, 0])
    expect(ex.zero && ex.inZone).toBe(true)
    expect(ex.text).toMatch(/β₂ = 0 exactly/)
  })

  it('for any minimum outside the diamond, the optimum is the nearest diamond point, a tip exactly in the zone', () => {
    const c = fc.double({ min: -10, max: 10, noNaN: true })
    fc.assert(fc.property(c, c, (x, y) => {
      if (Math.abs(x) + Math.abs(y) <= 2.01) return true
      const ex = zoneExample([x, y])
      const ref = nearestOnDiamond([x, y])
      const close = Math.hypot(ex.optimum[0] - ref[0], ex.optimum[1] - ref[1]) < 1e-6
      return close && ex.zero === inZone([x, y]) && ex.inZone === inZone([x, y])
    }), { numRuns: 300 })
  })

  it('the example\u2019s contours are circles around the minimum, one through the optimum', () => {
    const ex = zoneExample([3, 3])
    const r = Math.hypot(ex.optimum[0] - 3, ex.optimum[1] - 3)
    for (const p of ex.through.points) expect(Math.hypot(p[0] - 3, p[1] - 3)).toBeCloseTo(r, 10)
    expect(ex.zero).toBe(false)
    expect(ex.text).toMatch(/^Outside the zone/)
  })

  it('keeps a dragged minimum in the square and follows it', () => {
    expect(clampZoneCenter([50, -50])).toEqual([10, -10])
    const s = zoneScene(2, { center: [-6, 1] })
    expect(s.example!.optimum).toEqual([-2, 0])
    expect(() => clampZoneCenter([Number.NaN, 0])).toThrow(/center must be finite/)
  })
})

describe('zoneBackdrop', () => {
  it('is the part of the scene that only the zone\u2019s appearance changes', () => {
    const run = runPackedSimulation(zoneRequest())
    for (const k of [0, 1, 2]) {
      const s = zoneScene(k)
      const b = zoneBackdrop(run, k >= 1)
      expect(b.zone).toEqual(s.zone)
      expect(b.view).toEqual(s.view)
      expect(b.panel.readout).toEqual(s.panel.readout)
    }
  })
})
