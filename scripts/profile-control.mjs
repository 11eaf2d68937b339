#!/usr/bin/env node
// Where one control's time goes: a CPU profile of 60 in-page moves of a slide's drag handle
// or slider (timedMoves.mjs: one per frame, as in bench-browser.mjs), printed as inclusive
// time per function. For readable names, profile an unminified build:
//   DECK_NO_MINIFY=1 npx slidev build slides.md --out /tmp/prof
//   node scripts/profile-control.mjs "The textbook picture" drag 0 --dist /tmp/prof
// Usage: node scripts/profile-control.mjs <slide> [drag|slider] [index] [--dist DIR] [--top N] [--choice LABEL] [--heap]
// <slide> is the slide's title (which stays put when slides are added before it) or its number.
// --choice first picks the radio option with that label ("Beyond L1 and L2": "Lp ball" for the p slider).
// --heap prints where the moves allocate (a sampling heap profile) instead of CPU time.
// --callers NAME prints the chains of calls that led to the function NAME, with their time.
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'
import { timedMoves } from './timedMoves.mjs'
import { settledFrame, slideNumber, waitForDeck } from '../test/browser/harness.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const [slide, kind = 'drag', index = '0'] = positional
if (!slide) {
  console.error('usage: node scripts/profile-control.mjs <slide title or number> [drag|slider] [index] [--dist DIR] [--top N] [--choice LABEL]')
  process.exit(2)
}

const server = await serveDist(option('--dist', 'dist'))
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  let no = Number(slide)
  if (!/^\d+$/.test(slide)) {
    // A title: find its number in the running deck, then open the slide by a deep link as for a number.
    await page.goto(`${server.url}1`)
    await waitForDeck(page)
    no = await slideNumber(page, slide)
  }
  await page.goto(`${server.url}${no}?clicks=99`)
  await waitForDeck(page)
  const title = (await page.evaluate(() => window.__deck__.titles()))[no - 1]
  await settledFrame(page, Number(no))
  const choice = option('--choice')
  if (choice) await page.locator(`[data-slidev-no="${no}"] label:has-text("${choice}") input[type="radio"]`).check()
  await page.waitForTimeout(4000)
  const control = page.locator(`[data-slidev-no="${no}"] ${kind === 'slider' ? 'input[type="range"]' : '[data-handle]'}:visible`).nth(Number(index))
  if (kind === 'drag') {
    const box = await control.boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
  }
  const cdp = await page.context().newCDPSession(page)
  const moves = n => control.evaluate(timedMoves, { moves: n, kind: kind === 'slider' ? 'slider' : 'drag' })
  const frameKey = f => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`
  if (args.includes('--heap')) {
    // Where the moves allocate (garbage for the collector): a sampling heap profile, bytes by function.
    await moves(20)
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
    await moves(60)
    const { profile } = await cdp.send('HeapProfiler.stopSampling')
    if (kind === 'drag') await page.mouse.up()
    const bytes = new Map()
    const walk = (n) => {
      const key = frameKey(n.callFrame)
      bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize)
      n.children.forEach(walk)
    }
    walk(profile.head)
    const total = [...bytes.values()].reduce((a, b) => a + b, 0)
    console.log(`"${title}", ${kind} ${index}: ${(total / 1024 / 60).toFixed(0)} KiB allocated per move (sampled), by function:`)
    for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(option('--top', 25)))) console.log(`${(v / 1024 / 60).toFixed(1).padStart(8)} KiB  ${k}`)
  }
  else {
    // Warm-up moves first, as the benchmark makes: the first moves compile code, and charts of
    // other slides may still be built in idle time.
    await moves(20)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const costs = await moves(60)
    const { profile } = await cdp.send('Profiler.stop')
    if (kind === 'drag') await page.mouse.up()

    costs.sort((a, b) => a - b)
    console.log(`"${title}", ${kind} ${index}: median ${costs[30].toFixed(1)} ms, p95 ${costs[57].toFixed(1)} ms per move (with the profiler's overhead)`)
    const nodes = new Map(profile.nodes.map(n => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const inclusive = new Map()
    const own = new Map()
    const keyOf = id => frameKey(nodes.get(id).callFrame)
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000
      own.set(keyOf(id), (own.get(keyOf(id)) ?? 0) + dt)
      const seen = new Set()
      for (let cur = id; cur != null; cur = parent.get(cur)) {
        const key = keyOf(cur)
        if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt)
        seen.add(key)
      }
    })
    const top = [...inclusive].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, Number(option('--top', 40)))
    console.log('inclusive time (the function and what it calls), over all moves:')
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`)
    console.log('self time (the function alone):')
    const ownTop = [...own].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25)
    for (const [k, v] of ownTop) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`)
    // --callers NAME: the calls that led to the function NAME, with their time (a few frames up).
    const callee = option('--callers', '')
    if (callee) {
      const chains = new Map()
      profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i] ?? 0) / 1000
        let cur = id
        while (cur != null && nodes.get(cur).callFrame.functionName !== callee) cur = parent.get(cur)
        if (cur == null) return
        const chain = []
        for (let up = parent.get(cur); up != null && chain.length < 8; up = parent.get(up)) chain.push(keyOf(up))
        const key = chain.join(' < ')
        chains.set(key, (chains.get(key) ?? 0) + dt)
      })
      console.log(`what called ${callee}, by chain of callers:`)
      for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`)
    }
    // --lines NAME: where inside the function NAME its own samples fall, by source line.
    const fn = option('--lines', '')
    if (fn) {
      const ticks = new Map()
      for (const n of profile.nodes) {
        if (n.callFrame.functionName !== fn) continue
        for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks)
      }
      console.log(`samples inside ${fn}, by line of its file:`)
      for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(8)}  line ${line}`)
    }
  }
}
finally {
  await browser.close()
  await server.close()
}
