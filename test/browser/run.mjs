#!/usr/bin/env node
// The browser suite: builds the site twice (root and sub-path), then runs the *.test.mjs
// files one at a time in Debian's Chromium. Without a Chromium it fails and says how to
// install one; it never skips.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { findChromium } from '../../scripts/chromium.mjs'

// --run-dir DIR keeps this run's builds and output apart (see builds.mjs); it must be set
// before builds.mjs is read, hence the dynamic import.
const args = process.argv.slice(2)
const runDirAt = args.indexOf('--run-dir')
if (runDirAt >= 0) {
  process.env.DECK_RUN_DIR = args[runDirAt + 1]
  args.splice(runDirAt, 2)
}
const { builds } = await import('./builds.mjs')

try {
  console.log(`browser suite: using ${findChromium()}`)
}
catch (e) {
  console.error(e.message)
  process.exit(1)
}

// Built as `npm run build` builds: the site, and the handout printed into it.
for (const { out, base } of builds) {
  const started = Date.now()
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out, '--base', base], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    console.error(`npm run build -- --base ${base} failed`)
    process.exit(r.status ?? 1)
  }
  console.log(`built ${out} (base ${base}) with its handout in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const only = args.filter(a => !a.startsWith('--'))
// A file is chosen by its name or its path (`export`, `export.test.mjs`, `test/browser/export.test.mjs`).
const files = readdirSync('test/browser').filter(f => f.endsWith('.test.mjs')).filter(f => only.length === 0 || only.some(o => f.includes(o) || o.endsWith(`/${f}`))).map(f => `test/browser/${f}`)
// With no file, node --test would run every test it finds: a typo must not mean "all".
if (files.length === 0) {
  console.error(`browser suite: no test file matches ${only.join(', ')}`)
  process.exit(2)
}
// tsx lets the tests read the deck through the same TypeScript modules the build uses (scripts/narration).
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' })
process.exit(r.status ?? 1)
