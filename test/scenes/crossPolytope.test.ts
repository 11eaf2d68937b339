// "Competition, and corners in higher dimensions" (right, CrossPolytope). The drawing:
// projected vertices land where the camera says, hidden edges are exactly the back ones. The
// counts: the closed-form volume shares against a Monte Carlo run with a different seed and 10×
// the trials, and the vertex share against the hand calculation
// 8·(10 − 2)³ / (8·10³ − (4/3)·2³) = 4096 / 7989.33.
import { describe, expect, it } from 'vitest'
import { camera, crossPolytope3, projectPoint } from '../../lib/index'
import { POLYTOPE_ELEVATION_DEG, POLYTOPE_TRIALS, octahedronExperiment, octahedronShares, polytopeDefaults, polytopeScene } from '../../lib/scenes/crossPolytope'

describe('octahedron shares', () => {
  it('vertex share is 4096 / (8000 − 32/3); the three shares add to 1', () => {
    const s = octahedronShares(2, 10)
    expect(s.vertex).toBeCloseTo(4096 / (8000 - 32 / 3), 14)
    expect(s.vertex + s.edge + s.face).toBeCloseTo(1, 14)
    expect(s.face).toBeGreaterThan(0)
  })

  it('a large independent Monte Carlo run agrees within 4σ', () => {
    const n = 100_000
    const r = octahedronExperiment(n, 99)
    const s = octahedronShares(2, 10)
    for (const k of ['vertex', 'edge', 'face'] as const) {
      const p = s[k]
      expect(Math.abs(r[k] / n - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n))
    }
    expect(r.l2Zero).toBe(0)
  })

  it('rejects t > h', () => {
    expect(() => octahedronShares(3, 2)).toThrow(/need 0 < t ≤ h/)
  })
})

describe('polytopeScene', () => {
  it('draws all 12 edges, split into visible and hidden, and all 6 vertices where the camera puts them', () => {
    const s = polytopeScene(0)
    expect(s.octahedron.front.length + s.octahedron.back.length).toBe(12)
    expect(s.octahedron.back.length).toBeGreaterThan(0)
    const cam = camera((polytopeDefaults.azimuth * Math.PI) / 180, (POLYTOPE_ELEVATION_DEG * Math.PI) / 180)
    crossPolytope3(1).vertices.forEach((v, i) => {
      const q = projectPoint(cam, v)
      expect(s.octahedron.vertices[i]!.at[0]).toBeCloseTo(q.x, 12)
      expect(s.octahedron.vertices[i]!.at[1]).toBeCloseTo(q.y, 12)
    })
  })

  it('the sphere\u2019s outline is the unit circle and its zero circles split into front and back halves', () => {
    const s = polytopeScene(0)
    for (const p of s.sphere.outline) expect(Math.hypot(p[0], p[1])).toBeCloseTo(1, 12)
    expect(s.sphere.front.length).toBeGreaterThanOrEqual(3)
    expect(s.sphere.back.length).toBeGreaterThanOrEqual(3)
    for (const line of [...s.sphere.front, ...s.sphere.back]) for (const p of line) expect(Math.hypot(p[0], p[1])).toBeLessThanOrEqual(1 + 1e-12)
  })

  it('marks the edges from the second step, and turns with the azimuth', () => {
    expect(polytopeScene(0).highlightEdges).toBe(false)
    expect(polytopeScene(1).highlightEdges).toBe(true)
    expect(polytopeScene(0, { azimuth: 80 }).octahedron.vertices).not.toEqual(polytopeScene(0).octahedron.vertices)
  })

  it('reads out the shares with the simulated counts, and no zero on the sphere', () => {
    const r = polytopeScene(0).readout
    expect(r[0]!.value).toMatch(/^51\.3% exact, \d+\.\d% simulated$/)
    expect(r[3]!.value).toBe(`0 exact, 0 of ${POLYTOPE_TRIALS.toLocaleString('en-US').replace(',', '\u202F')} simulated`)
  })

  it('rejects bad input', () => {
    expect(() => polytopeScene(-1)).toThrow(/step must be a non-negative integer/)
    expect(() => polytopeScene(0, { azimuth: Number.NaN })).toThrow(/azimuth must be finite/)
  })
})
