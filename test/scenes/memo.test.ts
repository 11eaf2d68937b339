// The scenes' memo table (lib/scenes/memo.ts): made once per key, bounded, and bad limits named.
import { describe, expect, it } from 'vitest'
import { memoTable } from '../../lib/scenes/memo'

describe('memoTable', () => {
  it('makes a key\u2019s value once and returns that same value after', () => {
    const remember = memoTable(4)
    let made = 0
    const a = remember('a', () => ({ n: ++made }))
    expect(remember('a', () => ({ n: ++made }))).toBe(a)
    expect(made).toBe(1)
  })
  it('keeps at most `limit` entries: when full it starts again, and a dropped key is made anew', () => {
    const remember = memoTable(2)
    let made = 0
    const make = () => ++made
    remember('a', make)
    remember('b', make)
    remember('c', make) // full: emptied, then c
    expect(made).toBe(3)
    expect(remember('c', make)).toBe(3)
    expect(remember('a', make)).toBe(4)
  })
  it('rejects a limit that is not a positive integer, naming it', () => {
    expect(() => memoTable(0)).toThrow(/memoTable: limit must be a positive integer \(got 0\)/)
    expect(() => memoTable(1.5)).toThrow(/memoTable: limit must be a positive integer/)
  })
})
