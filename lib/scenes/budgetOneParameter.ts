// "One parameter, one budget": loss (β − 2)² under the budget |β| ≤ t. Clicks shrink t and the
// answer rides the boundary β = t; with t ≥ 2 the constraint is idle.
import type { Vec2 } from '../index'
import { constrainedOptimum1D } from '../index'
import { formatNumber } from './format'

export const BUDGET_CENTER = 2
/** t at each click: none yet, then 1, 0.5, 0, and 2.5 (idle). */
export const BUDGET_STEPS: readonly (number | null)[] = [null, 1, 0.5, 0, 2.5]
export const BUDGET_MAX_STEP = BUDGET_STEPS.length - 1
export const budgetRange = { min: 0, max: 3, step: 0.05 } as const

export interface Budget1DScene {
  step: number
  curve: Vec2[]
  xDomain: Vec2
  yDomain: Vec2
  /** The allowed interval [−t, t], once a budget is shown. */
  budget: number | null
  minimum: Vec2
  optimum: Vec2 | null
  active: boolean
  readout: { label: string; value: string }[]
  description: string
}

const loss = (beta: number) => (beta - BUDGET_CENTER) ** 2
const xDomain: Vec2 = [-3, 4]
const curve: Vec2[] = Array.from({ length: 141 }, (_, i) => {
  const beta = xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / 140
  return [beta, loss(beta)] as const
})

/** The picture at click `step`; `t` overrides the step's budget (self-study slider). */
export function budget1DScene(step: number, t?: number): Budget1DScene {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`budget1DScene: step must be a non-negative integer (got ${step})`)
  if (t !== undefined && (!Number.isFinite(t) || t < 0)) throw new RangeError(`budget1DScene: t must be finite and ≥ 0 (got ${t})`)
  const s = Math.min(step, BUDGET_MAX_STEP)
  const stepBudget = BUDGET_STEPS[s]!
  const budget = stepBudget === null ? null : (t ?? stepBudget)
  const minimum: Vec2 = [BUDGET_CENTER, 0]
  const readout = [{ label: 'Unconstrained minimum', value: `\u03B2 = ${formatNumber(BUDGET_CENTER)}, loss 0` }]
  if (budget === null) {
    return {
      step: s, curve, xDomain, yDomain: [0, 12], budget, minimum, optimum: null, active: false, readout,
      description: 'The loss (β − 2)² as a parabola with its minimum, the black dot, at β = 2.',
    }
  }
  const best = constrainedOptimum1D(BUDGET_CENTER, budget)
  const active = budget < BUDGET_CENTER
  readout.push(
    { label: 'Budget', value: `|\u03B2| \u2264 ${formatNumber(budget)}` },
    { label: 'Best allowed', value: `\u03B2 = ${formatNumber(best)}, loss ${formatNumber(loss(best))}` },
    { label: 'Constraint', value: active ? 'active: on the boundary \u03B2 = t' : 'idle: the minimum is allowed' },
  )
  return {
    step: s,
    curve,
    xDomain,
    yDomain: [0, 12],
    budget,
    minimum,
    optimum: [best, loss(best)],
    active,
    readout,
    description: `The loss (β − 2)² with the allowed interval from −${formatNumber(budget)} to ${formatNumber(budget)} shaded; `
      + `the best allowed β is ${formatNumber(best)} with loss ${formatNumber(loss(best))}; the constraint is ${active ? 'active' : 'idle'}.`,
  }
}
