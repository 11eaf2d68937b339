// What sticks out of the slide: the elements of the current slide whose boxes reach past its
// edges, where the audience and the PDF lose them (the deck walk in deck.test.mjs). A table
// too wide for its column once ran off the right edge, and no other check saw it.

/** Slide pixels an element may reach past the edge (antialiasing, a border's half pixel). */
const TOLERANCE_PX = 1

/**
 * Every visible element of slide `no` that reaches past the slide's edges by more than the
 * tolerance, as `tag.class "text…" (right by 23.4 px)`. Elements inside one that clips its
 * overflow (a chart's canvas layers, a scroll box) are judged by that box instead.
 */
export function outsideSlide(page, no) {
  return page.evaluate(({ n, tolerance }) => {
    const slide = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)
    if (!slide) return []
    const s = slide.getBoundingClientRect()
    const scale = s.width / slide.offsetWidth || 1
    const clipped = (el) => {
      for (let node = el.parentElement; node && node !== slide; node = node.parentElement) {
        const o = getComputedStyle(node)
        if (o.overflowX !== 'visible' || o.overflowY !== 'visible') return true
      }
      return false
    }
    // What shows: text and leaf elements, and pictures whole (a chart's svg, a canvas), not
    // the boxes around them, which may reach into the slide's padding with nothing in it.
    const picture = new Set(['svg', 'canvas', 'img', 'video', 'input', 'select', 'button'])
    const shown = el => picture.has(el.tagName.toLowerCase()) || el.childElementCount === 0 || [...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())
    const out = []
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('svg, button, select') && !picture.has(el.tagName.toLowerCase())) continue
      if (!shown(el)) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || clipped(el)) continue
      const cs = getComputedStyle(el)
      if (cs.visibility !== 'visible' || Number(cs.opacity) === 0) continue
      const past = {
        left: (s.left - r.left) / scale,
        right: (r.right - s.right) / scale,
        top: (s.top - r.top) / scale,
        bottom: (r.bottom - s.bottom) / scale,
      }
      const sides = Object.entries(past).filter(([, d]) => d > tolerance)
      if (sides.length === 0) continue
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      out.push({ el, line: `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}" (${sides.map(([k, d]) => `${k} by ${d.toFixed(1)} px`).join(', ')})` })
    }
    return out.map(o => o.line)
  }, { n: no, tolerance: TOLERANCE_PX })
}
