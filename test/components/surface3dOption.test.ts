// The 3-D pictures' options ("Two bowls add up", "The textbook picture in three dimensions"): surfaces coloured in the plane pictures' contour
// bands, one scale across and up, each surface in a slot of its own whatever the click,
// axes that never move while the view turns, and markers told apart by shape.
import * as echarts from 'echarts'
import { describe, expect, it } from 'vitest'
import { fixedGrids } from '../../components/charts/axisLayer'
import { optionUpdate } from '../../components/charts/optionUpdate'
import { darkPalette, lightPalette } from '../../components/charts/palette'
import { contourColour } from '../../components/options/plane'
import { band, contourRamp, mix, rampFacets } from '../../components/options/surface3d'
import { twoBowlsChartSize, twoBowlsOption } from '../../components/options/twoBowlsOption'
import { hard3dChartSize, hardConstraint3dOption } from '../../components/options/hardConstraint3dOption'
import { evenLevels } from '../../lib/scenes/plane'
import { heightValue } from '../../lib/index'
import { TWO_BOWLS_LAST_STEP, twoBowlsScene } from '../../lib/scenes/twoBowls'
import { hardConstraint3dScene } from '../../lib/scenes/hardConstraint3d'

type Grid = { left: number; top: number; width: number; height: number }
type Axis = { min: number; max: number; show: boolean }
type Element = { type: string; shape?: { points: number[][] }; style: Record<string, unknown>; children?: Element[] }
type Option = { grid: Grid[]; xAxis: Axis[]; yAxis: Axis[]; series: { id: string; xAxisIndex: number; renderItem: (p: unknown, api: unknown) => Element }[] }

const children = (option: Option, id: string) => option.series.find(s => s.id === id)!.renderItem({}, { coord: (v: number[]) => v }).children!

describe('surface colours', () => {
  it('a facet between contour k and k + 1 takes contour k + 1\u2019s colour; a contour line its own', () => {
    for (const p of [lightPalette, darkPalette]) {
      for (const n of [6, 7]) {
        const top = 100
        const levels = evenLevels(top, n)
        const facet = rampFacets(p, n)
        const line = contourRamp(p, n)
        levels.forEach((level, k) => {
          expect(line(heightValue(level, top))).toBe(contourColour(p, k, n))
          // just below level k (inside contour k): band k
          expect(facet(heightValue(level * 0.999, top)).fill).toBe(contourColour(p, k, n))
          expect(band(heightValue(level * 0.999, top), n)).toBe(k)
        })
        expect(facet(0).fill).toBe(contourColour(p, 0, n))
        expect(facet(1).fill).toBe(contourColour(p, n - 1, n))
      }
    }
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mix('#E69F00', '#E69F00', 0.3)).toBe('#e69f00')
  })
})

describe('twoBowlsOption', () => {
  const options = Array.from({ length: TWO_BOWLS_LAST_STEP + 1 }, (_, k) => twoBowlsOption(twoBowlsScene(k), lightPalette) as unknown as Option)

  it('has three fixed slots (data, penalty, total): a click adds a surface without moving the others', () => {
    for (const o of options) {
      expect(o.grid).toEqual(options[0]!.grid)
      expect(o.xAxis).toEqual(options[0]!.xAxis)
      expect(o.yAxis).toEqual(options[0]!.yAxis)
      for (const s of o.series) expect(s.xAxisIndex).toBe(['surface-data', 'surface-penalty', 'surface-total'].indexOf(s.id))
    }
  })

  it('fits its chart: every panel inside the chart\u2019s fixed size', () => {
    for (const o of options) {
      for (const g of o.grid) {
        expect(g.left + g.width).toBeLessThanOrEqual(twoBowlsChartSize.width)
        expect(g.top + g.height).toBeLessThanOrEqual(twoBowlsChartSize.height)
        expect(g.top + g.height).toBeGreaterThan(twoBowlsChartSize.height - 2)
      }
    }
    const hard = hardConstraint3dOption(hardConstraint3dScene(2), lightPalette) as unknown as Option
    for (const g of hard.grid) {
      expect(g.left + g.width).toBeLessThanOrEqual(hard3dChartSize.width)
      expect(g.top + g.height).toBeLessThanOrEqual(hard3dChartSize.height)
      expect(g.top + g.height).toBeGreaterThan(hard3dChartSize.height - 2)
    }
  })

  it('shows one scale across and up, and keeps its axes while the view turns or tilts', () => {
    const o = options[5]!
    o.grid.forEach((g, i) => {
      const [x, y] = [o.xAxis[i]!, o.yAxis[i]!]
      expect(g.width / (x.max - x.min)).toBeCloseTo(g.height / (y.max - y.min), 9)
      expect(x.show || y.show).toBe(false)
    })
    for (const view of [{ azimuth: 30, elevation: 5 }, { azimuth: -170, elevation: 85 }]) {
      const turned = twoBowlsOption(twoBowlsScene(5, view), lightPalette) as unknown as Option
      expect([turned.grid, turned.xAxis, turned.yAxis]).toEqual([o.grid, o.xAxis, o.yAxis])
    }
  })

  it('tells the markers apart by shape: the data minimum a round dot, the minimum of the total a diamond', () => {
    const total = children(options[5]!, 'surface-total')
    const markers = total.filter(e => e.type === 'polygon' && e.style.lineJoin === 'miter' && e.style.opacity === 1)
    const shapes = markers.map(e => e.shape!.points.length).sort((a, b) => a - b)
    // the minimum's diamond on the surface and its foot on the floor (4 corners), the black dot (24)
    expect(shapes).toEqual([4, 4, 24])
  })

  it('draws the facets in the scene\u2019s order, translucent; with mesh lines in print only', () => {
    const scene = twoBowlsScene(7)
    for (const meshLines of [false, true]) {
      const o = twoBowlsOption(scene, lightPalette, { meshLines }) as unknown as Option
      for (const panel of scene.panels) {
        const facets = children(o, `surface-${panel.surface}`).filter(e => e.type === 'polygon' && typeof e.style.opacity === 'number' && e.style.opacity < 1)
        const expected = panel.items.filter(it => it.kind === 'polygon')
        expect(facets.map(e => e.shape!.points)).toEqual(expected.map(it => it.kind === 'polygon' && it.points))
        expect(facets.every(e => (e.style.stroke !== undefined) === meshLines)).toBe(true)
      }
    }
  })
})

describe('hardConstraint3dOption', () => {
  it('one panel per norm, titled with its region, and the region drawn on the floor from the second click', () => {
    const before = hardConstraint3dOption(hardConstraint3dScene(0), lightPalette) as unknown as Option & { graphic: { style: { text: string } }[] }
    const after = hardConstraint3dOption(hardConstraint3dScene(1), lightPalette) as unknown as Option & { graphic: { style: { text: string } }[] }
    expect(after.series.map(s => s.id)).toEqual(['bowl-l1', 'bowl-l2'])
    expect(after.graphic.map(g => g.style.text)).toEqual(['L1 \u00B7 diamond', '|\u03B2\u2081| + |\u03B2\u2082| \u2264 1.00', 'L2 \u00B7 disk', '\u221A(\u03B2\u2081\u00B2 + \u03B2\u2082\u00B2) \u2264 1.00'])
    const regions = (o: Option) => children(o, 'bowl-l1').filter(e => e.style.fill === lightPalette.penaltyFill).length
    expect(regions(before)).toBe(0)
    expect(regions(after)).toBe(1)
  })
})

describe('ECharts draws a click the same, reached from another click or afresh', () => {
  type Plain = Record<string, unknown>
  /** The SVG ECharts draws, without its per-instance class names and hover styles. */
  const svgOf = (chart: echarts.ECharts) => chart.renderToSVGString().replace(/ class="[^"]*"/g, '').replace(/<style[\s\S]*<\/style>/, '')
  function drawn(options: Plain[], size: { width: number; height: number }): string {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
    // as SceneChart updates it: only what changed, series and graphic replaced
    let shown: Plain | undefined
    for (const o of options.map(fixedGrids)) {
      const update = optionUpdate(shown, o, ['series', 'graphic'])
      chart.setOption({ ...update.option, animation: false }, { replaceMerge: update.replaceMerge })
      shown = o
    }
    const svg = svgOf(chart)
    chart.dispose()
    return svg
  }

  it('two bowls, stepping forward, back and across the penalties (a facet that takes a label\u2019s place keeps no offset)', () => {
    const at = (k: number) => twoBowlsOption(twoBowlsScene(k), lightPalette)
    for (const path of [[0, 1, 2], [9, 8], [7, 6, 5], [2, 9], [5, 0]]) {
      expect(drawn(path.map(at), twoBowlsChartSize), `clicks ${path.join(' → ')}`).toBe(drawn([at(path.at(-1)!)], twoBowlsChartSize))
    }
  })

  it('the hard constraint, stepping and turning', () => {
    const at = (k: number, c = {}) => hardConstraint3dOption(hardConstraint3dScene(k, c), lightPalette)
    expect(drawn([at(0), at(1), at(2)], hard3dChartSize)).toBe(drawn([at(2)], hard3dChartSize))
    expect(drawn([at(2), at(1)], hard3dChartSize)).toBe(drawn([at(1)], hard3dChartSize))
    expect(drawn([at(2, { azimuth: 70 }), at(2)], hard3dChartSize)).toBe(drawn([at(2)], hard3dChartSize))
  })
})
