#!/usr/bin/env node
// Export benchmark: time to write the whole handout (every click step) and pages per second.
// Prints figures only.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

mkdirSync('.bench', { recursive: true })
const output = '.bench/handout.pdf'
const started = Date.now()
const r = spawnSync(process.execPath, ['scripts/export.mjs', '--output', output], { encoding: 'utf8' })
if (r.status !== 0) {
  console.error(r.stdout, r.stderr)
  process.exit(1)
}
const seconds = (Date.now() - started) / 1000
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [output]).toString())?.[1])
console.log(`\nexport with every click step: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(2)} pages/s)`)
