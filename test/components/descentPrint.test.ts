// @vitest-environment happy-dom
// The descent slides in print mode: every self-study control hidden, the tables kept.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

describe('print mode', () => {
  it('hides every self-study control but keeps the tables', () => {
    slidev.printMode.value = true
    slidev.clicks.value = 4
    for (const c of [DescentPenalties, DescentTradeoff, DescentProximal]) {
      const w = mount(c, { attachTo: document.body })
      expect(w.find('input[type="range"]').exists()).toBe(false)
      expect(w.find('button.reset-button').exists()).toBe(false)
      w.unmount()
    }
    const w = mount(DescentL1, { attachTo: document.body })
    expect(rows(w)).toHaveLength(5)
    w.unmount()
  })
})
