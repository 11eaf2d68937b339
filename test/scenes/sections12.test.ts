// Slides 6–10. Facts derived by hand from the storyboard, not read off the output:
//  - moving bowl, L2: minimizing 5(β1 − 15)² + λβ1² gives β1 = 75/(5 + λ) (and −75/(5 + λ));
//  - moving bowl, L1: 10(β1 − c1) + λ·sign(β1) = 0 gives β1 = c1 − λ/10 until it reaches 0;
//  - hard = soft: the penalized minimum is the constrained optimum for its own budget;
//  - taxicab: |3| + |2| = 5, √13 ≈ 3.6056; small pull: 2β against 2β².
import { describe, expect, it } from 'vitest'
import { constrainedOptimum, lossAt, normOf, penalizedOptimum, totalLoss } from '../../lib/index'
import { hardSoftBowl, hardSoftLambdas, hardSoftScene, HARD_SOFT_STEPS, l1ZeroLambda } from '../../lib/scenes/hardSoft'
import { MOVING_LAMBDAS, movingBowlScene, movingDataLoss } from '../../lib/scenes/movingBowl'
import { clampWalkPoint, walkScene } from '../../lib/scenes/penaltyWalk'
import { SHORTCUT_PLAN, SHORTCUT_STEPS, shortcutScene } from '../../lib/scenes/shortcuts'
import { plain, pullRow, smallPullScene } from '../../lib/scenes/smallPull'
import { penaltyOf } from '../../lib/index'

describe('shortcut gallery (slide 6)', () => {
  it('on round bowls the shortcut is the exact optimum; on tilted bowls it misses in every panel shown as a miss', () => {
    for (let k = 0; k <= SHORTCUT_STEPS; k++) {
      const s = shortcutScene(k)
      expect(s.norm).toBe(SHORTCUT_PLAN[k]!.norm)
      for (const panel of s.panels) {
        if (s.round) expect(panel.miss).toBeLessThan(1e-9)
        expect(panel.verdict.startsWith('\u2713')).toBe(panel.miss < 1e-9)
        expect(normOf(s.norm, panel.exact)).toBeCloseTo(1, 9)
      }
      if (!s.round) expect(s.panels.filter(p => p.miss > 0.05).length).toBeGreaterThanOrEqual(2)
    }
  })
  it('the L2 construction is the ray from the origin through the minimum, and the shortcut lies on it', () => {
    const s = shortcutScene(0)
    for (const p of s.panels) {
      expect(p.construction[0]).toEqual([0, 0])
      const cross = p.center[0] * p.shortcut[1] - p.center[1] * p.shortcut[0]
      expect(cross).toBeCloseTo(0, 12)
    }
  })
  it('the L1 construction is perpendicular to the edge it meets (direction (1,1) in the first quadrant)', () => {
    const s = shortcutScene(2)
    const p = s.panels[0]! // minimum (2.2, 1.3), first quadrant, foot on the edge x + y = 1
    const d = [p.center[0] - p.shortcut[0], p.center[1] - p.shortcut[1]]
    expect(d[0]).toBeCloseTo(d[1]!, 12)
  })
})

describe('taxicab walk (slide 7)', () => {
  it('walks |3| then |2| for P = (3, 2): L1 size 5, L2 size √13', () => {
    const s = walkScene(3)
    expect(s.panels[0].segments.map(g => [g.from, g.to])).toEqual([[[0, 0], [3, 0]], [[3, 0], [3, 2]]])
    expect(s.panels[0].size).toBe(5)
    expect(s.panels[1].size).toBeCloseTo(Math.sqrt(13), 12)
    expect(s.readout.map(r => r.value)).toEqual(['3.00 + 2.00 = 5.00', '\u221A(3.00\u00B2 + 2.00\u00B2) = 3.61'])
  })
  it('the highlighted contour passes through P', () => {
    const s = walkScene(3, [-1.5, 2.5])
    const [l1, l2] = s.panels
    for (const p of l1.through!) expect(Math.abs(p[0]) + Math.abs(p[1])).toBeCloseTo(4, 9)
    for (const p of l2.through!) expect(Math.hypot(p[0], p[1])).toBeCloseTo(Math.hypot(1.5, 2.5), 9)
  })
  it('grows the segment of the current step from its start', () => {
    const half = walkScene(2, [3, 2], 0.5)
    expect(half.panels[0].segments[1]!.to).toEqual([3, 1])
    expect(walkScene(2, [3, 2], 0.5).panels[0].segments[0]!.to).toEqual([3, 0]) // earlier legs are complete
  })
  it('clamps a dragged point and rejects bad input', () => {
    expect(clampWalkPoint([10, -10])).toEqual([4.6, -4.6])
    expect(() => walkScene(1, [Number.NaN, 0])).toThrow(/point must be finite/)
    expect(() => walkScene(1, [1, 1], 2)).toThrow(/grow must be in \[0, 1\]/)
  })
})

describe('moving bowl (slide 8)', () => {
  it('L2: λ steps 0, 0.3, …, 6 and the minimum is (75/(5+λ), −75/(5+λ))', () => {
    expect(MOVING_LAMBDAS.l2).toHaveLength(21)
    MOVING_LAMBDAS.l2.forEach((l, k) => {
      expect(l).toBeCloseTo(0.3 * k, 12)
      const s = movingBowlScene('l2', k)
      expect(s.panels[0]!.minimum[0]).toBeCloseTo(75 / (5 + l), 10)
      expect(s.panels[0]!.minimum[1]).toBeCloseTo(-75 / (5 + l), 10)
    })
    const last = movingBowlScene('l2', 20).panels[0]!.minimum
    expect(last[0]).toBeCloseTo(6.818, 3)
  })
  it('L1: each coordinate moves λ/10 toward 0 and stops; (15, −5) hits the axis at λ = 50, both reach 0 at λ = 150', () => {
    MOVING_LAMBDAS.l1.forEach((l, k) => {
      const [diag, off] = movingBowlScene('l1', k).panels
      const toward = (c: number) => Math.sign(c) * Math.max(0, Math.abs(c) - l / 10)
      expect(diag!.minimum[0]).toBeCloseTo(toward(15), 10)
      expect(diag!.minimum[1]).toBeCloseTo(toward(-15), 10)
      expect(off!.minimum[0]).toBeCloseTo(toward(15), 10)
      expect(off!.minimum[1]).toBeCloseTo(toward(-5), 10)
    })
    expect(movingBowlScene('l1', 5).panels[1]!.minimum[1]).toBe(0) // λ = 50, exactly zero
    expect(movingBowlScene('l1', 4).panels[1]!.minimum[1]).toBeLessThan(0)
    expect(movingBowlScene('l1', 15).panels.map(p => p.minimum)).toEqual([[0, 0], [0, 0]])
  })
  it('the trail holds the minima of the earlier clicks, ending at the current one', () => {
    const s = movingBowlScene('l2', 4)
    expect(s.panels[0]!.trail).toHaveLength(5)
    expect(s.panels[0]!.trail.at(-1)).toEqual(s.panels[0]!.minimum)
  })
  it('draws the total-loss contours at levels above its minimum', () => {
    for (const norm of ['l1', 'l2'] as const) {
      const s = movingBowlScene(norm, 3)
      const q = movingDataLoss(s.panels[0]!.center)
      const floor = totalLoss(q, norm, s.lambda, s.panels[0]!.minimum)
      for (const ring of s.panels[0]!.totalContours) {
        for (const p of ring) expect(totalLoss(q, norm, s.lambda, p)).toBeGreaterThan(floor)
      }
    }
  })
  it('rejects a negative λ', () => {
    expect(() => movingBowlScene('l2', 0, -1)).toThrow(/movingBowlScene: lambda must be finite and ≥ 0/)
  })
})

describe('hard equals soft (slide 9)', () => {
  it('the two panels show the same point at every click, for both norms', () => {
    for (const norm of ['l1', 'l2'] as const) {
      for (let k = 0; k <= HARD_SOFT_STEPS; k++) {
        const s = hardSoftScene(k, norm)
        expect(s.hard[0]).toBeCloseTo(s.soft[0], 9)
        expect(s.hard[1]).toBeCloseTo(s.soft[1], 9)
        expect(s.soft).toEqual(penalizedOptimum(hardSoftBowl, norm, s.lambda))
        expect(normOf(norm, s.soft)).toBeCloseTo(s.budget, 12)
      }
    }
  })
  it('starts at the least-squares point and ends, for L1, exactly at the origin', () => {
    expect(hardSoftScene(0).soft).toEqual(hardSoftBowl.center)
    expect(hardSoftScene(HARD_SOFT_STEPS, 'l1').soft).toEqual([0, 0])
    // just below the zero λ, the L1 optimum is not yet the origin
    expect(penalizedOptimum(hardSoftBowl, 'l1', 0.97 * l1ZeroLambda(hardSoftBowl))).not.toEqual([0, 0])
  })
  it('no point of the region beats the hard optimum (brute force over a grid of the region)', () => {
    const s = hardSoftScene(3, 'l1')
    const best = lossAt(hardSoftBowl, s.hard)
    for (let i = -60; i <= 60; i++) {
      for (let j = -60; j <= 60; j++) {
        const b = [(i / 60) * s.budget, (j / 60) * s.budget] as const
        if (Math.abs(b[0]) + Math.abs(b[1]) <= s.budget) expect(lossAt(hardSoftBowl, b)).toBeGreaterThanOrEqual(best - 1e-9)
      }
    }
    expect(constrainedOptimum(hardSoftBowl, 'l1', s.budget)).toEqual(s.hard)
  })
  it('λ grows click by click', () => {
    for (let k = 1; k < hardSoftLambdas.length; k++) expect(hardSoftLambdas[k]!).toBeGreaterThan(hardSoftLambdas[k - 1]!)
  })
})

describe('small-coefficient pull (slide 10)', () => {
  it('gives the storyboard numbers', () => {
    expect(pullRow(0.1)).toMatchObject({ l1: 0.2, verdict: 'L1 10\u00D7 larger' })
    expect(pullRow(0.1).l2).toBeCloseTo(0.02, 15)
    expect(plain(pullRow(0.001).l2)).toBe('0.000002')
    expect(plain(pullRow(0.001).l1)).toBe('0.002')
    expect(pullRow(0.001).verdict).toBe('L1 1000\u00D7 larger')
    expect(pullRow(3)).toMatchObject({ l1: 6, l2: 18, verdict: 'L2 3\u00D7 larger' })
  })
  it('the pull on one coefficient is the penalty\u2019s slope in β1: 1 for L1, 2β for L2, equal at β = ½', () => {
    for (const beta of [0.001, 0.1, 0.5, 3]) {
      const h = 1e-6
      const slope = (norm: 'l1' | 'l2') => (penaltyOf(norm, [beta + h, beta]) - penaltyOf(norm, [beta - h, beta])) / (2 * h)
      expect(pullRow(beta).pull.l1).toBeCloseTo(slope('l1'), 6)
      expect(pullRow(beta).pull.l2).toBeCloseTo(slope('l2'), 6)
    }
    expect(pullRow(0.5).pull.l1).toBe(pullRow(0.5).pull.l2)
  })
  it('plots 2β and 2β², crossing at β = 1', () => {
    const s = smallPullScene(0)
    for (const [b, v] of s.curves.l1) expect(v).toBeCloseTo(2 * b, 12)
    for (const [b, v] of s.curves.l2) expect(v).toBeCloseTo(2 * b * b, 12)
    expect(s.markers[0]!.l1).toEqual(s.markers[0]!.l2)
  })
  it('switches to log axes for the last step, with positive samples only', () => {
    const s = smallPullScene(2)
    expect(s.log).toBe(true)
    expect(Math.min(...s.curves.l2.map(p => p[0]))).toBeGreaterThan(0)
    expect(s.rows.map(r => r.beta)).toEqual([0.1, 0.001, 3])
  })
})
