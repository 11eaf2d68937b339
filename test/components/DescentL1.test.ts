// @vitest-environment happy-dom
// DescentL1 ("L1 descent: constant steps hit 0") mounted with a mocked click count: it shows
// the scene at that click, and its table grows from the click (also going back).
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { l1DescentScene } from '../../lib/scenes/descentL1'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: DescentPenalties } = await import('../../components/DescentPenalties.vue')
const { default: DescentL1 } = await import('../../components/DescentL1.vue')
const { default: DescentL2 } = await import('../../components/DescentL2.vue')
const { default: DescentTradeoff } = await import('../../components/DescentTradeoff.vue')
const { default: DescentProximal } = await import('../../components/DescentProximal.vue')

afterEach(resetSlidev)

type Wrapper = ReturnType<typeof mount>
const rows = (w: Wrapper) => w.findAll('tbody tr.is-row').map(tr => tr.findAll('th, td').map(c => c.text()))

describe('DescentL1 ("L1 descent: constant steps hit 0")', () => {
  it('shows rows 0..k at click k, recomputed when stepping back', async () => {
    const w = mount(DescentL1, { attachTo: document.body })
    expect(rows(w)).toEqual([['0', '5']])
    slidev.clicks.value = 10
    await nextTick()
    expect(rows(w)).toHaveLength(11)
    expect(rows(w)[10]).toEqual(['10', '0 exact'])
    slidev.clicks.value = 4
    await nextTick()
    expect(rows(w).map(r => r[1])).toEqual(l1DescentScene(4).rows.map(r => r.cells[0]))
    // room for all 13 rows is kept, so the slide does not reflow
    expect(w.findAll('tbody tr')).toHaveLength(13)
    w.unmount()
  })
})
