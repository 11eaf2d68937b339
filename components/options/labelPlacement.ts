// Sides for the labels of marked points (dotSeries in plane.ts) so that no label covers
// another label, another point's symbol, or leaves the plot (where it would run over the
// tick labels). Each label keeps the first side of its own preference list that is free;
// labels are placed in the order given, so the earlier ones keep their usual side. Works in
// pixels, from the plot's box and view, with a generous estimate of each text's size.

export type Side = 'top' | 'bottom' | 'left' | 'right'
export type Px = readonly [number, number]

export interface PxBox { x0: number; y0: number; x1: number; y1: number }

export interface PointLabel {
  /** The point's centre in pixels. */
  at: Px
  text: string
  /** The symbol's size in pixels (its box is this square). */
  symbolSize: number
  /** Sides to try, best first. */
  sides: readonly Side[]
}

/** ECharts puts a label this far beyond the symbol's box (its 5 px default plus the 2 px border's half). */
const GAP = 6
/** About 0.6 em a character covers semibold Source Sans 3 ("minimum" is 0.58 em a character). */
const EM_PER_CHAR = 0.62
const LINE = 1.3

/** The box `label` takes on `side` at font size `font`. */
export function labelBox(label: PointLabel, side: Side, font: number): PxBox {
  const w = label.text.length * font * EM_PER_CHAR
  const h = font * LINE
  const [x, y] = label.at
  const d = label.symbolSize / 2 + GAP
  switch (side) {
    case 'top': return { x0: x - w / 2, x1: x + w / 2, y0: y - d - h, y1: y - d }
    case 'bottom': return { x0: x - w / 2, x1: x + w / 2, y0: y + d, y1: y + d + h }
    case 'left': return { x0: x - d - w, x1: x - d, y0: y - h / 2, y1: y + h / 2 }
    case 'right': return { x0: x + d, x1: x + d + w, y0: y - h / 2, y1: y + h / 2 }
  }
}

function overlapArea(a: PxBox, b: PxBox): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
  return w > 0 && h > 0 ? w * h : 0
}

/** How much of `box` lies outside `area`. */
function outside(box: PxBox, area: PxBox): number {
  return (box.x1 - box.x0) * (box.y1 - box.y0) - overlapArea(box, area)
}

const symbolBox = (at: Px, size: number): PxBox => ({ x0: at[0] - size / 2, x1: at[0] + size / 2, y0: at[1] - size / 2, y1: at[1] + size / 2 })

/**
 * A side for each label, in order. `symbols` are further marks to keep clear of (points
 * drawn without a label). When no side is free, the side covering the least is taken.
 */
export function placeLabels(labels: readonly PointLabel[], area: PxBox, font: number, symbols: readonly { at: Px; size: number }[] = []): Side[] {
  const taken: PxBox[] = [...labels.map(l => symbolBox(l.at, l.symbolSize)), ...symbols.map(s => symbolBox(s.at, s.size))]
  return labels.map((label, i) => {
    let best: { side: Side; box: PxBox; cost: number } | undefined
    for (const side of label.sides) {
      const box = labelBox(label, side, font)
      // its own symbol (taken[i]) never counts: the label sits beside it
      const cost = outside(box, area) + taken.reduce((sum, t, j) => sum + (j === i ? 0 : overlapArea(box, t)), 0)
      if (!best || cost < best.cost) best = { side, box, cost }
      if (cost === 0) break
    }
    taken.push(best!.box)
    return best!.side
  })
}

/** Data → pixel mapping of a square plot (planeAxes in plane.ts): `box` in pixels, `view` its ranges. */
export function planePixels(view: { x: readonly [number, number]; y: readonly [number, number] }, box: { left: number; top: number; size: number }) {
  return {
    at: (v: readonly [number, number]): Px => [
      box.left + ((v[0] - view.x[0]) / (view.x[1] - view.x[0])) * box.size,
      box.top + ((view.y[1] - v[1]) / (view.y[1] - view.y[0])) * box.size,
    ],
    area: { x0: box.left, y0: box.top, x1: box.left + box.size, y1: box.top + box.size } as PxBox,
  }
}
