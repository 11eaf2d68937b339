import { describe, expect, it } from 'vitest'
import { splitAxes } from '../../components/charts/axisLayer'

const axis = (extra: Record<string, unknown> = {}) => ({ type: 'value', min: 0, max: 10, name: 'x', ...extra })

describe('splitAxes', () => {
  it('splits a chart whose axes all have fixed ranges: axes below, content with hidden axes', () => {
    const option = { grid: [{ left: 1 }], xAxis: [axis()], yAxis: [axis({ name: 'y' })], series: [{ id: 's' }], graphic: [] }
    const split = splitAxes(option)!
    expect(split.axes).toEqual({ grid: option.grid, xAxis: option.xAxis, yAxis: option.yAxis })
    expect(split.content).toEqual({ ...option, xAxis: [{ ...axis(), show: false }], yAxis: [{ ...axis({ name: 'y' }), show: false }] })
    expect(option.xAxis[0]).not.toHaveProperty('show') // the caller's option is not changed
  })

  it('accepts single axes and category axes with their data', () => {
    expect(splitAxes({ xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: axis() })).toBeDefined()
  })

  it('keeps one layer when any axis takes its range from the data, or there are no axes', () => {
    expect(splitAxes({ xAxis: [axis(), axis({ max: undefined })], yAxis: [axis()] })).toBeUndefined()
    expect(splitAxes({ xAxis: axis({ min: (v: { min: number }) => v.min }), yAxis: axis() })).toBeUndefined()
    expect(splitAxes({ xAxis: { type: 'category' }, yAxis: axis() })).toBeUndefined()
    expect(splitAxes({ series: [] })).toBeUndefined()
  })
})
