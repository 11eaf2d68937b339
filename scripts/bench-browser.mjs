#!/usr/bin/env node
// Browser benchmarks in Chromium against the production build. (1) Interaction: for every
// drag handle and slider in the deck, the time from an input event to the next animation
// frame over a scripted drag of 60 moves (median and 95th percentile); the next frame's
// callback runs after all synchronous work the input caused (scene, option, ECharts render),
// so its delay is what the viewer feels. (2) Stepping: the longest main-thread task
// ('longtask' entries, 50 ms and up) while stepping forward and back through every click.
// Prints figures only; nothing is asserted.
// Usage: node scripts/bench-browser.mjs [--no-build]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'
import { settledFrame, waitForDeck } from '../test/browser/harness.mjs'

const MOVES = 60

if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
  const r = spawnSync('node_modules/.bin/slidev', ['build', 'slides.md', '--out', 'dist'], { encoding: 'utf8' })
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    process.exit(1)
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}

const server = await serveDist('dist')
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
const rows = []
const only = process.argv.find(a => a.startsWith('--slides='))?.slice('--slides='.length).split(',').map(Number)
try {
  await page.goto(`${server.url}1`)
  await page.waitForFunction(() => window.__deck__?.state().total > 0)
  const { total } = await page.evaluate(() => window.__deck__.state())
  const titles = await page.evaluate(() => window.__deck__.titles())
  for (let no = 1; no <= total; no++) {
    if (only && !only.includes(no)) continue
    await page.goto(`${server.url}${no}?clicks=99`)
    await waitForDeck(page)
    await settledFrame(page, no)
    await page.evaluate(() => {
      window.__latency = []
      const measure = (e) => {
        const t0 = e.timeStamp
        requestAnimationFrame(() => window.__latency.push(performance.now() - t0))
      }
      window.addEventListener('pointermove', measure, { capture: true })
      window.addEventListener('input', measure, { capture: true })
    })
    const slide = page.locator(`[data-slidev-no="${no}"]`)
    const handles = slide.locator('[data-handle]:visible')
    const nHandles = await handles.count()
    for (let h = 0; h < nHandles; h++) {
      const box = await handles.nth(h).boundingBox()
      if (!box) continue
      const cx = box.x + box.width / 2
      const cy = box.y + box.height / 2
      await page.evaluate(() => { window.__latency = [] })
      await page.mouse.move(cx, cy)
      await page.mouse.down()
      for (let i = 1; i <= MOVES; i++) {
        const a = (2 * Math.PI * i) / MOVES
        await page.mouse.move(cx + 40 * Math.sin(a), cy - 40 * (1 - Math.cos(a)) / 2)
      }
      await page.mouse.up()
      await page.waitForTimeout(100)
      const lat = await page.evaluate(() => window.__latency)
      const id = await handles.nth(h).getAttribute('data-handle')
      rows.push({ what: `slide ${no} "${titles[no - 1]}": drag ${id}`, lat })
    }
    const sliders = slide.locator('input[type="range"]:visible')
    const nSliders = await sliders.count()
    for (let k = 0; k < nSliders; k++) {
      const slider = sliders.nth(k)
      await slider.focus()
      await page.keyboard.press('Home')
      await page.waitForTimeout(50)
      await page.evaluate(() => { window.__latency = [] })
      for (let i = 0; i < MOVES; i++) await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(100)
      const lat = await page.evaluate(() => window.__latency)
      const label = await slider.evaluate(el => el.labels?.[0]?.textContent ?? 'slider')
      rows.push({ what: `slide ${no} "${titles[no - 1]}": slider ${label}`, lat })
      await page.keyboard.press('Escape')
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
await stepPage.addInitScript(() => {
  window.__long = []
  new PerformanceObserver(list => list.getEntries().forEach(e => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true })
})
const stepping = []
try {
  await stepPage.goto(`${server.url}1`)
  await stepPage.waitForFunction(() => window.__deck__?.state().total > 0)
  await stepPage.waitForTimeout(2500) // let idle-time chart loading finish, as in a real talk
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
      stepping.push({ key, at: `${to.no}?clicks=${to.clicks}`, longest })
    }
  }
}
finally {
  await browser.close()
  await server.close()
}

report(stepping)

function report(stepping) {
  console.log(`\ninput → next frame, ${MOVES} moves each (Chromium ${findChromium()}, software rendering)`)
  console.log(`${'control'.padEnd(78)} ${'n'.padStart(4)} ${'median'.padStart(9)} ${'p95'.padStart(9)}`)
  for (const r of rows) {
    if (r.lat.length === 0) {
      console.log(`${r.what.slice(0, 78).padEnd(78)} ${'0'.padStart(4)}   (no events)`)
      continue
    }
    const f = x => `${x.toFixed(1)} ms`.padStart(9)
    console.log(`${r.what.slice(0, 78).padEnd(78)} ${String(r.lat.length).padStart(4)} ${f(quantile(r.lat, 0.5))} ${f(quantile(r.lat, 0.95))}`)
  }

  if (stepping.length === 0) return
  const worst = [...stepping].sort((a, b) => b.longest - a.longest)
  const over = stepping.filter(s => s.longest > 50)
  console.log(`\nstepping: ${stepping.length} steps forward and back; longest main-thread task ${worst[0]?.longest ? `${worst[0].longest.toFixed(0)} ms at ${worst[0].at} (${worst[0].key})` : 'under 50 ms everywhere (no longtask entry)'}`)
  console.log(`steps with a task over 50 ms: ${over.length}${over.length ? ` — ${over.slice(0, 12).map(s => `${s.at} ${s.key === 'ArrowRight' ? '→' : '←'} ${s.longest.toFixed(0)} ms`).join(', ')}` : ''}`)
}
