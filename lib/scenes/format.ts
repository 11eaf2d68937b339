// Number formatting for on-screen readouts: fixed decimals, a true minus sign (U+2212),
// and no "-0.00" (a value that rounds to zero is shown as 0).

/** `x` with `digits` decimals and a typographic minus. */
export function formatNumber(x: number, digits = 2): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatNumber: x must be finite (got ${x})`)
  const s = x.toFixed(digits)
  if (Number(s) === 0) return (0).toFixed(digits)
  return s.replace('-', '\u2212')
}

/** "+ 1.20" or "− 1.20": a term that follows another in an equation. */
export function formatTerm(x: number, digits = 2): string {
  const s = formatNumber(Math.abs(x), digits)
  return Number(formatNumber(x, digits).replace('\u2212', '-')) < 0 ? `\u2212 ${s}` : `+ ${s}`
}

/** "ŷ = 1.02x + 0.13": a fitted line as the audience reads it. */
export function formatLine(slope: number, intercept: number, digits = 2): string {
  return `\u0177 = ${formatNumber(slope, digits)}x ${formatTerm(intercept, digits)}`
}

/** Subscript digits: subscript(12) = "₁₂", for iterate names such as w₁₂. */
export function subscript(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`subscript: n must be a non-negative integer (got ${n})`)
  return String(n).replace(/\d/g, d => String.fromCharCode(0x2080 + Number(d)))
}
