// A weight walking down one penalty curve (DescentL1 and DescentL2): the curve, the iterates
// already taken as a trail, and the current one, all recomputed from the step.
import type { Norm, Vec2 } from '../index'
import { at, clipConvexCurve, penalty1D, penaltyNames, sampleCurve } from './descentShared'

export interface PenaltyWalk {
  norm: Norm
  curveName: string
  curve: Vec2[]
  /** (w_j, P(w_j)) for j < k. */
  trail: Vec2[]
  /** (w_k, P(w_k)). */
  current: Vec2
  wDomain: Vec2
  yDomain: Vec2
  /** Tick spacing of the penalty axis. */
  yTick: number
}

/** The walk after `shown` steps of `path` on the curve of `norm`. */
export function penaltyWalk(norm: Norm, path: readonly number[], shown: number, view: { w: Vec2; y: Vec2; yTick: number }): PenaltyWalk {
  const point = (w: number): Vec2 => [w, penalty1D(norm, w)]
  return {
    norm,
    curveName: penaltyNames[norm].penalty,
    curve: clipConvexCurve(sampleCurve(w => penalty1D(norm, w), view.w[0], view.w[1]), view.y[1]),
    trail: path.slice(0, shown).map(point),
    current: point(at(path, shown)),
    wDomain: view.w,
    yDomain: view.y,
    yTick: view.yTick,
  }
}
