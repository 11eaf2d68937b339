// "Competition, and corners in higher dimensions" (two charts: the competition, then the octahedron).
import { COMPETITION_CENTER, COMPETITION_LAMBDAS, competitionScene } from '../../lib/scenes/lambdaCompetition'
import { POLYTOPE_TRIALS, octahedronShares } from '../../lib/scenes/crossPolytope'
import { slide } from './claims'

const at = (k: number) => competitionScene(k)
/** The shares of the scene's cube: t = 2, h = 10 (the polytope scene's own region and cube). */
const shares = octahedronShares(2, 10)

export const claims = slide('Competition, and corners in higher dimensions', (q, lit) => {
  q(0, 'the black dot at (3, 1.8)', ...COMPETITION_CENTER)
  q(0, 'At λ = 0', COMPETITION_LAMBDAS[0])
  q(1, 'λ = 2', COMPETITION_LAMBDAS[1])
  q(1, 'to (2.37, 0.99)', ...at(1).l1)
  q(2, 'λ = 5', COMPETITION_LAMBDAS[2])
  q(2, '(1.37, 0): the touching point', ...at(2).l1)
  q(2, 'It got there at λ = 4.44', competitionScene(2).snapLambda!)
  q(2, '(0.65, 0.42), keeps both', ...at(2).l2)
  lit(3, 'Its six vertices', 'an octahedron has six vertices')
  lit(3, 'three thin green circles', 'the sphere meets the three coordinate planes in three circles')
  lit(4, 'The twelve edges', 'an octahedron has twelve edges')
  q(4, 'a vertex 51.3 percent of the time and on an edge 43.5 percent: only 5.3 percent', 100 * shares.vertex, 100 * shares.edge, 100 * shares.face)
  q(4, 'the seeded simulation of 20 000 bowls', POLYTOPE_TRIALS)
})
