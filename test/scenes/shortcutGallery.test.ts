// The scene of "Shortcuts for round bowls, and where they fail": each shortcut against the
// exact solver, for round bowls (they agree) and tilted ones (they may not).
import { describe, expect, it } from 'vitest'
import { normOf } from '../../lib/index'
import { SHORTCUT_PLAN, SHORTCUT_STEPS, shortcutScene } from '../../lib/scenes/shortcutGallery'

describe('shortcut gallery ("Shortcuts for round bowls, and where they fail")', () => {
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
