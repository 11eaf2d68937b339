// "The contour argument".
import { ARGUMENT_CENTER, ARGUMENT_MOVED, ARGUMENT_SHAPE, ARGUMENT_T, argumentScene } from '../../lib/scenes/contourArgument'
import { slide } from './claims'

const s3 = argumentScene(3)
const s4 = argumentScene(4)

export const claims = slide('The contour argument', (q) => {
  const [c1, c2] = ARGUMENT_CENTER
  q(0, `9(β1 − 4)² + (β2 − 0.8)² + 4.5(β1 − 4)(β2 − 0.8)`, ARGUMENT_SHAPE.a, c1, c2, ARGUMENT_SHAPE.c, c1, c2)
  if (ARGUMENT_SHAPE.b !== 1) throw new Error('the note writes (β2 − 0.8)² with b = 1')
  q(0, 'at (4, 0.8)', c1, c2)
  q(1, 'The diamond with budget 2.58', ARGUMENT_T)
  q(1, 'the tip (2.58, 0): β2 is exactly zero, and the loss there is 23.90', ...s3.l1!.optimum, s3.l1!.loss)
  q(1, 'every point on it has loss 23.90', s3.l1!.loss)
  q(2, 'to (1.96, 0.62)', ...s3.marker!.point)
  q(2, 'here to 39.12', s3.marker!.loss)
  q(3, '(2.50, 0.64) with loss 21.37', ...s3.l2!.optimum, s3.l2!.loss)
  q(4, 'to (1.5, 4)', ...ARGUMENT_MOVED)
  q(4, 'leaves the tip for (2.16, 0.42)', ...s4.l1!.optimum)
})
