// @vitest-environment happy-dom
// DescentPenalties ("Each penalty beside its slope"): the probe follows the click, its slider
// changes the picture and Reset restores it.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: DescentPenalties } = await import('../../components/DescentPenalties.vue')
const { default: DescentL1 } = await import('../../components/DescentL1.vue')
const { default: DescentL2 } = await import('../../components/DescentL2.vue')
const { default: DescentTradeoff } = await import('../../components/DescentTradeoff.vue')
const { default: DescentProximal } = await import('../../components/DescentProximal.vue')

afterEach(resetSlidev)

type Wrapper = ReturnType<typeof mount>
const rows = (w: Wrapper) => w.findAll('tbody tr.is-row').map(tr => tr.findAll('th, td').map(c => c.text()))

describe('DescentPenalties ("Each penalty beside its slope")', () => {
  it('reads the slopes at the probe from click 3 on; the slider moves it, Reset brings it back', async () => {
    const w = mount(DescentPenalties, { attachTo: document.body })
    expect(w.find('.probe-readout').exists()).toBe(false)
    slidev.clicks.value = 4
    await nextTick()
    const readout = () => w.findAll('.probe-readout dd').map(d => d.text())
    expect(readout()).toEqual(['1.0', '0.5'])
    await w.find('input[type="range"]').setValue('-2')
    expect(readout()).toEqual(['\u22121.0', '\u22122.0'])
    await w.find('button.reset-button').trigger('click')
    expect(readout()).toEqual(['1.0', '0.5'])
    w.unmount()
  })
})
