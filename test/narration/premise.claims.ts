// "The premise".
import { slide } from './claims'

export const claims = slide('The premise', (_q, lit) => {
  lit(0, 'in four lines', 'the slide\u2019s four bullets')
  lit(2, "section 6's cars", 'a section number')
})
