// How a simulated optimum is classified, and the words and shapes every picture uses for it:
// one definition for every region, so rates compare across slides.
//   zero:     a coordinate of the optimum is exactly 0;
//   nearMiss: no coordinate is 0, but the smaller one is under NEAR_MISS_FRACTION·t in
//             magnitude (t is the region's size: its tips are at distance t on the axes);
//   nonzero:  anything else.

/** How a trial ended. */
export type Outcome = 'zero' | 'nearMiss' | 'nonzero'

/**
 * A near miss is within 5 % of the region's size of an axis: for t = 2, |β| < 0.1. The coarse
 * search of the article (100 points round a circle of radius 2, 0.126 apart) reports a zero
 * when the optimum is within about half a spacing of an axis point, so its L2 "zeros" are
 * near misses once solved exactly.
 */
export const NEAR_MISS_FRACTION = 0.05

/** The outcome of an optimum (o1, o2) in a region of size t. */
export function classifyOptimum(o1: number, o2: number, t: number): Outcome {
  if (o1 === 0 || o2 === 0) return 'zero'
  return Math.min(Math.abs(o1), Math.abs(o2)) < NEAR_MISS_FRACTION * t ? 'nearMiss' : 'nonzero'
}

/** The vocabulary, in legend order: marker shape (for charts), symbol (for text) and words. */
export const OUTCOMES: readonly { outcome: Outcome; shape: 'circle' | 'triangle' | 'rect'; symbol: string; marker: string; label: string; short: string }[] = [
  { outcome: 'zero', shape: 'circle', symbol: '\u25CF', marker: 'green circles', label: 'a coefficient exactly 0', short: 'exactly 0' },
  { outcome: 'nearMiss', shape: 'triangle', symbol: '\u25B2', marker: 'orange triangles', label: 'near miss: the smaller coefficient under 5% of the region size', short: 'near miss' },
  { outcome: 'nonzero', shape: 'rect', symbol: '\u25A0', marker: 'blue squares', label: 'no zero', short: 'no zero' },
]

/** The vocabulary entry of an outcome. */
export function outcomeLook(outcome: Outcome): (typeof OUTCOMES)[number] {
  return OUTCOMES.find(o => o.outcome === outcome)!
}
