// Bowls built from (stretch, tilt) ("The textbook picture"), the textbook shortcuts for
// circular bowls ("Shortcuts for round bowls, and where they fail"), and the exact contours
// of the L1-penalized total (the moving bowl).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Vec2 } from '../../lib/index'
import { bowlFromShape, constrainedOptimum, l1TotalContour, lossAt, penalizedOptimum, perpendicularFootRule, quadratic, rayRule, totalLoss } from '../../lib/index'

const coord = fc.double({ min: -8, max: 8, noNaN: true })
const budget = fc.double({ min: 0.2, max: 4, noNaN: true })

describe('bowlFromShape', () => {
  it('has curvature 1 along the tilt direction and `stretch` across it', () => {
    fc.assert(fc.property(fc.double({ min: 0.2, max: 20, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (stretch, tilt) => {
      const q = bowlFromShape(stretch, tilt, [0, 0])
      const th = (tilt * Math.PI) / 180
      const along: Vec2 = [Math.cos(th), Math.sin(th)]
      const across: Vec2 = [-Math.sin(th), Math.cos(th)]
      // q(β) = βᵀAβ at the centre 0, so q(unit vector) is the curvature in that direction
      expect(lossAt(q, along)).toBeCloseTo(1, 9)
      expect(lossAt(q, across)).toBeCloseTo(stretch, 9)
    }))
  })
  it('is circular when stretch is 1, whatever the tilt', () => {
    const q = bowlFromShape(1, 37, [1, 2])
    expect(q.a).toBeCloseTo(1, 12)
    expect(q.b).toBeCloseTo(1, 12)
    expect(q.c).toBeCloseTo(0, 12)
  })
  it('rejects a non-positive stretch', () => {
    expect(() => bowlFromShape(0, 0, [0, 0])).toThrow(/bowlFromShape: stretch/)
  })
})

describe('textbook shortcuts', () => {
  it('are the exact constrained optimum for circular bowls (any size of circle)', () => {
    fc.assert(fc.property(coord, coord, budget, fc.double({ min: 0.1, max: 10, noNaN: true }), (x, y, t, k) => {
      const q = quadratic(k, k, 0, [x, y])
      const l2 = constrainedOptimum(q, 'l2', t)
      const l1 = constrainedOptimum(q, 'l1', t)
      const ray = rayRule([x, y], t)
      const foot = perpendicularFootRule([x, y], t)
      expect(ray[0]).toBeCloseTo(l2[0], 7)
      expect(ray[1]).toBeCloseTo(l2[1], 7)
      expect(foot[0]).toBeCloseTo(l1[0], 7)
      expect(foot[1]).toBeCloseTo(l1[1], 7)
    }), { numRuns: 300 })
  })
  it('land on the boundary when the minimum is outside, and on a tip exactly in the tip zone', () => {
    expect(rayRule([3, 4], 1)).toEqual([0.6, 0.8])
    expect(perpendicularFootRule([5, 1], 2)).toEqual([2, 0]) // 5 − 2 ≥ 1: the tip, zero exactly
    expect(perpendicularFootRule([2, 1.5], 1)).toEqual([0.75, 0.25]) // foot on the edge x + y = 1
    expect(perpendicularFootRule([-1, -3], 1)).toEqual([0, -1])
  })
  it('fail for a stretched, tilted bowl: the exact answer beats the shortcut', () => {
    const q = bowlFromShape(6, -45, [2, 1])
    const exact = constrainedOptimum(q, 'l2', 1)
    const ray = rayRule(q.center, 1)
    expect(Math.hypot(exact[0] - ray[0], exact[1] - ray[1])).toBeGreaterThan(0.1)
    expect(lossAt(q, exact)).toBeLessThan(lossAt(q, ray))
    const q1 = bowlFromShape(3, -30, [1.5, 2.2])
    const foot = perpendicularFootRule(q1.center, 1)
    const exact1 = constrainedOptimum(q1, 'l1', 1)
    expect(exact1).toEqual([0, 1]) // the tilted bowl reaches the tip, the shortcut does not
    expect(foot[0]).toBeGreaterThan(0.1)
    expect(lossAt(q1, exact1)).toBeLessThan(lossAt(q1, foot))
  })
})

describe('l1TotalContour', () => {
  it('every drawn point lies on the level set of q + λ‖β‖₁, and the pieces close up', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.3, max: 10, noNaN: true }),
      fc.double({ min: 0.3, max: 10, noNaN: true }),
      fc.double({ min: -0.9, max: 0.9, noNaN: true }),
      coord, coord,
      fc.double({ min: 0, max: 20, noNaN: true }),
      fc.double({ min: 0.05, max: 3, noNaN: true }),
      (a, b, cr, x, y, lambda, above) => {
        const q = quadratic(a, b, cr * 2 * Math.sqrt(a * b), [x, y])
        const floor = totalLoss(q, 'l1', lambda, penalizedOptimum(q, 'l1', lambda))
        const level = floor * (1 + above) + above
        const pieces = l1TotalContour(q, lambda, level, 400)
        expect(pieces.length).toBeGreaterThan(0)
        const ends: Vec2[] = []
        for (const piece of pieces) {
          piece.forEach((p, i) => {
            const error = Math.abs(totalLoss(q, 'l1', lambda, p) - level)
            const onAxisCut = (i === 0 || i === piece.length - 1) && (p[0] === 0 || p[1] === 0)
            // every point is on an exact ellipse arc; a cut at an axis has its tiny
            // coordinate replaced by an exact 0
            expect(error).toBeLessThan((onAxisCut ? 1e-6 : 1e-9) * (level + 1))
          })
          ends.push(piece[0]!, piece[piece.length - 1]!)
        }
        // A closed curve: each open end meets another piece's end (or the piece is a ring).
        for (const e of ends) {
          const partners = ends.filter(f => Math.hypot(f[0] - e[0], f[1] - e[1]) < 1e-6 * (1 + Math.sqrt(level)))
          expect(partners.length).toBeGreaterThanOrEqual(2)
        }
      },
    ), { numRuns: 150 })
  })
  it('is empty below the minimum total loss', () => {
    const q = quadratic(5, 5, 0, [15, -15])
    expect(l1TotalContour(q, 10, 1)).toEqual([])
  })
})
