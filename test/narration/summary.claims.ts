// "Summary and further reading".
import { slide } from './claims'

export const claims = slide('Summary and further reading', (_q, lit) => {
  lit(4, 'ESL section 3.4', 'a section of the book cited')
  lit(4, 'Tibshirani\'s 1996 lasso paper; Hoerl and Kennard\'s 1970 ridge paper', 'years of the papers cited')
})
