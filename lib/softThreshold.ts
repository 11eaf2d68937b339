// The lasso's building block: the exact minimizer of ½(w − z)² + k|w| is S(z, k).
// Written so that anything within k of 0 maps to +0 exactly (never −0, never 1e-17).

/** Soft-thresholding S(z, k) = sign(z)·max(|z| − k, 0), k ≥ 0; returns +0 exactly inside [−k, k]. */
export function softThreshold(z: number, k: number): number {
  if (z > k) return z - k
  if (z < -k) return z + k
  return 0
}

/** sign(w) with sign(0) = 0: the subgradient choice for |w| at 0 used by the descent slides. */
export function sign0(w: number): number {
  return w > 0 ? 1 : w < 0 ? -1 : 0
}
