// @vitest-environment happy-dom
// CorrelatedFeatures ("Correlated features"): the scene at the current click, the lasso λ
// slider (ridge follows), Reset.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { correlatedScene } from '../../lib/scenes/correlatedFeatures'

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

describe('CorrelatedFeatures ("Correlated features")', () => {
  it('follows the clicks; the λ slider moves both fits; Reset returns', async () => {
    const w = mount(CorrelatedFeatures, { attachTo: document.body })
    expect(readout(w)).toEqual(values(correlatedScene(0).readout))
    slidev.clicks.value = 2
    await nextTick()
    const presented = readout(w)
    expect(presented).toEqual(values(correlatedScene(2).readout))
    await w.find('input[type="range"]').setValue('-2')
    expect(readout(w)).toEqual(values(correlatedScene(2, { lassoLog10: -2 }).readout))
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    w.unmount()
  })
})
