import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { optionUpdate, sameValue } from '../../components/charts/optionUpdate'
import { xyData } from '../../components/options/plane'

const REPLACE = ['series', 'graphic', 'grid', 'xAxis', 'yAxis'] as const

const dot = (id: string, x: number) => ({ id, type: 'scatter', data: [[x, 1]], itemStyle: { color: '#000' } })
const base = () => ({
  animation: false,
  grid: [{ id: 'grid-0', left: 10 }],
  xAxis: [{ id: 'xAxis-0', min: 0, max: 10 }],
  yAxis: [{ id: 'yAxis-0', min: 0, max: 10 }],
  series: [dot('a', 1), dot('b', 2), dot('c', 3)],
})

describe('sameValue', () => {
  it('compares structure, not identity, and ignores key order', () => {
    expect(sameValue({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true)
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
    expect(sameValue(null, {})).toBe(false)
  })

  it('compares functions by identity (a new renderItem is a change)', () => {
    const f = () => 1
    expect(sameValue({ f }, { f })).toBe(true)
    expect(sameValue({ f }, { f: () => 1 })).toBe(false)
  })

  it('compares point data given as Float64Arrays by their numbers (xyData), not by identity', () => {
    const a = xyData([[1, 2], [3, Number.MIN_VALUE]]).data
    const b = xyData([[1, 2], [3, Number.MIN_VALUE]]).data
    // ECharts marks a typed array it was handed with a property of its own: not data
    ;(b as unknown as Record<string, unknown>).__ec_primitive__ = true
    expect(sameValue({ data: a }, { data: b })).toBe(true)
    expect(sameValue(a, xyData([[1, 2], [3, 0]]).data)).toBe(false)
    expect(sameValue(a, xyData([[1, 2]]).data)).toBe(false)
    expect(sameValue(a, [1, 2, 3, Number.MIN_VALUE])).toBe(false)
    expect(sameValue(new Float64Array([Number.NaN]), new Float64Array([Number.NaN]))).toBe(true)
  })

  it('agrees with a canonical JSON comparison on random JSON values', () => {
    const canonical = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.keys(x).sort().map(k => [k, (x as Record<string, unknown>)[k]]))
      : x))
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(sameValue(a, structuredClone(a))).toBe(true)
      expect(sameValue(a, b)).toBe(canonical(a) === canonical(b))
    }), { numRuns: 500 })
  })
})

describe('optionUpdate', () => {
  it('sends the whole option, replacing the listed components, for a new chart', () => {
    const next = base()
    expect(optionUpdate(undefined, next, REPLACE)).toEqual({ option: next, replaceMerge: [...REPLACE] })
  })

  it('sends nothing when nothing changed', () => {
    expect(optionUpdate(base(), base(), REPLACE)).toEqual({ option: {}, replaceMerge: [] })
  })

  it('sends only the series that changed, merged by id, when the ids are the same', () => {
    const next = base()
    next.series[1] = dot('b', 7)
    expect(optionUpdate(base(), next, REPLACE)).toEqual({ option: { series: [dot('b', 7)] }, replaceMerge: [] })
  })

  it('replaces the whole list when series come or go, or change order', () => {
    const fewer = { ...base(), series: [dot('a', 1), dot('c', 3)] }
    expect(optionUpdate(base(), fewer, REPLACE)).toEqual({ option: { series: fewer.series }, replaceMerge: ['series'] })
    const swapped = { ...base(), series: [dot('b', 2), dot('a', 1), dot('c', 3)] }
    expect(optionUpdate(base(), swapped, REPLACE).replaceMerge).toEqual(['series'])
  })

  it('treats components without ids as a whole', () => {
    const prev = { ...base(), graphic: [{ type: 'text', style: { text: 'a' } }] }
    const next = { ...base(), graphic: [{ type: 'text', style: { text: 'b' } }] }
    expect(optionUpdate(prev, next, REPLACE)).toEqual({ option: { graphic: next.graphic }, replaceMerge: ['graphic'] })
  })

  it('sends changed top-level settings (motion) on their own', () => {
    const next = { ...base(), animation: true }
    expect(optionUpdate(base(), next, REPLACE)).toEqual({ option: { animation: true }, replaceMerge: [] })
  })

  it('falls back to the whole option when a key disappears (a merge cannot remove it)', () => {
    const prev = { ...base(), graphic: [] }
    expect(optionUpdate(prev, base(), REPLACE)).toEqual({ option: base(), replaceMerge: [...REPLACE] })
  })

  it('never drops a change: merging the update into the old option by id gives the new one', () => {
    // A small model of ECharts' merge for these options: top-level keys overwrite, listed
    // components are merged by id (or replaced when listed in replaceMerge).
    const merge = (prev: Record<string, unknown>, u: { option: Record<string, unknown>; replaceMerge: string[] }) => {
      const out = { ...prev }
      for (const [k, v] of Object.entries(u.option)) {
        if (Array.isArray(v) && Array.isArray(prev[k]) && !u.replaceMerge.includes(k))
          out[k] = (prev[k] as { id: string }[]).map(c => (v as { id: string }[]).find(n => n.id === c.id) ?? c)
        else out[k] = v
      }
      return out
    }
    const series = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), x: fc.integer({ min: 0, max: 3 }) }), { selector: s => s.id, maxLength: 4 })
    const option = fc.record({ animation: fc.boolean(), series: series.map(list => list.map(s => dot(s.id, s.x))) })
    fc.assert(fc.property(option, option, (prev, next) => {
      expect(merge(prev, optionUpdate(prev, next, REPLACE))).toEqual(next)
    }), { numRuns: 500 })
  })
})
