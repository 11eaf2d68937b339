/** Whether a key event is aimed at the page itself (Slidev's stepping keys), not at a control such as a slider or a drag handle. */
export function aimedAtPage(e: Event): boolean {
  return typeof document !== 'undefined' && (e.target === document.body || e.target === document.documentElement)
}
