/** A point the viewer can drag (mouse, touch) or move with arrow keys, in data coordinates. */
export interface ChartHandle {
  id: string
  x: number
  y: number
  /** Accessible name, e.g. "Outlier, drag or use arrow keys". */
  label: string
  /** Arrow-key step in data units along x and y (Shift moves ten times as far). */
  step: readonly [number, number]
  gridIndex?: number
}
