// "The honest correction": the article found each constrained optimum as the best
// of ~100 sampled boundary points. On the very same 5 000 bowls, clicks raise the
// resolution (100 → 1 000 → 10 000 boundary points → the exact solver). L1's zero rate
// barely moves; L2's falls roughly tenfold per step and is exactly 0 with the exact solver,
// because an L2 optimum lands on an axis only if the minimum lies exactly on that axis.
import type { LossFamily, Norm, SimulationMethod, SimulationRequest, SimulationSource } from '../index'
import { L1_REGION, L2_REGION, simulate } from '../index'
import type { PlaneView } from './plane'
import type { CloudPanel } from './simulationCloud'
import { ARTICLE_RATES, CLOUD_SEED, CLOUD_T, CLOUD_VIEW, FAMILY_LABELS, NORM_LABELS, cloudPanel, cloudSymbolSize } from './simulationCloud'
import { formatCount, formatPercent } from './simulationText'
import { formatNumber } from './format'

/** The methods stepped through, coarse to exact. */
export const RESOLUTIONS: readonly SimulationMethod[] = [{ boundaryPoints: 100 }, { boundaryPoints: 1000 }, { boundaryPoints: 10000 }, 'exact']
export const RESOLUTION_STEPS = RESOLUTIONS.length - 1
/** Trials per run, as in the article. */
export const RESOLUTION_TRIALS = 5000

export interface ResolutionControls {
  family: LossFamily
}
export const resolutionDefaults: ResolutionControls = { family: 'general' }

/** "100 points", "1 000 points", "exact". */
export function methodLabel(m: SimulationMethod): string {
  return m === 'exact' ? 'exact solver' : `${formatCount(m.boundaryPoints)} points`
}

/** Spacing of neighbouring boundary points (arc length) for a region of size t; 0 for the exact solver. */
export function boundarySpacing(norm: Norm, t: number, m: SimulationMethod): number {
  if (m === 'exact') return 0
  const perimeter = norm === 'l1' ? 4 * Math.SQRT2 * t : 2 * Math.PI * t
  return perimeter / m.boundaryPoints
}

/** The runs needed at `step`: every resolution up to it, L1 and L2, on the same bowls. */
export function resolutionRequests(step: number, controls: ResolutionControls = resolutionDefaults): SimulationRequest[] {
  checkStep(step)
  const s = Math.min(step, RESOLUTION_STEPS)
  const out: SimulationRequest[] = []
  for (let k = 0; k <= s; k++) {
    for (const region of [L1_REGION, L2_REGION]) {
      out.push({ family: controls.family, seed: CLOUD_SEED, trials: RESOLUTION_TRIALS, region, t: CLOUD_T, method: RESOLUTIONS[k]! })
    }
  }
  return out
}

export interface RateCell {
  count: number
  text: string
}

/** One row of the table: a resolution and the zero rates it gives. */
export interface ResolutionRow {
  label: string
  note: string
  l1: RateCell
  l2: RateCell
  current: boolean
}

export interface ResolutionScene {
  step: number
  method: SimulationMethod
  family: LossFamily
  view: PlaneView
  panels: [CloudPanel, CloudPanel]
  symbolSize: number
  /** Rows revealed so far (one per click), the last one current. */
  rows: ResolutionRow[]
  /** How far apart the sampled points are at this step. */
  spacing: string
  /** Plain statement of what the coarse search did to the article's L2 numbers. */
  verdict: string
  article: string
  description: string
}

function checkStep(step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`resolutionScene: step must be a non-negative integer (got ${step})`)
}

/** The picture at click `step`. */
export function resolutionScene(step: number, controls: ResolutionControls = resolutionDefaults, source: SimulationSource = simulate): ResolutionScene {
  checkStep(step)
  const s = Math.min(step, RESOLUTION_STEPS)
  const requests = resolutionRequests(s, controls)
  const runs = requests.map(source)
  const rows: ResolutionRow[] = []
  for (let k = 0; k <= s; k++) {
    const [l1, l2] = [runs[2 * k]!, runs[2 * k + 1]!]
    const m = RESOLUTIONS[k]!
    rows.push({
      label: methodLabel(m),
      note: k === 0 ? 'the article\u2019s search' : m === 'exact' ? 'no sampling' : '',
      l1: { count: l1.counts.zero, text: formatPercent(l1.counts.zero, l1.count) },
      l2: { count: l2.counts.zero, text: l2.counts.zero === 0 && m === 'exact' ? '0 (exactly)' : formatPercent(l2.counts.zero, l2.count) },
      current: k === s,
    })
  }
  const method = RESOLUTIONS[s]!
  const [cl1, cl2] = [runs[2 * s]!, runs[2 * s + 1]!]
  const panels: [CloudPanel, CloudPanel] = [cloudPanel(cl1, CLOUD_T, null), cloudPanel(cl2, CLOUD_T, null)]
  const spacing = method === 'exact'
    ? 'Exact solver: no sampled points at all.'
    : `Sampled points ${formatNumber(boundarySpacing('l2', CLOUD_T, method), method.boundaryPoints >= 10000 ? 4 : 3)} apart on the circle.`
  const article = ARTICLE_RATES[controls.family]
  const last = rows[rows.length - 1]!
  return {
    step: s,
    method,
    family: controls.family,
    view: CLOUD_VIEW,
    panels,
    symbolSize: cloudSymbolSize(cl1.count),
    rows,
    spacing,
    verdict: s === RESOLUTION_STEPS
      ? `The article\u2019s L2 zeros (${article.l2}%) came from the coarse search. Exactly solved, L2 gives none.`
      : 'An L2 \u201Czero\u201D here means: the best sampled point happened to be an axis point.',
    article: `Article, ${FAMILY_LABELS[controls.family]}: L1 ${article.l1}%, L2 ${article.l2}%`,
    description: `The same ${formatCount(RESOLUTION_TRIALS)} random ${FAMILY_LABELS[controls.family]} bowls solved with ${methodLabel(method)}: `
      + `${NORM_LABELS.l1} zeros ${last.l1.text}, ${NORM_LABELS.l2} zeros ${last.l2.text}. `
      + rows.map(r => `${r.label}: L1 ${r.l1.text}, L2 ${r.l2.text}`).join('; ') + '.',
  }
}
