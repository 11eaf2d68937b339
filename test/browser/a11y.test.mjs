// Accessibility and legibility of every slide in Chromium.
// 1. axe-core's WCAG 2.0–2.2 A and AA rules (target-size included) at every slide's first
//    and last click in the light scheme, and at every slide's last click in the dark scheme.
// 2. No two texts drawn in the charts cover each other, at every click of every slide.
// Every state is reached by its deep link, /<slide>?clicks=<k>, handed to the deck's router
// (what a page load of that address does, without loading the page again: one load per
// scheme serves the file; a load per state made the walk about five times longer, and
// deck.test.mjs already checks that loaded deep links show these frames), and is checked
// once its charts have settled.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { after, before, describe, test } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { navState, openDeck, settledFrame, waitForDeck } from './harness.mjs'
import { chartTextBoxes, describeOverlap, overlappingTexts } from './textBoxes.mjs'

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
async function axeViolations(page) {
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

/** Loads the deck once; later states are routed to (show). */
async function load(colorScheme) {
  // Reduced motion: a routed click step is drawn at once instead of eased, so it settles sooner.
  const deck = await openDeck({ colorScheme, reducedMotion: 'reduce' })
  await deck.page.goto(deck.url('/1'))
  await waitForDeck(deck.page)
  return deck
}

/** Hands /<no>?clicks=<k> to the deck's router and waits until its charts have settled; resolves to the state shown. */
async function show(page, no, clicks) {
  await page.evaluate((path) => {
    // Vue keeps the app on its mount point in every build; its router is vue-router's.
    const router = document.querySelector('#app')?.__vue_app__?.config.globalProperties.$router
    if (!router) throw new Error('the deck\u2019s router was not found on #app')
    return router.push(path)
  }, `/${no}?clicks=${clicks}`)
  await page.waitForFunction(([n, k]) => {
    const s = window.__deck__.state()
    return s.no === n && s.clicks === k
  }, [no, clicks])
  await settledFrame(page, no)
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, `/${no}?clicks=${clicks}`)
  return navState(page)
}

describe('accessibility and legibility, every slide and click', () => {
  let deck
  let titles
  /** The last click of each slide, as the deck reports it (`clicksTotal`). */
  const lastClick = new Map()
  const axeFindings = []
  const overlapFindings = []
  let states = 0

  before(async () => {
    deck = await load('light')
    titles = await deck.page.evaluate(() => window.__deck__.titles())
  })
  after(async () => {
    await deck?.close()
  })

  // One walk serves both checks: texts read at every click, axe run at the first and the last.
  test('walk: every slide at every click, by deep link', async (t) => {
    const { page, problems } = deck
    const started = Date.now()
    let axeMs = 0
    for (let no = 1; no <= titles.length; no++) {
      const first = await show(page, no, 0)
      const last = first.clicksTotal
      lastClick.set(no, last)
      for (let k = 0; k <= last; k++) {
        const state = k === 0 ? first : await show(page, no, k)
        assert.deepEqual([state.no, state.clicks], [no, k])
        states++
        const where = `slide ${no} "${titles[no - 1]}", click ${k} (/${no}?clicks=${k})`
        for (const pair of overlappingTexts(await chartTextBoxes(page, no))) overlapFindings.push(`${where}: ${describeOverlap(pair)}`)
        if (k === 0 || k === last) {
          const axeStarted = Date.now()
          for (const v of await axeViolations(page)) axeFindings.push(`${where}, light scheme: ${v}`)
          axeMs += Date.now() - axeStarted
        }
      }
    }
    t.diagnostic(`${states} states on ${titles.length} slides in ${((Date.now() - started) / 1000).toFixed(0)} s, of which axe ${(axeMs / 1000).toFixed(0)} s`)
    assert.deepEqual(problems, [])
  })

  test('axe finds no WCAG 2.2 A/AA violation at any slide\u2019s first and last click', () => {
    assert.equal(lastClick.size, titles.length, 'the walk reached every slide')
    if (axeFindings.length) assert.fail(`${axeFindings.length} axe violation(s):\n${axeFindings.join('\n')}`)
  })

  test('no two chart texts are drawn over each other at any click', () => {
    assert.equal(lastClick.size, titles.length, 'the walk reached every slide')
    assert.ok(states > titles.length, `the walk visited every click (${states} states)`)
    if (overlapFindings.length) assert.fail(`${overlapFindings.length} pair(s) of chart texts drawn over each other:\n${overlapFindings.join('\n')}`)
  })

  test('axe finds no violation in the dark scheme at any slide\u2019s last click, and the text keeps the theme\u2019s colour', async () => {
    const dark = await load('dark')
    const findings = []
    try {
      const { page, problems } = dark
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'Slidev follows the dark colour scheme')
      const textColour = () => page.evaluate(() => getComputedStyle(document.body).color)
      const themeText = await textColour()
      for (let no = 1; no <= titles.length; no++) {
        // The walk above knows each slide's last click; run alone, this test asks the deck.
        const last = lastClick.get(no) ?? (await show(page, no, 0)).clicksTotal
        await show(page, no, last)
        for (const v of await axeViolations(page)) findings.push(`slide ${no} "${titles[no - 1]}", click ${last} (/${no}?clicks=${last}), dark scheme: ${v}`)
      }
      // A component's `:global(.dark) .x { color }` compiles to a bare `.dark { color }` and,
      // once its slide's styles load, tints every text on the page (contrast may survive it).
      const now = await textColour()
      if (now !== themeText) findings.unshift(`the page\u2019s text colour is ${now} after every slide has loaded, not the theme\u2019s ${themeText}: some style sets the colour of .dark itself`)
      if (findings.length) assert.fail(`${findings.length} finding(s) in the dark scheme:\n${findings.join('\n')}`)
      assert.deepEqual(problems, [])
    }
    finally {
      await dark.close()
    }
  })
})
