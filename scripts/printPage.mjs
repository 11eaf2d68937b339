// Prints one page of a built site to PDF with the system Chromium: the handout (/handout) and
// the speaker notes (/notes-print). Waits until every chart on the page has drawn its frame
// (each SceneChart reports data-chart-ready) and the fonts are in, then prints A4 portrait
// with page numbers and the page's headings as PDF bookmarks.
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const FOOTER = '<div style="font-size:9px;width:100%;text-align:center;color:#444;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

/** Prints `path` (e.g. 'handout?print') of the site in `dir` hosted under `base` to `output`; resolves to { charts, seconds }. */
export async function printSitePage({ dir, base = '/', path, output, colorScheme = 'light', timeout = 180_000 }) {
  const started = Date.now()
  const server = await serveDist(dir, base)
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, colorScheme, reducedMotion: 'reduce' })
    const page = await context.newPage()
    const problems = []
    page.on('pageerror', e => problems.push(e.message))
    page.on('console', m => { if (m.type() === 'error') problems.push(m.text()) })
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    // Ready: the page has content, and every chart on it has drawn, twice in a row half a second apart.
    const charts = await page.waitForFunction(() => {
      const root = document.querySelector('.handout, .notes')
      if (!root || root.children.length === 0) return false
      const all = [...document.querySelectorAll('.scene-chart')]
      const ready = all.every(c => c.getAttribute('data-chart-ready') === 'true')
      const w = window
      if (!ready) { w.__printReadySince = undefined; return false }
      w.__printReadySince ??= performance.now()
      return performance.now() - w.__printReadySince > 500 ? { charts: all.length } : false
    }, undefined, { timeout, polling: 200 }).then(h => h.jsonValue()).then(r => r.charts)
    if (problems.length) throw new Error(`printing ${path}: the page reported errors:\n  ${problems.join('\n  ')}`)
    // The page's own @page rule (A4, margins) decides the paper: it comes after Slidev's print
    // rule (the slide's size), which would otherwise shrink a portrait page to a slide's width.
    await page.pdf({
      path: output,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: FOOTER,
    })
    return { charts, seconds: (Date.now() - started) / 1000 }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
