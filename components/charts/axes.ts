// Shared axis and text styling, sized to be read from the back of a lecture hall
// (the slide canvas is 980 px wide; 16 px here is about 2.5% of the screen height).
import type { Palette } from './palette'

export const fontSize = { tick: 16, name: 18, label: 18 } as const

export interface AxisSpec {
  name?: string
  min: number
  max: number
  interval?: number
  /** Hide tick labels, e.g. on a shared axis. */
  bare?: boolean
}

export function valueAxis(p: Palette, spec: AxisSpec, gridIndex = 0): Record<string, unknown> {
  return {
    type: 'value',
    gridIndex,
    min: spec.min,
    max: spec.max,
    interval: spec.interval,
    name: spec.name,
    nameLocation: 'middle',
    nameGap: 32,
    nameTextStyle: { color: p.text, fontSize: fontSize.name, fontFamily: p.fontFamily },
    axisLine: { onZero: false, lineStyle: { color: p.axis, width: 1.5 } },
    axisTick: { lineStyle: { color: p.axis } },
    axisLabel: { show: !spec.bare, color: p.mutedText, fontSize: fontSize.tick, fontFamily: p.fontFamily },
    splitLine: { lineStyle: { color: p.grid } },
  }
}

/**
 * A vertical value axis with its name upright at the top ("w" reads as w, not sideways).
 * ECharts counts ticks from the minimum when given an interval, so for a lower end off the
 * tick grid (−0.5, a margin under 0) the interval becomes ECharts' own nice spacing and
 * an off-grid end gets no label.
 */
export function uprightAxis(p: Palette, spec: AxisSpec, gridIndex = 0): Record<string, unknown> {
  const onGrid = (v: number) => spec.interval === undefined || Math.abs(v / spec.interval - Math.round(v / spec.interval)) < 1e-9
  const offGrid = !onGrid(spec.min) || !onGrid(spec.max)
  const base = valueAxis(p, offGrid ? { ...spec, interval: undefined } : spec, gridIndex)
  return {
    ...base,
    ...(offGrid ? { minInterval: spec.interval } : {}),
    nameLocation: 'end',
    nameRotate: 0,
    nameGap: 10,
    axisLabel: { ...(base.axisLabel as Record<string, unknown>), showMinLabel: onGrid(spec.min), showMaxLabel: onGrid(spec.max) },
  }
}

/**
 * An axis label formatter that names given tick values and leaves the rest blank. Made once
 * per set of labels: a new function in every option would count as a change and redraw the
 * axes on every move (see axisLayer.ts).
 */
const labelFormatters = new Map<string, (v: number) => string>()
export function tickLabels(ticks: readonly { value: number; label: string }[]): (v: number) => string {
  const key = JSON.stringify(ticks)
  let formatter = labelFormatters.get(key)
  if (!formatter) {
    const labels = new Map(ticks.map(t => [t.value, t.label]))
    formatter = (v: number) => labels.get(v) ?? ''
    labelFormatters.set(key, formatter)
  }
  return formatter
}

/** Common top-level keys: transparent background, deck font, no tooltip chrome. */
export function baseOption(p: Palette): Record<string, unknown> {
  return {
    backgroundColor: p.background,
    textStyle: { fontFamily: p.fontFamily, color: p.text },
  }
}
