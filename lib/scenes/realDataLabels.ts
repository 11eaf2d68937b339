// Placing line labels so they never overlap: each label wants to sit at its line's height,
// labels keep at least `gap` apart, and the set stays inside [lo, hi]. Pure, in any units.

/**
 * Positions for labels that want to sit at `wanted` (any order), at least `gap` apart and
 * within [lo, hi], moving them as little as possible in total (pool-adjacent blocks: each
 * block of labels pushed together sits centred on the mean of what its members want).
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  if (!(gap >= 0) || !Number.isFinite(gap)) throw new RangeError(`spreadLabels: gap must be finite and ≥ 0 (got ${gap})`)
  if (!(hi >= lo)) throw new RangeError(`spreadLabels: hi must be ≥ lo (got lo = ${lo}, hi = ${hi})`)
  for (const w of wanted) if (!Number.isFinite(w)) throw new RangeError(`spreadLabels: wanted positions must be finite (got ${w})`)
  const n = wanted.length
  if (n === 0) return []
  const order = wanted.map((_, i) => i).sort((i, j) => (wanted[i] as number) - (wanted[j] as number) || i - j)
  // Shift label k by −k·gap so "at least gap apart" becomes "non-decreasing"; then the
  // least-squares non-decreasing fit is pool-adjacent-violators.
  const target = order.map((i, k) => (wanted[i] as number) - k * gap)
  const blocks: { sum: number; count: number }[] = []
  for (const v of target) {
    blocks.push({ sum: v, count: 1 })
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!
      const prev = blocks[blocks.length - 2]!
      if (prev.sum / prev.count <= last.sum / last.count) break
      prev.sum += last.sum
      prev.count += last.count
      blocks.pop()
    }
  }
  const fitted: number[] = []
  for (const b of blocks) for (let i = 0; i < b.count; i++) fitted.push(b.sum / b.count)
  // Inside [lo, hi]: in the shifted space every label has the same bounds [lo, hi − span],
  // and clamping a non-decreasing sequence to one interval keeps it non-decreasing.
  const top = Math.max(lo, hi - (n - 1) * gap)
  const out = new Array<number>(n)
  order.forEach((i, k) => {
    const v = Math.min(top, Math.max(lo, fitted[k] as number))
    out[i] = v + k * gap
  })
  return out
}
