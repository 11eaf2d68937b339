// @vitest-environment happy-dom
// Section 6's components: each shows its scene at the current click, its self-study controls
// change the scene and Reset brings the presented frame back, and print mode hides controls.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { pathsScene } from '../../lib/scenes/realDataPaths'
import { correlatedScene } from '../../lib/scenes/realDataCorrelated'
import { cvScene } from '../../lib/scenes/realDataCv'
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

describe('CoefficientPaths (slide 21)', () => {
  it('shows the scene of the current click', async () => {
    const w = mount(CoefficientPaths, { attachTo: document.body })
    expect(readout(w)).toEqual(values(pathsScene(0).readout))
    slidev.clicks.value = 4
    await nextTick()
    expect(readout(w)).toEqual(values(pathsScene(4).readout))
    w.unmount()
  })

  it('the cursor handle moves with the arrow keys, only at that step, and Reset undoes it', async () => {
    slidev.clicks.value = 2
    const w = mount(CoefficientPaths, { attachTo: document.body })
    await settle()
    const presented = readout(w)
    await w.find('button[data-handle="lasso"]').trigger('keydown', { key: 'ArrowRight', shiftKey: true })
    const moved = readout(w)
    expect(moved[0]).not.toBe(presented[0])
    // Ten grid steps to the right (smaller λ) from the presented stop.
    expect(moved).toEqual(values(pathsScene(2, { axis: 'logLambda', cursor: { step: 2, index: pathsScene(2).cursorIndex + 10 } }).readout))
    slidev.clicks.value = 3
    await nextTick()
    expect(readout(w)).toEqual(values(pathsScene(3).readout))
    slidev.clicks.value = 2
    await nextTick()
    expect(readout(w)).toEqual(moved)
    await w.find('button.reset-button').trigger('click')
    expect(readout(w)).toEqual(presented)
    w.unmount()
  })

  it('switches the x-axis to the L1 norm and hides its controls in print mode', async () => {
    const w = mount(CoefficientPaths, { attachTo: document.body })
    await w.find('input[value="l1"]').setValue(true)
    expect(w.find('figcaption').text()).toBe(pathsScene(0, { axis: 'l1', cursor: null }).description)
    w.unmount()
    slidev.printMode.value = true
    const printed = mount(CoefficientPaths, { attachTo: document.body })
    expect(printed.find('input[type="radio"]').exists()).toBe(false)
    expect(printed.find('.readout').exists()).toBe(true)
    expect(printed.text()).toContain('392 cars (14 of 406 dropped for missing values)')
    printed.unmount()
  })
})

describe('CorrelatedFeatures (slide 22)', () => {
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

describe('CrossValidation (slide 23)', () => {
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

describe('LpBalls (slide 24)', () => {
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
