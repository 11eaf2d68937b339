// Shared pieces of the browser suite: a served build, a Chromium page that records every
// console error, page error, failed request and request to a host other than localhost,
// and helpers that read Slidev's navigation state and the frames the charts drew.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs'
import { serveDist } from '../../scripts/serve.mjs'
import { rootBuild, runDir } from './builds.mjs'

export const outDir = join(runDir, 'test-output')
export const screenshotDir = join(outDir, 'screens')
mkdirSync(screenshotDir, { recursive: true })

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Opens the built deck in `dir` under `base`; `problems` collects anything that went wrong. */
export async function openDeck({ dir = rootBuild.out, base = '/', colorScheme = 'light', reducedMotion = 'no-preference', viewport = { width: 1280, height: 720 } } = {}) {
  const executablePath = findChromium()
  const server = await serveDist(dir, base)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion })
  const page = await context.newPage()
  const problems = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`)
  })
  page.on('pageerror', err => problems.push(`page error: ${err.message}`))
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the page itself cancelling a load because the test navigated away;
    // a file that is really missing shows up as an HTTP error below.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`)
  })
  page.on('request', (req) => {
    const url = new URL(req.url())
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !localHosts.has(url.hostname))
      problems.push(`request left localhost: ${req.url()}`)
  })
  return {
    page,
    problems,
    url: path => `${server.url}${path.replace(/^\//, '')}`,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** Slidev's navigation state. */
export function navState(page) {
  return page.evaluate(() => window.__deck__?.state())
}

/** The number of the slide whose title is `title` (1-based), read from the running deck. */
export async function slideNumber(page, title) {
  const titles = await page.evaluate(() => window.__deck__.titles())
  const i = titles.findIndex(t => t === title)
  if (i < 0) throw new Error(`no slide titled "${title}" (titles: ${titles.join(' | ')})`)
  return i + 1
}

/** How a message names slide `no`: its title, and its number in today's deck after it. */
export async function slideName(page, no) {
  const title = await page.evaluate(n => window.__deck__?.titles()[n - 1], no).catch(() => undefined)
  return title ? `"${title}" (slide ${no})` : `slide ${no}`
}

/** Presses `key` (ArrowRight / ArrowLeft) and resolves to the navigation state it leads to. */
export async function step(page, key, from) {
  await page.keyboard.press(key)
  await page.waitForFunction((prev) => {
    const now = window.__deck__.state()
    return now.no !== prev.no || now.clicks !== prev.clicks
  }, from)
  return navState(page)
}

export async function waitForDeck(page) {
  await page.waitForFunction(() => window.__deck__?.state().total > 0, undefined, { timeout: 30_000 })
  // After a deep link the router may still report the first slide for a moment: wait for the URL's.
  const match = /\/(\d+)(?:\?.*clicks=(\d+))?/.exec(new URL(page.url()).pathname + new URL(page.url()).search)
  if (match && !page.url().includes('/presenter')) {
    const no = Number(match[1])
    await page.waitForFunction(n => window.__deck__.state().no === n, no, { timeout: 30_000 })
  }
}

/**
 * Waits until every chart on the current slide reports ready and draws the same frame twice
 * in a row (a step's animation has ended), then returns that frame's signature.
 */
export async function settledFrame(page, no) {
  await page.evaluate(() => document.fonts.ready)
  const frame = await settledSignature(page, no)
  if (frame.includes('NOTHING DRAWN')) throw new Error(`${await slideName(page, no)}: a chart reports ready but has drawn nothing`)
  return frame
}

async function settledSignature(page, no) {
  await page.waitForFunction((n) => {
    // The slide must be rendered (its chunk loaded, its layout in place) before "every chart
    // is ready" means anything: an unrendered slide has no charts to wait for.
    const slide = document.querySelector(`[data-slidev-no="${n}"]`)
    if (!slide || slide.querySelector('.slidev-slide-loading') || !slide.querySelector('.slidev-layout')) return false
    const charts = slide.querySelectorAll('.scene-chart')
    return [...charts].every(c => c.getAttribute('data-chart-ready') === 'true')
  }, no, { timeout: 20_000 })
  let previous = await frameSignature(page, no)
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(120)
    const next = await frameSignature(page, no)
    // Settled: the same frame twice in a row, with every chart still reporting ready.
    if (next === previous && !next.includes('NOT READY')) return next
    previous = next
  }
  throw new Error(`${await slideName(page, no)}: the chart never settled`)
}

/**
 * What the charts on slide `no` drew, as text: every SVG shape's geometry and paint, with
 * coordinates rounded to 0.1 px, sorted, plus each chart's description. Equal text = same frame.
 */
export function frameSignature(page, no) {
  return page.evaluate((n) => {
    const round = s => s.replace(/-?\d+\.?\d*(e-?\d+)?/g, m => (Math.round(Number(m) * 10) / 10).toString())
    const charts = document.querySelectorAll(`[data-slidev-no="${n}"] .scene-chart`)
    return [...charts].map((chart) => {
      const shapes = [...chart.querySelectorAll('svg path, svg text, svg circle, svg rect, svg polyline, svg polygon, svg line')]
        // a shape scaled to nothing is not drawn (ECharts keeps label anchors that way)
        .filter(el => !(el.getAttribute('transform') ?? '').startsWith('matrix(0,0,0,0'))
        .map(el => [
          el.tagName,
          round(el.getAttribute('d') ?? ''),
          round(el.getAttribute('transform') ?? ''),
          el.getAttribute('fill') ?? '',
          el.getAttribute('stroke') ?? '',
          el.getAttribute('opacity') ?? '',
          el.tagName === 'text' ? el.textContent : '',
        ].join('|'))
        // ECharts may keep the same shapes in a different document order depending on the
        // history of updates; what is drawn is the set of shapes, so compare it sorted.
        .sort()
      // Canvas charts have no shapes to read, and their pixels depend on the device pixel
      // ratio; compare the option that drew the frame instead (data, not resolution).
      const canvases = chart.querySelector('canvas')
        // (Typed arrays by their numbers: ECharts tags one it has drawn with a property.)
        ? [`canvas-option|${JSON.stringify(chart.sceneOption, (k, v) => (typeof v === 'function' ? undefined : ArrayBuffer.isView(v) ? Array.from(v) : typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v))}`]
        : []
      const description = chart.querySelector('figcaption')?.textContent ?? ''
      if (chart.getAttribute('data-chart-ready') !== 'true') return `${description}\nNOT READY`
      if (shapes.length === 0 && canvases.length === 0) return `${description}\nNOTHING DRAWN`
      return `${description}\n${[...canvases, ...shapes].join('\n')}`
    }).join('\n---\n')
  }, no)
}

/** Boxes of the current slide's charts, as fractions of the slide (for checking PDF pages). */
export function chartBoxes(page, no) {
  return page.evaluate((n) => {
    const slide = document.querySelector(`[data-slidev-no="${n}"]`)
    if (!slide) return []
    const s = slide.getBoundingClientRect()
    return [...slide.querySelectorAll('.scene-chart')].map((c) => {
      const r = c.getBoundingClientRect()
      return { x: (r.left - s.left) / s.width, y: (r.top - s.top) / s.height, w: r.width / s.width, h: r.height / s.height }
    })
  }, no)
}

export function screenshotPath(name) {
  return join(screenshotDir, `${name}.png`)
}

/** Asserts two frame signatures are equal, reporting the first line that differs. */
export function assertSameFrame(actual, expected, what) {
  if (actual === expected) return
  const a = actual.split('\n')
  const e = expected.split('\n')
  const i = a.findIndex((line, k) => line !== e[k])
  throw new Error(`${what}: frames differ (${a.length} vs ${e.length} lines); first difference at line ${i}:\n  got      ${a[i]}\n  expected ${e[i]}`)
}
