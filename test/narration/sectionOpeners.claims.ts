// The section openers: text only.
import { slide } from './claims'

export const claims = [
  ...slide('Hard constraints and soft penalties', (_q, lit) => {
    lit(0, 'Sections 1 and 2', 'section numbers of the deck')
  }),
  ...slide('L1 encourages zeros, and why', (_q, lit) => {
    lit(0, 'Sections 3 and 4', 'section numbers of the deck')
  }),
]
