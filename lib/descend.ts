// Step-size descent on one weight (section 5's slides, after the third seed):
//   minimize D(w) + λ·P(w), P(w) = |w| (l1) or ½w² (l2), so P'(w) = sign(w) or w;
//   D(w) = ½(w − dataTarget)² when a data target is given, else D = 0.
// Methods (and the penalties they accept):
//   'gradient'    l2 only: w ← w − η·(D'(w) + λ·w). |w| has no gradient at 0, so l1 must
//                 say 'subgradient' (or 'proximal') explicitly.
//   'subgradient' l1 only: w ← w − η·(D'(w) + λ·sign(w)), sign(0) = 0. (For l2 the
//                 subgradient is the gradient: use 'gradient'.)
//   'proximal'    l1 or l2: v = w − η·D'(w), then the exact proximal step of ηλ·P:
//                 l1 soft-threshold sign(v)·max(|v| − ηλ, 0), l2 v/(1 + ηλ).
//
// Float64 formulation, chosen deliberately and pinned by tests: the update is computed
// as `w - eta * (dD + lambda * w)`, i.e. "w − ηλw", never as "w·(1 − ηλ)". With η = ½,
// λ = 1 the L2 iterates halve until they reach the smallest subnormal 5e-324
// (Number.MIN_VALUE); there ηλw = 2.5e-324 rounds (ties-to-even) to 0, so w − 0 = w and
// the weight sticks at 5e-324 forever: it never becomes exactly 0, which is the slide's
// point. Written as w·0.5 the same sequence would underflow to exactly 0.
import { softThreshold, sign0 } from './softThreshold'
import type { Norm } from './norms'
import { checkNorm } from './norms'
import * as check from './validate'

/** Descent method: plain gradient (l2), subgradient (l1), or proximal (either). */
export type DescentMethod = 'gradient' | 'subgradient' | 'proximal'

/** Options of descend(); λ defaults to 1, no data loss unless dataTarget is given. */
export interface DescentOptions {
  w0: number
  eta: number
  steps: number
  penalty: Norm
  method: DescentMethod
  lambda?: number
  dataTarget?: number
}

/** Most steps one call may take (a slide needs a few thousand at most). */
export const MAX_DESCENT_STEPS = 1_000_000

const METHODS: readonly DescentMethod[] = ['gradient', 'subgradient', 'proximal']

/** The iterates w0, w1, …, w_steps of fixed-step descent on D(w) + λ·P(w). */
export function descend(opts: DescentOptions): number[] {
  const fn = 'descend'
  check.object(fn, 'opts', opts)
  const w0 = check.finite(fn, 'opts.w0', opts.w0)
  const eta = check.positive(fn, 'opts.eta', opts.eta)
  const steps = check.integer(fn, 'opts.steps', opts.steps, 0, MAX_DESCENT_STEPS)
  const penalty = checkNorm(fn, 'opts.penalty', opts.penalty)
  const method = check.oneOf(fn, 'opts.method', opts.method, METHODS)
  const lambda = opts.lambda === undefined ? 1 : check.nonNegative(fn, 'opts.lambda', opts.lambda)
  const hasData = opts.dataTarget !== undefined
  const target = hasData ? check.finite(fn, 'opts.dataTarget', opts.dataTarget) : 0
  if (method === 'gradient' && penalty === 'l1') {
    throw new RangeError(`${fn}: opts.method 'gradient' needs a differentiable penalty; use 'subgradient' or 'proximal' with penalty 'l1'`)
  }
  if (method === 'subgradient' && penalty === 'l2') {
    throw new RangeError(`${fn}: opts.method 'subgradient' is meant for penalty 'l1'; use 'gradient' (or 'proximal') with penalty 'l2'`)
  }

  const path: number[] = [w0]
  let w = w0
  for (let k = 0; k < steps; k++) {
    const dD = hasData ? w - target : 0
    if (method === 'proximal') {
      const v = w - eta * dD
      w = penalty === 'l1' ? softThreshold(v, eta * lambda) : v / (1 + eta * lambda)
    } else {
      const dP = penalty === 'l1' ? sign0(w) : w
      w = w - eta * (dD + lambda * dP)
    }
    path.push(w + 0) // + 0 turns a −0 into 0
  }
  return path
}
