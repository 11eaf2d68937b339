// @vitest-environment happy-dom
// DescentTradeoff ("Reaching 0: step size or trade-off"): the λ of the click, the slider's λ
// from click 1 on, and Reset.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { tradeoffScene } from '../../lib/scenes/descentTradeoff'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: DescentPenalties } = await import('../../components/DescentPenalties.vue')
const { default: DescentL1 } = await import('../../components/DescentL1.vue')
const { default: DescentL2 } = await import('../../components/DescentL2.vue')
const { default: DescentTradeoff } = await import('../../components/DescentTradeoff.vue')
const { default: DescentProximal } = await import('../../components/DescentProximal.vue')

afterEach(resetSlidev)

type Wrapper = ReturnType<typeof mount>
const rows = (w: Wrapper) => w.findAll('tbody tr.is-row').map(tr => tr.findAll('th, td').map(c => c.text()))

describe('DescentTradeoff ("Reaching 0: step size or trade-off")', () => {
  it('steps λ with the clicks, lets the slider replace it, and Reset returns to the clicked λ', async () => {
    slidev.clicks.value = 5
    const w = mount(DescentTradeoff, { attachTo: document.body })
    expect(w.find('thead th').text()).toBe('\u03BB = 2.0')
    expect(rows(w)[0]).toEqual(['L1: max(0, 2 \u2212 \u03BB)', '0 exact', '0 exact'])
    expect(w.find('.tradeoff__convention').text()).toBe(tradeoffScene(5).convention)
    await w.find('input[type="range"]').setValue('0.5')
    expect(w.find('thead th').text()).toBe('\u03BB = 0.5 (slider)')
    expect(rows(w)[0]![1]).toBe('1.5')
    await w.find('button.reset-button').trigger('click')
    expect(w.find('thead th').text()).toBe('\u03BB = 2.0')
    w.unmount()
  })

  it('click 0 shows the η = 1 step without a λ slider', () => {
    const w = mount(DescentTradeoff, { attachTo: document.body })
    expect(w.find('input[type="range"]').exists()).toBe(false)
    expect(rows(w)[0]).toEqual(['\u03B7 = 1', '0 exact', '0 exact'])
    w.unmount()
  })
})
