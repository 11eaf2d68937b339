// @vitest-environment happy-dom
// LpBalls ("Beyond L1 and L2"): the scene at the current click, the region slider and the
// dragged minimum, Reset.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { lpScene } from '../../lib/scenes/lpBalls'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: CoefficientPaths } = await import('../../components/CoefficientPaths.vue')
const { default: CorrelatedFeatures } = await import('../../components/CorrelatedFeatures.vue')
const { default: CrossValidation } = await import('../../components/CrossValidation.vue')
const { default: LpBalls } = await import('../../components/LpBalls.vue')

async function settle() {
  for (let i = 0; i < 4; i++) {
    await nextTick()
    await new Promise(r => setTimeout(r, 20))
  }
}
const readout = (w: ReturnType<typeof mount>) => w.findAll('.readout dd').map(dd => dd.text().replace(/\s+/g, ' ').trim())
const values = (r: { value: string }[]) => r.map(x => x.value.replace(/\s+/g, ' ').trim())

afterEach(resetSlidev)

describe('LpBalls ("Beyond L1 and L2")', () => {
  it('follows the clicks; the slider morphs the region only at this step; Reset returns', async () => {
    slidev.clicks.value = 1
    const w = mount(LpBalls, { attachTo: document.body })
    const presented = readout(w)
    expect(presented).toEqual(values(lpScene(1).readout))
    await w.find('input[type="range"]').setValue('1.5') // p = 2
    expect(readout(w)).toEqual(values(lpScene(1, { region: { step: 1, region: { kind: 'lp', p: 2 } }, center: [4.5, 2.5] }).readout))
    slidev.clicks.value = 2
    await nextTick()
    expect(readout(w)).toEqual(values(lpScene(2).readout))
    slidev.clicks.value = 1
    await nextTick()
    await w.find('input[type="radio"][value="elasticNet"]').setValue(true)
    expect(w.find('figcaption').text()).toContain('elastic net')
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    w.unmount()
  })

  it('hides the controls in print mode but keeps the table of zero rates', () => {
    slidev.printMode.value = true
    slidev.clicks.value = 4
    const w = mount(LpBalls, { attachTo: document.body })
    expect(w.find('input').exists()).toBe(false)
    expect(w.findAll('.history tbody tr')).toHaveLength(5)
    w.unmount()
  })
})
