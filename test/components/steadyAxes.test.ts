// Direct manipulation should move the picture, not the axes: a chart's axis layer is redrawn
// only when its axes change (components/charts/axisLayer.ts), and redrawing them costs a frame
// its budget. These pin that dragging and sliding leave the axes alone where the picture
// allows it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitAxes } from '../../components/charts/axisLayer'
import { sameValue } from '../../components/charts/optionUpdate'
import { lightPalette as p } from '../../components/charts/palette'
import { textbookOption } from '../../components/options/textbookPictureOption'
import { edgeCurveOption } from '../../components/options/contourArgumentOption'
import { textbookDefaults, textbookRanges, textbookScene, TEXTBOOK_STEPS } from '../../lib/scenes/textbookPicture'
import { argumentScene } from '../../lib/scenes/contourArgument'
import { seriesPoints } from './seriesPoints'

const axesOf = (option: Record<string, unknown>) => splitAxes(option)!.axes

describe('"The textbook picture"', () => {
  const center = fc.double({ min: textbookRanges.center.min, max: textbookRanges.center.max, noNaN: true })

  it('dragging the bowl leaves both panels\u2019 axes, the inset\u2019s too, as they were', () => {
    const presented = textbookScene(TEXTBOOK_STEPS, textbookDefaults)
    fc.assert(fc.property(center, center, (x, y) => {
      const dragged = textbookScene(TEXTBOOK_STEPS, { ...textbookDefaults, center: [x, y] })
      presented.panels.forEach((panel, i) => {
        expect(sameValue(axesOf(textbookOption(dragged, dragged.panels[i]!, p)), axesOf(textbookOption(presented, panel, p)))).toBe(true)
      })
    }), { numRuns: 40 })
  })

  it('the inset keeps the shape of the loss: scaled to [0, 1], lowest at the optimum', () => {
    fc.assert(fc.property(center, center, (x, y) => {
      const scene = textbookScene(TEXTBOOK_STEPS, { ...textbookDefaults, center: [x, y] })
      for (const panel of scene.panels) {
        const series = textbookOption(scene, panel, p).series as { id: string; data: unknown }[]
        const curve = seriesPoints(series.find(s => s.id === 'inset-curve')!)
        const [lo, hi] = panel.insetDomain
        // the same affine map of every point, so order and shape are kept
        curve.forEach(([s, y], i) => {
          expect(s).toBe(panel.inset![i]![0])
          expect(y * (hi - lo) + lo).toBeCloseTo(panel.inset![i]![1], 9)
          expect(y).toBeGreaterThanOrEqual(0)
          expect(y).toBeLessThanOrEqual(1)
        })
        const optimum = series.find(s => s.id === 'inset-optimum')
        if (optimum) expect(seriesPoints(optimum)[0]![1]).toBeLessThanOrEqual(Math.min(...curve.map(c => c[1])) + 1e-12)
      }
    }), { numRuns: 40 })
  })
})

describe('"The contour argument", loss along the diamond\u2019s edge', () => {
  it('the marker slider redraws the axes only when their range changes', () => {
    const positions = Array.from({ length: 101 }, (_, i) => -0.5 + i / 100)
    const scenes = positions.map(marker => argumentScene(2, { center: null, marker }))
    const axes = scenes.map(s => axesOf(edgeCurveOption(s, p)))
    for (let i = 1; i < scenes.length; i++) {
      const [a, b] = [scenes[i - 1]!.curve!, scenes[i]!.curve!]
      const sameRange = a.range.join() === b.range.join() && a.yMax === b.yMax
      if (sameRange) expect(sameValue(axes[i], axes[i - 1])).toBe(true)
    }
  })
})
