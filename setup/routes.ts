// Pages the deck adds to Slidev's (its documented way: setup/routes.ts): the study view, and
// the two pages the PDF exports print, the handout and the speaker notes.
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => [
  ...routes,
  { path: '/study', redirect: { path: '/study/1' } },
  { name: 'study', path: '/study/:no', component: () => import('../components/study/StudyView.vue') },
  { name: 'handout', path: '/handout', component: () => import('../components/study/HandoutPage.vue') },
  { name: 'notes-print', path: '/notes-print', component: () => import('../components/study/NotesPage.vue') },
])
