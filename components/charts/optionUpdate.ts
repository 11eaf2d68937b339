// The smallest ECharts update from one picture to the next. ECharts redoes a component's
// whole pipeline when it is handed that component again, changed or not; between two
// frames of a drag or two click steps most of a picture stays put (axes, the region, most
// dots), so only what changed is sent. Leaving out an unchanged component is the same as
// merging it again, so the frame drawn is the one the whole option would draw.

type Plain = Record<string, unknown>

/** Deep equality of option values: numbers, strings, arrays, Float64Arrays, plain objects; functions by identity. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  // Point data as typed arrays (see xyData in options/plane.ts): element by element. ECharts
  // marks a typed array it was given with a property of its own, which is not data.
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) return sameNumbers(a, b)
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!sameValue(a[i], b[i])) return false
    }
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue((a as Plain)[k], (b as Plain)[k])) return false
  }
  return true
}

function sameNumbers(a: object, b: object): boolean {
  if (!(a instanceof Float64Array) || !(b instanceof Float64Array) || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) return false
  }
  return true
}

const idOf = (c: unknown): unknown => (typeof c === 'object' && c !== null ? (c as Plain).id : undefined)

/** Whether two component lists hold components with the same ids, in the same order, all named. */
function sameIds(prev: unknown, next: unknown): prev is unknown[] {
  if (!Array.isArray(prev) || !Array.isArray(next) || prev.length !== next.length) return false
  return next.every((c, i) => idOf(c) != null && idOf(c) === idOf(prev[i]))
}

export interface OptionUpdate {
  option: Plain
  replaceMerge: string[]
}

/**
 * What to pass to `setOption` to turn the chart drawn from `prev` into `next`.
 * Unchanged top-level keys are left out (a normal merge keeps them). A component list whose
 * ids are unchanged sends only the components that changed, merged by id. Anything else is
 * sent whole, replaced if its key is in `replace`. Without `prev`, or when `next` drops a
 * key `prev` had, the whole option is sent.
 */
export function optionUpdate(prev: Plain | undefined, next: Plain, replace: readonly string[]): OptionUpdate {
  const whole = { option: next, replaceMerge: [...replace] }
  if (!prev) return whole
  for (const key of Object.keys(prev)) {
    if (!(key in next)) return whole
  }
  const option: Plain = {}
  const replaceMerge: string[] = []
  for (const key of Object.keys(next)) {
    const before = prev[key]
    const after = next[key]
    if (sameValue(before, after)) continue
    if (sameIds(before, after)) {
      option[key] = (after as unknown[]).filter((c, i) => !sameValue(before[i], c))
      continue
    }
    option[key] = after
    if (replace.includes(key)) replaceMerge.push(key)
  }
  return { option, replaceMerge }
}
