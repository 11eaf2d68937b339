// Finds the system Chromium the browser tests and the PDF export drive. Never downloads one:
// set CHROMIUM_PATH, or install Debian's package (`apt-get install chromium`).
import { existsSync } from 'node:fs'

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** Path of a Chromium to drive, or throws with the way to install one. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
    return fromEnv
  }
  const found = candidates.find(p => existsSync(p))
  if (found) return found
  throw new Error(
    'No Chromium found. The browser tests and the PDF export drive a system Chromium and never download one.\n'
    + '  Debian/Ubuntu: sudo apt-get install chromium\n'
    + `  Elsewhere: set CHROMIUM_PATH to a Chrome or Chromium executable (looked in: ${candidates.join(', ')}).`,
  )
}
