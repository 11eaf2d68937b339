// "Regularization, visually" (the title slide).
import { slide } from './claims'

export const claims = slide('Regularization, visually', (_q, lit) => {
  lit(0, 'about 50 minutes', 'the lecturer\u2019s timing, a suggestion')
  lit(0, 'sections 3–4 and 6', 'section numbers of the deck')
})
