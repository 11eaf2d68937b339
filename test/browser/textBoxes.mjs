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
    /**
     * The opacity `el` is painted with, up to the chart (0: not painted: hidden, or a
     * transparent fill). SVG's `opacity` attribute is a presentation attribute: the computed
     * style already holds it.
     */
    const painted = (el, chart) => {
      const cs = getComputedStyle(el)
      if (cs.visibility !== 'visible' || cs.display === 'none') return 0
      if (cs.fill === 'none' || Number(cs.fillOpacity) === 0 || /rgba\(.*,\s*0\)$/.test(cs.fill)) return 0
      let opacity = 1
      for (let node = el; node && node !== chart.parentElement; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity)
      return opacity
    }
    const out = []
    slide.querySelectorAll('.scene-chart').forEach((chart, chartIndex) => {
      for (const el of chart.querySelectorAll('svg text')) {
        const text = el.textContent ?? ''
        if (!text.trim()) continue
        if ((el.getAttribute('transform') ?? '').replace(/\s/g, '').startsWith('matrix(0,0,0,0')) continue
        const opacity = painted(el, chart)
        if (!(opacity > 0.05)) continue
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
        // What the text is drawn on: the topmost filled shape under its centre (a heatmap
        // cell, a shaded region), or nothing but the page.
        const centre = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2).matrixTransform(ctm)
        let under = null
        for (const hit of document.elementsFromPoint(centre.x, centre.y)) {
          if (hit === el || hit.tagName === 'text' || hit.tagName === 'tspan') continue
          if (!(hit instanceof SVGGeometryElement)) break
          const hs = getComputedStyle(hit)
          if (hs.fill === 'none' || Number(hs.fillOpacity) === 0 || /rgba\(.*,\s*0\)$/.test(hs.fill)) continue
          const local = hit.getScreenCTM()?.inverse()
          if (!local || !hit.isPointInFill(new DOMPoint(centre.x, centre.y).matrixTransform(local))) continue
          under = { fill: hs.fill, alpha: Number(hs.fillOpacity) * painted(hit, chart) }
          break
        }
        const weight = Number.parseInt(cs.fontWeight, 10) || 400
        const stroke = cs.stroke !== 'none' && Number.parseFloat(cs.strokeWidth) >= 1.5 ? cs.stroke : null
        out.push({ text, chart: chartIndex, box, fill: cs.fill, alpha: opacity * Number(cs.fillOpacity), halo: stroke, under, px: Number.parseFloat(cs.fontSize), bold: weight >= 700 })
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

/** `rgb(…)`/`rgba(…)` as [r, g, b, a] (0–255, alpha 0–1). */
function rgba(css) {
  const m = /rgba?\(([^)]+)\)/.exec(css)
  if (!m) return null
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
  return [r, g, b, a]
}

function luminance([r, g, b]) {
  const lin = c => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG's contrast ratio of two opaque colours. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** `colour` with extra opacity `alpha` laid over the opaque `under`. */
function over([r, g, b, a], alpha, under) {
  const t = a * alpha
  return [r, g, b].map((c, i) => c * t + under[i] * (1 - t))
}

/** Slidev's page behind the slides: white, or #121212 in the dark scheme. */
export const PAGE = { light: [255, 255, 255], dark: [18, 18, 18] }

/**
 * The chart texts below WCAG AA's contrast (4.5 : 1; 3 : 1 for large text, 24 px, or
 * 18.7 px bold): the fill as painted (its opacity and its ancestors' laid over what is
 * behind it) against what is behind it: the shape under its centre laid over the page (a
 * heatmap cell, a shaded region), or the page. A text with a halo (ECharts' text border,
 * drawn under the glyphs) is measured against its halo when that reads better.
 */
export function lowContrastTexts(texts, dark) {
  const page = dark ? PAGE.dark : PAGE.light
  const out = []
  for (const t of texts) {
    const fill = rgba(t.fill)
    if (!fill) continue
    const shape = t.under ? rgba(t.under.fill) : null
    const behind = shape ? over(shape, t.under.alpha, page) : page
    const haloRgba = t.halo ? rgba(t.halo) : null
    const halo = haloRgba ? over(haloRgba, 1, behind) : null
    const ratio = Math.max(contrast(over(fill, t.alpha, behind), behind), halo ? contrast(over(fill, t.alpha, halo), halo) : 0)
    const large = t.px >= 24 || (t.bold && t.px >= 18.66)
    const needed = large ? 3 : 4.5
    if (ratio < needed) out.push({ ...t, ratio, needed })
  }
  return out
}

/** One line per low-contrast text, for a failure message. */
export function describeContrast(t) {
  const on = t.under ? ` on ${t.under.fill}${t.under.alpha < 1 ? ` at ${(t.under.alpha * 100).toFixed(0)} %` : ''}` : ''
  return `chart ${t.chart + 1}: "${t.text}" in ${t.fill}${t.alpha < 1 ? ` at ${(t.alpha * 100).toFixed(0)} %` : ''}${on} is ${t.ratio.toFixed(2)} : 1 (needs ${t.needed} : 1)`
}
