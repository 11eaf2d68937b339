#!/usr/bin/env node
// Browser benchmarks in Chromium against the production build. Prints figures only.
// (1) Interaction: for every drag handle and slider, 3 trials of 60 moves driven from inside
//     the page (each trial a drag or sweep of its own), one per animation frame, the way
//     Chromium delivers real pointer input (aligned to the start of a frame). Each move's
//     cost is the time from dispatching the input event to the end of the frame that shows
//     it: event handlers, Vue, the scene, the option, ECharts' render, and the browser's
//     style, layout and paint of that frame. Waiting for the display's next frame is not
//     counted: that is the screen's rhythm, not the deck.
//     Each slide is opened by a deep link, which loads the whole deck; the moves start once
//     its start-up is over (untilQuiet), as for a viewer who has been on the slide a while.
// (2) Stepping: the longest main-thread task ('longtask' entries, 50 ms and up) while
//     stepping forward and back through every click.
// Usage: node scripts/bench-browser.mjs [--no-build] [--titles="Two bowls add up|Choosing λ"] [--slides=6,9 (numbers of today's deck)] [--no-stepping] [--busy-core]
// --titles picks slides by title (separated by |), which stay put when slides are added before them.
// --busy-core keeps one core busy with another thread throughout: how much room the budgets
// leave on a machine that is doing something else too.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'
import { settleFrame, timedMoves } from './timedMoves.mjs'
import { settledFrame, waitForDeck } from '../test/browser/harness.mjs'

const MOVES = 60
// Trials per control. A control's median and p95 are over all its trials' moves, so one
// burst of slow frames (a garbage collection, the machine's other work) weighs as much as it
// does in use; one trial of 60 moves made the p95 its third-slowest move. Each trial's own
// p95 is kept, and the worst of them printed beside.
const TRIALS = 3
// Moves made (and not counted) before the measured ones: the first move on a slide also pays
// for compiling the code it runs, which is reported apart as "first move".
const WARM_UP = 20

if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
  const r = spawnSync('node_modules/.bin/slidev', ['build', 'slides.md', '--out', 'dist'], { encoding: 'utf8' })
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    process.exit(1)
  }
}

/** Records the page's long tasks (50 ms and up) in window.__long, with their ends in window.__longEnds. */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__long = []
    window.__longEnds = []
    new PerformanceObserver(list => list.getEntries().forEach((e) => {
      window.__long.push(e.duration)
      window.__longEnds.push(e.startTime + e.duration)
    })).observe({ type: 'longtask', buffered: true })
  })
}

/**
 * Waits out the start-up of a freshly loaded deck, as a viewer who has been looking at the
 * slide for a few seconds: Slidev mounts every other slide 3 s after load, and the charts of
 * other slides are built in idle time. Returns once no long task has run for a second.
 */
async function untilQuiet(page) {
  await page.waitForFunction(() => performance.now() > 4000 && performance.now() - Math.max(0, ...window.__longEnds) > 1000, null, { timeout: 30000, polling: 250 })
}

/** One trial on a control: warm-up moves (the first one's cost kept), measured moves, then the settle. */
async function timedTrial(control, kind) {
  const first = await control.evaluate(timedMoves, { moves: WARM_UP, kind })
  const costs = await control.evaluate(timedMoves, { moves: MOVES, kind })
  const settle = await control.evaluate(settleFrame, { ms: 600 })
  return { first: first[0], costs, settle }
}

/**
 * Runs one control's trials and pools them: every measured move of every trial, the worst of
 * the trials' own p95, the first trial's first move (later trials run warm code) and the
 * longest settle.
 */
async function measureTrials(trial) {
  const runs = []
  for (let t = 0; t < TRIALS; t++) runs.push(await trial())
  return {
    costs: runs.flatMap(r => r.costs),
    worstTrialP95: Math.max(...runs.map(r => quantile(r.costs, 0.95))),
    first: runs[0].first,
    settle: Math.max(...runs.map(r => r.settle)),
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}

const busy = process.argv.includes('--busy-core')
  ? new Worker('for (;;) {}', { eval: true })
  : undefined
busy?.unref() // ends with the benchmark
if (busy) console.log('one core kept busy by another thread throughout (--busy-core)')
const server = await serveDist(process.env.BENCH_DIST ?? 'dist')
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
await watchLongTasks(page)
const rows = []
const onlyNumbers = process.argv.find(a => a.startsWith('--slides='))?.slice('--slides='.length).split(',').map(Number)
const onlyTitles = process.argv.find(a => a.startsWith('--titles='))?.slice('--titles='.length).split('|')
try {
  await page.goto(`${server.url}1`)
  await page.waitForFunction(() => window.__deck__?.state().total > 0)
  const { total } = await page.evaluate(() => window.__deck__.state())
  const titles = await page.evaluate(() => window.__deck__.titles())
  const missing = (onlyTitles ?? []).filter(t => !titles.includes(t))
  if (missing.length) throw new Error(`no slide titled ${missing.map(t => `"${t}"`).join(', ')}`)
  const only = onlyNumbers || onlyTitles ? [...(onlyNumbers ?? []), ...(onlyTitles ?? []).map(t => titles.indexOf(t) + 1)] : undefined
  for (let no = 1; no <= total; no++) {
    if (only && !only.includes(no)) continue
    await page.goto(`${server.url}${no}?clicks=99`)
    await waitForDeck(page)
    await settledFrame(page, no)
    // A deep link loads the whole deck: measure once its start-up is over (see untilQuiet).
    await untilQuiet(page)
    const slide = page.locator(`[data-slidev-no="${no}"]`)
    const handles = slide.locator('[data-handle]:visible')
    const nHandles = await handles.count()
    for (let h = 0; h < nHandles; h++) {
      const handle = handles.nth(h)
      const box = await handle.boundingBox()
      if (!box) continue
      // A real press starts the drag (pointer capture); the moves are then dispatched to the
      // captured handle in step with the frames.
      const trials = await measureTrials(async () => {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
        await page.mouse.down()
        const trial = await timedTrial(handle, 'drag')
        await page.mouse.up()
        await page.waitForTimeout(100)
        return trial
      })
      rows.push({ what: `"${titles[no - 1]}": drag ${await handle.getAttribute('data-handle')}`, ...trials })
    }
    const sliders = slide.locator('input[type="range"]:visible')
    const measureSliders = async (mode = '') => {
      const nSliders = await sliders.count()
      for (let k = 0; k < nSliders; k++) {
        const slider = sliders.nth(k)
        const trials = await measureTrials(async () => {
          const trial = await timedTrial(slider, 'slider')
          await page.waitForTimeout(100)
          return trial
        })
        const label = await slider.evaluate(el => el.labels?.[0]?.textContent ?? 'slider')
        rows.push({ what: `"${titles[no - 1]}": slider ${label}${mode}`, ...trials })
      }
    }
    await measureSliders()
    // A choice that changes what a slider drives ("Beyond L1 and L2": p of an Lp ball or α of the
    // elastic net) gets its sliders measured once per option.
    if (await sliders.count() > 0) {
      const radios = slide.locator('input[type="radio"]:visible')
      const chosen = await radios.evaluateAll(els => els.map(el => el.checked))
      for (let r = 0; r < chosen.length; r++) {
        const radio = radios.nth(r)
        if (chosen[r]) continue
        await radio.check()
        await page.waitForTimeout(1000)
        await measureSliders(` (${(await radio.evaluate(el => el.labels?.[0]?.textContent ?? el.value)).trim()})`)
      }
    }
  }
}
finally {
  await page.close()
}

// Stepping: forward through every click, then back, recording long tasks per step.
if (process.argv.includes('--no-stepping')) {
  await browser.close()
  await server.close()
  report([])
  process.exit(0)
}
const stepPage = await browser.newPage({ viewport: { width: 1280, height: 720 } })
await watchLongTasks(stepPage)
const stepping = []
let loading = []
try {
  await stepPage.goto(`${server.url}1`)
  await stepPage.waitForFunction(() => window.__deck__?.state().total > 0)
  // As in a real talk, the title slide is up for a while before the first step. The
  // start-up's tasks are reported on their own.
  await untilQuiet(stepPage)
  loading = await stepPage.evaluate(() => window.__long.map(d => Math.round(d)))
  const stepTitles = await stepPage.evaluate(() => window.__deck__.titles())
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let guard = 0; guard < 1000; guard++) {
      const from = await stepPage.evaluate(() => window.__deck__.state())
      if (key === 'ArrowRight' ? !from.hasNext : from.no === 1 && from.clicks === 0) break
      await stepPage.evaluate(() => { window.__long = [] })
      await stepPage.keyboard.press(key)
      await stepPage.waitForFunction(prev => {
        const now = window.__deck__.state()
        return now.no !== prev.no || now.clicks !== prev.clicks
      }, from)
      await stepPage.waitForTimeout(700) // the step's animation
      const to = await stepPage.evaluate(() => window.__deck__.state())
      const longest = await stepPage.evaluate(() => Math.max(0, ...window.__long))
      stepping.push({ key, at: `"${stepTitles[to.no - 1]}" click ${to.clicks}`, longest })
    }
  }
}
finally {
  await browser.close()
  await server.close()
}

report(stepping, loading)

function report(stepping, loading = []) {
  console.log(`\ninput event → end of the frame that shows it: ${TRIALS} trials of ${MOVES} moves per control, each after ${WARM_UP} warm-up moves, one move per frame (Chromium ${findChromium()}, software rendering)`)
  console.log(`(median, p95 and max over all ${TRIALS * MOVES} measured moves; "trial p95": the worst single trial's p95; "settle": the longest time the main thread was busy in the 0.6 s after a trial's last move, ECharts redrawing the chart once the input pauses)`)
  console.log(`${'control'.padEnd(96)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'trial p95'.padStart(10)} ${'max'.padStart(9)} ${'1st move'.padStart(9)} ${'settle'.padStart(9)}`)
  const f = (x, w = 9) => `${x.toFixed(1)} ms`.padStart(w)
  for (const r of rows)
    console.log(`${r.what.slice(0, 96).padEnd(96)} ${f(quantile(r.costs, 0.5))} ${f(quantile(r.costs, 0.95))} ${f(r.worstTrialP95, 10)} ${f(Math.max(...r.costs))} ${f(r.first)} ${f(r.settle)}`)
  const all = rows.map(r => quantile(r.costs, 0.95))
  const trials = rows.map(r => r.worstTrialP95)
  if (all.length) {
    console.log(`worst p95: ${Math.max(...all).toFixed(1)} ms; controls with p95 ≥ 16 ms: ${all.filter(x => x >= 16).length} of ${all.length}`)
    console.log(`controls with a single trial's p95 ≥ 16 ms: ${trials.filter(x => x >= 16).length} of ${trials.length}`)
  }

  if (stepping.length === 0) return
  console.log(`\nwhile the title slide is up (first load, Slidev mounting the other slides, neighbouring charts built in idle time): long tasks ${loading.length ? loading.map(d => `${d} ms`).join(', ') : 'none'}`)
  const worst = [...stepping].sort((a, b) => b.longest - a.longest)
  const over = stepping.filter(s => s.longest > 50)
  console.log(`\nstepping: ${stepping.length} steps forward and back; longest main-thread task ${worst[0]?.longest ? `${worst[0].longest.toFixed(0)} ms at ${worst[0].at} (${worst[0].key})` : 'under 50 ms everywhere (no longtask entry)'}`)
  console.log(`steps with a task over 50 ms: ${over.length}${over.length ? ` — ${over.slice(0, 12).map(s => `${s.at} ${s.key === 'ArrowRight' ? '→' : '←'} ${s.longest.toFixed(0)} ms`).join(', ')}` : ''}`)
}
