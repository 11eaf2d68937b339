// @vitest-environment happy-dom
// The five descent components (slides 16–20) mounted with a mocked click count: what they
// show is the scene at that click, tables grow from the click (also going back), the
// self-study controls change the picture, Reset restores it, and print mode hides them.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { l1DescentScene } from '../../lib/scenes/descentL1'
import { proximalScene } from '../../lib/scenes/descentProximal'
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

describe('DescentL1 (slide 17)', () => {
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

describe('DescentL2 (slide 18)', () => {
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

describe('DescentPenalties (slide 16)', () => {
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

describe('DescentTradeoff (slide 19)', () => {
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

describe('DescentProximal (slide 20)', () => {
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
