// Finds the slide frames on a rasterized handout page: each frame is drawn with a 2 px border
// of one grey (#8c8c8c, components/study/HandoutFrame.vue) and has the slide's 16:9 shape, so
// a frame is a pair of grey rows of the same span, one frame-height apart, joined by grey columns.
const GREY = 140

function isGrey(img, x, y) {
  const i = (y * img.width + x) * 3
  const r = img.data[i]
  const g = img.data[i + 1]
  const b = img.data[i + 2]
  return Math.abs(r - GREY) < 45 && Math.abs(g - GREY) < 45 && Math.abs(b - GREY) < 45 && Math.max(r, g, b) - Math.min(r, g, b) < 24
}

/** Horizontal runs of grey pixels at least `min` long in row y, as [x0, x1). */
function greyRuns(img, y, min) {
  const runs = []
  let start = -1
  for (let x = 0; x <= img.width; x++) {
    const grey = x < img.width && isGrey(img, x, y)
    if (grey && start < 0) start = x
    if (!grey && start >= 0) {
      if (x - start >= min) runs.push([start, x])
      start = -1
    }
  }
  return runs
}

/** The frames on a page image, top to bottom then left to right, as pixel boxes of their insides. */
export function findFrames(img, { minWidth = 60 } = {}) {
  const frames = []
  const taken = new Set()
  for (let y = 0; y < img.height; y++) {
    for (const [x0, x1] of greyRuns(img, y, minWidth)) {
      const w = x1 - x0
      const h = Math.round(((w - 3) * 9) / 16) + 3
      if (frames.some(f => Math.abs(f.x0 - x0) <= 3 && y - f.y0 >= 0 && y - f.y0 <= 4)) continue
      // The bottom edge: a run of the same span about h rows down.
      let bottom = -1
      for (let dy = -4; dy <= 4 && bottom < 0; dy++) {
        const yb = y + h + dy
        if (yb >= img.height) continue
        if (greyRuns(img, yb, minWidth).some(([a, b]) => Math.abs(a - x0) <= 3 && Math.abs(b - x1) <= 3)) bottom = yb
      }
      if (bottom < 0) continue
      // The sides: grey down most of both edge columns.
      const side = x => {
        let n = 0
        for (let yy = y; yy <= bottom; yy++) if (isGrey(img, x, yy) || isGrey(img, x + 1, yy)) n++
        return n / (bottom - y + 1)
      }
      if (side(x0) < 0.9 || side(x1 - 2) < 0.9) continue
      const key = `${x0},${y}`
      if (taken.has(key)) continue
      taken.add(key)
      frames.push({ x0, y0: y, x: x0 + 2, y: y + 2, w: w - 4, h: bottom - y - 3 })
    }
  }
  return frames.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
}
