// The section openers: their text, and the odd count from the data.
import { carsData } from '../../lib/index'
import { slide } from './claims'

export const claims = [
  ...slide('Hard constraints and soft penalties', (_q, lit) => {
    lit(0, 'Sections 1 and 2', 'section numbers of the deck')
  }),
  ...slide('Section 5 · Step-size descent', (_q, lit) => {
    lit(0, 'Section 5', 'a section number')
  }),
  ...slide('L1 encourages zeros, and why', (_q, lit) => {
    lit(0, 'Sections 3 and 4', 'section numbers of the deck')
  }),
  ...slide('Section 6 \u00B7 In practice: real data', (q, lit) => {
    lit(0, 'Section 6.', 'a section number of the deck')
    q(0, 'the miles per gallon of 392 cars', carsData().X.length)
  }),
]
