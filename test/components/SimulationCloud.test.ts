// @vitest-environment happy-dom
// SimulationCloud ("Random loss functions"): the tables and the inset follow the scene of the
// current click; the controls change it and Reset restores it; print hides the controls. The
// chart wrapper is stubbed (it has its own tests, and the canvas renderer needs a real canvas);
// the stub keeps the option and description it was given.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { CLOUD_SEED, cloudDefaults, cloudScene } from '../../lib/scenes/simulationCloud'
import { cloudPanelLayout } from '../../components/options/simulationCloudOption'
import { getSimulation, hasSimulation } from '../../components/simulation/simulationStore'
import { cloudRequests } from '../../lib/scenes/simulationCloud'

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

describe('SimulationCloud ("Random loss functions")', () => {
  it('shows the counts of the current click in the table, and the first trial in the inset', async () => {
    const w = mount(SimulationCloud, stubs)
    const header = () => w.find('.outcomes thead th').text()
    expect(header()).toBe('1 trials')
    expect(w.find('.inset-caption').text()).toContain('Trial 1 of 1')
    slidev.clicks.value = 4
    await nextTick()
    expect(header()).toBe('5\u202F000 trials')
    const s = cloudScene(4)
    const l1zero = s.panels[0].readout.find(r => r.outcome === 'zero')!
    expect(w.findAll('.outcomes tbody tr')[0]!.findAll('td')[0]!.text()).toBe(`${l1zero.text} \u00B7 ${l1zero.percent}`)
    expect(w.findAll('.outcomes tbody tr')[1]!.findAll('td')[0]!.text()).toBe('0 \u00B7 0%')
    expect(w.findAll('.chart-stub')[0]!.attributes('data-renderer')).toBe('canvas')
    w.unmount()
  })

  it('clicking a point shows that trial in the inset; Reset goes back to trial 1', async () => {
    slidev.clicks.value = 2
    const w = mount(SimulationCloud, stubs)
    const run = getSimulation(cloudRequests(2, cloudDefaults)[1]!)
    const i = 37
    const box = cloudPanelLayout[1].box
    const px = box.left + ((run.c1[i]! + 10) / 20) * box.size
    const py = box.top + ((10 - run.c2[i]!) / 20) * box.size
    await new Promise(r => setTimeout(r, 5))
    await w.findAll('.chart-stub')[1]!.trigger('click', { clientX: px, clientY: py })
    expect(w.find('.inset-caption').text()).toContain(`Trial ${i + 1} of 100 \u00B7 L2`)
    await w.find('button.reset-button').trigger('click')
    expect(w.find('.inset-caption').text()).toContain('Trial 1 of 100 \u00B7 L1')
    w.unmount()
  })

  it('the trial buttons step through trials, wrapping around', async () => {
    slidev.clicks.value = 1
    const w = mount(SimulationCloud, stubs)
    await w.find('button[aria-label="Previous trial"]').trigger('click')
    expect(w.find('.inset-caption').text()).toContain('Trial 10 of 10')
    await w.find('button[aria-label="Next trial"]').trigger('click')
    await w.find('button[aria-label="Next trial"]').trigger('click')
    expect(w.find('.inset-caption').text()).toContain('Trial 2 of 10')
    w.unmount()
  })

  it('the family and seed controls change the bowls; the description follows the scene', async () => {
    slidev.clicks.value = 3
    const w = mount(SimulationCloud, stubs)
    const description = () => w.findAll('.chart-stub')[0]!.text()
    expect(description()).toBe(cloudScene(3).panels[0].description)
    await w.find('input[type="radio"][value="symmetric"]').setValue(true)
    expect(description()).toBe(cloudScene(3, { ...cloudDefaults, family: 'symmetric' }).panels[0].description)
    const seedButton = w.findAll('button').find(b => b.text() === 'New seed')!
    await seedButton.trigger('click')
    expect(w.find('.controls__seed').text()).toBe(`seed ${CLOUD_SEED + 1}`)
    expect(description()).toBe(cloudScene(3, { ...cloudDefaults, family: 'symmetric', seed: CLOUD_SEED + 1 }).panels[0].description)
    w.unmount()
  })

  it('draws the L2 panel just after the L1 panel (two short tasks), ending on the same frame', async () => {
    const w = mount(SimulationCloud, stubs)
    const charts = () => w.findAll('.chart-stub').slice(0, 2).map(c => c.text())
    slidev.clicks.value = 4
    await nextTick()
    expect(charts()[0]).toBe(cloudScene(4).panels[0].description)
    await new Promise(r => setTimeout(r, 5))
    expect(charts()).toEqual(cloudScene(4).panels.map(p => p.description))
    w.unmount()
  })

  it('keeps computed runs: the same click again needs no new simulation', () => {
    slidev.clicks.value = 3
    const w = mount(SimulationCloud, stubs)
    for (const r of cloudRequests(3, cloudDefaults)) expect(hasSimulation(r)).toBe(true)
    w.unmount()
  })

  it('hides the self-study controls in print mode', () => {
    slidev.printMode.value = true
    const w = mount(SimulationCloud, stubs)
    expect(w.find('.controls').exists()).toBe(false)
    expect(w.find('.outcomes').exists()).toBe(true)
    w.unmount()
  })
})
