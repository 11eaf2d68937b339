// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { resetSlidev, slidev, slidevClientMock } from './slidevMock'

vi.mock('@slidev/client', () => slidevClientMock)
const { default: SceneChart } = await import('../../components/charts/SceneChart.vue')
const { xyData } = await import('../../components/options/plane')

const option = {
  xAxis: { type: 'value', min: 0, max: 10 },
  yAxis: { type: 'value', min: 0, max: 10 },
  series: [{ id: 's', type: 'scatter', data: [[2, 3], [5, 5]] }],
}

/** Waits until the chart (loaded asynchronously, like in the deck) reports its frame drawn. */
async function settle(w?: { attributes: (k: string) => string | undefined }) {
  await nextTick()
  if (w) await vi.waitFor(() => expect(w.attributes('data-chart-ready')).toBe('true'), { timeout: 5000, interval: 20 })
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise(r => setTimeout(r, 30))
  }
}

afterEach(resetSlidev)

describe('SceneChart', () => {
  it('draws an SVG at the size it was given and marks itself ready for the exporter', async () => {
    const w = mount(SceneChart, { props: { option, width: 400, height: 300, description: 'Two points.' }, attachTo: document.body })
    await settle(w)
    const svg = w.find('svg')
    expect(svg.exists()).toBe(true)
    expect(svg.attributes('width')).toBe('400')
    expect(svg.attributes('height')).toBe('300')
    expect(w.attributes('data-waitfor')).toBe('.chart-ready')
    expect(w.find('.chart-ready').exists()).toBe(true)
    expect(w.attributes('data-chart-ready')).toBe('true')
    w.unmount()
  })

  it('tells screen readers what it shows, and updates the text with the scene', async () => {
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: 'Two points.' }, attachTo: document.body })
    await settle(w)
    expect(w.find('figcaption').text()).toBe('Two points.')
    expect(w.find('.scene-chart__canvas').attributes('aria-hidden')).toBe('true')
    await w.setProps({ description: 'Three points.' })
    expect(w.find('figcaption').text()).toBe('Three points.')
    w.unmount()
  })

  it('redraws when the option changes (the frame follows the scene)', async () => {
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    const before = w.findAll('svg').map(svg => svg.html()).join()
    await w.setProps({ option: { ...option, series: [{ id: 's', type: 'scatter', data: [[8, 8]] }] } })
    await settle(w)
    expect(w.findAll('svg').map(svg => svg.html()).join()).not.toBe(before)
    w.unmount()
  })

  it('draws the same frame after a partial update as a chart given the final option at once', async () => {
    const two = (x: number, colour: string) => ({
      ...option,
      series: [
        { id: 'fixed', type: 'line', data: [[0, 0], [10, 10]], lineStyle: { color: '#333' } },
        { id: 'moving', type: 'scatter', data: [[x, 5]], itemStyle: { color: colour } },
      ],
    })
    const shapes = (w: ReturnType<typeof mount>) => w.findAll('svg').flatMap(svg => svg.findAll('path, text, circle')).map(e => e.attributes()).map(a => JSON.stringify(a)).sort()
    const updated = mount(SceneChart, { props: { option: two(2, '#a00'), width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(updated)
    await updated.setProps({ option: two(6, '#00a') })
    await settle(updated)
    const fresh = mount(SceneChart, { props: { option: two(6, '#00a'), width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(fresh)
    expect(shapes(updated)).toEqual(shapes(fresh))
    expect(shapes(updated).join()).toContain('#00a')
    updated.unmount()
    fresh.unmount()
  })

  it('draws fixed-range axes in their own layer below, and leaves it alone when only the series change', async () => {
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    const [axesSvg, contentSvg] = w.findAll('svg')
    expect(contentSvg).toBeDefined()
    expect(axesSvg!.findAll('text').map(t => t.text())).toContain('10') // the axis labels are in the lower layer
    expect(contentSvg!.findAll('text').length).toBe(0)
    const axesBefore = axesSvg!.html()
    const contentBefore = contentSvg!.html()
    await w.setProps({ option: { ...option, series: [{ id: 's', type: 'scatter', data: [[8, 8]] }] } })
    await settle(w)
    expect(w.findAll('svg')[0]!.html()).toBe(axesBefore)
    expect(w.findAll('svg')[1]!.html()).not.toBe(contentBefore)
    w.unmount()
  })

  it('draws a click step in a task of its own, marked not ready until then; direct input at once', async () => {
    const moved = (x: number) => ({ ...option, series: [{ id: 's', type: 'scatter', data: [[x, x]] }] })
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    const content = () => w.findAll('svg')[1]!.html()
    const before = content()
    // a click step: the option follows the click, the chart draws it in a later task
    slidev.clicks.value = 1
    await w.setProps({ option: moved(8) })
    await nextTick()
    expect(w.attributes('data-chart-ready')).toBe('false')
    expect(content()).toBe(before)
    await settle(w)
    expect(content()).not.toBe(before)
    // direct input (no click change): drawn in the same task
    const stepped = content()
    await w.setProps({ option: moved(3) })
    await nextTick()
    await nextTick()
    expect(content()).not.toBe(stepped)
    w.unmount()
  })

  it('a click step that leaves this chart\u2019s option alone leaves no step behind: the next input is drawn at once, unanimated', async () => {
    const moved = (x: number) => ({ ...option, series: [{ id: 's', type: 'scatter', data: [[x, x]] }] })
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    const content = () => w.findAll('svg')[1]!.html()
    // Steps that change only another chart of the slide (this option stays as it is).
    slidev.clicks.value = 3
    await settle(w)
    slidev.clicks.value = 4
    await settle(w)
    const before = content()
    // Then a slider: drawn in the same task, as direct input always is, and never eased.
    await w.setProps({ option: moved(7) })
    await nextTick()
    await nextTick()
    expect(w.attributes('data-chart-ready')).not.toBe('false')
    expect(content()).not.toBe(before)
    expect(content()).not.toMatch(/animation/)
    w.unmount()
  })

  it('paints direct input on the live canvas, and ECharts draws the same option once the input pauses', async () => {
    // happy-dom has no 2-D canvas: a stand-in records what is painted.
    const painted: string[] = []
    const fake = new Proxy({}, { get: (_t, key: string) => key === 'measureText' ? () => ({ width: 10 }) : (...args: unknown[]) => { painted.push(`${key} ${args.join(',')}`) }, set: () => true })
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fake as unknown as CanvasRenderingContext2D)
    const moved = (x: number) => ({ ...option, grid: { left: 30, top: 10, width: 240, height: 160 }, series: [{ id: 's', type: 'scatter', data: [[x, x]], symbol: 'rect', symbolSize: 10 }] })
    const w = mount(SceneChart, { props: { option: moved(2), width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    expect(painted).toEqual([]) // the first frame is ECharts'
    const content = () => w.findAll('svg')[1]!.html()
    const before = content()
    await w.setProps({ option: moved(8) })
    await nextTick()
    await nextTick()
    // ECharts' frame stays as it was, hidden; the live canvas shows the new one, not ready yet.
    expect(content()).toBe(before)
    // (Shown and hidden by a class: the stylesheet hides it without taking it out of the layout.)
    expect(w.find('.scene-chart__live').classes()).not.toContain('scene-chart__live--idle')
    expect(w.attributes('data-chart-ready')).toBe('false')
    // (8, 8) in a 240 × 160 grid at (30, 10) is at (30 + 192, 10 + 160 − 128); the 10 px square around it.
    expect(painted).toContain('rect 217,37,10,10')
    await settle(w) // waits for ready: the input has paused, and ECharts has drawn
    expect(content()).not.toBe(before)
    expect(w.find('.scene-chart__live').classes()).toContain('scene-chart__live--idle')
    getContext.mockRestore()
    w.unmount()
  })

  it('draws point data given as a Float64Array (xyData) exactly as the same [x, y] pairs', async () => {
    const points = Array.from({ length: 40 }, (_, i) => [i / 4, 5 + 4 * Math.sin(i / 5)] as [number, number])
    const line = (data: Record<string, unknown>) => ({ ...option, series: [{ id: 'l', type: 'line', showSymbol: false, endLabel: { show: true, formatter: 'end' }, ...data }] })
    const pairs = mount(SceneChart, { props: { option: line({ data: points }), width: 300, height: 200, description: '' }, attachTo: document.body })
    const typed = mount(SceneChart, { props: { option: line(xyData(points)), width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(pairs)
    await settle(typed)
    // the same path and label; only the instance's own clip-path id differs
    const drawn = (w: ReturnType<typeof mount>) => w.findAll('svg')[1]!.html().replace(/zr\d+-/g, 'zr-')
    expect(drawn(typed)).toBe(drawn(pairs))
    expect(drawn(typed)).toContain('>end</text>')
    pairs.unmount()
    typed.unmount()
  })

  it('keeps one layer when an axis takes its range from the data', async () => {
    const auto = { ...option, yAxis: { type: 'value' } }
    const w = mount(SceneChart, { props: { option: auto, width: 300, height: 200, description: '' }, attachTo: document.body })
    await settle(w)
    expect(w.findAll('svg').length).toBe(1)
    w.unmount()
  })

  it('offers keyboard-operable handles, and none in print mode', async () => {
    const handles = [{ id: 'p', x: 2, y: 3, label: 'Point', step: [1, 0.5] as const }]
    const w = mount(SceneChart, { props: { option, width: 300, height: 200, description: '', handles }, attachTo: document.body })
    await settle(w)
    const button = w.find('button[data-handle="p"]')
    expect(button.attributes('aria-label')).toBe('Point')
    await button.trigger('keydown', { key: 'ArrowRight' })
    await button.trigger('keydown', { key: 'ArrowUp', shiftKey: true })
    expect(w.emitted('handle-move')).toEqual([['p', [3, 3]], ['p', [2, 8]]])
    w.unmount()

    slidev.printMode.value = true
    const printed = mount(SceneChart, { props: { option, width: 300, height: 200, description: '', handles }, attachTo: document.body })
    await settle(w)
    expect(printed.find('button[data-handle]').exists()).toBe(false)
    printed.unmount()
  })
})
