// @vitest-environment happy-dom
// "The textbook picture in three dimensions": the bowl, then the
// regions, then the lowest allowed points and their readout; the budget and the view follow
// their controls (the view's keys do not step the talk), Reset restores the click, and print
// hides the controls and draws the finer mesh.
import { mount } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { PRINT_MESH } from '../../lib/index'
import { hard3dDefaults, hardConstraint3dScene } from '../../lib/scenes/hardConstraint3d'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: HardConstraint3d } = await import('../../components/HardConstraint3d.vue')
const { default: SceneChart } = await import('../../components/charts/SceneChart.vue')

afterEach(resetSlidev)

type Option = { series: { id: string; renderItem?: (p: unknown, api: unknown) => { children: { type: string }[] } }[] }
const readout = (w: VueWrapper) => w.findAll('.readout dd').map(dd => dd.text())
const charts = (w: VueWrapper) => w.findAllComponents(SceneChart).map(c => ({ option: c.props('option') as Option, description: c.props('description') as string }))
/** The polygons a 3-D option draws (facets and markers), with an identity mapping to pixels. */
function polygons(option: Option): number {
  const api = { coord: (v: number[]) => v }
  return option.series.filter(s => s.renderItem).reduce((n, s) => n + s.renderItem!({}, api).children.filter(c => c.type === 'polygon').length, 0)
}
const sliders = (w: VueWrapper) => Object.fromEntries(w.findAll('.range-control').map(r => [r.find('label').text(), r.find('input')]))

describe('HardConstraint3d ("The textbook picture in three dimensions")', () => {
  it('shows the bowl, then the regions, then the lowest allowed points and their readout', async () => {
    const w = mount(HardConstraint3d, { attachTo: document.body })
    expect(readout(w)).toEqual([])
    expect(charts(w)[0]!.description).toBe(hardConstraint3dScene(0).description)
    slidev.clicks.value = 2
    await nextTick()
    const scene = hardConstraint3dScene(2)
    expect(readout(w)).toEqual(scene.panels.flatMap(p => p.readout.map(r => r.value)))
    expect(charts(w)[0]!.option.series.map(s => s.id)).toEqual(['bowl-l1', 'bowl-l2'])
    w.unmount()
  })

  it('the budget and the view follow their controls, the keys turn the view, and Reset restores the click', async () => {
    slidev.clicks.value = 2
    const w = mount(HardConstraint3d, { attachTo: document.body })
    const presented = readout(w)
    await sliders(w)['Size t']!.setValue('2')
    expect(readout(w)).toEqual(hardConstraint3dScene(2, { t: 2 }).panels.flatMap(p => p.readout.map(r => r.value)))
    await w.find('[data-handle="view"]').trigger('keydown', { key: 'ArrowLeft' })
    expect(charts(w)[0]!.description).toBe(hardConstraint3dScene(2, { t: 2, azimuth: hard3dDefaults.azimuth + 5 }).description)
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    expect(charts(w)[0]!.description).toBe(hardConstraint3dScene(2).description)
    w.unmount()
  })

  it('prints the finer mesh, without controls', () => {
    slidev.clicks.value = 2
    slidev.printMode.value = true
    const w = mount(HardConstraint3d, { attachTo: document.body })
    expect(polygons(charts(w)[0]!.option)).toBeGreaterThanOrEqual(hardConstraint3dScene(2, { mesh: PRINT_MESH }).polygonCount)
    expect(w.find('input[type="range"]').exists()).toBe(false)
    expect(w.find('[data-handle="view"]').exists()).toBe(false)
    w.unmount()
  })
})
