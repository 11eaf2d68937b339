// "Each penalty beside its slope": |w| with sign(w) and ½w² with w, one column
// each (penalty above, slope below on the same w axis), then a probe that reads both slopes at one weight: L1 pulls with 1 everywhere,
// L2 pulls with w, which fades as w nears 0.
import type { Norm, Vec2 } from '../index'
import { NORMS } from '../index'
import { checkInRange, checkStep, penalty1D, penaltyNames, penaltySlope1D, sampleCurve } from './descentShared'
import { formatNumber } from './format'

/** Click steps: 0 both penalties, 1 sign(w), 2 w, 3 probe at w = 2.5, 4 probe at w = ½. */
export const PENALTY_STEPS = 4

/** The probe's presented position at steps 3 and 4. */
export const probeAtStep: Readonly<Record<number, number>> = { 3: 2.5, 4: 0.5 }
export const probeRange = { min: -3, max: 3, step: 0.1 } as const

export interface PenaltyControls {
  /** The probe's weight set by the viewer, or null for the presented one. */
  probe: number | null
}
export const penaltyDefaults: PenaltyControls = { probe: null }

const W: Vec2 = [-3, 3]

export interface PenaltyProbe {
  w: number
  /** The point on the penalty curve and a short tangent through it. */
  onPenalty: Vec2
  tangent: [Vec2, Vec2]
  /** The point on the slope curve: (w, P'(w)). */
  onSlope: Vec2
  slope: number
}

export interface PenaltyPanel {
  norm: Norm
  penaltyName: string
  slopeName: string
  penalty: Vec2[]
  /** The slope as separate pieces (sign(w) jumps at 0, so it is two rays and a dot). */
  slopePieces: Vec2[][]
  /** sign(0) = 0: the value descend uses at the kink (l1 only). */
  slopeAtZero: Vec2 | null
  /** Open ends of the jump at w = 0 (l1 only): sign(w) → ±1 but is not ±1 at 0. */
  openEnds: Vec2[]
  slopeShown: boolean
  probe: PenaltyProbe | null
}

export interface PenaltyScene {
  step: number
  wDomain: Vec2
  /** Value ranges of the penalty plots (top) and the slope plots (below them). */
  penaltyDomain: Vec2
  slopeDomain: Vec2
  panels: PenaltyPanel[]
  /** The probe's readings, or null while no probe is shown. */
  readout: { heading: string; rows: { label: string; value: string }[] } | null
  description: string
}

function probe(norm: Norm, w: number): PenaltyProbe {
  const p = penalty1D(norm, w)
  const slope = penaltySlope1D(norm, w)
  const half = 1.1 // tangent half-length along w, long enough to read the tilt
  return {
    w,
    onPenalty: [w, p],
    tangent: [[w - half, p - slope * half], [w + half, p + slope * half]],
    onSlope: [w, slope],
    slope,
  }
}

function slopePieces(norm: Norm): Pick<PenaltyPanel, 'slopePieces' | 'slopeAtZero' | 'openEnds'> {
  if (norm === 'l2') return { slopePieces: [[[W[0], W[0]], [W[1], W[1]]]], slopeAtZero: null, openEnds: [] }
  return {
    slopePieces: [[[W[0], -1], [0, -1]], [[0, 1], [W[1], 1]]],
    slopeAtZero: [0, 0],
    openEnds: [[0, -1], [0, 1]],
  }
}

/** The picture at click `step` given the viewer's probe. */
export function penaltyScene(step: number, controls: PenaltyControls = penaltyDefaults): PenaltyScene {
  const fn = 'penaltyScene'
  const s = checkStep(fn, step, PENALTY_STEPS)
  const chosen = controls.probe === null ? null : checkInRange(fn, 'probe', controls.probe, probeRange.min, probeRange.max)
  const probeW = chosen ?? probeAtStep[s] ?? null

  const panels = NORMS.map((norm, i): PenaltyPanel => ({
    norm,
    penaltyName: penaltyNames[norm].penalty,
    slopeName: penaltyNames[norm].slope,
    penalty: sampleCurve(w => penalty1D(norm, w), W[0], W[1]),
    ...slopePieces(norm),
    slopeShown: s >= i + 1,
    probe: probeW === null ? null : probe(norm, probeW),
  }))

  const readout = probeW === null
    ? null
    : {
        heading: `Slope at w = ${formatNumber(probeW, 1)}`,
        rows: panels.map(p => ({ label: `${penaltyNames[p.norm].short}: ${p.slopeName}`, value: formatNumber(p.probe!.slope, 1) })),
      }

  const shownSlopes = panels.filter(p => p.slopeShown).map(p => `${p.slopeName} for ${p.penaltyName}`)
  const description = 'Two panels over w from −3 to 3: the L1 penalty |w| (a V) and the L2 penalty ½w² (a parabola)'
    + (shownSlopes.length ? `, with their slopes ${shownSlopes.join(' and ')}` : '')
    + (probeW === null ? '.' : `; at w = ${formatNumber(probeW, 1)} the L1 slope is ${formatNumber(panels[0]!.probe!.slope, 1)} and the L2 slope is ${formatNumber(panels[1]!.probe!.slope, 1)}.`)

  return { step: s, wDomain: W, penaltyDomain: [0, 5], slopeDomain: [-3, 3], panels, readout, description }
}
