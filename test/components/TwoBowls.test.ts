// @vitest-environment happy-dom
// "Two bowls add up": each click's scene; the contour picture beside the bowls is
// the moving-bowl picture at the same λ, penalty and centre; the view turns by dragging the
// picture or from the keyboard without stepping the talk, and by the sliders; Reset brings
// the presented frame back; print mode hides the controls and draws the finer mesh.
import { mount } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { seriesPoints } from './seriesPoints'
import { LIVE_POLYGON_BUDGET, PRINT_MESH } from '../../lib/index'
import { TWO_BOWLS_STEPS, twoBowlsScene } from '../../lib/scenes/twoBowls'
import { movingBowlScene } from '../../lib/scenes/movingBowl'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: TwoBowls } = await import('../../components/TwoBowls.vue')
const { default: SceneChart } = await import('../../components/charts/SceneChart.vue')

afterEach(resetSlidev)

type Option = { series: { id: string; data?: unknown; renderItem?: (p: unknown, api: unknown) => { children: { type: string }[] } }[] }
const readout = (w: VueWrapper) => w.findAll('.readout dd').map(dd => dd.text())
const charts = (w: VueWrapper) => w.findAllComponents(SceneChart).map(c => ({ option: c.props('option') as Option, description: c.props('description') as string }))
/** The facets a 3-D option draws: its custom series' children that are polygons, with an identity mapping to pixels. */
function polygons(option: Option): number {
  const api = { coord: (v: number[]) => v }
  return option.series.filter(s => s.renderItem).reduce((n, s) => n + s.renderItem!({}, api).children.filter(c => c.type === 'polygon').length, 0)
}
const sliders = (w: VueWrapper) => Object.fromEntries(w.findAll('.range-control').map(r => [r.find('label').text(), r.find('input')]))

describe('TwoBowls ("Two bowls add up")', () => {
  it('shows each click\u2019s surfaces, minimum and view, and the contour picture at the same λ and centre', async () => {
    const w = mount(TwoBowls, { attachTo: document.body })
    for (const k of [0, 2, 5, 7, 9]) {
      slidev.clicks.value = k
      await nextTick()
      const scene = twoBowlsScene(k)
      expect(readout(w)).toEqual(scene.readout.filter(r => r.label !== '\u03BB').map(r => r.value))
      const [bowls, contours] = charts(w)
      expect(bowls!.description).toBe(scene.description)
      expect(bowls!.option.series.map(s => s.id)).toEqual(scene.panels.map(p => `surface-${p.surface}`))
      // The contour picture: the moving bowl at this λ and penalty, the panel with this centre.
      const { norm, lambda, center } = scene.contourPicture
      const moving = movingBowlScene(norm, 0, lambda, [center])
      expect(contours!.description).toBe(moving.description)
      // It describes the one panel it draws (the L1 moving-bowl slide has two).
      expect(contours!.description.match(/ the minimum is at /g)).toHaveLength(1)
      const ids = contours!.option.series.map(s => s.id)
      expect(seriesPoints(contours!.option.series.find(s => s.id === 'data-minimum-0')!)).toEqual([center])
      if (scene.panels.some(p => p.surface === 'total')) {
        expect(seriesPoints(contours!.option.series.find(s => s.id === 'minimum-0')!)).toEqual([scene.minimum])
        expect(ids).toContain('trail-0')
      }
      else {
        expect(ids).not.toContain('minimum-0')
        expect(ids).not.toContain('trail-0')
      }
      expect(ids.some(id => id.startsWith('penalty-'))).toBe(scene.panels.some(p => p.surface === 'penalty'))
    }
    w.unmount()
  })

  it('draws the live mesh on screen (within the budget) and the print mesh in print, without controls', async () => {
    slidev.clicks.value = 9
    const screen = mount(TwoBowls, { attachTo: document.body })
    const onScreen = polygons(charts(screen)[0]!.option)
    expect(onScreen).toBeGreaterThan(0)
    expect(onScreen).toBeLessThanOrEqual(LIVE_POLYGON_BUDGET + 20) // facets, plus the markers drawn as small polygons
    expect(screen.find('[data-handle="view"]').exists()).toBe(true)
    screen.unmount()
    slidev.printMode.value = true
    const print = mount(TwoBowls, { attachTo: document.body })
    expect(polygons(charts(print)[0]!.option)).toBeGreaterThanOrEqual(twoBowlsScene(9, { mesh: PRINT_MESH }).polygonCount)
    expect(print.find('input[type="range"]').exists()).toBe(false)
    expect(print.find('[data-handle="view"]').exists()).toBe(false)
    expect(print.find('.readout').exists()).toBe(true)
    print.unmount()
  })

  it('the λ slider moves the minimum in both pictures, the penalty choice switches bowl and λ, Reset brings back the click', async () => {
    slidev.clicks.value = 5
    const w = mount(TwoBowls, { attachTo: document.body })
    const presented = readout(w)
    await sliders(w)['λ']!.setValue('30')
    expect(readout(w)).toEqual(twoBowlsScene(5, { lambda: 30 }).readout.filter(r => r.label !== '\u03BB').map(r => r.value))
    expect(seriesPoints(charts(w)[1]!.option.series.find(s => s.id === 'minimum-0')!)).toEqual([twoBowlsScene(5, { lambda: 30 }).minimum])
    // L1: the data bowl at (15, −5), and λ where the talk leaves it, the last L1 click's.
    await w.find('input[type="radio"][value="l1"]').setValue(true)
    const l1Lambda = TWO_BOWLS_STEPS.filter(s => s.norm === 'l1').at(-1)!.lambda
    expect(readout(w)).toEqual(twoBowlsScene(5, { norm: 'l1', lambda: l1Lambda }).readout.filter(r => r.label !== '\u03BB').map(r => r.value))
    expect(readout(w)).toContain('\u03B2\u2082 = 0 exactly')
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    w.unmount()
  })

  it('turns the view by dragging the picture, by the arrow keys on it (the talk does not step), and by the sliders', async () => {
    slidev.clicks.value = 2
    const w = mount(TwoBowls, { attachTo: document.body })
    const preset = TWO_BOWLS_STEPS[2]!
    const view = () => /azimuth ([\u2212-]?\d+)°, elevation (\d+)°/.exec(charts(w)[0]!.description)!.slice(1).map(v => Number(v.replace('\u2212', '-')))
    expect(view()).toEqual([preset.azimuth, preset.elevation])
    const turner = w.find('[data-handle="view"]')
    const stepped: string[] = []
    const listener = (e: KeyboardEvent) => stepped.push(e.key)
    window.addEventListener('keydown', listener)
    await turner.trigger('keydown', { key: 'ArrowRight' })
    await turner.trigger('keydown', { key: 'ArrowUp', shiftKey: true })
    window.removeEventListener('keydown', listener)
    expect(stepped).toEqual([])
    expect(view()).toEqual([preset.azimuth - 5, preset.elevation + 15])
    // A drag follows the pointer's offset from where it began: 40 px right turns 20°, 20 px down tilts 7°.
    await turner.trigger('pointerdown', { pointerId: 1, clientX: 100, clientY: 100 })
    await turner.trigger('pointermove', { pointerId: 1, clientX: 120, clientY: 110 })
    await turner.trigger('pointermove', { pointerId: 1, clientX: 140, clientY: 120 })
    await turner.trigger('pointerup', { pointerId: 1 })
    expect(view()).toEqual([preset.azimuth - 5 - 20, preset.elevation + 15 + 7])
    // the contour picture does not turn
    expect(charts(w)[1]!.description).toBe(movingBowlScene('l2', 0, preset.lambda).description)
    await sliders(w).Tilt!.setValue('80')
    expect(view()[1]).toBe(80)
    await w.find('button.reset-button').trigger('click')
    expect(view()).toEqual([preset.azimuth, preset.elevation])
    w.unmount()
  })
})
