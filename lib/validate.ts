// Argument checks shared by every public function. Messages follow one pattern,
// `<function>: <argument> must be <what> (got <value>)`, so a slide author sees at once
// which call and which argument went wrong. A value of the wrong JavaScript type throws
// TypeError; a value of the right type outside the allowed domain (NaN, ±Infinity,
// negative budgets, unknown names) throws RangeError.
import type { Vec2 } from './vec'

/** Short, readable rendering of an offending value for error messages. */
export function describe(x: unknown): string {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x)
  if (typeof x === 'string') return JSON.stringify(x)
  if (x === null) return 'null'
  if (Array.isArray(x)) return `an array of length ${x.length}`
  if (typeof x === 'object') return 'an object'
  return String(x)
}

/** Throws TypeError(`fn: name must be what (got x)`). */
export function typeFail(fn: string, name: string, what: string, x: unknown): never {
  throw new TypeError(`${fn}: ${name} must be ${what} (got ${describe(x)})`)
}

/** Throws RangeError(`fn: name must be what (got x)`). */
export function rangeFail(fn: string, name: string, what: string, x: unknown): never {
  throw new RangeError(`${fn}: ${name} must be ${what} (got ${describe(x)})`)
}

/** A finite number, else throws. */
export function finite(fn: string, name: string, x: unknown): number {
  if (typeof x !== 'number') typeFail(fn, name, 'a finite number', x)
  if (!Number.isFinite(x)) rangeFail(fn, name, 'a finite number', x)
  return x
}

/** A finite number ≥ 0, else throws. */
export function nonNegative(fn: string, name: string, x: unknown): number {
  const v = finite(fn, name, x)
  if (v < 0) rangeFail(fn, name, 'a non-negative number', x)
  return v
}

/** A finite number > 0, else throws. */
export function positive(fn: string, name: string, x: unknown): number {
  const v = finite(fn, name, x)
  if (v <= 0) rangeFail(fn, name, 'a positive number', x)
  return v
}

/** A finite number in [lo, hi], else throws. */
export function inRange(fn: string, name: string, x: unknown, lo: number, hi: number): number {
  const v = finite(fn, name, x)
  if (v < lo || v > hi) rangeFail(fn, name, `a number between ${lo} and ${hi}`, x)
  return v
}

/** An integer in [lo, hi], else throws. */
export function integer(fn: string, name: string, x: unknown, lo: number, hi: number): number {
  if (typeof x !== 'number') typeFail(fn, name, `an integer between ${lo} and ${hi}`, x)
  if (!Number.isInteger(x) || x < lo || x > hi) rangeFail(fn, name, `an integer between ${lo} and ${hi}`, x)
  return x
}

/** One of the listed string options, else throws. */
export function oneOf<T extends string>(fn: string, name: string, x: unknown, options: readonly T[]): T {
  const what = `one of ${options.map((o) => `'${o}'`).join(', ')}`
  if (typeof x !== 'string') typeFail(fn, name, what, x)
  if (!(options as readonly string[]).includes(x)) rangeFail(fn, name, what, x)
  return x as T
}

/** A non-null object (an options bag), else throws. */
export function object(fn: string, name: string, x: unknown): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) typeFail(fn, name, 'an object', x)
  return x as Record<string, unknown>
}

/** A pair of finite numbers, else throws. */
export function vec2(fn: string, name: string, x: unknown): Vec2 {
  if (!Array.isArray(x) || x.length !== 2) typeFail(fn, name, 'a pair [number, number]', x)
  finite(fn, `${name}[0]`, x[0])
  finite(fn, `${name}[1]`, x[1])
  return x as unknown as Vec2
}

/** A non-empty array of finite numbers (of the given length, if any), else throws. */
export function numberArray(fn: string, name: string, x: unknown, length?: number): number[] {
  if (!Array.isArray(x)) typeFail(fn, name, 'an array of numbers', x)
  if (x.length === 0) rangeFail(fn, name, 'a non-empty array', x)
  if (length !== undefined && x.length !== length) rangeFail(fn, name, `an array of length ${length}`, x)
  for (let i = 0; i < x.length; i++) finite(fn, `${name}[${i}]`, x[i])
  return x as number[]
}

/** A non-empty rectangular matrix (array of equal-length rows) of finite numbers; returns its shape. */
export function matrix(fn: string, name: string, x: unknown): { rows: number; cols: number } {
  if (!Array.isArray(x)) typeFail(fn, name, 'an array of rows', x)
  if (x.length === 0) rangeFail(fn, name, 'a non-empty array of rows', x)
  const first: unknown = x[0]
  if (!Array.isArray(first)) typeFail(fn, `${name}[0]`, 'an array of numbers', first)
  const cols = first.length
  if (cols === 0) rangeFail(fn, `${name}[0]`, 'a non-empty row', first)
  for (let i = 0; i < x.length; i++) {
    const row: unknown = x[i]
    if (!Array.isArray(row)) typeFail(fn, `${name}[${i}]`, 'an array of numbers', row)
    if (row.length !== cols) rangeFail(fn, `${name}[${i}]`, `a row of length ${cols} like ${name}[0] (ragged matrix)`, row)
    for (let j = 0; j < cols; j++) {
      const v: unknown = row[j]
      if (typeof v !== 'number') typeFail(fn, `${name}[${i}][${j}]`, 'a finite number', v)
      if (!Number.isFinite(v)) rangeFail(fn, `${name}[${i}][${j}]`, 'a finite number', v)
    }
  }
  return { rows: x.length, cols }
}
