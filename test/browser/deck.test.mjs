// Walks the built deck as a presenter would: every slide, every click step, forward and
// back, then deep links, the study view, the presenter view, dark mode and keyboard-operable
// controls. The forward walk also checks legibility and accessibility where it stands: no two
// chart texts drawn over each other at any click, and axe-core's WCAG 2.2 A/AA rules at every
// slide's first and last click (in the dark scheme at every slide's last click).
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { loadDeck } from '../../scripts/narration/deck.ts'
import { plainText, studentParagraphs } from '../../scripts/narration/split.ts'
import { axeViolations } from './axe.mjs'
import { assertSameFrame, navState, openDeck, screenshotPath, settledFrame, slideNumber, step, waitForDeck } from './harness.mjs'
import { chartTextBoxes, describeOverlap, overlappingTexts } from './textBoxes.mjs'

describe('the deck in Chromium', () => {
  let deck
  /** Frame signature of every (slide, clicks) state met while stepping forward. */
  const frames = new Map()
  const key = s => `${s.no}?clicks=${s.clicks}`

  before(async () => {
    deck = await openDeck()
  })
  after(async () => {
    await deck?.close()
  })

  /** What the forward walk found: texts drawn over each other, and axe's violations. */
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
      for (const pair of overlappingTexts(await chartTextBoxes(page, state.no))) overlaps.push(`${where}: ${describeOverlap(pair)}`)
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

  test('a deep link /<slide>?clicks=<k> shows the frame stepping reached', async () => {
    const { page, problems } = deck
    const withCharts = [...frames.entries()].filter(([, f]) => f.length > 0)
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
  // step's part of the slide's notes (read here by Slidev's parser, not by the page) and the
  // slide must show the very frame the deck shows at that step.
  test('the study view steps through every slide and click with that step\u2019s narration and the slide\u2019s own frame', async () => {
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
      assertSameFrame(await settledFrame(page, state.no), frames.get(at), `study view at ${at}`)
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
    await page.screenshot({ path: screenshotPath('presenter-2') })
    assert.deepEqual(problems, [])
  })

  test('self-study controls work from the keyboard and never break the chart', async () => {
    const { page, problems } = deck
    await page.goto(deck.url('/2?clicks=2'))
    await waitForDeck(page)
    const before = await settledFrame(page, 2)
    const handle = page.locator('[data-slidev-no="2"] [data-handle="outlier"]')
    await handle.focus()
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    const moved = await settledFrame(page, 2)
    assert.notEqual(moved, before, 'arrow keys move the outlier')
    assert.equal((await navState(page)).clicks, 2, 'arrow keys on a handle do not step the talk')
    await page.keyboard.press('Escape')
    const slider = page.locator('[data-slidev-no="2"] input[type="range"]')
    await slider.focus()
    await page.keyboard.press('End')
    const strong = await settledFrame(page, 2)
    assert.notEqual(strong, moved, 'the λ slider changes the ridge line')
    await page.screenshot({ path: screenshotPath('outlierChase-self-study') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assertSameFrame(await settledFrame(page, 2), before, 'Reset returns to the presented frame')
    assert.deepEqual(problems, [])
  })

  // setup/root.ts: the browser's default action for a navigation key forced the next slide's
  // layout inside the key press; it is dropped on the page, and kept on controls.
  test('navigation keys step the talk without the browser\u2019s default action; on a slider they keep it', async () => {
    const { page, problems } = deck
    await page.goto(deck.url('/2?clicks=2'))
    await waitForDeck(page)
    await settledFrame(page, 2)
    await page.evaluate(() => {
      window.__prevented = []
      window.addEventListener('keydown', e => window.__prevented.push(`${e.key}:${e.target.tagName}:${e.defaultPrevented}`))
    })
    const slider = page.locator('[data-slidev-no="2"] input[type="range"]')
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
  test('every slide renders in the dark scheme without errors, axe finds nothing, the text keeps the theme\u2019s colour', async () => {
    const deck = await openDeck({ colorScheme: 'dark', reducedMotion: 'reduce' })
    try {
      const { page, problems } = deck
      await page.goto(deck.url('/1'))
      await waitForDeck(page)
      const { total } = await navState(page)
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
        for (const v of await axeViolations(page)) findings.push(`slide ${no}, last click, dark scheme: ${v}`)
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
