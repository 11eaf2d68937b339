// The random bowls of the simulation, drawn the same way for every region (after Parr's
// `plot_cloud` in regularization/code of github.com/parrt/website-explained.ai):
//   general:     a, b ~ U(0, 10), c ~ U(−2, 2)   (the version that made the published clouds)
//   symmetric:   a ~ U(0, 10), b = a, c = 0
//   weakFeature: c = 0; a fair coin picks which of a, b is 0.1, the other ~ U(0, 10)
//   minimum (c1, c2) ~ U(−10, 10)², redrawn while inside the closed region of size t;
//   non-bowls (4ab ≤ c², including a or b = 0) are redrawn.
// Parr redraws shape and minimum together when the shape is not a bowl; since the rejection
// depends on the shape alone, drawing them from two independent streams (shapes from the
// seed, minima from a jumped clone) gives the same distribution. Two streams also make a run
// prefix-stable (the first k trials of a longer run are a k-trial run) and give every region
// of one seed the very same bowl shapes (only the minima differ, since "outside" differs).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { seed32 } from '../random'

/** Which random bowls: any shape, circular, or one nearly flat direction. */
export type LossFamily = 'general' | 'symmetric' | 'weakFeature'

/** The accepted LossFamily names. */
export const LOSS_FAMILIES: readonly LossFamily[] = ['general', 'symmetric', 'weakFeature']

// Rejection loops cannot run away for t ≤ 10 (acceptance ≥ 21 %), but guard anyway.
const MAX_REJECTIONS = 1_000_000

/** A seeded source of bowl shapes (a, b, c) and of minima outside a region. */
export function createBowlSampler(fn: string, seed: number, family: LossFamily) {
  const shapeRng = xoroshiro128plus(seed32(seed))
  const centerRng = shapeRng.clone()
  centerRng.jump()
  return {
    /** The next positive-definite shape [a, b, c] of the family. */
    shape(): [number, number, number] {
      for (let tries = 0; tries < MAX_REJECTIONS; tries++) {
        let a: number
        let b: number
        let c = 0
        if (family === 'general') {
          a = 10 * uniformFloat64(shapeRng)
          b = 10 * uniformFloat64(shapeRng)
          c = 4 * uniformFloat64(shapeRng) - 2
        }
        else if (family === 'symmetric') {
          a = 10 * uniformFloat64(shapeRng)
          b = a
        }
        else {
          const weakFirst = uniformFloat64(shapeRng) < 0.5
          const strong = 10 * uniformFloat64(shapeRng)
          a = weakFirst ? 0.1 : strong
          b = weakFirst ? strong : 0.1
        }
        if (a > 0 && 4 * a * b > c * c) return [a, b, c]
      }
      throw new Error(`${fn}: could not draw a bowl`)
    },
    /** The next minimum, uniform on [−10, 10]², for which `inside(x, y)` is false. */
    center(inside: (x: number, y: number) => boolean): [number, number] {
      for (let tries = 0; tries < MAX_REJECTIONS; tries++) {
        const x = 20 * uniformFloat64(centerRng) - 10
        const y = 20 * uniformFloat64(centerRng) - 10
        if (!inside(x, y)) return [x, y]
      }
      throw new Error(`${fn}: could not draw a minimum outside the region`)
    },
  }
}
