// The narration module made by scripts/narration/plugin.ts.
declare module 'virtual:deck-narration' {
  const narration: import('../scripts/narration/plugin').SlideNarration[]
  export default narration
}
