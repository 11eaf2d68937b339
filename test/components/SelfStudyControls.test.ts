// @vitest-environment happy-dom
// The shared self-study box: the slide's controls, then Reset; hidden in print; Reset is
// enabled only once something moved; #beside-reset shares Reset's row.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: SelfStudyControls } = await import('../../components/controls/SelfStudyControls.vue')

afterEach(resetSlidev)

describe('SelfStudyControls', () => {
  it('puts the controls first and Reset last, and takes the slide\'s class', () => {
    const w = mount(SelfStudyControls, { props: { touched: false }, attrs: { class: 'controls' }, slots: { default: () => h('input', { type: 'range' }) } })
    expect(w.classes()).toContain('controls')
    const children = w.element.children
    expect(children[0]!.tagName).toBe('INPUT')
    expect(children[children.length - 1]!.classList.contains('reset-button')).toBe(true)
  })

  it('enables Reset only when touched, and emits reset on click', async () => {
    const w = mount(SelfStudyControls, { props: { touched: false } })
    expect(w.find('button.reset-button').attributes('disabled')).toBeDefined()
    await w.setProps({ touched: true })
    expect(w.find('button.reset-button').attributes('disabled')).toBeUndefined()
    await w.find('button.reset-button').trigger('click')
    expect(w.emitted('reset')).toHaveLength(1)
  })

  it('renders nothing in print mode', async () => {
    slidev.printMode.value = true
    const w = mount(SelfStudyControls, { props: { touched: true }, slots: { default: () => h('input') } })
    await nextTick()
    expect(w.find('input').exists()).toBe(false)
    expect(w.find('button.reset-button').exists()).toBe(false)
  })

  it('puts #beside-reset in one row with Reset', () => {
    const w = mount(SelfStudyControls, { slots: { 'beside-reset': () => h('button', { class: 'extra' }, 'More') } })
    const row = w.find('.self-study-controls__row')
    expect(row.findAll('button').map(b => b.classes()[0])).toEqual(['extra', 'reset-button'])
    expect(w.findAll('button.reset-button')).toHaveLength(1)
  })
})
