// @vitest-environment happy-dom
// The L1/L2 panel pair of "Random loss functions" and "The honest correction": empty boxes of
// the panels' size until a scene arrives, each panel's description with the slide's note, and
// clicks reported only where the points can be picked. The chart wrapper is stubbed (the canvas
// renderer needs a canvas).
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { resetSlidev, slidevClientMock } from './slidevMock'
import { cloudScene } from '../../lib/scenes/simulationCloud'
import { cloudPanelLayout } from '../../components/options/simulationCloudOption'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: CloudPanels } = await import('../../components/simulation/CloudPanels.vue')

const ChartStub = defineComponent({
  name: 'SceneChart',
  props: ['option', 'width', 'height', 'description', 'renderer', 'replace'],
  setup(props) {
    return () => h('figure', { class: 'chart-stub' }, props.description)
  },
})
const global = { stubs: { SceneChart: ChartStub } }
const settle = async () => {
  await nextTick()
  await new Promise(r => setTimeout(r, 5))
}

afterEach(resetSlidev)

describe('CloudPanels', () => {
  it('holds the panels\' places with empty boxes until the scene arrives', async () => {
    const w = mount(CloudPanels, { props: { scene: null }, global })
    expect(w.findAll('.chart-stub')).toHaveLength(0)
    const boxes = w.findAll('.cloud-panels > div')
    expect(boxes.map(b => b.attributes('style'))).toEqual(cloudPanelLayout.map(l => `width: ${l.width}px; height: ${l.height}px;`))
    await w.setProps({ scene: cloudScene(1) })
    await settle()
    expect(w.findAll('.chart-stub')).toHaveLength(2)
  })

  it('adds the slide\'s note to each panel\'s description', async () => {
    const scene = cloudScene(1)
    const w = mount(CloudPanels, { props: { scene, note: 'Optima found with 100 points.' }, global })
    await settle()
    expect(w.findAll('.chart-stub').map(f => f.text())).toEqual(scene.panels.map(p => `${p.description} Optima found with 100 points.`))
  })

  it('reports a click with its panel only when the points can be picked', async () => {
    const scene = cloudScene(1)
    const still = mount(CloudPanels, { props: { scene }, global })
    await settle()
    await still.findAll('.chart-stub')[1]!.trigger('click')
    expect(still.emitted('pick')).toBeUndefined()
    expect(still.find('.sim-cloud__chart').exists()).toBe(false)

    const pickable = mount(CloudPanels, { props: { scene, pickable: true }, global })
    await settle()
    await pickable.findAll('.sim-cloud__chart')[1]!.trigger('click')
    expect(pickable.emitted('pick')![0]![0]).toBe(1)
  })
})
