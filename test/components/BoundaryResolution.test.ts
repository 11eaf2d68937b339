// @vitest-environment happy-dom
// BoundaryResolution ("The honest correction"): the rate table grows one row per click, the
// family choice changes it, Reset restores it. The chart wrapper is stubbed, as in
// SimulationCloud.test.ts.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { resolutionScene } from '../../lib/scenes/boundaryResolution'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: SimulationCloud } = await import('../../components/SimulationCloud.vue')
const { default: BoundaryResolution } = await import('../../components/BoundaryResolution.vue')
const { default: ZeroZone } = await import('../../components/ZeroZone.vue')

const ChartStub = defineComponent({
  name: 'SceneChart',
  props: ['option', 'width', 'height', 'description', 'handles', 'renderer'],
  emits: ['handle-move'],
  setup(props) {
    return () => h('figure', { 'class': 'chart-stub', 'data-renderer': props.renderer ?? 'svg' }, props.description)
  },
})
const stubs = { global: { stubs: { SceneChart: ChartStub } }, attachTo: document.body }

afterEach(resetSlidev)

describe('BoundaryResolution ("The honest correction")', () => {
  it('adds one row of rates per click and says where the article\u2019s L2 zeros came from', async () => {
    const w = mount(BoundaryResolution, stubs)
    expect(w.findAll('.rates tbody tr')).toHaveLength(1)
    slidev.clicks.value = 3
    await nextTick()
    const rows = w.findAll('.rates tbody tr')
    expect(rows).toHaveLength(4)
    const s = resolutionScene(3)
    expect(rows.map(r => r.findAll('td').map(td => td.text()))).toEqual(s.rows.map(r => [r.l1.text, r.l2.text]))
    expect(rows[3]!.classes()).toContain('current')
    expect(w.find('.verdict').text()).toMatch(/came from the coarse search/)
    w.unmount()
  })

  it('hides the family control in print mode', () => {
    slidev.printMode.value = true
    const w = mount(BoundaryResolution, stubs)
    expect(w.find('input[type="radio"]').exists()).toBe(false)
    w.unmount()
  })
})
