// "Shortcuts for round bowls, and where they fail".
import { SHORTCUT_BUDGET, shortcutScene } from '../../lib/scenes/shortcutGallery'
import { slide } from './claims'

const misses = (step: number) => shortcutScene(step).panels.map(p => p.miss)
const tiltedL1 = shortcutScene(3).panels

export const claims = slide('Shortcuts for round bowls, and where they fail', (q) => {
  q(0, 'the region of size t = 1', SHORTCUT_BUDGET)
  q(1, 'by 0.05 to 0.36', Math.min(...misses(1)), Math.max(...misses(1)))
  q(3, '0.25 and 0.13 away', tiltedL1[0]!.miss, tiltedL1[1]!.miss)
  q(3, 'the exact optimum is (0.77, 0.23), the shortcut says (0.95, 0.05)', ...tiltedL1[0]!.exact, ...tiltedL1[0]!.shortcut)
})
