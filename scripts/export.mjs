#!/usr/bin/env node
// PDFs, with the system Chromium (never a downloaded one):
//   npm run export                 slides, one page per click step    -> regularization-visually.pdf
//   npm run export -- --plain      slides, one page per slide         -> regularization-visually-plain.pdf
//   npm run export:handout         the handout: A4 portrait, each slide's frames with its
//                                  narration, bookmarks, page numbers -> regularization-visually-handout.pdf
//   npm run export:notes           every slide's title and full speaker notes -> regularization-visually-notes.pdf
// --output FILE overrides the file name; --dark exports the dark colour scheme (slides and handout).
// The handout and the notes are printed from a fresh build of the site (in a temporary folder),
// so they always show the current source; --site DIR prints them from a site already built there.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from './chromium.mjs'
import { HANDOUT_FILE } from './handoutFile.mjs'
import { printSitePage } from './printPage.mjs'

const args = process.argv.slice(2)
const flag = name => args.includes(name)
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const bin = 'node_modules/.bin/slidev'

function run(cmd, cmdArgs) {
  const started = Date.now()
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
  if (r.status !== 0) process.exit(r.status ?? 1)
  return (Date.now() - started) / 1000
}

/** Builds the site into a temporary folder, prints `path` from it, and removes the folder. */
async function printFromFreshBuild(path, output) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-print-'))
  try {
    const built = run(bin, ['build', 'slides.md', '--out', dir])
    const { charts, seconds } = await printSitePage({ dir, path, output, colorScheme: flag('--dark') ? 'dark' : 'light' })
    return { built, charts, seconds }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Whether a PDF embeds any font, i.e. has any text on its pages. */
function hasText(pdf) {
  return existsSync(pdf) && readFileSync(pdf).includes('/Font')
}

const started = Date.now()
if (flag('--notes') || flag('--handout')) {
  const handout = flag('--handout')
  const output = option('--output') ?? (handout ? HANDOUT_FILE : 'regularization-visually-notes.pdf')
  const path = handout ? 'handout?print' : 'notes-print?print'
  const site = option('--site')
  const { built, charts, seconds } = site
    ? { built: 0, ...await printSitePage({ dir: site, path, output, colorScheme: flag('--dark') ? 'dark' : 'light' }) }
    : await printFromFreshBuild(path, output)
  console.log(`${handout ? 'handout' : 'notes'}: ${output} (${site ? `site ${site}` : `site built in ${built.toFixed(1)} s`}, ${charts} charts, printed in ${seconds.toFixed(1)} s)`)
}
else {
  const executablePath = findChromium()
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
