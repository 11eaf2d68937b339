// Readout text shared by the simulation slides (section 3): counts with a thin space between
// thousands, and percentages whose precision follows their size, so 0.07 % is not shown as
// 0.1 % and an exact zero is written as a plain 0.

/** 5000 → "5 000" (narrow no-break space between thousands). */
export function formatCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`formatCount: n must be a non-negative integer (got ${n})`)
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F')
}

/**
 * `part` of `whole` as a percentage: "0%" for an exact zero, two decimals below 1 %
 * ("0.56%"), one decimal otherwise ("72.8%"). `whole` = 0 gives "–".
 */
export function formatPercent(part: number, whole: number): string {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0 || part > whole) {
    throw new RangeError(`formatPercent: need integers 0 ≤ part ≤ whole (got ${part} of ${whole})`)
  }
  if (whole === 0) return '\u2013'
  if (part === 0) return '0%'
  const p = (100 * part) / whole
  return `${p.toFixed(p < 1 ? 2 : 1)}%`
}
