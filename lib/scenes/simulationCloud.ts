// "Random loss functions": where the minima of random bowls sit, coloured by
// what the constrained optimum did (a coefficient exactly zero, none zero, or an L2 near
// miss), for the L1 diamond and the L2 circle side by side. Each click adds trials:
// 1, 10, 100, 1 000, 5 000 in all. Optima are exact (the article's coarse search is
// "The honest correction").
// An inset shows one trial: its bowl's contours, the region, the minimum and the optimum.
import type { LossFamily, Norm, Outcome, SimulationRequest, SimulationRun, SimulationSource, Vec2 } from '../index'
import { L1_REGION, L2_REGION, OUTCOMES, lossAt, minimaWithOutcome, normOfRegion, outcomeLook, quadratic, simulate, trialAt } from '../index'
import type { Contour, PlaneView } from './plane'
import { centredView, contours, contourThrough, evenLevels, region } from './plane'
import { formatNumber } from './format'
import { formatCount, formatPercent } from './simulationText'

/** Trials shown at click 0, 1, 2, 3, 4. */
export const CLOUD_COUNTS = [1, 10, 100, 1000, 5000] as const
export const CLOUD_STEPS = CLOUD_COUNTS.length - 1
/**
 * The seed the lecture presents; "New seed" counts up from it. Chosen as the most typical of
 * seeds 2020–2035: its 5 000 trials sit closest to the long-run rates at every resolution
 * (a few seeds, 2020 among them, happen to show no L2 zero at all at 10 000 points, which
 * would hide the trend "The honest correction" is about). Any seed tells the same story.
 */
export const CLOUD_SEED = 2026
/** Size of the region (the article's R = 2). */
export const CLOUD_T = 2
/** The sampling square [−10, 10]², drawn to scale. */
export const CLOUD_VIEW: PlaneView = centredView(10, 5)

/** Which trial the inset shows: the i-th trial (0-based) of the L1 or the L2 run. */
export interface CloudSelection {
  norm: Norm
  index: number
}

export interface CloudControls {
  family: LossFamily
  seed: number
  selected: CloudSelection
}

export const cloudDefaults: CloudControls = { family: 'general', seed: CLOUD_SEED, selected: { norm: 'l1', index: 0 } }

/** Parr's published rates (5 000 trials each, best of ~100 boundary points). */
export const ARTICLE_RATES: Readonly<Record<LossFamily, Readonly<Record<Norm, number>>>> = {
  general: { l1: 72, l2: 5 },
  symmetric: { l1: 66, l2: 3 },
  weakFeature: { l1: 80, l2: 45 },
}

export const FAMILY_LABELS: Readonly<Record<LossFamily, string>> = {
  general: 'general (tilted, stretched)',
  symmetric: 'symmetric (circular)',
  weakFeature: 'one weak feature',
}

export const NORM_LABELS: Readonly<Record<Norm, string>> = { l1: 'L1', l2: 'L2' }

/** Number of trials at click `step` (clamped to the last step). */
export function cloudCount(step: number): number {
  checkStep('cloudCount', step)
  return CLOUD_COUNTS[Math.min(step, CLOUD_STEPS)]!
}

/** The two runs "Random loss functions" shows at `step`: L1 then L2, exact optima. */
export function cloudRequests(step: number, controls: Pick<CloudControls, 'family' | 'seed'>): [SimulationRequest, SimulationRequest] {
  const trials = cloudCount(step)
  return [
    { family: controls.family, seed: controls.seed, trials, region: L1_REGION, t: CLOUD_T, method: 'exact' },
    { family: controls.family, seed: controls.seed, trials, region: L2_REGION, t: CLOUD_T, method: 'exact' },
  ]
}

/** One readout row: how many trials ended with this outcome. */
export interface OutcomeReadout {
  outcome: Outcome
  count: number
  text: string
  percent: string
}

/** One panel of minima: the region, the points of each outcome (always all three, for stable series). */
export interface CloudPanel {
  norm: Norm
  title: string
  region: Vec2[]
  points: { outcome: Outcome; data: Float64Array }[]
  total: number
  readout: OutcomeReadout[]
  /** The minimum of the trial in the inset, when it belongs to this panel. */
  selected: Vec2 | null
  /** What the panel shows, in words (screen readers, handout alt text). */
  description: string
}

/** The panel for one packed run. */
export function cloudPanel(run: SimulationRun, t: number, selected: number | null): CloudPanel {
  const norm = normOfRegion(run.request.region)
  if (!norm) throw new RangeError(`cloudPanel: the run must be of the diamond or the disk (got ${JSON.stringify(run.request.region)})`)
  const readout = OUTCOMES
    .map(({ outcome }) => {
      const count = run.counts[outcome]
      return { outcome, count, text: formatCount(count), percent: formatPercent(count, run.count) }
    })
  return {
    description: `${NORM_LABELS[norm]} panel: minima of ${formatCount(run.count)} random bowls around the ${norm === 'l1' ? 'diamond' : 'circle'} of size ${t}; `
      + `${readout.map(r => `${r.percent} ${outcomeLook(r.outcome).short} (${outcomeLook(r.outcome).marker})`).join(', ')}.`,
    norm,
    title: norm === 'l1' ? `L1 \u00B7 |\u03B2\u2081| + |\u03B2\u2082| \u2264 ${t}` : `L2 \u00B7 \u03B2\u2081\u00B2 + \u03B2\u2082\u00B2 \u2264 ${t}\u00B2`,
    region: region(norm, t),
    points: OUTCOMES.map(({ outcome }) => ({ outcome, data: minimaWithOutcome(run, outcome) })),
    total: run.count,
    readout,
    selected: selected === null ? null : [run.c1[selected]!, run.c2[selected]!],
  }
}

/** What the inset shows: one trial's bowl, region, minimum and optimum, zoomed to fit. */
export interface TrialInset {
  norm: Norm
  index: number
  title: string
  view: PlaneView
  region: Vec2[]
  contours: Contour[]
  /** The contour through the optimum (it touches the region there). */
  through: Contour
  center: Vec2
  optimum: Vec2
  outcome: Outcome
  verdict: string
}

/** The inset for trial `index` of a run (bowl contours drawn exactly; the optimum recomputed exactly). */
export function trialInset(run: SimulationRun, index: number, t: number): TrialInset {
  const trial = trialAt(run, index)
  const norm = normOfRegion(run.request.region) ?? 'l1'
  const q = quadratic(trial.a, trial.b, trial.c, trial.center)
  const optimum = trial.optimum
  // The zoom: centred on the origin (the region stays in the middle), wide enough for the minimum.
  const reach = Math.max(Math.abs(trial.center[0]), Math.abs(trial.center[1]), t)
  const half = Math.ceil(reach * 1.15 + 0.5)
  const level = lossAt(q, optimum)
  // Five evenly spaced rings; the third one is the contour through the optimum.
  const rings = level > 0 ? contours(q, evenLevels(level * (25 / 9), 5)) : []
  const [o1, o2] = optimum
  let verdict: string
  if (trial.outcome === 'zero') verdict = o1 === 0 ? '\u03B2\u2081 = 0 exactly' : '\u03B2\u2082 = 0 exactly'
  else verdict = `${trial.outcome === 'nearMiss' ? 'near miss' : 'no zero'}: (${formatNumber(o1)}, ${formatNumber(o2)})`
  return {
    norm,
    index,
    title: `Trial ${formatCount(index + 1)} of ${formatCount(run.count)} \u00B7 ${NORM_LABELS[norm]}`,
    view: centredView(half, half),
    region: region(norm, t),
    contours: rings,
    through: contourThrough(q, optimum),
    center: trial.center,
    optimum,
    outcome: trial.outcome,
    verdict,
  }
}

/** Index of the trial (among the run's trials) whose minimum is nearest to p, if within maxDistance. */
export function nearestTrial(run: SimulationRun, p: Vec2, maxDistance: number): number | null {
  let best: number | null = null
  let bestD = maxDistance * maxDistance
  for (let i = 0; i < run.count; i++) {
    const dx = run.c1[i]! - p[0]
    const dy = run.c2[i]! - p[1]
    const d = dx * dx + dy * dy
    if (d <= bestD) {
      bestD = d
      best = i
    }
  }
  return best
}

export interface CloudScene {
  step: number
  count: number
  family: LossFamily
  seed: number
  view: PlaneView
  panels: [CloudPanel, CloudPanel]
  /** Marker size in px: big for a handful of points, small for thousands. */
  symbolSize: number
  inset: TrialInset
  /** The article's numbers for this family, for comparison. */
  article: string
  description: string
}

/** Marker size for n points in a panel. */
export function cloudSymbolSize(n: number): number {
  return n <= 10 ? 13 : n <= 100 ? 9 : n <= 1000 ? 6 : 5
}

function checkStep(fn: string, step: number) {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`${fn}: step must be a non-negative integer (got ${step})`)
}

/** The picture at click `step` for the viewer's controls; runs come from `source` (default: computed now). */
export function cloudScene(step: number, controls: CloudControls = cloudDefaults, source: SimulationSource = simulate): CloudScene {
  checkStep('cloudScene', step)
  if (!Number.isSafeInteger(controls.seed)) throw new RangeError(`cloudScene: seed must be a safe integer (got ${controls.seed})`)
  const s = Math.min(step, CLOUD_STEPS)
  const [r1, r2] = cloudRequests(s, controls)
  const runs = { l1: source(r1), l2: source(r2) }
  const count = runs.l1.count
  const sel = controls.selected
  const index = Number.isInteger(sel.index) && sel.index >= 0 && sel.index < count ? sel.index : 0
  const panels: [CloudPanel, CloudPanel] = [
    cloudPanel(runs.l1, CLOUD_T, sel.norm === 'l1' ? index : null),
    cloudPanel(runs.l2, CLOUD_T, sel.norm === 'l2' ? index : null),
  ]
  const article = ARTICLE_RATES[controls.family]
  const summary = (p: CloudPanel) => `${NORM_LABELS[p.norm]}: ${p.readout.map(r => `${r.percent} ${outcomeLook(r.outcome).short}`).join(', ')}`
  return {
    step: s,
    count,
    family: controls.family,
    seed: controls.seed,
    view: CLOUD_VIEW,
    panels,
    symbolSize: cloudSymbolSize(count),
    inset: trialInset(runs[sel.norm], index, CLOUD_T),
    article: `Article (best of ~100 boundary points): L1 ${article.l1}%, L2 ${article.l2}%`,
    description: `Minima of ${formatCount(count)} random ${FAMILY_LABELS[controls.family]} bowls, seed ${controls.seed}, `
      + `on the square from \u221210 to 10 with the region of size ${CLOUD_T} drawn to scale. ${summary(panels[0])}. ${summary(panels[1])}.`,
  }
}

