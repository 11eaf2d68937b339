#!/usr/bin/env node
// Handouts, with the system Chromium (never a downloaded one):
//   npm run export                 slides PDF, one page per click step  -> regularization-visually.pdf
//   npm run export -- --plain      slides PDF, one page per slide       -> regularization-visually-plain.pdf
//   npm run export:notes           speaker notes PDF (built site's /presenter/print) -> regularization-visually-notes.pdf
// --output FILE overrides the file name; --dark exports the dark colour scheme.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './chromium.mjs'
import { serveDist } from './serve.mjs'

const args = process.argv.slice(2)
const flag = name => args.includes(name)
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const executablePath = findChromium()
const bin = 'node_modules/.bin/slidev'

function run(cmd, cmdArgs) {
  const started = Date.now()
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
  if (r.status !== 0) process.exit(r.status ?? 1)
  return (Date.now() - started) / 1000
}

async function exportNotes(output) {
  if (!existsSync('dist/index.html')) run(bin, ['build', 'slides.md', '--out', 'dist'])
  const server = await serveDist('dist')
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}presenter/print`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, printBackground: true, preferCSSPageSize: true })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** Whether a PDF embeds any font, i.e. has any text on its pages. */
function hasText(pdf) {
  return existsSync(pdf) && readFileSync(pdf).includes('/Font')
}

const started = Date.now()
if (flag('--notes')) {
  const output = option('--output') ?? 'regularization-visually-notes.pdf'
  await exportNotes(output)
  console.log(`notes: ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
else {
  const plain = flag('--plain')
  const output = option('--output') ?? (plain ? 'regularization-visually-plain.pdf' : 'regularization-visually.pdf')
  const cli = ['export', 'slides.md', '--output', output, '--executable-path', executablePath, '--timeout', '120000']
  if (!plain) cli.push('--with-clicks')
  else cli.push('--with-clicks=false')
  if (flag('--dark')) cli.push('--dark')
  run(bin, cli)
  // Every slide has a title, so a PDF without a single font is a deck that never rendered.
  // On a fresh checkout the dev server that `slidev export` runs is still pre-bundling its
  // dependencies when the exporter loads the page, and once in a while that first load
  // comes up blank (seen once in CI: 30 white pages). Its cache is warm by now: export again.
  if (!hasText(output)) {
    console.warn(`export: ${output} has no text (the deck did not render on the dev server's first start); exporting again`)
    run(bin, cli)
    if (!hasText(output)) {
      console.error(`export: ${output} still has no text; the deck did not render`)
      process.exit(1)
    }
  }
  console.log(`slides: ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
