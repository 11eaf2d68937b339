// "The textbook picture".
import { textbookDefaults, textbookScene } from '../../lib/scenes/textbookPicture'
import { slide } from './claims'

const solved = textbookScene(3, textbookDefaults)
const l1 = solved.panels.find(p => p.norm === 'l1')!.optimum!
const l2 = solved.panels.find(p => p.norm === 'l2')!.optimum!

export const claims = slide('The textbook picture', (q, lit) => {
  lit(0, 'figure 3.11', 'the ESL figure this picture redraws')
  q(0, 'at (1.50, 2.20)', ...textbookDefaults.center)
  q(1, 'both of size t = 1', textbookDefaults.t)
  q(3, 'the tip (0, 1), so β1 is exactly 0', l1[0], l1[1], l1[0])
  q(3, '(0.53, 0.85)', l2[0], l2[1])
})
