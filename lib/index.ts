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
// --- The random-bowl experiment, for every region (lib/simulation) ---
export type { LossFamily } from './simulation/bowls'
export { LOSS_FAMILIES } from './simulation/bowls'
export type { Outcome } from './simulation/outcome'
export { OUTCOMES, NEAR_MISS_FRACTION, classifyOptimum, outcomeLook } from './simulation/outcome'
export type { SimulationMethod, SimulationRequest, SimulationRun, SimulationSource, SimulationTrial } from './simulation/simulate'
export { simulate, requestKey, runBuffers, trialAt, outcomeAt, minimaWithOutcome, OUTCOME_CODE, SIMULATION_TOL } from './simulation/simulate'

export type { DescentMethod, DescentOptions } from './descend'
export { descend, MAX_DESCENT_STEPS } from './descend'

export { standardize, unstandardizeCoef } from './regression/standardize'
export { fitOLS } from './regression/ols'
export type { ElasticNetFit } from './regression/elasticNet'
export { fitElasticNet, elasticNetFitter, elasticNetObjective, ELASTIC_NET_DEFAULTS } from './regression/elasticNet'
export type { PathPoint } from './regression/path'
export { elasticNetPath, lambdaMax, lambdaGrid, logSpace } from './regression/path'
export { crossValidate } from './regression/crossValidate'

// --- Sections 1–2: bowl shapes, textbook shortcuts, L1 total contours ---
export { bowlFromShape } from './bowlShape'
export { rayRule, perpendicularFootRule } from './shortcuts'
export { l1TotalContour } from './penalizedContour'

// --- Three dimensions: the octahedron and the sphere ("Competition, and corners in higher dimensions") ---
export type { CrossPolytope3 } from './polytope'
export { crossPolytope3, visibleEdges, coordinateCircle, zeroCount, projectOntoL1Ball, l1ProjectionZeros3 } from './polytope'

// --- Section 6: the cars data, Lp balls and the elastic-net region ---
export type { CarFeature, CarsData } from './data/cars'
export { carsData, carsColumns, CAR_FEATURES } from './data/cars'
export { trainTestSplit } from './data/split'
export type { LpRegion } from './lp/norm'
export { lpNorm, regionSize, lpRegionOutline, elasticNetSizeOf, MIN_P, L1_REGION, L2_REGION, normOfRegion } from './lp/norm'
export type { LpOptimum } from './lp/constrained'
export { lpConstrainedOptimum, elasticNetPenalty } from './lp/constrained'

// --- 3-D surfaces drawn as projected polygons ("Two bowls add up", "The textbook picture in three dimensions"; the camera also serves CrossPolytope) ---
export type { Vec3, Camera3 } from './surface3d/camera'
export { dot3, camera, projectPoint } from './surface3d/camera'
export type { GridDomain, SurfaceGrid } from './surface3d/grid'
export { gridLines, surfaceGrid, cellsAlong, MAX_GRID_CELLS } from './surface3d/grid'
export type { SurfaceFrame } from './surface3d/frame'
export { surfaceFrame, projectWorld, frameBox } from './surface3d/frame'
export { cellOrder, cellRanks } from './surface3d/order'
export { clipBelow, clipPolygonToRect, clipPolylineToRect } from './surface3d/clip'
export type { HeightFn } from './surface3d/height'
export { bowlHeight, penaltyHeight, totalHeight, heightValue } from './surface3d/height'
export type { DrawItem, FloorMark, SurfaceMark, SurfaceLabel, DrawOptions, DrawnSurface } from './surface3d/draw'
export { drawSurface, splitAtGrid } from './surface3d/draw'
export type { MeshSize } from './surface3d/view'
export { meshCells, viewCamera, LIVE_POLYGON_BUDGET, PRINT_MESH, ELEVATION_RANGE } from './surface3d/view'
