// The two builds the browser suite drives: at the root, and hosted in a folder.
export const subBase = '/talks/regularization/'
export const builds = [
  { out: 'dist', base: '/' },
  { out: 'dist-sub', base: subBase },
]
