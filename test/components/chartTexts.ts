// Every text an ECharts option draws in a colour of its own, found by walking the option
// generically, with the colour it is seen in and what it is seen against:
// - a `label` or `endLabel` (shown, with a string `color`), against the page. A scatter
//   series' label is drawn as opaque as its symbol (ECharts' scatter default is 0.8), so its
//   colour is taken at that opacity over the page unless the label sets its own `opacity`.
// - a graphic text element (`type: 'text'` with a string `style.fill`), against the graphic
//   rectangle under its anchor (a heatmap cell, its fill composited over the page) or else
//   the page.
// Custom series' renderItem texts are not in the option and are not seen here.

type Obj = Record<string, unknown>

export interface ChartText {
  /** Where in the option the text was found (for messages). */
  path: string
  /** The text's own colour as the option gives it. */
  colour: string
  /** The opaque #rrggbb it shows as. */
  seen: string
  /** The opaque #rrggbb behind it. */
  background: string
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** [r, g, b, a] of "#rgb", "#rrggbb" or "rgb(a)(r, g, b[, a])". */
export function parseColour(c: string): [number, number, number, number] {
  const s = c.trim()
  if (/^#[0-9a-f]{3}$/i.test(s)) return [...[1, 2, 3].map(i => Number.parseInt(s[i]! + s[i]!, 16)), 1] as [number, number, number, number]
  if (/^#[0-9a-f]{6}$/i.test(s)) return [...[1, 3, 5].map(i => Number.parseInt(s.slice(i, i + 2), 16)), 1] as [number, number, number, number]
  const m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(s)
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
  throw new Error(`unreadable colour ${c}`)
}

const hex = (rgb: number[]) => `#${rgb.map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`

/** `colour` at `alpha` (times its own alpha) over the opaque `under`, as #rrggbb. */
export function over(colour: string, alpha: number, under: string): string {
  const [r, g, b, a] = parseColour(colour)
  const [ur, ug, ub] = parseColour(under)
  const t = a * alpha
  return hex([r * t + ur * (1 - t), g * t + ug * (1 - t), b * t + ub * (1 - t)])
}

interface Rect { x: number; y: number; width: number; height: number; fill: string; opacity: number }

export function chartTexts(option: Obj, page: string): ChartText[] {
  const out: ChartText[] = []
  const graphic = Array.isArray(option.graphic) ? option.graphic.filter(isObj) : []
  const rects: Rect[] = graphic
    .filter(g => g.type === 'rect' && isObj(g.shape) && isObj(g.style) && typeof g.style.fill === 'string')
    .map(g => {
      const shape = g.shape as Obj
      const style = g.style as Obj
      return { x: Number(shape.x), y: Number(shape.y), width: Number(shape.width), height: Number(shape.height), fill: style.fill as string, opacity: typeof style.opacity === 'number' ? style.opacity : 1 }
    })

  const walk = (node: unknown, path: string, scatter: boolean, itemOpacity: number | undefined) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${path}[${i}]`, scatter, itemOpacity))
      return
    }
    if (!isObj(node)) return
    const here = typeof node.id === 'string' ? `${path}<${node.id}>` : path
    const inScatter = scatter || node.type === 'scatter'
    const opacity = isObj(node.itemStyle) && typeof node.itemStyle.opacity === 'number' ? node.itemStyle.opacity : itemOpacity
    for (const key of ['label', 'endLabel']) {
      const l = node[key]
      if (!isObj(l) || l.show === false || typeof l.color !== 'string') continue
      const alpha = typeof l.opacity === 'number' ? l.opacity : key === 'label' && inScatter ? (opacity ?? 0.8) : 1
      out.push({ path: `${here}.${key}`, colour: l.color, seen: over(l.color, alpha, page), background: page })
    }
    if (node.type === 'text' && isObj(node.style) && typeof node.style.fill === 'string' && typeof node.style.text === 'string') {
      const style = node.style
      const x = Number(node.x)
      const y = Number(node.y)
      // the topmost rectangle under the anchor (later graphic elements are drawn over earlier ones)
      const cell = [...rects].reverse().find(r => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)
      const background = cell ? over(cell.fill, cell.opacity, page) : page
      const alpha = typeof style.opacity === 'number' ? style.opacity : 1
      out.push({ path: `${here} "${style.text}"`, colour: style.fill as string, seen: over(style.fill as string, alpha, background), background })
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'label' || k === 'endLabel') continue
      walk(v, `${here}.${k}`, inScatter, opacity)
    }
  }
  walk(option, 'option', false, undefined)
  return out
}
