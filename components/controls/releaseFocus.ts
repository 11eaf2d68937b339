// Slidev ignores navigation keys while a button or input has focus. After a mouse or touch
// interaction we hand focus back, so the presenter's arrow keys and clicker keep stepping
// the talk; a keyboard user who tabbed in keeps focus and moves the control with arrows.
export function releaseFocusAfterPointer(event: PointerEvent): void {
  const target = event.currentTarget
  if (target instanceof HTMLElement)
    target.blur()
}
