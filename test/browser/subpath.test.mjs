// The built site hosted in a folder (slidev build --base /talks/regularization/):
// every slide and step loads from under that path, with no error and no foreign request.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { subBuild } from './builds.mjs'
import { navState, openDeck, screenshotPath, settledFrame, step, waitForDeck } from './harness.mjs'

test(`every slide and click works under the sub-path ${subBuild.base}`, async () => {
  const deck = await openDeck({ dir: subBuild.out, base: subBuild.base, reducedMotion: 'reduce' })
  try {
    const { page, problems } = deck
    await page.goto(deck.url('/1'))
    await waitForDeck(page)
    let state = await navState(page)
    let steps = 0
    while (true) {
      await settledFrame(page, state.no)
      assert.ok(new URL(page.url()).pathname.startsWith(subBuild.base), `stays under ${subBuild.base}: ${page.url()}`)
      steps++
      if (!state.hasNext) break
      state = await step(page, 'ArrowRight', state)
    }
    await page.screenshot({ path: screenshotPath('subpath-last') })
    assert.equal(state.no, state.total)
    assert.ok(steps > state.total)
    assert.deepEqual(problems, [])
  }
  finally {
    await deck.close()
  }
})
