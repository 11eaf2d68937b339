// "The penalty alone: diamonds and circles".
import { walkDefaults, walkScene } from '../../lib/scenes/penaltyWalk'
import { slide } from './claims'

const [x, y] = walkDefaults.point
const l1 = walkScene(2).panels[0]!.size!
const l2 = walkScene(3).panels[1]!.size!

export const claims = slide('The penalty alone: diamonds and circles', (q) => {
  q(1, 'P = (3, 2)', x, y)
  q(1, 'walk 3 along β1', x)
  q(2, 'then 2 along β2', y)
  q(2, '|β1| + |β2| = 5', l1)
  q(2, 'radius 5', l1)
  q(3, '√13 ≈ 3.61', l2 * l2, l2)
})
