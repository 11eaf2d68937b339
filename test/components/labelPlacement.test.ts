// Point labels that would print over each other (issue 18): the placement rule, and the
// slides it fixes. The browser suite (a11y.test.mjs) checks the drawn texts of every
// presented frame; these cases include self-study states the talk never shows.
import { describe, expect, it } from 'vitest'
import { lightPalette as p } from '../../components/charts/palette'
import { labelBox, placeLabels, planePixels, type PointLabel } from '../../components/options/labelPlacement'
import { bestAllowedLift, budget1DOption } from '../../components/options/budgetOneParameterOption'
import { argumentPlotBox, contourArgumentOption } from '../../components/options/contourArgumentOption'
import { logInsetOption } from '../../components/options/descentL2Option'
import { smallPullOption } from '../../components/options/smallPullOption'
import { budget1DScene } from '../../lib/scenes/budgetOneParameter'
import { ARGUMENT_STEPS, argumentScene } from '../../lib/scenes/contourArgument'
import { l2DescentScene } from '../../lib/scenes/descentL2'
import { smallPullScene } from '../../lib/scenes/smallPull'

type Plain = Record<string, any>
const series = (o: Plain, id: string): Plain => (o.series as Plain[]).find(s => s.id === id)!
const labelOf = (o: Plain, id: string) => series(o, id).label as Plain

describe('placeLabels', () => {
  const area = { x0: 0, y0: 0, x1: 400, y1: 400 }
  const at = (x: number, y: number, text: string, sides: PointLabel['sides']): PointLabel => ({ at: [x, y], text, symbolSize: 18, sides })

  it('keeps each label on its first side when that side is free', () => {
    expect(placeLabels([at(100, 100, 'minimum', ['top', 'left']), at(300, 300, 'marker', ['left', 'right'])], area, 17)).toEqual(['top', 'left'])
  })

  it('moves a later label off an earlier label, off another point and into the plot', () => {
    // "L1" below a point at (200, 200); "marker" just right of it would print on "L1" on its left side
    const sides = placeLabels([at(200, 200, 'L1', ['bottom']), at(240, 225, 'marker', ['left', 'right'])], area, 17)
    expect(sides).toEqual(['bottom', 'right'])
    // near the plot's left edge the left side would run over the tick labels
    expect(placeLabels([at(20, 200, 'marker', ['left', 'right'])], area, 17)).toEqual(['right'])
  })

  it('estimates boxes generously: "minimum" at 17 px is wider than its 70 px of ink', () => {
    const b = labelBox(at(0, 0, 'minimum', ['top']), 'top', 17)
    expect(b.x1 - b.x0).toBeGreaterThan(70)
  })
})

describe('"One parameter, one budget"', () => {
  it('says "minimum = best allowed" once when the budget is idle, and labels the black dot no more', () => {
    const o = budget1DOption(budget1DScene(4), p)
    expect(labelOf(o, 'optimum-0').formatter).toBe('minimum = best allowed')
    expect(labelOf(o, 'minimum-0').show).toBe(false)
  })

  it('lifts "best allowed" over "minimum" when the points are close, and only then', () => {
    for (const step of [1, 2, 3]) {
      const o = budget1DOption(budget1DScene(step), p)
      expect(labelOf(o, 'optimum-0')).toMatchObject({ formatter: 'best allowed', position: 'top' })
      expect(labelOf(o, 'optimum-0').distance, `click ${step}`).toBeUndefined()
      expect(labelOf(o, 'minimum-0').formatter).toBe('minimum')
    }
    for (const t of [1.3, 1.6, 1.9, 1.99]) {
      const scene = budget1DScene(1, t)
      expect(bestAllowedLift(scene), `t = ${t}`).toBeGreaterThan(0)
      expect(labelOf(budget1DOption(scene, p), 'optimum-0').distance).toBe(5 + bestAllowedLift(scene))
    }
  })
})

describe('"Why L1 bites small coefficients"', () => {
  it('puts L2\u2019s value above its marker when below would run into the x axis', () => {
    const o = smallPullOption(smallPullScene(1), p)
    const l2 = series(o, 'markers-l2').data as Plain[]
    expect(l2.map(d => d.label.position)).toEqual(['top'])
    expect((series(o, 'markers-l1').data as Plain[]).map(d => d.label.position)).toEqual(['top'])
  })
})

describe('"L2 descent: halving never hits 0", the log inset', () => {
  it('starts the axis name at the axis line, clear of the top tick label', () => {
    const y = logInsetOption(l2DescentScene(0).inset, p).yAxis as Plain
    expect(y).toMatchObject({ name: '|w|, log scale', nameLocation: 'end', nameRotate: 0 })
    expect(y.nameTextStyle.align).toBe('left')
  })
})

describe('"The contour argument"', () => {
  it('keeps the usual sides at every presented click', () => {
    for (let k = 0; k <= ARGUMENT_STEPS; k++) {
      const s = argumentScene(k)
      const o = contourArgumentOption(s, p)
      expect(labelOf(o, 'minimum-0').position, `click ${k}`).toBe('top')
      if (s.l1) expect(labelOf(o, 'l1-optimum-0').position).toBe('bottom')
      if (s.l2) expect(labelOf(o, 'l2-optimum-0').position).toBe('right')
      if (s.marker) expect(labelOf(o, 'marker-0').position).toBe('left')
    }
  })

  it('moves "marker" off "L1" with the marker slid to the tip, and off the tick labels at the far tip', () => {
    const scene = argumentScene(ARGUMENT_STEPS, { center: null, marker: 0 })
    const atTip = contourArgumentOption(scene, p)
    // with the usual sides, "marker" (left of the tip) printed on "L1" (below the optimum)
    expect(labelOf(atTip, 'marker-0').position).not.toBe('left')
    const { at } = planePixels(scene.view, argumentPlotBox)
    const box = (point: readonly [number, number], text: string, size: number, id: string) =>
      labelBox({ at: at(point), text, symbolSize: size, sides: [] }, labelOf(atTip, id).position, 17)
    const l1 = box(scene.l1!.optimum, 'L1', 22, 'l1-optimum-0')
    const marker = box(scene.marker!.point, 'marker', 18, 'marker-0')
    expect(Math.min(l1.x1, marker.x1) <= Math.max(l1.x0, marker.x0) || Math.min(l1.y1, marker.y1) <= Math.max(l1.y0, marker.y0)).toBe(true)
    const farTip = contourArgumentOption(argumentScene(2, { center: null, marker: 0.5 }), p)
    expect(labelOf(farTip, 'marker-0').position).not.toBe('left')
  })
})
