#!/usr/bin/env node
// Load benchmark: JavaScript fetched before the first slide is shown (raw and gzip bytes)
// and the time to first slide, for this deck and for a bare one-text-slide Slidev deck built
// with the same versions; then the built site's size split into JavaScript, fonts and data.
// Prints figures only. Usage: node scripts/bench-load.mjs [--no-build]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const TRIALS = 5
const bareDir = '.bench/bare'

function build(entry, out) {
  const r = spawnSync('node_modules/.bin/slidev', ['build', entry, '--out', out], { encoding: 'utf8' })
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    process.exit(1)
  }
}

const skipBuild = process.argv.includes('--no-build')
if (!skipBuild || !existsSync('dist/index.html')) build('slides.md', 'dist')
mkdirSync(bareDir, { recursive: true })
writeFileSync(join(bareDir, 'slides.md'), '---\ntheme: default\nfonts:\n  provider: none\n---\n\n# A bare deck\n\nOne text slide, the baseline.\n')
// Inside the repo so it resolves the same node_modules; its own folder, so none of our components load.
build(join(bareDir, 'slides.md'), join('..', '..', '.bench', 'bare-dist'))

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function measure(dir) {
  const server = await serveDist(dir)
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
  const results = []
  try {
    for (let i = 0; i < TRIALS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      // JavaScript requested before the first slide is on screen (what it needs to appear);
      // Slidev prefetches the next slides afterwards, and that is not counted.
      const js = new Map()
      let shown = false
      page.on('request', (req) => {
        if (!shown && req.resourceType() === 'script') js.set(req.url(), req)
      })
      const started = Date.now()
      await page.goto(`${server.url}1`)
      await page.locator('[data-slidev-no="1"] h1').first().waitFor({ state: 'visible' })
      shown = true
      const firstSlide = Date.now() - started
      await page.waitForLoadState('networkidle')
      const bodies = await Promise.all([...js.values()].map(async req => (await (await req.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0)))
      results.push({
        firstSlide,
        files: bodies.length,
        raw: bodies.reduce((s, b) => s + b.length, 0),
        gzip: bodies.reduce((s, b) => s + gzipSync(b).length, 0),
      })
      await context.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  return {
    firstSlide: median(results.map(r => r.firstSlide)),
    files: results[0].files,
    raw: results[0].raw,
    gzip: results[0].gzip,
  }
}

function sizeByKind(dir) {
  const kinds = { javascript: 0, fonts: 0, data: 0, other: 0 }
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const st = statSync(p)
      if (st.isDirectory()) walk(p)
      else {
        const ext = extname(name)
        const kind = ext === '.js' ? 'javascript' : ['.woff', '.woff2', '.ttf'].includes(ext) ? 'fonts' : ['.json', '.csv'].includes(ext) ? 'data' : 'other'
        kinds[kind] += st.size
      }
    }
  }
  walk(dir)
  return kinds
}

const kb = n => `${(n / 1024).toFixed(1)} KiB`
const deck = await measure('dist')
const bare = await measure('.bench/bare-dist')
console.log(`\nload of the first slide (median of ${TRIALS} cold loads; JS requested before it was shown)`)
console.log(`${''.padEnd(14)} ${'JS files'.padStart(9)} ${'JS raw'.padStart(12)} ${'JS gzip'.padStart(12)} ${'first slide'.padStart(12)}`)
for (const [name, r] of [['this deck', deck], ['bare deck', bare]]) {
  console.log(`${name.padEnd(14)} ${String(r.files).padStart(9)} ${kb(r.raw).padStart(12)} ${kb(r.gzip).padStart(12)} ${`${r.firstSlide} ms`.padStart(12)}`)
}
console.log(`${'ratio'.padEnd(14)} ${''.padStart(9)} ${(deck.raw / bare.raw).toFixed(2).padStart(12)} ${(deck.gzip / bare.gzip).toFixed(2).padStart(12)} ${(deck.firstSlide / bare.firstSlide).toFixed(2).padStart(12)}`)

const size = sizeByKind('dist')
const total = Object.values(size).reduce((a, b) => a + b, 0)
console.log(`\nbuilt site (dist/): ${kb(total)} in all; JavaScript ${kb(size.javascript)}, fonts ${kb(size.fonts)}, data ${kb(size.data)}, other ${kb(size.other)}`)
const biggest = readdirSync('dist/assets', { recursive: true })
  .filter(f => String(f).endsWith('.js'))
  .map(f => ({ f: String(f), n: statSync(join('dist/assets', String(f))).size }))
  .sort((a, b) => b.n - a.n)
  .slice(0, 5)
console.log(`largest JavaScript chunks: ${biggest.map(b => `${b.f} ${kb(b.n)}`).join(', ')}`)
