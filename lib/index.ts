// Public surface of the math library. Scene builders (lib/scenes) import from here only.

export type { Vec2 } from './vec'
export { add, sub, scale, dot, length, distance, lerp } from './vec'

export type { Quadratic2 } from './quadratic'
export { quadratic, lossAt, lossGradient, lossHessian, hessianEigen, symmetricEigen2 } from './quadratic'

export type { Norm } from './norms'
export { NORMS, normOf, penaltyOf, totalLoss } from './norms'

export {
  boundaryPointAt,
  boundaryParameterOf,
  boundaryPoints,
  regionOutline,
  lossAlongBoundary,
  lossAlongBoundaryCurve,
} from './boundary'
export { ellipseContour, ellipseAxes, contourLevelThrough } from './contour'

export { softThreshold, sign0 } from './softThreshold'
export { constrainedOptimum1D, penalizedOptimum1D } from './oneParameter'
export { constrainedOptimum } from './constrained'
export { penalizedOptimum, budgetForLambda } from './penalized'
export { boundarySearchOptimum } from './boundarySearch'
export { inL1ZeroZone, l1ZeroZonePolygons, l1ZeroZoneFraction } from './zeroZone'

export type { RandomStream } from './random'
export { createRandom, uniformSampler, shuffledIndices } from './random'
export type {
  LossFamily,
  SimulationOutcome,
  SimulationMethod,
  SimulationOptions,
  SimulationTrial,
  SimulationResult,
} from './simulate'
export { simulate, LOSS_FAMILIES } from './simulate'

export type { DescentMethod, DescentOptions } from './descend'
export { descend, MAX_DESCENT_STEPS } from './descend'

export { standardize, unstandardizeCoef } from './regression/standardize'
export { fitOLS } from './regression/ols'
export type { ElasticNetFit } from './regression/elasticNet'
export { fitElasticNet, elasticNetFitter, elasticNetObjective, ELASTIC_NET_DEFAULTS } from './regression/elasticNet'
export type { PathPoint } from './regression/path'
export { elasticNetPath, lambdaMax, lambdaGrid, logSpace } from './regression/path'
export { crossValidate } from './regression/crossValidate'

// --- Sections 1–2 (slides 4–10): bowl shapes, textbook shortcuts, L1 total contours ---
export { bowlFromShape } from './bowlShape'
export { rayRule, perpendicularFootRule } from './shortcuts'
export { l1TotalContour } from './penalizedContour'

// --- Three dimensions: the octahedron and the sphere (slide 15) ---
export type { Vec3, Camera3, CrossPolytope3 } from './polytope'
export { dot3, camera, projectPoint, crossPolytope3, visibleEdges, coordinateCircle, zeroCount, projectOntoL1Ball, l1ProjectionZeros3 } from './polytope'

// --- Section 6 (slides 21–24): the cars data, Lp balls and the elastic-net region ---
export type { CarFeature, CarsData } from './data/cars'
export { carsData, carsColumns, CAR_FEATURES } from './data/cars'
export { trainTestSplit } from './data/split'
export type { LpRegion } from './lp/norm'
export { lpNorm, regionSize, lpRegionOutline, elasticNetSizeOf, MIN_P } from './lp/norm'
export type { LpOptimum } from './lp/constrained'
export { lpConstrainedOptimum, elasticNetPenalty } from './lp/constrained'
export type { LpSimulationOptions, LpSimulationResult, LpTrial, LpOutcome } from './lp/simulate'
export { simulateLp } from './lp/simulate'
