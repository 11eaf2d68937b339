#!/usr/bin/env node
// `npm run build [-- --base /sub/path/] [--out DIR]`: the static site, with the handout PDF
// in it (the study view and the title slide link to it). Slidev builds the site; the handout is
// then printed from that very build, so the download always matches the site it sits in.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { HANDOUT_FILE } from './handoutFile.mjs'
import { printSitePage } from './printPage.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const out = option('--out', 'dist')
const base = option('--base', '/')

const started = Date.now()
const r = spawnSync('node_modules/.bin/slidev', ['build', 'slides.md', ...args], { stdio: 'inherit' })
if (r.status !== 0) process.exit(r.status ?? 1)
const built = (Date.now() - started) / 1000
const { charts, seconds } = await printSitePage({ dir: out, base, path: 'handout?print', output: join(out, HANDOUT_FILE) })
console.log(`build: site in ${built.toFixed(1)} s; handout ${join(out, HANDOUT_FILE)} (${charts} charts) printed in ${seconds.toFixed(1)} s`)
