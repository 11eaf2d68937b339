// Scenes are pure functions of their parameters, but some parts are costly and come back often:
// a slider revisits its positions, a drag of the view leaves the surfaces as they were. A memo
// table keeps the last results by key; it is emptied when full, so it never grows without bound.
// Callers share what it returns and must not change it.

/** A table of at most `limit` results: `remember(key, make)` returns the one made for `key`, making it once. */
export function memoTable(limit: number): <T>(key: string, make: () => T) => T {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`memoTable: limit must be a positive integer (got ${limit})`)
  const table = new Map<string, unknown>()
  return <T>(key: string, make: () => T): T => {
    if (table.has(key)) return table.get(key) as T
    if (table.size >= limit) table.clear()
    const value = make()
    table.set(key, value)
    return value
  }
}
