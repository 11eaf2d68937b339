// @vitest-environment happy-dom
// CrossValidation ("Choosing λ"): the scene at the current click, the penalty choice and new
// folds, Reset.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { cvScene } from '../../lib/scenes/crossValidation'

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

describe('CrossValidation ("Choosing λ")', () => {
  it('follows the clicks; the penalty and new folds change it; Reset returns', async () => {
    slidev.clicks.value = 3
    const w = mount(CrossValidation, { attachTo: document.body })
    const presented = readout(w)
    expect(presented).toEqual(values(cvScene(3).readout))
    await w.find('input[type="radio"][value="0"]').setValue(true)
    expect(readout(w)).toEqual(values(cvScene(3, { alpha: 0, foldSeed: 1 }).readout))
    await w.find('button.folds-button').trigger('click')
    expect(readout(w)).toEqual(values(cvScene(3, { alpha: 0, foldSeed: 2 }).readout))
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    w.unmount()
  })

  it('hides the controls in print mode', () => {
    slidev.printMode.value = true
    const w = mount(CrossValidation, { attachTo: document.body })
    expect(w.find('button.folds-button').exists()).toBe(false)
    w.unmount()
  })
})
