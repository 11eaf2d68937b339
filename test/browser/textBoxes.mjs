// The texts the charts on a slide drew, as the boxes their glyphs cover, and which of them
// are drawn over each other (the deck walk in deck.test.mjs). Both ECharts instances of a chart are read:
// the content above and, for a chart with fixed axes, the axes drawn underneath
// (components/charts/axisLayer.ts); both are `svg` elements inside the chart's figure.

/**
 * Two texts collide when their ink boxes share more than this many square slide pixels.
 * Ink boxes are the tight bounds of the glyphs drawn (not the font's line box, which for
 * Source Sans 3 is 1.4 em tall and makes any two lines set 1.2 em apart "overlap"), so two
 * texts that merely touch share at most a sliver of antialiasing: under a pixel wide. Two
 * square pixels of shared ink box are already glyph on glyph; labels set one over the
 * other (the "minimum" / "best allowed" case) share hundreds.
 */
export const OVERLAP_TOLERANCE_PX2 = 2
/** ...and the shared part must be at least this wide and tall (a longer sliver is still a touch). */
const MIN_SIDE_PX = 1

/**
 * Every visible text in the charts of slide `no`: its string, the chart it is in (index on
 * the slide; both layers of a chart count as that chart) and its ink box in slide pixels.
 * Left out: empty strings, texts scaled to nothing (ECharts keeps label anchors as
 * `matrix(0,0,0,0,…)`), and texts that are transparent or hidden.
 */
export function chartTextBoxes(page, no) {
  return page.evaluate((n) => {
    const slide = document.querySelector(`[data-slidev-no="${n}"]`)
    if (!slide) return []
    const ctx = document.createElement('canvas').getContext('2d')
    const slideRect = slide.getBoundingClientRect()
    const scale = slideRect.width / slide.offsetWidth || 1
    /** Whether `el` paints anything: no transparent fill, no hidden or transparent ancestor up to the chart. */
    const painted = (el, chart) => {
      const cs = getComputedStyle(el)
      if (cs.visibility !== 'visible' || cs.display === 'none') return false
      if (cs.fill === 'none' || Number(cs.fillOpacity) === 0 || /rgba\(.*,\s*0\)$/.test(cs.fill)) return false
      let opacity = 1
      for (let node = el; node && node !== chart.parentElement; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity)
        const attr = node.getAttribute?.('opacity')
        if (attr != null) opacity *= Number(attr)
      }
      return opacity > 0.05
    }
    const out = []
    slide.querySelectorAll('.scene-chart').forEach((chart, chartIndex) => {
      for (const el of chart.querySelectorAll('svg text')) {
        const text = el.textContent ?? ''
        if (!text.trim()) continue
        if ((el.getAttribute('transform') ?? '').replace(/\s/g, '').startsWith('matrix(0,0,0,0')) continue
        if (!painted(el, chart)) continue
        const b = el.getBBox()
        if (b.width === 0 || b.height === 0) continue
        const cs = getComputedStyle(el)
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`
        const m = ctx.measureText(text)
        // getBBox is the line box: its top is the baseline less the font's ascent.
        const x0 = b.x
        const baseline = b.y + m.fontBoundingBoxAscent
        const ink = [
          [x0 - m.actualBoundingBoxLeft, baseline - m.actualBoundingBoxAscent],
          [x0 + m.actualBoundingBoxRight, baseline - m.actualBoundingBoxAscent],
          [x0 - m.actualBoundingBoxLeft, baseline + m.actualBoundingBoxDescent],
          [x0 + m.actualBoundingBoxRight, baseline + m.actualBoundingBoxDescent],
        ]
        // Into slide pixels through the text's transform (rotated axis names included).
        const ctm = el.getScreenCTM()
        if (!ctm) continue
        const pts = ink.map(([x, y]) => new DOMPoint(x, y).matrixTransform(ctm)).map(p => [(p.x - slideRect.left) / scale, (p.y - slideRect.top) / scale])
        const xs = pts.map(p => p[0])
        const ys = pts.map(p => p[1])
        const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) }
        if (!(box.w > 0 && box.h > 0)) continue
        out.push({ text, chart: chartIndex, box })
      }
    })
    return out
  }, no)
}

/** The pairs of `texts` whose ink boxes share more than the tolerance. */
export function overlappingTexts(texts) {
  const pairs = []
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i].box
      const b = texts[j].box
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
      if (w >= MIN_SIDE_PX && h >= MIN_SIDE_PX && w * h > OVERLAP_TOLERANCE_PX2)
        pairs.push({ a: texts[i], b: texts[j], area: w * h })
    }
  }
  return pairs
}

const fmt = ({ x, y, w, h }) => `[x ${x.toFixed(1)}, y ${y.toFixed(1)}, ${w.toFixed(1)} × ${h.toFixed(1)}]`

/** One line per overlapping pair, for a failure message. */
export function describeOverlap({ a, b, area }) {
  const where = a.chart === b.chart ? `chart ${a.chart + 1}` : `charts ${a.chart + 1} and ${b.chart + 1}`
  return `${where}: "${a.text}" ${fmt(a.box)} and "${b.text}" ${fmt(b.box)} share ${area.toFixed(1)} px²`
}
