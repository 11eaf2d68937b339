// Section 6 in Chromium: the real-data slides compute their paths and cross-validation in the
// browser (timings printed), every click step draws, the λ cursor drags smoothly without
// recomputing a path, and the self-study controls work from the keyboard and reset.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { navState, openDeck, screenshotPath, settledFrame, slideNumber, waitForDeck } from './harness.mjs'

const titles = {
  paths: 'Coefficient paths on real data',
  correlated: 'Correlated features',
  cv: 'Choosing λ',
  lp: 'Beyond L1 and L2',
  summary: 'Summary and further reading',
}

describe('section 6 in Chromium', () => {
  let deck
  const no = {}
  before(async () => {
    deck = await openDeck()
    await deck.page.goto(deck.url('/1'))
    await waitForDeck(deck.page)
    for (const [key, title] of Object.entries(titles)) no[key] = await slideNumber(deck.page, title)
  })
  after(async () => {
    await deck?.close()
  })

  async function open(slide, clicks = 0) {
    await deck.page.goto(deck.url(`/${slide}?clicks=${clicks}`))
    await waitForDeck(deck.page)
    return settledFrame(deck.page, slide)
  }
  /** The settled frame, re-read for up to 5 s until it equals `expected` (a loaded machine may paint late). */
  async function frameBecomes(slide, expected) {
    let frame = await settledFrame(deck.page, slide)
    for (let i = 0; i < 10 && frame !== expected; i++) {
      await deck.page.waitForTimeout(500)
      frame = await settledFrame(deck.page, slide)
    }
    return frame
  }
  const readout = slide => deck.page.locator(`[data-slidev-no="${slide}"] .readout dd`).allInnerTexts()

  test('the paths and the cross-validation are computed in the browser (timings)', async () => {
    const { page, problems } = deck
    const started = Date.now()
    await open(no.paths, 0)
    const shown = Date.now() - started
    const pathMs = Number(await page.locator(`[data-slidev-no="${no.paths}"] .coefficient-paths`).getAttribute('data-path-ms'))
    await open(no.cv, 0)
    const cv = page.locator(`[data-slidev-no="${no.cv}"] .cross-validation`)
    const cvMs = Number(await cv.getAttribute('data-cv-ms'))
    const cvPathMs = Number(await cv.getAttribute('data-path-ms'))
    console.log(`browser: lasso + ridge paths (2 × 141 λ, 392 × 6) ${pathMs.toFixed(1)} ms; 10-fold CV (60 λ) ${cvMs.toFixed(1)} ms; training path ${cvPathMs.toFixed(1)} ms; "Coefficient paths on real data" shown in ${shown} ms`)
    // the computations ran in the page (times are printed, never asserted)
    assert.ok(pathMs > 0, `path time ${pathMs} ms`)
    assert.ok(cvMs > 0, `CV time ${cvMs} ms`)
    assert.deepEqual(problems, [])
  })

  test('every click step of section 6\u2019s slides draws a settled frame, distinct from its neighbours', async () => {
    const { page, problems } = deck
    for (const key of ['paths', 'correlated', 'cv', 'lp', 'summary']) {
      await open(no[key], 0)
      const { clicksTotal } = await navState(page)
      let previous
      for (let k = 0; k <= clicksTotal; k++) {
        const frame = await open(no[key], k)
        if (key !== 'summary') assert.notEqual(frame, previous, `${titles[key]}: click ${k} changes the picture`)
        previous = frame
        await page.screenshot({ path: screenshotPath(`section6-${key}-click-${k}`) })
      }
    }
    assert.deepEqual(problems, [])
  })

  test('dragging the λ cursor never recomputes a path (time per move printed)', async () => {
    const { page, problems } = deck
    const before = await open(no.paths, 3)
    const root = page.locator(`[data-slidev-no="${no.paths}"] .coefficient-paths`)
    const pathMs = await root.getAttribute('data-path-ms')
    const handle = page.locator(`[data-slidev-no="${no.paths}"] [data-handle="lasso"]`)
    const box = await handle.boundingBox()
    assert.ok(box, 'the cursor handle is on screen')
    const x0 = box.x + box.width / 2
    const y0 = box.y + box.height / 2
    await page.mouse.move(x0, y0)
    await page.mouse.down()
    const moves = 20
    const started = Date.now()
    let last = await readout(no.paths)
    let changed = 0
    for (let i = 1; i <= moves; i++) {
      await page.mouse.move(x0 + i * 6, y0)
      const now = await readout(no.paths)
      if (now[0] !== last[0]) changed++
      last = now
    }
    const perMove = (Date.now() - started) / moves
    await page.mouse.up()
    console.log(`browser: ${moves} drag moves, ${perMove.toFixed(1)} ms per move (pointer event to readout), cursor moved on ${changed}`)
    assert.ok(changed >= moves / 2, 'the cursor follows the pointer')
    assert.equal(await root.getAttribute('data-path-ms'), pathMs, 'no path recomputation while dragging')
    assert.equal((await navState(page)).clicks, 3, 'dragging does not step the talk')
    const dragged = await settledFrame(page, no.paths)
    assert.notEqual(dragged, before)
    await page.screenshot({ path: screenshotPath('section6-paths-dragged') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assert.equal(await frameBecomes(no.paths, before), before, 'Reset returns to the presented frame')
    assert.deepEqual(problems, [])
  })

  test('the axis toggle and the cursor work from the keyboard', async () => {
    const { page, problems } = deck
    const before = await open(no.paths, 5)
    const handle = page.locator(`[data-slidev-no="${no.paths}"] [data-handle="ridge"]`)
    await handle.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const moved = await settledFrame(page, no.paths)
    assert.notEqual(moved, before, 'arrow keys move the cursor')
    assert.equal((await navState(page)).clicks, 5)
    await page.keyboard.press('Escape')
    const radio = page.locator(`[data-slidev-no="${no.paths}"] input[value="l1"]`)
    await radio.focus()
    await page.keyboard.press('Space')
    const l1 = await settledFrame(page, no.paths)
    assert.match(l1, /L1 norm of the coefficients/)
    await page.screenshot({ path: screenshotPath('section6-paths-l1-axis') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assert.equal(await frameBecomes(no.paths, before), before)
    assert.deepEqual(problems, [])
  })

  test('the Lp slider morphs the region and the zero rate follows (time per step printed)', async () => {
    const { page, problems } = deck
    const before = await open(no.lp, 1)
    const rate = async () => (await readout(no.lp))[1]
    const presented = await rate()
    const slider = page.locator(`[data-slidev-no="${no.lp}"] input[type="range"]`)
    await slider.focus()
    const times = []
    const sims = []
    const rates = new Set([presented])
    const caption = `[data-slidev-no="${no.lp}"] figcaption`
    for (let i = 0; i < 6; i++) {
      const was = await page.locator(caption).innerText()
      const t = await page.evaluate(() => performance.now())
      await page.keyboard.press('ArrowLeft') // towards p = 0.5: a new simulation each step
      // Time until the chart's description (computed with the new simulation) has changed.
      const done = await page.waitForFunction(([sel, prev]) => {
        const el = document.querySelector(sel)
        return el && el.textContent !== prev ? performance.now() : false
      }, [caption, was])
      times.push((await done.jsonValue()) - t)
      sims.push(Number(await page.locator(`[data-slidev-no="${no.lp}"] .lp-balls`).getAttribute('data-sim-ms')))
      rates.add(await rate())
    }
    await settledFrame(page, no.lp)
    console.log(`browser: Lp slider, 6 steps from p = 1 towards p = 0.5: ms from key press to the new scene ${times.map(x => x.toFixed(0)).join(', ')}; of which the 1000-bowl simulation ${sims.map(x => x.toFixed(0)).join(', ')}`)
    assert.ok(rates.size > 2, 'the zero rate updates live')
    await page.screenshot({ path: screenshotPath('section6-lp-slider') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assert.equal(await frameBecomes(no.lp, before), before)
    assert.deepEqual(problems, [])
  })

  test('cross-validation: new folds and another penalty, then Reset', async () => {
    const { page, problems } = deck
    const before = await open(no.cv, 3)
    await page.getByRole('button', { name: /New folds/ }).click()
    const refolded = await settledFrame(page, no.cv)
    assert.notEqual(refolded, before)
    await page.locator(`[data-slidev-no="${no.cv}"] input[type="radio"][value="0"]`).check()
    const ridge = await settledFrame(page, no.cv)
    assert.match(ridge, /of the ridge/)
    await page.screenshot({ path: screenshotPath('section6-cv-ridge') })
    await page.getByRole('button', { name: 'Reset' }).click()
    assert.equal(await frameBecomes(no.cv, before), before)
    assert.deepEqual(problems, [])
  })

  test('the presenter view shows the notes of the real-data slides', async () => {
    const { page, problems } = deck
    await page.goto(deck.url(`/presenter/${no.paths}`))
    await waitForDeck(page)
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ state: 'visible' })
    assert.match(await notes.innerText(), /vega-datasets/)
    assert.deepEqual(problems, [])
  })
})
