// "The textbook picture". The optimum shown must be the true constrained optimum,
// checked here against an independent brute-force search of the boundary.
import { describe, expect, it } from 'vitest'
import { boundaryPointAt, lossAt, normOf } from '../../lib/index'
import { clampCenter, TEXTBOOK_STEPS, textbookBowl, textbookDefaults, textbookScene } from '../../lib/scenes/textbookPicture'
import { bruteConstrained } from '../lib/reference'

const bowl = textbookBowl(textbookDefaults)
const asBowl = { a: bowl.a, b: bowl.b, c: bowl.c, m: [bowl.center[0], bowl.center[1]] as [number, number] }

describe('textbookScene', () => {
  it('reveals contours, then the regions, then the walk, then the optimum', () => {
    const steps = Array.from({ length: TEXTBOOK_STEPS + 1 }, (_, k) => textbookScene(k, textbookDefaults))
    expect(steps[0]!.panels.every(p => p.region === null && p.inset === null && p.optimum === null)).toBe(true)
    expect(steps[1]!.panels.every(p => p.region !== null && p.inset === null)).toBe(true)
    expect(steps[2]!.panels.every(p => p.inset !== null && p.marker !== null && p.optimum === null)).toBe(true)
    expect(steps[3]!.panels.every(p => p.optimum !== null && p.marker === null)).toBe(true)
    expect(steps[0]!.contours.length).toBeGreaterThanOrEqual(5)
  })

  it('draws every contour at its own loss level', () => {
    for (const c of textbookScene(0, textbookDefaults).contours) {
      for (const p of c.points) expect(lossAt(bowl, p)).toBeCloseTo(c.level, 8)
    }
  })

  it('shows the exact optimum: it matches a brute-force boundary search, for both norms', () => {
    const scene = textbookScene(3, textbookDefaults)
    for (const panel of scene.panels) {
      const ref = bruteConstrained(asBowl, panel.norm, textbookDefaults.t)
      expect(panel.optimum![0]).toBeCloseTo(ref[0], 5)
      expect(panel.optimum![1]).toBeCloseTo(ref[1], 5)
      expect(normOf(panel.norm, panel.optimum!)).toBeCloseTo(textbookDefaults.t, 10)
    }
  })

  it('for the presented bowl L1 lands exactly on the β2 tip and L2 keeps both coefficients', () => {
    const [l1, l2] = textbookScene(3, textbookDefaults).panels
    expect(l1!.optimum).toEqual([0, 1])
    expect(l1!.readout.at(-1)!.value).toContain('\u03B2\u2081 = 0 exactly')
    expect(l2!.optimum![0]).toBeGreaterThan(0.3)
    expect(l2!.optimum![1]).toBeGreaterThan(0.3)
    expect(l2!.readout.at(-1)!.value).toContain('both nonzero')
  })

  it('marks the optimum at the lowest point of the loss-along-the-boundary inset', () => {
    for (const panel of textbookScene(3, textbookDefaults).panels) {
      const lowest = Math.min(...panel.inset!.map(p => p[1]))
      expect(panel.insetOptimum![1]).toBeLessThanOrEqual(lowest + 1e-12)
      // the inset really is the loss at the boundary point with that parameter
      for (const [s, l] of panel.inset!.filter((_, i) => i % 50 === 0)) {
        expect(lossAt(bowl, boundaryPointAt(panel.norm, textbookDefaults.t, s))).toBeCloseTo(l, 10)
      }
    }
  })

  it('highlights the contour that touches the region at the optimum', () => {
    for (const panel of textbookScene(3, textbookDefaults).panels) {
      expect(panel.touching!.level).toBeCloseTo(lossAt(bowl, panel.optimum!), 12)
    }
  })

  it('walks: at progress w the marker is the boundary point w and the inset is drawn up to it', () => {
    const s = textbookScene(2, textbookDefaults, ['l1'], 0.4)
    const panel = s.panels[0]!
    expect(panel.marker).toEqual(boundaryPointAt('l1', textbookDefaults.t, 0.4))
    expect(Math.max(...panel.inset!.map(p => p[0]))).toBeLessThanOrEqual(0.4)
    expect(textbookScene(2, textbookDefaults, ['l1'], 1).panels[0]!.inset!.at(-1)![0]).toBe(1)
  })

  it('keeps a dragged minimum inside the view and rejects bad input', () => {
    expect(clampCenter([9, -9])).toEqual([2.8, -2.8])
    expect(() => clampCenter([Number.NaN, 0])).toThrow(/center must be finite/)
    expect(() => textbookScene(1, { ...textbookDefaults, t: 0 })).toThrow(/t must be finite and > 0/)
    expect(() => textbookScene(2, textbookDefaults, ['l1'], 1.5)).toThrow(/walk must be in \[0, 1\]/)
  })
})
