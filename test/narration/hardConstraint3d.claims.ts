// "The textbook picture in three dimensions": the textbook slide's numbers, read from the 3-D scene.
import { hardConstraint3dScene } from '../../lib/scenes/hardConstraint3d'
import { slide } from './claims'

const solved = hardConstraint3dScene(2)
const l1 = solved.panels.find(p => p.norm === 'l1')!
const l2 = solved.panels.find(p => p.norm === 'l2')!
/** A coefficient the narration calls exactly 0: its value if it is exactly 0, else NaN (fails the claim). */
const exactlyZero = (v: number) => () => (v === 0 ? 0 : Number.NaN)

export const claims = slide('The textbook picture in three dimensions', (q) => {
  q(0, 'the least-squares point (1.50, 2.20)', ...solved.center)
  q(1, 'of size t = 1', hardConstraint3dScene(1).t)
  q(2, 'the tip (0, 1)', ...l1.optimum!)
  q(2, 'β1 is exactly 0', exactlyZero(l1.optimum![0]))
  q(2, 'the loss there is 10.09', l1.optimumLoss!)
  q(2, 'above (0.53, 0.85), with loss 8.25', ...l2.optimum!, l2.optimumLoss!)
})
