// @vitest-environment happy-dom
// DescentL2 ("L2 descent: halving never hits 0") mounted with a mocked click count: it shows
// the scene at that click, the table and the log inset follow.
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

describe('DescentL2 ("L2 descent: halving never hits 0")', () => {
  it('halves in the table, then shows the float64 note and the race milestones', async () => {
    slidev.clicks.value = 3
    const w = mount(DescentL2, { attachTo: document.body })
    expect(rows(w).map(r => r[1])).toEqual(['5', '2.5', '1.25', '0.625'])
    slidev.clicks.value = 7
    await nextTick()
    expect(w.find('.note').text()).toMatch(/never exactly 0/)
    slidev.clicks.value = 8
    await nextTick()
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['step', 'L1', 'L2'])
    expect(rows(w).map(r => r[0])).toEqual(['10', '1000', '1076'])
    expect(w.findAll('.scene-chart')).toHaveLength(2)
    w.unmount()
  })
})
