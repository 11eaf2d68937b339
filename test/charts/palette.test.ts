// The palette's text helpers: textColour makes a series colour readable as text on the page
// (WCAG AA) while keeping its hue, and is memoized; onPage and inkOn pick the text on a
// translucent cell (the correlation heatmap).
import { describe, expect, it } from 'vitest'
import { contrastRatio, darkPalette, inkOn, lightPalette, onPage, pageColour, textColour, type Palette } from '../../components/charts/palette'

const schemes = [lightPalette, darkPalette]
const name = (p: Palette) => (p.dark ? 'dark' : 'light')

/** Every #RRGGBB colour of a palette, the loss ramp included. */
function colours(p: Palette): [string, string][] {
  const out: [string, string][] = []
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) out.push([k, v])
    if (Array.isArray(v)) v.forEach((c, i) => out.push([`${k}[${i}]`, c as string]))
  }
  return out
}

/** Hue in degrees and saturation (HSL) of #RRGGBB. */
function hueSat(hex: string): [number, number] {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const d = max - min
  if (d === 0) return [0, 0]
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  const l = (max + min) / 2
  return [(h * 60 + 360) % 360, d / (1 - Math.abs(2 * l - 1))]
}

describe('pageColour', () => {
  it('is white in the light scheme and Slidev\'s dark background in the dark one', () => {
    expect(pageColour(lightPalette)).toBe('#ffffff')
    expect(pageColour(darkPalette)).toBe('#121212')
  })
})

describe('textColour', () => {
  for (const p of schemes) {
    it(`${name(p)} scheme: every palette colour as text reaches 4.5 : 1 (and 3 : 1, 7 : 1 when asked) against the page`, () => {
      for (const [key, c] of colours(p)) {
        for (const ratio of [3, 4.5, 7]) {
          expect(contrastRatio(textColour(p, c, ratio), pageColour(p)), `${key} ${c} at ${ratio}`).toBeGreaterThanOrEqual(ratio)
        }
      }
    })

    it(`${name(p)} scheme: keeps a colour that already passes, and moves one that does not only just enough, in the same hue`, () => {
      for (const [key, c] of colours(p)) {
        const t = textColour(p, c)
        if (contrastRatio(c, pageColour(p)) >= 4.5) {
          expect(t, key).toBe(c)
          continue
        }
        expect(contrastRatio(t, pageColour(p)), `${key}: just enough`).toBeLessThan(5)
        const [h0, s0] = hueSat(c)
        const [h1] = hueSat(t)
        // a grey stays grey; a hue stays within a few degrees (rounding to 8 bits)
        if (s0 > 0.1) expect(Math.min(Math.abs(h1 - h0), 360 - Math.abs(h1 - h0)), `${key} ${c} → ${t}`).toBeLessThan(4)
        else expect(hueSat(t)[1], key).toBeLessThan(0.1)
        // darker on white, lighter on the dark page
        expect(contrastRatio(t, p.dark ? '#000000' : '#ffffff')).toBeGreaterThan(contrastRatio(c, p.dark ? '#000000' : '#ffffff'))
      }
    })
  }

  it('fixes the colours the contrast scan reported', () => {
    for (const [p, c] of [[lightPalette, '#D55E00'], [lightPalette, '#9a9a9a'], [lightPalette, '#E69F00'], [lightPalette, '#009E73'], [darkPalette, '#0072B2'], [darkPalette, '#777777']] as const) {
      expect(contrastRatio(c, pageColour(p)), c).toBeLessThan(4.5)
      expect(contrastRatio(textColour(p, c), pageColour(p)), c).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('is memoized: the same arguments give the identical result, and scheme and ratio are part of the key', () => {
    const first = colours(lightPalette).map(([, c]) => textColour(lightPalette, c))
    const again = colours(lightPalette).map(([, c]) => textColour(lightPalette, c))
    first.forEach((t, i) => expect(again[i]).toBe(t))
    // the same colour asked for in the dark scheme first must not answer the light one
    const blue = '#0072B2'
    const dark = textColour(darkPalette, blue)
    const light = textColour(lightPalette, blue)
    expect(dark).not.toBe(light)
    expect(light).toBe(blue)
    expect(contrastRatio(dark, '#121212')).toBeGreaterThanOrEqual(4.5)
    expect(textColour(darkPalette, blue)).toBe(dark)
    const strict = textColour(lightPalette, blue, 7)
    expect(strict).not.toBe(light)
    expect(textColour(lightPalette, blue)).toBe(light)
    expect(textColour(lightPalette, blue, 7)).toBe(strict)
  })

  it('refuses a colour that is not #RRGGBB', () => {
    expect(() => textColour(lightPalette, 'rgba(0, 0, 0, 0.5)')).toThrow(RangeError)
    expect(() => textColour(lightPalette, '#abc')).toThrow(RangeError)
  })
})

describe('onPage and inkOn', () => {
  it('composite a translucent colour over the page', () => {
    expect(onPage(lightPalette, '#000000', 0.5)).toBe('#808080')
    expect(onPage(darkPalette, '#ffffff', 0)).toBe('#121212')
    expect(onPage(darkPalette, '#B2182B', 1)).toBe('#b2182b')
  })

  it('pick black or white, whichever contrasts more, and either reaches 4.5 : 1 on any background', () => {
    expect(inkOn('#ffffff')).toBe('#000000')
    expect(inkOn('#121212')).toBe('#ffffff')
    expect(inkOn('#2166AC')).toBe('#ffffff')
    for (let v = 0; v < 256; v += 5) {
      const grey = `#${v.toString(16).padStart(2, '0').repeat(3)}`
      expect(contrastRatio(inkOn(grey), grey), grey).toBeGreaterThanOrEqual(4.5)
    }
  })
})
