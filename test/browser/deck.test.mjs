// Walks the built deck as a presenter would: every slide, every click step, forward and
// back, then deep links, the study view, the presenter view, dark mode and keyboard-operable
// controls. The forward walk also checks legibility and accessibility where it stands, at
// every click: nothing reaches past the slide's edges, no two chart texts are drawn over each
// other, every chart text meets WCAG AA contrast (axe does not read SVG text), and axe-core's
// WCAG 2.2 A/AA rules hold at every slide's first and last click (in the dark scheme at every
// slide's last click, with the same edge and contrast checks).
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { loadDeck } from '../../scripts/narration/deck.ts'
import { plainText, studentParagraphs } from '../../scripts/narration/split.ts'
import { axeViolations } from './axe.mjs'
import { assertSameFrame, navState, openDeck, screenshotPath, settledFrame, slideNumber, step, waitForDeck } from './harness.mjs'
import { outsideSlide } from './slideFit.mjs'
import { chartTextBoxes, describeContrast, describeOverlap, lowContrastTexts, overlappingTexts } from './textBoxes.mjs'

/** The number of the slide "Linear models chase outliers" (its handle and slider are the controls tried here). */
async function outlierSlide(deck) {
  await deck.page.goto(deck.url('/1'))
  await waitForDeck(deck.page)
  return slideNumber(deck.page, 'Linear models chase outliers')
}

describe('the deck in Chromium', () => {
  let deck
  /** Frame signature of every (slide, clicks) state met while stepping forward. */
  const frames = new Map()
  const key = s => `${s.no}?clicks=${s.clicks}`
  /** Whether `clicks` is slide `no`'s first, middle or last click (as the forward walk met them). */
  function sampledClick(no, clicks) {
    let last = 0
    for (const k of frames.keys()) {
      const [n, c] = k.split('?clicks=').map(Number)
      if (n === no) last = Math.max(last, c)
    }
    return clicks === 0 || clicks === last || clicks === Math.floor(last / 2)
  }

  before(async () => {
    deck = await openDeck()
  })
  after(async () => {
    await deck?.close()
  })

  /** What the forward walk found: content past the edges, texts drawn over each other or too faint, and axe's violations. */
  const outside = []
  const faint = []
  const overlaps = []
  const axeFindings = []
  let axeSeconds = 0

  test('steps forward through every slide and click with no error', async (t) => {
    const { page, problems } = deck
    await page.goto(deck.url('/1'))
    await waitForDeck(page)
    let state = await navState(page)
    const titles = await page.evaluate(() => window.__deck__.titles())
    for (let guard = 0; guard < 500; guard++) {
      const frame = await settledFrame(page, state.no)
      frames.set(key(state), frame)
      await page.screenshot({ path: screenshotPath(`slide-${String(state.no).padStart(2, '0')}-click-${state.clicks}`) })
      const where = `"${titles[state.no - 1]}" at click ${state.clicks} (/${key(state)})`
      for (const o of await outsideSlide(page, state.no)) outside.push(`${where}: ${o}`)
      const texts = await chartTextBoxes(page, state.no)
      for (const pair of overlappingTexts(texts)) overlaps.push(`${where}: ${describeOverlap(pair)}`)
      for (const t of lowContrastTexts(texts, false)) faint.push(`${where}: ${describeContrast(t)}`)
      if (state.clicks === 0 || state.clicks === state.clicksTotal) {
        const started = Date.now()
        for (const v of await axeViolations(page)) axeFindings.push(`${where}: ${v}`)
        axeSeconds += (Date.now() - started) / 1000
      }
      if (!state.hasNext) break
      state = await step(page, 'ArrowRight', state)
    }
    t.diagnostic(`${frames.size} states; axe took ${axeSeconds.toFixed(0)} s of the walk`)
    assert.equal(state.no, state.total, 'the walk ends on the last slide')
    assert.ok(frames.size >= state.total, `every slide visited (${frames.size} states)`)
    assert.deepEqual(problems, [])
  })

  test('nothing reaches past the slide\u2019s edges at any click', () => {
    assert.ok(frames.size > 0, 'the walk ran')
    if (outside.length) assert.fail(`${outside.length} element(s) past the slide's edges:\n${outside.join('\n')}`)
  })

  test('every chart text meets WCAG AA contrast at every click', () => {
    assert.ok(frames.size > 0, 'the walk ran')
    if (faint.length) assert.fail(`${faint.length} chart text(s) below WCAG AA contrast:\n${faint.join('\n')}`)
  })

  test('no two chart texts are drawn over each other at any click', () => {
    assert.ok(frames.size > 0, 'the walk ran')
    if (overlaps.length) assert.fail(`${overlaps.length} pair(s) of chart texts drawn over each other:\n${overlaps.join('\n')}`)
  })

  test('axe finds no WCAG 2.2 A/AA violation at any slide\u2019s first and last click', () => {
    assert.ok(frames.size > 0, 'the walk ran')
    if (axeFindings.length) assert.fail(`${axeFindings.length} axe violation(s):\n${axeFindings.join('\n')}`)
  })

  test('stepping backwards restores every earlier frame', async () => {
    const { page, problems } = deck
    let state = await navState(page)
    for (let guard = 0; guard < 500; guard++) {
      const frame = await settledFrame(page, state.no)
      assertSameFrame(frame, frames.get(key(state)), `frame at ${key(state)} after stepping back`)
      if (state.no === 1 && state.clicks === 0) break
      state = await step(page, 'ArrowLeft', state)
    }
    assert.deepEqual(problems, [])
  })

  // Each deep link is a fresh page load (about a second), so not all 180-odd states: on every
  // slide with a chart, its first, middle and last click. Every state's frame as a pure
  // function of its click is already pinned by the walk back.
  test('a deep link /<slide>?clicks=<k> shows the frame stepping reached (first, middle and last click of every chart slide)', async () => {
    const { page, problems } = deck
    const withCharts = [...frames.entries()].filter(([k, f]) => f.length > 0 && sampledClick(...k.split('?clicks=').map(Number)))
    assert.ok(withCharts.length > 0, 'some states have charts')
    for (const [k, frame] of withCharts) {
      await page.goto(deck.url(`/${k}`))
      await waitForDeck(page)
      const state = await navState(page)
      assert.equal(key(state), k)
      assertSameFrame(await settledFrame(page, state.no), frame, `deep link ${k}`)
    }
    assert.deepEqual(problems, [])
  })

  // The study view (/study/<slide>?clicks=<k>): stepped with the deck's key, as a student
  // would, through every slide and click. At each step the highlighted narration must be that
  // step's part of the slide's notes (read here by Slidev's parser, not by the page); at a
  // slide's first, middle and last step the slide must show the very frame the deck shows.
  test('the study view steps through every slide and click with that step\u2019s narration, and shows the slide\u2019s own frame (first, middle and last click)', async () => {
    const { page, problems } = deck
    const narration = await loadDeck()
    const squash = t => t.replace(/[\s*_`]/g, '')
    const clicksSeen = new Map()
    for (const k of frames.keys()) {
      const [no, clicks] = k.split('?clicks=').map(Number)
      clicksSeen.set(no, Math.max(clicksSeen.get(no) ?? 0, clicks))
    }
    // Slidev's own click count (what the deck stepped through) is the narration's.
    for (const s of narration) assert.equal(s.parts.length, (clicksSeen.get(s.no) ?? 0) + 1, `"${s.title}": one narration part per click step`)
    await page.goto(deck.url('/study/1'))
    await waitForDeck(page)
    let state = await navState(page)
    let steps = 0
    for (let guard = 0; guard < 500; guard++) {
      const at = key(state)
      assert.ok(new URL(page.url()).pathname.endsWith(`/study/${state.no}`), `stays in the study view: ${page.url()}`)
      // The frame at the steps the deep links try (first, middle, last click of a slide); the
      // narration at every step.
      if (sampledClick(state.no, state.clicks)) assertSameFrame(await settledFrame(page, state.no), frames.get(at), `study view at ${at}`)
      const highlighted = await page.locator('.narration__part[aria-current="step"]').evaluate(el => ({ click: Number(el.dataset.click), text: [...el.querySelectorAll('p')].map(p => p.textContent).join(' ') }))
      const part = narration[state.no - 1].parts[state.clicks]
      assert.equal(highlighted.click, state.clicks, `study view at ${at}: the highlighted part is the step's`)
      assert.equal(squash(highlighted.text), squash(studentParagraphs(part).map(p => plainText(p.markdown)).join(' ')), `study view at ${at}: the narration of that step`)
      if (steps % 20 === 0) await page.screenshot({ path: screenshotPath(`study-${String(state.no).padStart(2, '0')}-click-${state.clicks}`) })
      steps++
      if (!state.hasNext) break
      state = await step(page, 'ArrowRight', state)
    }
    assert.equal(steps, frames.size, 'the study view has every step the deck has')
    assert.deepEqual(problems, [])
  })

  test('the presenter view renders the slide and its notes', async () => {
    const { page, problems } = deck
    await page.goto(deck.url('/1'))
    await waitForDeck(page)
    const no = await slideNumber(page, 'Linear models chase outliers')
    await page.goto(deck.url(`/presenter/${no}`))
    await waitForDeck(page)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ state: 'visible' })
    assert.match(await notes.innerText(), /least-squares line/i)
    await page.waitForFunction(() => document.querySelectorAll('.scene-chart[data-chart-ready="true"]').length > 0)
    await page.screenshot({ path: screenshotPath('presenter-outlierChase') })
    assert.deepEqual(problems, [])
  })

  test('self-study controls work from the keyboard and never break the chart', async () => {
    const { page, problems } = deck
    const no = await outlierSlide(deck)
    await page.goto(deck.url(`/${no}?clicks=2`))
    await waitForDeck(page)
    const before = await settledFrame(page, no)
    const handle = page.locator(`[data-slidev-no="${no}"] [data-handle="outlier"]`)
    await handle.focus()
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    const moved = await settledFrame(page, no)
    assert.notEqual(moved, before, 'arrow keys move the outlier')
    assert.equal((await navState(page)).clicks, 2, 'arrow keys on a handle do not step the talk')
    await page.keyboard.press('Escape')
    const slider = page.locator(`[data-slidev-no="${no}"] input[type="range"]`)
    await slider.focus()
    await page.keyboard.press('End')
    const strong = await settledFrame(page, no)
    assert.notEqual(strong, moved, 'the λ slider changes the ridge line')
    await page.screenshot({ path: screenshotPath('outlierChase-self-study') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assertSameFrame(await settledFrame(page, no), before, 'Reset returns to the presented frame')
    assert.deepEqual(problems, [])
  })

  // setup/root.ts: the browser's default action for a navigation key forced the next slide's
  // layout inside the key press; it is dropped on the page, and kept on controls.
  test('navigation keys step the talk without the browser\u2019s default action; on a slider they keep it', async () => {
    const { page, problems } = deck
    const no = await outlierSlide(deck)
    await page.goto(deck.url(`/${no}?clicks=2`))
    await waitForDeck(page)
    await settledFrame(page, no)
    await page.evaluate(() => {
      window.__prevented = []
      window.addEventListener('keydown', e => window.__prevented.push(`${e.key}:${e.target.tagName}:${e.defaultPrevented}`))
    })
    const slider = page.locator(`[data-slidev-no="${no}"] input[type="range"]`)
    await slider.focus()
    const value = await slider.inputValue()
    await page.keyboard.press('ArrowLeft')
    assert.notEqual(await slider.inputValue(), value, 'the arrow key moves the slider')
    await slider.evaluate(el => el.blur())
    const from = await navState(page)
    const to = await step(page, 'ArrowRight', from)
    assert.notDeepEqual([to.no, to.clicks], [from.no, from.clicks], 'the arrow key on the page steps the talk')
    assert.deepEqual(await page.evaluate(() => window.__prevented), ['ArrowLeft:INPUT:false', 'ArrowRight:BODY:true'])
    assert.deepEqual(problems, [])
  })
})

describe('dark mode and reduced motion', () => {
  test('every slide renders in the dark scheme without errors, axe finds nothing, nothing past the edges, chart texts legible, the text keeps the theme\u2019s colour', async () => {
    const deck = await openDeck({ colorScheme: 'dark', reducedMotion: 'reduce' })
    try {
      const { page, problems } = deck
      await page.goto(deck.url('/1'))
      await waitForDeck(page)
      const { total } = await navState(page)
      const titles = await page.evaluate(() => window.__deck__.titles())
      const textColour = () => page.evaluate(() => getComputedStyle(document.body).color)
      const themeText = await textColour()
      const findings = []
      for (let no = 1; no <= total; no++) {
        await page.goto(deck.url(`/${no}?clicks=99`))
        await waitForDeck(page)
        await settledFrame(page, no)
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
        assert.ok(dark, 'Slidev follows the dark colour scheme')
        await page.screenshot({ path: screenshotPath(`dark-slide-${String(no).padStart(2, '0')}`) })
        const where = `"${titles[no - 1]}", last click, dark scheme`
        for (const v of await axeViolations(page)) findings.push(`${where}: ${v}`)
        for (const o of await outsideSlide(page, no)) findings.push(`${where}: past the slide's edges: ${o}`)
        for (const t of lowContrastTexts(await chartTextBoxes(page, no), true)) findings.push(`${where}: ${describeContrast(t)}`)
      }
      // A component's `:global(.dark) .x { color }` compiles to a bare `.dark { color }` and,
      // once its slide's styles load, tints every text on the page (contrast may survive it).
      const now = await textColour()
      if (now !== themeText) findings.unshift(`the page\u2019s text colour is ${now} after every slide has loaded, not the theme\u2019s ${themeText}: some style sets the colour of .dark itself`)
      if (findings.length) assert.fail(`${findings.length} finding(s) in the dark scheme:\n${findings.join('\n')}`)
      assert.deepEqual(problems, [])
    }
    finally {
      await deck.close()
    }
  })
})
