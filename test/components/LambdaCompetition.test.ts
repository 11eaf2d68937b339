// @vitest-environment happy-dom
// LambdaCompetition and CrossPolytope ("Competition, and corners in higher dimensions"): the
// readouts follow the click; the λ and turn sliders change the pictures and Reset restores them.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'
import { competitionScene } from '../../lib/scenes/lambdaCompetition'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: ContourArgument } = await import('../../components/ContourArgument.vue')
const { default: LambdaCompetition } = await import('../../components/LambdaCompetition.vue')
const { default: CrossPolytope } = await import('../../components/CrossPolytope.vue')

afterEach(resetSlidev)

describe('LambdaCompetition and CrossPolytope ("Competition, and corners in higher dimensions")', () => {
  it('λ follows the clicks and the slider', async () => {
    const w = mount(LambdaCompetition, { attachTo: document.body })
    const rows = () => w.findAll('.competition__readout dd').map(d => d.text())
    expect(rows()).toEqual(competitionScene(0).readout.map(r => r.value))
    slidev.clicks.value = 2
    await nextTick()
    expect(rows()).toEqual(competitionScene(2).readout.map(r => r.value))
    await w.find('input[type="range"]').setValue('8')
    expect(rows()).toEqual(competitionScene(2, { lambda: 8 }).readout.map(r => r.value))
    w.unmount()
  })

  it('the polytope appears at its click and marks the edges one click later', async () => {
    const w = mount(CrossPolytope, { props: { from: 3 }, attachTo: document.body })
    expect(w.find('.scene-chart').exists()).toBe(false)
    slidev.clicks.value = 3
    await nextTick()
    expect(w.find('.scene-chart').exists()).toBe(true)
    expect(w.find('figcaption').text()).toMatch(/octahedron/)
    expect(w.findAll('.polytope__shares tr')).toHaveLength(4)
    w.unmount()
  })
})
