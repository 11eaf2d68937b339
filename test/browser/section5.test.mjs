// Section 5 (step-size descent) in Chromium: every click of section 5's slides draws a chart
// with no error and no NaN, the iterate tables grow with the click, the log inset reaches
// the float64 floor, and the self-study controls work from the keyboard and reset.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { navState, openDeck, screenshotPath, settledFrame, slideNumber, waitForDeck } from './harness.mjs'

const slides = [
  { title: 'Each penalty beside its slope', clicks: 4, shot: 's5-descentPenalties' },
  { title: 'L1 descent: constant steps hit 0', clicks: 12, shot: 's5-descentL1' },
  { title: 'L2 descent: halving never hits 0', clicks: 8, shot: 's5-descentL2' },
  { title: 'Reaching 0: step size or trade-off', clicks: 6, shot: 's5-descentTradeoff' },
  { title: 'Subgradient bounces; proximal lands on 0', clicks: 6, shot: 's5-descentProximal' },
]

/**
 * Waits until slide `no` has its charts in the page and all report ready. The harness's
 * settledFrame alone passes at once while a freshly loaded slide has no chart yet (charts
 * now load ECharts on demand), so a deep link could compare an empty frame.
 */
async function chartsFrame(page, no) {
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll(`[data-slidev-no="${n}"] .scene-chart`)]
    return charts.length > 0 && charts.every(c => c.getAttribute('data-chart-ready') === 'true' && c.querySelector('svg path'))
  }, no, { timeout: 20_000 })
  return settledFrame(page, no)
}

/** Text of every chart on slide `no`, and the visible (non-placeholder) table rows. */
function slideText(page, no) {
  return page.evaluate((n) => {
    const slide = document.querySelector(`[data-slidev-no="${n}"]`)
    const svgText = [...slide.querySelectorAll('.scene-chart svg text')].map(t => t.textContent).join(' | ')
    const paths = [...slide.querySelectorAll('.scene-chart svg path')].map(p => p.getAttribute('d') ?? '').join(' ')
    const rows = [...slide.querySelectorAll('.descent-table tbody tr.is-row')].map(tr => [...tr.children].map(c => c.textContent.trim()).join(' '))
    return { svgText, paths, rows }
  }, no)
}

describe('section 5 in Chromium', () => {
  let deck
  const numbers = new Map()
  /** Frame signature of each (slide, click) reached by stepping, to compare with deep links. */

  before(async () => {
    deck = await openDeck()
    await deck.page.goto(deck.url('/1'))
    await waitForDeck(deck.page)
    for (const s of slides) numbers.set(s.title, await slideNumber(deck.page, s.title))
  })
  after(async () => {
    await deck?.close()
  })

  test('every click of section 5\u2019s slides draws, with no error and no NaN', async () => {
    const { page, problems } = deck
    for (const s of slides) {
      const no = numbers.get(s.title)
      await page.goto(deck.url(`/${no}`))
      await waitForDeck(page)
      for (let k = 0; k <= s.clicks; k++) {
        const state = await navState(page)
        assert.equal(state.clicksTotal, s.clicks, `${s.title}: click count matches the notes`)
        assert.equal(state.clicks, k)
        await chartsFrame(page, no)
        const { svgText, paths } = await slideText(page, no)
        assert.doesNotMatch(svgText, /NaN|Infinity|undefined/, `${s.title} click ${k}: chart text`)
        assert.doesNotMatch(paths, /NaN/, `${s.title} click ${k}: chart geometry`)
        await page.screenshot({ path: screenshotPath(`${s.shot}-click-${k}`) })
        if (k < s.clicks) {
          await page.keyboard.press('ArrowRight')
          await page.waitForFunction(prev => window.__deck__.state().clicks !== prev, k)
        }
      }
    }
    assert.deepEqual(problems, [])
  })

  // Deep links and stepping back are checked for every state of the deck in deck.test.mjs.
  test('the L1 table grows one row per click and shows the exact 0 at step 10', async () => {
    const { page } = deck
    const no = numbers.get('L1 descent: constant steps hit 0')
    for (const k of [0, 5, 10, 12]) {
      await page.goto(deck.url(`/${no}?clicks=${k}`))
      await waitForDeck(page)
      await chartsFrame(page, no)
      const { rows } = await slideText(page, no)
      assert.equal(rows.length, k + 1, `rows at click ${k}`)
      if (k >= 10) assert.equal(rows[10], '10 0 exact')
    }
  })

  test('the log inset reaches the float64 floor without a broken axis', async () => {
    const { page } = deck
    const no = numbers.get('L2 descent: halving never hits 0')
    await page.goto(deck.url(`/${no}?clicks=7`))
    await waitForDeck(page)
    await chartsFrame(page, no)
    const { svgText } = await slideText(page, no)
    assert.match(svgText, /10⁻³⁰⁰/)
    assert.match(svgText, /flat from step 1076/)
    assert.doesNotMatch(svgText, /0\.0000/)
  })

  test('self-study controls: keyboard moves them, Reset returns to the presented frame', async () => {
    const { page, problems } = deck
    for (const title of ['Each penalty beside its slope', 'Reaching 0: step size or trade-off', 'Subgradient bounces; proximal lands on 0']) {
      const no = numbers.get(title)
      await page.goto(deck.url(`/${no}?clicks=4`))
      await waitForDeck(page)
      const presented = await chartsFrame(page, no)
      const slider = page.locator(`[data-slidev-no="${no}"] input[type="range"]`).first()
      await slider.focus()
      await page.keyboard.press('End')
      const moved = await chartsFrame(page, no)
      assert.notEqual(moved, presented, `${title}: the slider changes the chart`)
      assert.equal((await navState(page)).clicks, 4, 'the slider keys do not step the talk')
      await page.screenshot({ path: screenshotPath(`${slides.find(s => s.title === title).shot}-self-study`) })
      await page.locator(`[data-slidev-no="${no}"]`).getByRole('button', { name: 'Reset' }).click()
      assert.equal(await chartsFrame(page, no), presented, `${title}: Reset restores the presented frame`)
    }
    assert.deepEqual(problems, [])
  })
})

test('section 5 in the dark scheme, last click of each slide', async () => {
  const deck = await openDeck({ colorScheme: 'dark', reducedMotion: 'reduce' })
  try {
    const { page, problems } = deck
    await page.goto(deck.url('/1'))
    await waitForDeck(page)
    for (const s of slides) {
      const no = await slideNumber(page, s.title)
      await page.goto(deck.url(`/${no}?clicks=${s.clicks}`))
      await waitForDeck(page)
      await chartsFrame(page, no)
      await page.screenshot({ path: screenshotPath(`${s.shot}-dark`) })
    }
    assert.deepEqual(problems, [])
  }
  finally {
    await deck.close()
  }
})
