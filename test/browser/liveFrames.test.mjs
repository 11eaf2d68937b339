// Live frames (components/charts/livePlan.ts): while a control is moved, a chart is painted
// on a plain canvas, and ECharts draws the same option once the input pauses. For every
// drag handle and slider of the deck, this suite holds a live frame of the resting picture
// (the control moved one key step and back), and compares its pixels with the frame ECharts
// drew: the two must agree, or the picture would jump when the viewer lets go. It also checks
// that the live path is really taken on every slide with a control (an option feature the
// painter does not reproduce sends a chart back to ECharts' slower path), and that ECharts takes
// over again (the chart is marked ready, the live canvas hidden) once the input stops.
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { openDeck, screenshotPath, settledFrame, slideName, waitForDeck } from './harness.mjs'

/**
 * A patch of touching pixels that differ (see comparePngs) is a real difference when it has
 * more than MAX_PATCH pixels and is on average at least MIN_THICKNESS pixels thick. An edge
 * landing half a pixel apart differs in a run one pixel thick along a shape's side; a
 * missing or misplaced dot (about 400 device pixels), label or 2-px line differs in a patch
 * that is larger and thicker.
 */
const MAX_PATCH = 24
const MIN_THICKNESS = 1.8

/**
 * In the page: the share of clearly different pixels between two PNGs, and a picture of where.
 * A pixel differs when no pixel of the other image within one pixel of it is within a quarter
 * of the colour range: the canvas lands on whole device pixels where ECharts' SVG is drawn at
 * the chart's fractional position, so edges may move by under a pixel, which nobody sees.
 * A missing, misplaced or miscoloured shape or label still differs.
 */
function comparePngs([a, b, thick]) {
  const load = async (b64) => {
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0))
    return createImageBitmap(new Blob([bytes], { type: 'image/png' }))
  }
  return Promise.all([load(a), load(b)]).then(([ia, ib]) => {
    const [w, h] = [Math.min(ia.width, ib.width), Math.min(ia.height, ib.height)]
    const pixels = (img) => {
      const c = new OffscreenCanvas(w, h)
      const ctx = c.getContext('2d')
      ctx.drawImage(img, 0, 0)
      return ctx.getImageData(0, 0, w, h).data
    }
    const [pa, pb] = [pixels(ia), pixels(ib)]
    const diff = new OffscreenCanvas(w, h)
    const dctx = diff.getContext('2d')
    const out = dctx.createImageData(w, h)
    const near = (p, q, x, y) => {
      const i = 4 * (y * w + x)
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [u, v] = [x + dx, y + dy]
          if (u < 0 || v < 0 || u >= w || v >= h) continue
          const j = 4 * (v * w + u)
          if (Math.max(Math.abs(p[i] - q[j]), Math.abs(p[i + 1] - q[j + 1]), Math.abs(p[i + 2] - q[j + 2])) <= 64) return true
        }
      }
      return false
    }
    const mask = new Uint8Array(w * h)
    let different = 0
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = 4 * (y * w + x)
        const big = !near(pa, pb, x, y) || !near(pb, pa, x, y)
        if (big) {
          different++
          mask[y * w + x] = 1
        }
        out.data.set(big ? [220, 0, 0, 255] : [pa[i], pa[i + 1], pa[i + 2], 60], i)
      }
    }
    // The largest 4-connected patch of differing pixels that is not a thin run along an edge.
    let largest = 0
    for (let start = 0; start < mask.length; start++) {
      if (mask[start] !== 1) continue
      let size = 0
      let [x0, y0, x1, y1] = [w, h, 0, 0]
      const stack = [start]
      mask[start] = 2
      while (stack.length) {
        const k = stack.pop()
        size++
        const [x, y] = [k % w, Math.floor(k / w)]
        ;[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)]
        for (const [u, v] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]]) {
          if (u >= 0 && v >= 0 && u < w && v < h && mask[v * w + u] === 1) {
            mask[v * w + u] = 2
            stack.push(v * w + u)
          }
        }
      }
      const thickness = size / (Math.max(x1 - x0, y1 - y0) + 1)
      if (thickness >= thick) largest = Math.max(largest, size)
    }
    dctx.putImageData(out, 0, 0)
    return diff.convertToBlob().then(blob => blob.arrayBuffer()).then(buf => ({
      share: different / (w * h),
      largest,
      diff: btoa(Array.from(new Uint8Array(buf), c => String.fromCharCode(c)).join('')),
    }))
  })
}

/** Moves a control one key step and back, so the picture it asks for is the resting one. */
async function stepAndBack(control) {
  await control.focus()
  const atMax = await control.evaluate(el => el instanceof HTMLInputElement && el.type === 'range' && Number(el.value) >= Number(el.max))
  const [there, back] = atMax ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft']
  await control.press(there)
  await control.press(back)
}

/** How many slides the deck has. */
async function slideCount(deck) {
  await deck.page.goto(deck.url('/1'))
  await waitForDeck(deck.page)
  return deck.page.evaluate(() => window.__deck__.state().total)
}

/** Opens slide `no` at its last click step, drawn; returns the slide. */
async function openLastStep(deck, no) {
  await deck.page.goto(deck.url(`/${no}?clicks=99`))
  await waitForDeck(deck.page)
  await settledFrame(deck.page, no)
  return deck.page.locator(`[data-slidev-no="${no}"]`)
}

/** Prints each comparison; returns those with a real difference. */
function differing(results) {
  console.log(results.map(r => `${r.what}: ${(100 * r.share).toFixed(3)} % of pixels differ, largest patch ${r.largest} px`).join('\n'))
  return results.filter(r => r.largest > MAX_PATCH).map(r => r.what)
}

describe('live frames while a control moves', () => {
  let deck
  before(async () => {
    deck = await openDeck()
  })
  after(async () => {
    await deck?.close()
  })

  test('every control\u2019s live frame matches the frame ECharts draws at rest', async () => {
    const { page } = deck
    const total = await slideCount(deck)
    const results = []
    const livePainted = new Set()
    const withControls = []
    for (let no = 1; no <= total; no++) {
      const slide = await openLastStep(deck, no)
      const controls = slide.locator('[data-handle]:visible, input[type="range"]:visible')
      const n = await controls.count()
      if (n === 0) continue
      withControls.push(no)
      const figures = slide.locator('.scene-chart')
      const nFigures = await figures.count()
      for (let k = 0; k < n; k++) {
        const control = controls.nth(k)
        const name = await control.evaluate(el => el.getAttribute('data-handle') ?? el.labels?.[0]?.textContent?.trim() ?? 'slider')
        // Used from the keyboard first, so both frames show the same focus ring.
        await stepAndBack(control)
        await settledFrame(page, no)
        const resting = []
        for (let f = 0; f < nFigures; f++) resting.push(await figures.nth(f).screenshot())
        await figures.evaluateAll(els => els.forEach((el) => { el.sceneHoldLive = true }))
        await stepAndBack(control)
        await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
        for (let f = 0; f < nFigures; f++) {
          const figure = figures.nth(f)
          // The idle canvas stays in the layout, hidden (visibility), so ask the computed style.
          const isLive = await figure.evaluate((el) => {
            const canvas = el.querySelector('.scene-chart__live')
            return !!canvas && getComputedStyle(canvas).visibility === 'visible'
          })
          if (!isLive) continue
          livePainted.add(no)
          const { share, largest, diff } = await page.evaluate(comparePngs, [resting[f].toString('base64'), (await figure.screenshot()).toString('base64'), MIN_THICKNESS])
          const what = `${await slideName(page, no)}, ${name}, chart ${f + 1}`
          results.push({ what, share, largest })
          if (largest > MAX_PATCH) writeFileSync(screenshotPath(`live-diff-${no}-${k}-${f}`), Buffer.from(diff, 'base64'))
        }
        // Let go: the next input settles, and ECharts draws the resting frame again.
        await figures.evaluateAll(els => els.forEach((el) => { el.sceneHoldLive = false }))
        await stepAndBack(control)
        await settledFrame(page, no)
        assert.equal(await slide.locator('.scene-chart__live:visible').count(), 0, `${await slideName(page, no)}: the live canvas is hidden once ECharts has drawn`)
      }
    }
    const bad = differing(results)
    assert.deepEqual(withControls.filter(no => !livePainted.has(no)), [], 'slides whose controls are never painted live (see whyNotLive in livePlan.ts)')
    assert.deepEqual(bad, [], `live frames that differ from ECharts' (diff pictures in ${screenshotPath('live-diff-*')})`)
    assert.deepEqual(deck.problems, [])
  })

  // A slider pushed to its far end moves the picture most; on "The contour argument" and
  // "Subgradient bounces; proximal lands on 0" it changes the axes' range, which the live
  // frame then paints itself (liveAxes.ts) while ECharts' axis layer is hidden. That frame
  // must match the one ECharts draws at the same value.
  test('a live frame far from the resting one, axes included, matches ECharts\u2019 frame there', async () => {
    const { page } = deck
    const total = await slideCount(deck)
    const results = []
    const axesLive = []
    for (let no = 1; no <= total; no++) {
      const slide = await openLastStep(deck, no)
      const sliders = slide.locator('input[type="range"]:visible')
      const n = await sliders.count()
      const figures = slide.locator('.scene-chart')
      const nFigures = await figures.count()
      for (let k = 0; k < n; k++) {
        const slider = sliders.nth(k)
        const name = await slider.evaluate(el => el.labels?.[0]?.textContent?.trim() ?? 'slider')
        const atMax = await slider.evaluate(el => Number(el.value) >= Number(el.max))
        await slider.focus()
        await figures.evaluateAll(els => els.forEach((el) => { el.sceneHoldLive = true }))
        await slider.press(atMax ? 'Home' : 'End')
        await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
        const held = []
        for (let f = 0; f < nFigures; f++) {
          const figure = figures.nth(f)
          const state = await figure.evaluate((el) => {
            const canvas = el.querySelector('.scene-chart__live')
            const [axes] = el.querySelectorAll('x-vue-echarts')
            // The axis layer (the first of two instances) hidden: the live frame paints the axes.
            return { live: !!canvas && getComputedStyle(canvas).visibility === 'visible', axes: !!canvas && el.querySelectorAll('x-vue-echarts').length === 2 && axes.classList.contains('scene-chart__canvas--behind') }
          })
          held.push(state.live ? await figure.screenshot() : undefined)
          if (state.axes) axesLive.push(`${await slideName(page, no)}, ${name}, chart ${f + 1}`)
        }
        // Let go at the same value: a key step away and back, and ECharts draws the frame.
        await figures.evaluateAll(els => els.forEach((el) => { el.sceneHoldLive = false }))
        await stepAndBack(slider)
        await settledFrame(page, no)
        for (let f = 0; f < nFigures; f++) {
          if (!held[f]) continue
          const resting = await figures.nth(f).screenshot()
          const { share, largest, diff } = await page.evaluate(comparePngs, [resting.toString('base64'), held[f].toString('base64'), MIN_THICKNESS])
          const what = `${await slideName(page, no)}, ${name} at its ${atMax ? 'start' : 'end'}, chart ${f + 1}`
          results.push({ what, share, largest })
          if (largest > MAX_PATCH) writeFileSync(screenshotPath(`live-far-diff-${no}-${k}-${f}`), Buffer.from(diff, 'base64'))
        }
        // Back to the slide's resting picture for the next slider.
        await openLastStep(deck, no)
      }
    }
    const bad = differing(results)
    console.log(`axes painted live: ${axesLive.join('; ')}`)
    // The start w₀ of "Subgradient bounces; proximal lands on 0" rescales the w axis on the way to its end.
    assert.ok(axesLive.some(w => w.includes('Start w\u2080')), `the axes of the start w₀ of "Subgradient bounces; proximal lands on 0" are painted live (got: ${axesLive.join('; ') || 'none'})`)
    assert.deepEqual(bad, [], `live frames that differ from ECharts' (diff pictures in ${screenshotPath('live-far-diff-*')})`)
    assert.deepEqual(deck.problems, [])
  })
})
