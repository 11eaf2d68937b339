// @vitest-environment happy-dom
// ZeroZone ("Where the zeros come from"): the readout follows the click; the dragged minimum
// changes the example and Reset restores it. The chart wrapper is stubbed, as in
// SimulationCloud.test.ts.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { zoneScene } from '../../lib/scenes/zeroZone'

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

describe('ZeroZone ("Where the zeros come from")', () => {
  it('reads out the simulated rate, then the zone share, then the example', async () => {
    const w = mount(ZeroZone, stubs)
    const values = () => w.findAll('.readout dd').map(d => d.text())
    expect(values()).toEqual(zoneScene(0).readout.map(r => r.value))
    slidev.clicks.value = 2
    await nextTick()
    expect(values()).toEqual(zoneScene(2).readout.map(r => r.value))
    expect(w.find('.example').text()).toMatch(/β₂ = 0 exactly/)
    w.unmount()
  })

  it('dragging the black dot out of the zone moves the optimum off the tip; Reset brings it back', async () => {
    slidev.clicks.value = 2
    const w = mount(ZeroZone, stubs)
    w.findAllComponents(ChartStub)[1]!.vm.$emit('handle-move', 'minimum', [3, 3])
    await nextTick()
    expect(w.find('.example').text()).toMatch(/^Outside the zone/)
    await w.find('button.reset-button').trigger('click')
    expect(w.find('.example').text()).toMatch(/^In the zone/)
    w.unmount()
  })
})
