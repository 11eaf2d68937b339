// Three-dimensional geometry of "Competition, and corners in higher dimensions", checked
// against invariants and independent references: an orthonormal camera, the octahedron's
// combinatorics (Euler: 6 − 12 + 8 = 2), back-face visibility, and the L1-ball projection
// against a bisection on the threshold.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../lib/index'
import { camera, coordinateCircle, crossPolytope3, dot3, l1ProjectionZeros3, projectOntoL1Ball, projectPoint, visibleEdges, zeroCount } from '../../lib/index'

const angle = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true })
const elevation = fc.double({ min: -1.4, max: 1.4, noNaN: true })

describe('camera', () => {
  it('has an orthonormal right / up / toward frame with β3 up on screen when level', () => {
    fc.assert(fc.property(angle, elevation, (az, el) => {
      const c = camera(az, el)
      const close = (x: number, y: number) => Math.abs(x - y) < 1e-12
      return close(dot3(c.right, c.right), 1) && close(dot3(c.up, c.up), 1) && close(dot3(c.toward, c.toward), 1)
        && close(dot3(c.right, c.up), 0) && close(dot3(c.right, c.toward), 0) && close(dot3(c.up, c.toward), 0)
    }))
    const level = camera(0.3, 0)
    expect(projectPoint(level, [0, 0, 1])).toMatchObject({ x: 0, y: 1 })
  })

  it('puts the viewer on the positive β1 axis at azimuth 0, elevation 0', () => {
    const c = camera(0, 0)
    expect(projectPoint(c, [1, 0, 0]).depth).toBeCloseTo(1, 15)
    expect(projectPoint(c, [0, 1, 0]).x).toBeCloseTo(1, 15)
  })

  it('rejects a view from straight above (no up direction)', () => {
    expect(() => camera(0, Math.PI / 2)).toThrow(/camera: el must be/)
  })
})

describe('crossPolytope3', () => {
  const poly = crossPolytope3(2)

  it('has 6 vertices, 12 edges and 8 faces (Euler characteristic 2)', () => {
    expect(poly.vertices).toHaveLength(6)
    expect(poly.edges).toHaveLength(12)
    expect(poly.faces).toHaveLength(8)
    expect(poly.vertices.length - poly.edges.length + poly.faces.length).toBe(2)
  })

  it('every vertex has L1 norm t and exactly two zero coordinates; every edge has length t√2', () => {
    for (const v of poly.vertices) {
      expect(Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2])).toBe(2)
      expect(zeroCount(v)).toBe(2)
    }
    for (const [i, j] of poly.edges) {
      const a = poly.vertices[i]!
      const b = poly.vertices[j]!
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeCloseTo(2 * Math.SQRT2, 14)
    }
  })

  it('points on an edge have exactly one zero coordinate', () => {
    for (const [i, j] of poly.edges) {
      const a = poly.vertices[i]!
      const b = poly.vertices[j]!
      const mid: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
      expect(zeroCount(mid)).toBe(1)
    }
  })

  it('face normals are outward unit vectors with every face vertex at distance t/√3 along them', () => {
    for (const f of poly.faces) {
      expect(dot3(f.normal, f.normal)).toBeCloseTo(1, 14)
      for (const k of f.vertices) expect(dot3(f.normal, poly.vertices[k]!)).toBeCloseTo(2 / Math.sqrt(3), 14)
    }
  })

  it('from a generic direction exactly 4 faces face the viewer, and an edge is hidden only between two back faces', () => {
    fc.assert(fc.property(angle, elevation, (az, el) => {
      const c = camera(az, el)
      const front = poly.faces.map(f => dot3(f.normal, c.toward) > 1e-9)
      const generic = poly.faces.every(f => Math.abs(dot3(f.normal, c.toward)) > 1e-9)
      if (!generic) return true
      const visible = visibleEdges(poly, c)
      // Brute force: the two faces containing each edge.
      const expected = poly.edges.map(([i, j]) => poly.faces.some((f, k) => front[k] && f.vertices.includes(i) && f.vertices.includes(j)))
      return front.filter(Boolean).length === 4 && visible.every((v, k) => v === expected[k]) && visible.filter(Boolean).length >= 6
    }))
  })
})

describe('coordinateCircle', () => {
  it('lies on the sphere and in the plane where its coordinate is 0', () => {
    for (const axis of [0, 1, 2] as const) {
      const pts = coordinateCircle(axis, 1.5, 60)
      expect(pts).toHaveLength(61)
      for (const p of pts) {
        expect(p[axis]).toBe(0)
        expect(Math.hypot(...p)).toBeCloseTo(1.5, 14)
      }
    }
  })
})

/** Reference projection: bisection on the threshold θ of Σ max(|v_i| − θ, 0) = t. */
function referenceProjection(v: number[], t: number): number[] {
  const l1 = v.reduce((s, x) => s + Math.abs(x), 0)
  if (l1 <= t) return v
  let lo = 0
  let hi = Math.max(...v.map(Math.abs))
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2
    const s = v.reduce((acc, x) => acc + Math.max(Math.abs(x) - mid, 0), 0)
    if (s > t) lo = mid
    else hi = mid
  }
  return v.map(x => Math.sign(x) * Math.max(Math.abs(x) - hi, 0))
}

describe('projectOntoL1Ball', () => {
  const vec = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 1, maxLength: 7 })
  const size = fc.double({ min: 0.01, max: 10, noNaN: true })

  it('matches a bisection on the threshold', () => {
    fc.assert(fc.property(vec, size, (v, t) => {
      const w = projectOntoL1Ball(v, t)
      const r = referenceProjection(v, t)
      return w.every((x, i) => Math.abs(x - r[i]!) < 1e-9)
    }), { numRuns: 500 })
  })

  it('is the nearest point of the ball: no random point of the ball is closer', () => {
    fc.assert(fc.property(vec, size, fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }), (v, t, raw) => {
      const w = projectOntoL1Ball(v, t)
      const l1 = raw.slice(0, v.length).reduce((s, x) => s + Math.abs(x), 0) || 1
      const other = raw.slice(0, v.length).map(x => (x / l1) * t * 0.999)
      const d = (a: number[]) => a.reduce((s, x, i) => s + (x - v[i]!) ** 2, 0)
      return d(w) <= d(other) + 1e-9
    }), { numRuns: 300 })
  })

  it('returns points inside unchanged and literal zeros (never −0)', () => {
    expect(projectOntoL1Ball([0.5, -0.5], 2)).toEqual([0.5, -0.5])
    const w = projectOntoL1Ball([-5, 0.1, 0.2], 1)
    expect(w).toEqual([-1, 0, 0])
    expect(Object.is(w[1], 0) && Object.is(w[2], 0)).toBe(true)
  })

  it('l1ProjectionZeros3 counts the zeros of the projection', () => {
    const c = fc.double({ min: -10, max: 10, noNaN: true })
    fc.assert(fc.property(c, c, c, fc.double({ min: 0.1, max: 5, noNaN: true }), (x, y, z, t) => {
      return l1ProjectionZeros3(x, y, z, t) === zeroCount(projectOntoL1Ball([x, y, z], t))
    }), { numRuns: 2000 })
  })

  it('names bad input', () => {
    expect(() => projectOntoL1Ball([1, Number.NaN], 1)).toThrow(/projectOntoL1Ball/)
    expect(() => projectOntoL1Ball([1, 2], -1)).toThrow(/projectOntoL1Ball: t must be/)
  })
})
