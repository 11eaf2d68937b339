// axe-core in the browser suite: WCAG 2.0–2.2 A and AA rules (target-size included) run in
// the page as it is, with what the deck cannot change (Slidev's own markup) left out narrowly.
import { createRequire } from 'node:module'
import { AxeBuilder } from '@axe-core/playwright'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/**
 * Slidev's own navigation bar (not the deck's markup) puts a button inside a button: its
 * MenuButton (node_modules/@slidev/client/internals/MenuButton.vue) wraps its slot, an
 * IconButton, in a <button> of its own ("More Options" and "Change sync settings"), which
 * axe reports as `nested-interactive`. The deck cannot change that markup, so those two
 * wrappers, and only they, are left out; the rest of the bar is checked.
 */
const SLIDEV_INTERNAL = ['nav .flex.relative > button']

// The axe-core that @axe-core/playwright was built with, put in the page once per document:
// AxeBuilder would otherwise compile its 550 kB twice on every run (a second or more each,
// on this two-core machine). AxeBuilder is then handed a script that only checks it is there.
const axeCore = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core')
const AXE_ALREADY_IN_PAGE = 'if (!window.axe) throw new Error("axe-core is not in the page")'

/**
 * Slidev's drawing layer (internals/DrawingLayer.vue): an empty, transparent SVG with
 * pointer-events off, laid over the whole slide for the presenter's pen. Axe counts it as
 * covering every text, cannot tell any background, and leaves colour contrast unchecked
 * ("incomplete") on every slide. It is hidden while axe runs and shown again after.
 */
const DRAWING_LAYER = '#slide-content > svg.pointer-events-none'

/** Runs axe on the page as it is; resolves to one line per violation. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source)
  // Legacy mode runs axe.run in the page; the default merges each frame's results in a new
  // blank page per run, which a deck without iframes does not need.
  const builder = new AxeBuilder({ page, axeSource: AXE_ALREADY_IN_PAGE }).withTags(WCAG_TAGS).setLegacyMode(true)
  for (const selector of SLIDEV_INTERNAL) builder.exclude(selector)
  const drawingLayer = (display) => page.evaluate(([sel, d]) => document.querySelectorAll(sel).forEach((el) => { el.style.display = d }), [DRAWING_LAYER, display])
  await drawingLayer('none')
  let violations
  try {
    violations = (await builder.analyze()).violations
  }
  finally {
    await drawingLayer('')
  }
  return violations.map(v => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n      ')}`)
}
