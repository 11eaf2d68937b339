// @vitest-environment happy-dom
// ContourArgument ("The contour argument") as a component: readouts follow the click; the
// marker slider and the dragged black dot change the picture and Reset restores it. The
// chart uses the SVG renderer, so it mounts for real.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { argumentScene } from '../../lib/scenes/contourArgument'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: ContourArgument } = await import('../../components/ContourArgument.vue')
const { default: LambdaCompetition } = await import('../../components/LambdaCompetition.vue')
const { default: CrossPolytope } = await import('../../components/CrossPolytope.vue')

afterEach(resetSlidev)

describe('ContourArgument ("The contour argument")', () => {
  it('reads out the optima of the current click', async () => {
    const w = mount(ContourArgument, { attachTo: document.body })
    const values = () => w.findAll('.argument-readout dd').map(d => d.text())
    expect(values()).toEqual([])
    slidev.clicks.value = 3
    await nextTick()
    expect(values()).toEqual(argumentScene(3).readout.map(r => r.value))
    expect(values()[0]).toBe('(2.58, 0.00) \u00B7 loss 23.90')
    expect(values()[2]).toBe('(2.50, 0.64) \u00B7 loss 21.37')
    w.unmount()
  })

  it('the marker slider moves the marker; Reset returns it', async () => {
    slidev.clicks.value = 2
    const w = mount(ContourArgument, { attachTo: document.body })
    const marker = () => w.findAll('.argument-readout dd')[1]!.text()
    const presented = marker()
    await w.find('input[type="range"]').setValue('-0.2')
    expect(marker()).toBe(argumentScene(2, { center: null, marker: -0.2 }).readout[1]!.value)
    await w.find('button.reset-button').trigger('click')
    expect(marker()).toBe(presented)
    w.unmount()
  })

  it('offers the black dot as a keyboard handle, and no controls in print', async () => {
    const w = mount(ContourArgument, { attachTo: document.body })
    await new Promise(r => setTimeout(r, 50))
    expect(w.find('[data-handle="minimum"]').exists()).toBe(true)
    w.unmount()
    slidev.printMode.value = true
    const p = mount(ContourArgument, { attachTo: document.body })
    expect(p.find('button.reset-button').exists()).toBe(false)
    expect(p.find('[data-handle="minimum"]').exists()).toBe(false)
    p.unmount()
  })
})
