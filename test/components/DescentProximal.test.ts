// @vitest-environment happy-dom
// DescentProximal ("Subgradient bounces; proximal lands on 0"): the two methods follow the
// click, the start and step sliders change them, Reset restores them.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { proximalScene } from '../../lib/scenes/descentProximal'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: DescentPenalties } = await import('../../components/DescentPenalties.vue')
const { default: DescentL1 } = await import('../../components/DescentL1.vue')
const { default: DescentL2 } = await import('../../components/DescentL2.vue')
const { default: DescentTradeoff } = await import('../../components/DescentTradeoff.vue')
const { default: DescentProximal } = await import('../../components/DescentProximal.vue')

afterEach(resetSlidev)

type Wrapper = ReturnType<typeof mount>
const rows = (w: Wrapper) => w.findAll('tbody tr.is-row').map(tr => tr.findAll('th, td').map(c => c.text()))

describe('DescentProximal ("Subgradient bounces; proximal lands on 0")', () => {
  it('shows both methods up to click k plus steps 999 and 1000', async () => {
    slidev.clicks.value = 6
    const w = mount(DescentProximal, { attachTo: document.body })
    const shown = rows(w)
    expect(shown.map(r => r[0])).toEqual(['0', '1', '2', '3', '4', '5', '6', '999', '1000'])
    expect(shown[4]).toEqual(['4', '\u22120.2', '0 exact'])
    expect(shown.at(-1)).toEqual(['1000', '\u22120.2', '0 exact'])
    w.unmount()
  })

  it('the w0 and η sliders change the iterates, stay in range, and Reset restores them', async () => {
    slidev.clicks.value = 6
    const w = mount(DescentProximal, { attachTo: document.body })
    const [w0, eta] = w.findAll('input[type="range"]')
    await eta!.setValue('0.25')
    expect(rows(w)[4]).toEqual(['4', '0 exact', '0 exact'])
    await w0!.setValue('99') // beyond the range: clamped, never NaN
    const clamped = proximalScene(6, { w0: 3, eta: 0.25 }).rows.map(r => r.cells)
    expect(rows(w).slice(0, 7).map(r => r.slice(1))).toEqual(clamped)
    await w.find('button.reset-button').trigger('click')
    expect(rows(w)[4]).toEqual(['4', '\u22120.2', '0 exact'])
    w.unmount()
  })
})
