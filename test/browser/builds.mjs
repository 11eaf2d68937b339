// The two builds the browser suite drives: at the root, and hosted in a folder. A run keeps
// its builds and output (test-output/) in DECK_RUN_DIR, the checkout by default; runs started
// side by side (`node test/browser/run.mjs --run-dir /tmp/mine`) then never overwrite each other.
import { join } from 'node:path'

export const runDir = process.env.DECK_RUN_DIR ?? '.'
export const subBase = '/talks/regularization/'
export const rootBuild = { out: join(runDir, 'dist'), base: '/' }
export const subBuild = { out: join(runDir, 'dist-sub'), base: subBase }
export const builds = [rootBuild, subBuild]
