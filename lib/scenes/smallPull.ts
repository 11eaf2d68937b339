// "Why L1 bites small coefficients": with β1 = β2 = β and λ = 1 the L1 penalty is 2β and
// the L2 penalty 2β². Near zero L1 is far larger (β = 0.1: 0.2 against 0.02; β = 0.001: 0.002
// against 0.000002); past β = 1 L2 is the larger penalty. What moves a coefficient is the
// slope, its pull: 1 for L1 whatever the size, 2β for L2; the pulls cross at β = ½.
import type { Norm, Vec2 } from '../index'
import { penaltyOf } from '../index'

export const SMALL_PULL_STEPS = 2
/** The sizes the storyboard quotes, revealed in the table. */
export const PULL_EXAMPLES: readonly number[] = [0.1, 0.001, 3]

export interface PullRow {
  beta: number
  l1: number
  l2: number
  /** Which penalty is larger, and by what factor. */
  verdict: string
  /** The pull on one coefficient, ∂P/∂β1: 1 for L1 (β > 0), 2β for L2. */
  pull: { l1: number; l2: number }
}

export interface SmallPullScene {
  step: number
  log: boolean
  xDomain: Vec2
  yDomain: Vec2
  curves: Record<Norm, Vec2[]>
  markers: { beta: number; l1: Vec2; l2: Vec2 }[]
  rows: PullRow[]
  /** The point of the current step, in one sentence. */
  caption: string
  description: string
}

const CAPTIONS = [
  'The penalties cross at \u03B2 = 1. The pull on a coefficient is the slope: 1 for L1, 2\u03B2 for L2; they cross at \u03B2 = \u00BD.',
  'Near zero L1 is the larger penalty, ten times larger at \u03B2 = 0.1, and its pull is five times stronger.',
  'L1/L2 = 1/\u03B2: the smaller the coefficient, the more L1 dominates.',
]

/** Short decimal without trailing zeros or exponent, e.g. 0.000002, 0.2, 18. */
export function plain(x: number): string {
  return Number(x.toPrecision(3)).toString()
}

function penalties(beta: number): { l1: number; l2: number } {
  return { l1: penaltyOf('l1', [beta, beta]), l2: penaltyOf('l2', [beta, beta]) }
}

export function pullRow(beta: number): PullRow {
  const { l1, l2 } = penalties(beta)
  const verdict = l1 >= l2 ? `L1 ${plain(l1 / l2)}\u00D7 larger` : `L2 ${plain(l2 / l1)}\u00D7 larger`
  return { beta, l1, l2, verdict, pull: { l1: 1, l2: 2 * beta } }
}

function sample(lo: number, hi: number, log: boolean, n = 120): number[] {
  return Array.from({ length: n + 1 }, (_, i) => (log ? lo * (hi / lo) ** (i / n) : lo + ((hi - lo) * i) / n))
}

/** The picture at click `step`: linear view, zoom near zero, then both ends on log axes. */
export function smallPullScene(step: number): SmallPullScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`smallPullScene: step must be a non-negative integer (got ${step})`)
  const s = Math.min(step, SMALL_PULL_STEPS)
  const view = [
    { log: false, x: [0, 2] as Vec2, y: [0, 8] as Vec2 },
    { log: false, x: [0, 0.2] as Vec2, y: [0, 0.4] as Vec2 },
    { log: true, x: [0.001, 10] as Vec2, y: [1e-6, 1000] as Vec2 },
  ][s]!
  const betas = sample(view.x[0] || 0, view.x[1], view.log)
  const curves = {
    l1: betas.map(b => [b, penalties(b).l1] as Vec2),
    l2: betas.map(b => [b, penalties(b).l2] as Vec2),
  }
  const shown = s === 0 ? [1] : s === 1 ? [0.1] : PULL_EXAMPLES
  const markers = shown.map(b => ({ beta: b, l1: [b, penalties(b).l1] as Vec2, l2: [b, penalties(b).l2] as Vec2 }))
  const rows = s === 0 ? [] : (s === 1 ? [0.1] : PULL_EXAMPLES).map(pullRow)
  const parts = ['The L1 penalty 2β and the L2 penalty 2β² for β1 = β2 = β, λ = 1']
  if (s === 0) parts.push('they cross at β = 1; beyond it L2 is larger')
  for (const r of rows) parts.push(`at β = ${plain(r.beta)}: L1 ${plain(r.l1)}, L2 ${plain(r.l2)}, ${r.verdict}`)
  return { step: s, log: view.log, xDomain: view.x, yDomain: view.y, curves, markers, rows, caption: CAPTIONS[s]!, description: `${parts.join('; ')}.` }
}
