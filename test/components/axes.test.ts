// uprightAxis: ECharts counts ticks from the minimum when given an interval, so an axis
// end off the tick grid must hand the spacing to ECharts and lose its own label.
import { describe, expect, it } from 'vitest'
import { uprightAxis } from '../../components/charts/axes'
import { lightPalette } from '../../components/charts/palette'

describe('uprightAxis', () => {
  it('keeps the interval and labels both ends when they are on the tick grid', () => {
    const a = uprightAxis(lightPalette, { name: 'w', min: -2, max: 3, interval: 1 })
    expect(a).toMatchObject({ interval: 1, nameLocation: 'end', nameRotate: 0, axisLabel: { showMinLabel: true, showMaxLabel: true } })
    expect(a.minInterval).toBeUndefined()
  })

  it('for an end off the grid, leaves the ticks to ECharts (no finer than the interval) and hides that end\'s label', () => {
    const a = uprightAxis(lightPalette, { min: -0.5, max: 3, interval: 1 })
    expect(a.interval).toBeUndefined()
    expect(a.minInterval).toBe(1)
    expect(a.axisLabel).toMatchObject({ showMinLabel: false, showMaxLabel: true })
  })
})
