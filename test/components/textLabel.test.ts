// Label-only series: the text is always shown, no marker is drawn, and the series sits on
// the grid it is given (ECharts' first grid when none is).
import { describe, expect, it } from 'vitest'
import { textLabelSeries } from '../../components/options/textLabel'

describe('textLabelSeries', () => {
  it('shows its label and draws no marker', () => {
    const s = textLabelSeries('note', [[1, 2]], { formatter: 'hello', color: '#000' }, { z: 6 })
    expect(s).toMatchObject({ id: 'note', type: 'scatter', data: [[1, 2]], symbolSize: 0, silent: true, z: 6 })
    expect(s.label).toEqual({ show: true, formatter: 'hello', color: '#000' })
  })

  it('draws its text fully opaque: a scatter label takes its symbol\'s opacity, 0.8 by default', () => {
    expect(textLabelSeries('note', [[1, 2]], { formatter: 'hello' }, { z: 6 }).itemStyle).toEqual({ opacity: 1 })
  })

  it('names both axes of its grid, or none for the first grid', () => {
    const onSecond = textLabelSeries('a', [[0, 0]], {}, { gridIndex: 1, z: 1 })
    expect([onSecond.xAxisIndex, onSecond.yAxisIndex]).toEqual([1, 1])
    const onFirst = textLabelSeries('b', [[0, 0]], {}, { z: 1 })
    expect('xAxisIndex' in onFirst || 'yAxisIndex' in onFirst).toBe(false)
  })
})
