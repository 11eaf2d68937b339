// Stepping through the lecture in the study view: one step per narration part, so the
// narration decides how many click steps a slide has (a test holds that equal to Slidev's
// own count). Pure: positions in, positions out.

/** A step of the lecture: slide number (1-based) and click. */
export interface StepPosition {
  no: number
  clicks: number
}

/** The step after `at`, or null on the last step of the last slide. `steps(no)` is the slide's number of parts. */
export function nextStep(at: StepPosition, steps: (no: number) => number, total: number): StepPosition | null {
  if (at.clicks + 1 < steps(at.no)) return { no: at.no, clicks: at.clicks + 1 }
  return at.no < total ? { no: at.no + 1, clicks: 0 } : null
}

/** The step before `at` (the previous slide's last step), or null on the very first step. */
export function previousStep(at: StepPosition, steps: (no: number) => number): StepPosition | null {
  if (at.clicks > 0) return { no: at.no, clicks: at.clicks - 1 }
  return at.no > 1 ? { no: at.no - 1, clicks: steps(at.no - 1) - 1 } : null
}

/** `at` moved into the deck: a slide that exists and a click it has. */
export function clampStep(at: StepPosition, steps: (no: number) => number, total: number): StepPosition {
  const no = Math.min(Math.max(1, Math.round(Number.isFinite(at.no) ? at.no : 1)), total)
  const clicks = Math.min(Math.max(0, Math.round(Number.isFinite(at.clicks) ? at.clicks : 0)), steps(no) - 1)
  return { no, clicks }
}
