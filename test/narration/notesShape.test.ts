// The narration's shape, read through Slidev's own parser (scripts/narration/deck.ts): every
// slide has exactly one narration part per click step, none empty; each chart slide declares
// as many clicks as its scene has steps (the PDF has one page per click: a mismatch drops or
// repeats frames); [click] markers start paragraphs; no slide is named by its number.
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeckSlide } from '../../scripts/narration/deck'
import { loadDeck } from '../../scripts/narration/deck'
import { plainText, studentParagraphs } from '../../scripts/narration/split'
import { OUTLIER_STEPS } from '../../lib/scenes/outlierChase'
import { BUDGET_STEPS } from '../../lib/scenes/budgetOneParameter'
import { TEXTBOOK_STEPS } from '../../lib/scenes/textbookPicture'
import { SHORTCUT_STEPS } from '../../lib/scenes/shortcutGallery'
import { WALK_STEPS } from '../../lib/scenes/penaltyWalk'
import { MOVING_LAMBDAS } from '../../lib/scenes/movingBowl'
import { HARD_SOFT_STEPS } from '../../lib/scenes/hardSoft'
import { SMALL_PULL_STEPS } from '../../lib/scenes/smallPull'
import { CLOUD_STEPS } from '../../lib/scenes/simulationCloud'
import { RESOLUTION_STEPS } from '../../lib/scenes/boundaryResolution'
import { ZONE_STEPS } from '../../lib/scenes/zeroZone'
import { ARGUMENT_STEPS } from '../../lib/scenes/contourArgument'
import { COMPETITION_STEPS } from '../../lib/scenes/lambdaCompetition'
import { POLYTOPE_STEPS } from '../../lib/scenes/crossPolytope'
import { PENALTY_STEPS } from '../../lib/scenes/descentPenalties'
import { L1_STEPS } from '../../lib/scenes/descentL1'
import { L2_STEPS } from '../../lib/scenes/descentL2'
import { TRADEOFF_STEPS } from '../../lib/scenes/descentTradeoff'
import { PROXIMAL_STEPS } from '../../lib/scenes/descentProximal'
import { PATHS_STEPS } from '../../lib/scenes/coefficientPaths'
import { CORRELATED_STEPS } from '../../lib/scenes/correlatedFeatures'
import { CV_STEPS } from '../../lib/scenes/crossValidation'
import { LP_STEPS } from '../../lib/scenes/lpBalls'
import { TWO_BOWLS_LAST_STEP } from '../../lib/scenes/twoBowls'
import { HARD3D_STEPS } from '../../lib/scenes/hardConstraint3d'

/** Each chart slide's last click step, from its scene. */
const SCENE_STEPS: Record<string, number> = {
  'Linear models chase outliers': OUTLIER_STEPS,
  'One parameter, one budget': BUDGET_STEPS.length - 1,
  'The textbook picture': TEXTBOOK_STEPS,
  'The textbook picture in three dimensions': HARD3D_STEPS,
  'Shortcuts for round bowls, and where they fail': SHORTCUT_STEPS,
  'The penalty alone: diamonds and circles': WALK_STEPS,
  'Two bowls add up': TWO_BOWLS_LAST_STEP,
  'The moving bowl: L2 penalty': MOVING_LAMBDAS.l2.length - 1,
  'The moving bowl: L1 penalty': MOVING_LAMBDAS.l1.length - 1,
  'Hard and soft are the same family': HARD_SOFT_STEPS,
  'Why L1 bites small coefficients': SMALL_PULL_STEPS,
  'Random loss functions': CLOUD_STEPS,
  'The honest correction': RESOLUTION_STEPS,
  'Where the zeros come from': ZONE_STEPS,
  'The contour argument': ARGUMENT_STEPS,
  // Two charts: the competition's steps, then the octahedron's (it starts one click later).
  'Competition, and corners in higher dimensions': COMPETITION_STEPS + 1 + POLYTOPE_STEPS,
  'Each penalty beside its slope': PENALTY_STEPS,
  'L1 descent: constant steps hit 0': L1_STEPS,
  'L2 descent: halving never hits 0': L2_STEPS,
  'Reaching 0: step size or trade-off': TRADEOFF_STEPS,
  'Subgradient bounces; proximal lands on 0': PROXIMAL_STEPS,
  'Coefficient paths on real data': PATHS_STEPS,
  'Correlated features': CORRELATED_STEPS,
  'Choosing λ': CV_STEPS,
  'Beyond L1 and L2': LP_STEPS,
}

let deck: DeckSlide[]
beforeAll(async () => { deck = await loadDeck() })
/** Click steps Slidev gives the slide: its `clicks:`, or its v-click elements. */
const clicksOf = (s: DeckSlide) => s.declaredClicks || s.vClicks

describe('the narration', () => {
  it('has one part per click step on every slide', () => {
    const wrong = deck.filter(s => s.parts.length !== clicksOf(s) + 1).map(s => `"${s.title}": ${s.parts.length} parts for ${clicksOf(s)} clicks`)
    expect(wrong).toEqual([])
  })

  it('gives every click step words a student reads', () => {
    const empty = deck.flatMap(s => s.parts
      .filter(p => plainText(studentParagraphs(p).map(g => g.markdown).join(' ')).split(' ').filter(w => /\p{L}|\d/u.test(w)).length < 2)
      .map(p => `"${s.title}" click ${p.click}`))
    expect(empty).toEqual([])
  })

  it('starts every [click] marker a paragraph of its own', () => {
    // Each marker is at the start of the notes or right after a blank line.
    const inline = deck.flatMap(s => [...s.note.trim().matchAll(/\[click\]/g)]
      .filter(m => m.index! > 0 && !/\n[ \t]*\n[ \t]*$/.test(s.note.trim().slice(0, m.index)))
      .map(m => `"${s.title}" at …${s.note.trim().slice(Math.max(0, m.index! - 30), m.index! + 10)}`))
    expect(inline).toEqual([])
  })

  it('names other slides by title, never by number', () => {
    const numbered = deck.filter(s => /\bslides? \d+/i.test(s.note)).map(s => s.title)
    expect(numbered).toEqual([])
  })

  it('says plainly that the article\u2019s L2 rates came from the coarse search', () => {
    const honest = deck.find(s => s.title === 'The honest correction')!
    expect(honest.note).toMatch(/article's L2 zero rates came from the coarse search/)
  })
})

describe('the slides', () => {
  it('declare as many clicks as their scenes have steps', () => {
    const wrong = Object.entries(SCENE_STEPS).flatMap(([title, steps]) => {
      const s = deck.find(d => d.title === title)
      if (!s) return [`no slide titled "${title}"`]
      return s.declaredClicks === steps ? [] : [`"${title}" declares ${s.declaredClicks} clicks, its scene has ${steps}`]
    })
    expect(wrong).toEqual([])
  })

  it('open each section with a section slide, and have a title everywhere', () => {
    expect(deck.filter(s => s.layout === 'section').map(s => s.title)).toEqual([
      'Hard constraints and soft penalties',
      'L1 encourages zeros, and why',
      'Section 5 · Step-size descent',
      'Section 6 · In practice: real data',
    ])
    expect(deck.filter(s => !s.title)).toEqual([])
  })
})
