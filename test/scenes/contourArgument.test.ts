// The scene of "The contour argument". The storyboard's facts, recomputed independently: the
// loss at the tip (2.58, 0) by hand arithmetic, the L2 optimum by a brute-force search on the
// circle (test/lib/reference.ts), the tip's optimality by its KKT (normal cone) condition, and
// "sliding along the edge raises the loss" as a property over the whole diamond.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Vec2 } from '../../lib/index'
import {
  ARGUMENT_CENTER,
  ARGUMENT_MOVED,
  ARGUMENT_STEPS,
  ARGUMENT_T,
  argumentScene,
  clampArgumentCenter,
  signedParameter,
} from '../../lib/scenes/contourArgument'
import { bowlLoss, bruteConstrained } from '../lib/reference'

const bowl = (m: Vec2) => ({ a: 9, b: 1, c: 4.5, m: [m[0], m[1]] as [number, number] })
const loss = (m: Vec2, p: Vec2) => bowlLoss(bowl(m), p[0], p[1])

describe('argumentScene', () => {
  it('reveals the pieces click by click', () => {
    const at = (k: number) => argumentScene(k)
    expect(at(0).diamond).toBeNull()
    expect(at(0).l1).toBeNull()
    expect(at(1).l1).not.toBeNull()
    expect(at(1).marker).toBeNull()
    expect(at(2).marker).not.toBeNull()
    expect(at(2).circle).toBeNull()
    expect(at(3).l2).not.toBeNull()
    expect(at(3).center).toEqual(ARGUMENT_CENTER)
    expect(at(4).center).toEqual(ARGUMENT_MOVED)
    expect(at(4).step).toBe(ARGUMENT_STEPS)
    expect(at(3).readout.map(r => r.id)).toEqual(['l1', 'marker', 'l2'])
  })

  it('L1: the tip (2.58, 0) exactly, loss 9·1.42² + 0.8² + 4.5·1.42·0.8 = 23.8996', () => {
    const l1 = argumentScene(1).l1!
    expect(l1.optimum).toEqual([2.58, 0])
    const byHand = 9 * 1.42 ** 2 + 0.8 ** 2 + 4.5 * 1.42 * 0.8
    expect(byHand).toBeCloseTo(23.8996, 10)
    expect(l1.loss).toBeCloseTo(byHand, 10)
    expect(argumentScene(1).readout[0]!.value).toBe('(2.58, 0.00) \u00B7 loss 23.90')
  })

  it('L2: about (2.50, 0.64) with loss about 21.37, by brute force on the circle; inside the L1 contour', () => {
    const s = argumentScene(3)
    const ref = bruteConstrained(bowl(ARGUMENT_CENTER), 'l2', ARGUMENT_T)
    expect(s.l2!.optimum[0]).toBeCloseTo(ref[0], 5)
    expect(s.l2!.optimum[1]).toBeCloseTo(ref[1], 5)
    expect(s.l2!.optimum[0]).toBeCloseTo(2.5, 2)
    expect(s.l2!.optimum[1]).toBeCloseTo(0.64, 2)
    expect(s.l2!.loss).toBeCloseTo(21.37, 2)
    expect(s.l2!.loss).toBeLessThan(s.l1!.loss)
    expect(s.l2!.optimum[1]).not.toBe(0)
  })

  it('the dashed contour passes through the L1 optimum: every point has loss 23.8996', () => {
    for (const p of argumentScene(1).l1!.through.points) expect(loss(ARGUMENT_CENTER, p)).toBeCloseTo(23.8996, 8)
  })

  it('anywhere along the diamond, the marker\u2019s loss is above the tip\u2019s', () => {
    fc.assert(fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (u) => {
      if (Math.abs(u) < 1e-6) return true
      const m = argumentScene(2, { center: null, marker: u }).marker!
      return Math.abs(Math.abs(m.point[0]) + Math.abs(m.point[1]) - ARGUMENT_T) < 1e-12 && m.loss > 23.8996
    }))
    const presented = argumentScene(2).marker!
    expect(presented.loss).toBeCloseTo(loss(ARGUMENT_CENTER, presented.point), 10)
    expect(argumentScene(2).readout[1]!.note).toMatch(/^↑/)
  })

  it('at click 4 the black dot has moved up and left and the L1 optimum has left the tip', () => {
    expect(ARGUMENT_MOVED[0]).toBeLessThan(ARGUMENT_CENTER[0])
    expect(ARGUMENT_MOVED[1]).toBeGreaterThan(ARGUMENT_CENTER[1])
    const s = argumentScene(4)
    const ref = bruteConstrained(bowl(ARGUMENT_MOVED), 'l1', ARGUMENT_T)
    expect(s.l1!.optimum[0]).toBeCloseTo(ref[0], 5)
    expect(s.l1!.optimum[1]).toBeCloseTo(ref[1], 5)
    expect(s.l1!.optimum[0]).toBeGreaterThan(0.1)
    expect(s.l1!.optimum[1]).toBeGreaterThan(0.1)
    // KKT at the tip fails: −∇q(t, 0) = (g1, g2) is not in the cone g1 ≥ |g2|.
    const [m1, m2] = ARGUMENT_MOVED
    const g1 = -(18 * (ARGUMENT_T - m1) + 4.5 * -m2)
    const g2 = -(4.5 * (ARGUMENT_T - m1) + 2 * -m2)
    expect(g1 >= Math.abs(g2)).toBe(false)
  })

  it('the loss curve along the boundary is lowest at the tip (u = 0), with the L2 minimum off the axis', () => {
    const c = argumentScene(3).curve!
    const lowest = c.l1.reduce((a, b) => (b[1] < a[1] ? b : a))
    expect(lowest[0]).toBeCloseTo(0, 10)
    const l2Lowest = c.l2!.reduce((a, b) => (b[1] < a[1] ? b : a))
    expect(l2Lowest[0]).toBeGreaterThan(0.02)
    expect(signedParameter('l2', argumentScene(3).l2!.optimum)).toBeCloseTo(Math.atan2(0.6378, 2.4999) / (2 * Math.PI), 3)
    expect(c.ticks.map(t => t.label)).toContain('\u03B2\u2082 = 0')
  })

  it('follows a dragged black dot, kept inside the view', () => {
    const s = argumentScene(1, { center: [3, -1], marker: null })
    const ref = bruteConstrained(bowl([3, -1]), 'l1', ARGUMENT_T)
    expect(s.l1!.optimum[0]).toBeCloseTo(ref[0], 5)
    expect(s.l1!.optimum[1]).toBeCloseTo(ref[1], 5)
    expect(clampArgumentCenter([100, -100])).toEqual([6, -3])
  })

  it('is pure and rejects bad input', () => {
    expect(argumentScene(2)).toEqual(argumentScene(2))
    expect(() => argumentScene(-2)).toThrow('argumentScene: step must be a non-negative integer (got -2)')
    expect(() => argumentScene(2, { center: null, marker: 0.9 })).toThrow(/marker must be in/)
  })
})

describe('the marker keeps clear of the L1 optimum', () => {
  it('at every click it is at least a quarter of the budget away, so their symbols never cover each other', () => {
    for (let k = 2; k <= ARGUMENT_STEPS; k++) {
      const s = argumentScene(k)
      expect(Math.hypot(s.marker!.point[0] - s.l1!.optimum[0], s.marker!.point[1] - s.l1!.optimum[1]), `click ${k}`).toBeGreaterThan(ARGUMENT_T / 4)
    }
  })
})
