// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { outlierScene } from '../../lib/scenes/outlierChase'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: OutlierChase } = await import('../../components/OutlierChase.vue')

afterEach(resetSlidev)

describe('OutlierChase ("Linear models chase outliers")', () => {
  it('shows the readout of the scene at the current click', async () => {
    const w = mount(OutlierChase, { attachTo: document.body })
    const shown = () => w.findAll('.readout dd').map(dd => dd.text())
    expect(shown()).toEqual(outlierScene(0).readout.map(r => r.value))
    slidev.clicks.value = 2
    await nextTick()
    expect(shown()).toEqual(outlierScene(2).readout.map(r => r.value))
    w.unmount()
  })

  it('the λ slider changes the ridge equation, and Reset brings back the presented one', async () => {
    slidev.clicks.value = 2
    const w = mount(OutlierChase, { attachTo: document.body })
    const ridge = () => w.findAll('.readout dd').at(-1)!.text()
    const presented = ridge()
    await w.find('input[type="range"]').setValue('80')
    expect(ridge()).toBe(outlierScene(2, { lambda: 80, outlier: [10, 100] }).readout.at(-1)!.value)
    await w.find('button.reset-button').trigger('click')
    expect(ridge()).toBe(presented)
    w.unmount()
  })

  it('hides the self-study controls in print mode', () => {
    slidev.printMode.value = true
    const w = mount(OutlierChase, { attachTo: document.body })
    expect(w.find('input[type="range"]').exists()).toBe(false)
    expect(w.find('.readout').exists()).toBe(true)
    w.unmount()
  })
})
