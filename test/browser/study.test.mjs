// The study view as a student meets it: found from the title slide and from the navigation
// bar, read on a phone held upright (the slide fills the width, the narration is legible),
// stepped with its buttons; and the handout it links to downloads, at the root and in a folder.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { HANDOUT_FILE } from '../../scripts/handoutFile.mjs'
import { axeViolations } from './axe.mjs'
import { subBuild } from './builds.mjs'
import { navState, openDeck, screenshotPath, settledFrame, slideNumber, waitForDeck } from './harness.mjs'

describe('the study view', () => {
  test('is reached from a visible link on the title slide, and from the navigation bar', async () => {
    const deck = await openDeck({ reducedMotion: 'reduce' })
    try {
      const { page, problems } = deck
      await page.goto(deck.url('/1'))
      await waitForDeck(page)
      const link = page.getByRole('link', { name: /Study on your own/ })
      assert.ok(await link.isVisible(), 'the title slide shows the link')
      await link.click()
      await page.waitForURL(/\/study\/1$/)
      await page.locator('.narration__part[aria-current="step"]').waitFor()
      // From a slide of the talk, the navigation bar's button opens the study view at that step.
      const no = await slideNumber(page, 'The moving bowl: L2 penalty')
      await page.goto(deck.url(`/${no}?clicks=4`))
      await waitForDeck(page)
      await page.mouse.move(20, 700)
      const button = page.getByRole('button', { name: /Study view/ })
      await button.click()
      await page.waitForURL(new RegExp(`/study/${no}\\?clicks=4$`))
      assert.equal((await navState(page)).clicks, 4)
      assert.deepEqual(problems, [])
    }
    finally {
      await deck.close()
    }
  })

  test('on a phone held upright (390 × 844): the slide fills the width, the narration is at least 14 px, the buttons step', async () => {
    const deck = await openDeck({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' })
    try {
      const { page, problems } = deck
      await page.goto(deck.url('/1'))
      await waitForDeck(page)
      const no = await slideNumber(page, 'The contour argument')
      await page.goto(deck.url(`/study/${no}?clicks=1`))
      await waitForDeck(page)
      await settledFrame(page, no)
      const layout = await page.evaluate(() => {
        const slide = document.querySelector('.study__slide').getBoundingClientRect()
        const text = getComputedStyle(document.querySelector('.narration__part p')).fontSize
        const narration = document.querySelector('.study__text').getBoundingClientRect()
        return { slideWidth: slide.width, slideTop: slide.top, narrationTop: narration.top, font: Number.parseFloat(text), viewport: window.innerWidth }
      })
      assert.ok(layout.slideWidth >= layout.viewport - 2, `the slide fills the width (${layout.slideWidth} of ${layout.viewport} px)`)
      assert.ok(layout.narrationTop >= layout.slideTop + layout.slideWidth * 9 / 16 - 1, 'the narration is under the slide')
      assert.ok(layout.font >= 14, `narration text ${layout.font} px`)
      await page.screenshot({ path: screenshotPath('study-phone') })
      assert.deepEqual(await axeViolations(page), [], 'axe at 390 × 844')
      await page.getByRole('button', { name: 'Next step →' }).click()
      await page.waitForURL(new RegExp(`/study/${no}\\?clicks=2$`))
      await page.getByRole('button', { name: '← Previous step' }).click()
      await page.waitForURL(new RegExp(`/study/${no}\\?clicks=1$`))
      assert.deepEqual(problems, [])
    }
    finally {
      await deck.close()
    }
  })

  for (const colorScheme of ['light', 'dark']) {
    test(`passes axe's WCAG 2.2 A/AA rules in a wide window, ${colorScheme} scheme`, async () => {
      const deck = await openDeck({ colorScheme, reducedMotion: 'reduce' })
      try {
        const { page, problems } = deck
        const findings = []
        for (const title of ['Regularization, visually', 'Random loss functions', 'Choosing λ']) {
          await page.goto(deck.url('/1'))
          await waitForDeck(page)
          const no = await slideNumber(page, title)
          await page.goto(deck.url(`/study/${no}?clicks=1`))
          await waitForDeck(page)
          await settledFrame(page, no)
          for (const v of await axeViolations(page)) findings.push(`"${title}": ${v}`)
        }
        await page.screenshot({ path: screenshotPath(`study-wide-${colorScheme}`) })
        assert.deepEqual(findings, [])
        assert.deepEqual(problems, [])
      }
      finally {
        await deck.close()
      }
    })
  }

  for (const [where, options] of [['at the root', {}], [`under ${subBuild.base}`, { dir: subBuild.out, base: subBuild.base }]]) {
    test(`links the handout PDF, which the site serves ${where}`, async () => {
      const deck = await openDeck({ ...options, reducedMotion: 'reduce' })
      try {
        const { page, problems } = deck
        await page.goto(deck.url('/study/1'))
        await page.locator('.narration').waitFor()
        const href = await page.getByRole('link', { name: 'Handout (PDF)' }).evaluate(a => a.href)
        assert.ok(href.endsWith(`${options.base ?? '/'}${HANDOUT_FILE}`), href)
        const res = await page.request.get(href)
        assert.equal(res.status(), 200)
        const body = await res.body()
        assert.equal(body.subarray(0, 5).toString(), '%PDF-')
        assert.ok(body.length > 100_000, `a real handout (${body.length} bytes)`)
        assert.deepEqual(problems, [])
      }
      finally {
        await deck.close()
      }
    })
  }
})
