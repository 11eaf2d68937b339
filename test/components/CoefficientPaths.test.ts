// @vitest-environment happy-dom
// CoefficientPaths ("Coefficient paths on real data"): the scene at the current click, the
// cursor and axis controls, Reset, and print mode hiding the controls.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { pathsScene } from '../../lib/scenes/coefficientPaths'

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

describe('CoefficientPaths ("Coefficient paths on real data")', () => {
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
