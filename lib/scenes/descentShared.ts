// Pieces shared by the step-size descent slides (section 5): the one-weight penalties in the
// third seed's convention (|w| and ½w²), sampled curves, the iterate tables and the
// number format that keeps "exactly 0" apart from "tiny".
import type { Norm, Vec2 } from '../index'
import { sign0 } from '../index'

/** P(w): |w| for l1, ½w² for l2 (the third seed's convention, as in descend). */
export function penalty1D(norm: Norm, w: number): number {
  return norm === 'l1' ? Math.abs(w) : 0.5 * w * w
}

/** P'(w): sign(w) with sign(0) = 0 for l1 (the subgradient descend uses), w for l2. */
export function penaltySlope1D(norm: Norm, w: number): number {
  return norm === 'l1' ? sign0(w) : w
}

/** How the audience names each penalty and its slope on screen. */
export const penaltyNames: Record<Norm, { penalty: string; slope: string; short: string }> = {
  l1: { penalty: '|w|', slope: 'sign(w)', short: 'L1' },
  l2: { penalty: '\u00BDw\u00B2', slope: 'w', short: 'L2' },
}

/**
 * `f` sampled at n + 1 evenly spaced points of [from, to], plus w = 0 when it lies inside,
 * so the kink of |w| is drawn exactly.
 */
export function sampleCurve(f: (w: number) => number, from: number, to: number, n = 120): Vec2[] {
  const xs = Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n)
  if (from < 0 && to > 0 && !xs.includes(0)) xs.push(0)
  return xs.sort((a, b) => a - b).map(w => [w, f(w)] as const)
}

/**
 * The part of a sampled convex curve at or below yMax, with the exact crossing points
 * interpolated in, so the curve meets the top edge of the plot and its end label shows.
 */
export function clipConvexCurve(points: readonly Vec2[], yMax: number): Vec2[] {
  const out: Vec2[] = []
  const cross = (a: Vec2, b: Vec2): Vec2 => {
    const t = (yMax - a[1]) / (b[1] - a[1])
    return [a[0] + t * (b[0] - a[0]), yMax]
  }
  points.forEach((pt, i) => {
    const prev = points[i - 1]
    const inside = pt[1] <= yMax
    if (prev && (prev[1] <= yMax) !== inside) out.push(cross(prev, pt))
    if (inside) out.push(pt)
  })
  return out
}

/** The ends a descent plot may have: few, so a slider sweep changes the axis only at a handful of thresholds. */
const RANGE_ENDS = [0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10] as const

/**
 * A plot range covering `values` and 0 with a margin. Each end is the nearest of a short
 * ladder (0.25, 0.5, 1, 1.5, 2, 3, …), so while a slider sweeps, the axis stays put between
 * a few thresholds instead of moving with every value (the viewer sees the path change, not
 * the scale); the tick spacing gives at most eight intervals.
 */
export function niceRange(values: readonly number[]): { domain: Vec2; tick: number } {
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const pad = Math.max(0.05, 0.08 * (hi - lo))
  const end = (reach: number) => RANGE_ENDS.find(e => e >= reach)
  const [below, above] = [end(pad - lo), end(hi + pad)]
  if (below === undefined || above === undefined) throw new RangeError(`niceRange: values span too far for the descent plots (${lo} to ${hi})`)
  const domain: Vec2 = [-below, above]
  const tick = [0.1, 0.2, 0.25, 0.5, 1, 2, 5].find(t => (above + below) / t <= 8 + 1e-9)!
  return { domain, tick }
}

/** The click step clamped to 0..max; throws on a step that is not a non-negative integer. */
export function checkStep(fn: string, step: number, max: number): number {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
  return Math.min(step, max)
}

/** Throws unless x is a finite number in [lo, hi]. */
export function checkInRange(fn: string, name: string, x: number, lo: number, hi: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < lo || x > hi) {
    throw new RangeError(`${fn}: ${name} must be a number between ${lo} and ${hi} (got ${x})`)
  }
  return x
}

/** x clamped to [lo, hi]; NaN becomes `fallback` (components use this before building a scene). */
export function clampTo(x: number, lo: number, hi: number, fallback: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : fallback
}

const superscript: Record<string, string> = { '-': '\u207B', 0: '\u2070', 1: '\u00B9', 2: '\u00B2', 3: '\u00B3', 4: '\u2074', 5: '\u2075', 6: '\u2076', 7: '\u2077', 8: '\u2078', 9: '\u2079' }

/** "10⁻³⁰⁰": an integer power of ten as the audience writes it. */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent).replace(/[-\d]/g, c => superscript[c]!)}`
}

/**
 * An iterate as shown in a table or readout: exactly 0 prints as "0"; otherwise up to
 * six significant digits with trailing zeros dropped ("0.078125", "−0.2"), and very small
 * values in powers of ten ("4.9 × 10⁻³²⁴"), so a tiny number is never shown as 0.
 */
export function formatIterate(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatIterate: x must be finite (got ${x})`)
  if (x === 0) return '0'
  const sign = x < 0 ? '\u2212' : ''
  const a = Math.abs(x)
  if (a >= 1e-4 && a < 1e6) return sign + trimZeros(a.toPrecision(6))
  const [mantissa, exponent] = a.toExponential(1).split('e')
  return `${sign}${mantissa} \u00D7 ${powerOfTen(Number(exponent))}`
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** One row of an iterate table: its label (usually the step) and its values, already formatted. */
export interface IterateRow {
  label: string
  cells: string[]
  /** Which cells hold an exact zero (shown with a mark as well as colour). */
  zero: boolean[]
}

/** Rows at steps `ks` of the given sequences (one column each), recomputed from the step. */
export function iterateRows(columns: readonly (readonly number[])[], ks: readonly number[]): IterateRow[] {
  return ks.map(k => ({
    label: String(k),
    cells: columns.map(c => formatIterate(at(c, k))),
    zero: columns.map(c => at(c, k) === 0),
  }))
}

/** 0, 1, …, n. */
export function upTo(n: number): number[] {
  return Array.from({ length: n + 1 }, (_, k) => k)
}

/** c[k], throwing if the sequence is too short (a scene asked for a step it never computed). */
export function at(c: readonly number[], k: number): number {
  const v = c[k]
  if (v === undefined) throw new RangeError(`descent scene: no iterate ${k} (sequence has ${c.length})`)
  return v
}

/** The points (k, w_k) for k = 0..shown: a sequence plotted against the step. */
export function againstStep(c: readonly number[], shown: number): Vec2[] {
  return upTo(shown).map(k => [k, at(c, k)] as const)
}
