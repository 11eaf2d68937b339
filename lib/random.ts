// Seeded uniform numbers that are identical in Node and every browser: pure-rand's
// xoroshiro128+ works on 32-bit integers and uniformFloat64 combines two draws into a
// multiple of 2⁻⁵³ with exact float arithmetic, so nothing depends on the platform.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator'
import * as check from './validate'

/** A mutable seeded stream of uniform numbers. */
export interface RandomStream {
  /** Uniform in [0, 1), a multiple of 2⁻⁵³. */
  next(): number
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number
  /** Uniform integer in [0, n). */
  below(n: number): number
  /** An independent stream (2⁶⁴ draws further along the same sequence); this stream is unchanged. */
  split(): RandomStream
}

/** Folds any safe integer into the 32 bits pure-rand seeds with, mixing in the high part. */
export function seed32(seed: number): number {
  const lo = seed % 4294967296
  const hi = Math.floor(seed / 4294967296)
  return (lo ^ Math.imul(hi | 0, 0x9e3779b1)) | 0
}

/** Throws unless seed is a safe integer. */
export function checkSeed(fn: string, name: string, seed: unknown): number {
  return check.integer(fn, name, seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
}

/** A seeded uniform stream (xoroshiro128+); the same seed gives the same numbers everywhere. */
export function createRandom(seed: number): RandomStream {
  checkSeed('createRandom', 'seed', seed)
  return wrap(xoroshiro128plus(seed32(seed)))
}

function wrap(rng: JumpableRandomGenerator): RandomStream {
  return {
    next: () => uniformFloat64(rng),
    uniform: (lo, hi) => lo + (hi - lo) * uniformFloat64(rng),
    below: (n) => Math.floor(uniformFloat64(rng) * n),
    split: () => {
      const other = rng.clone()
      other.jump()
      return wrap(other)
    },
  }
}

/** Fisher–Yates shuffle of 0..n−1 driven by the stream. */
export function shuffledIndices(n: number, random: RandomStream): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = random.below(i + 1)
    const tmp = order[i] as number
    order[i] = order[j] as number
    order[j] = tmp
  }
  return order
}

/** A seeded function returning uniform numbers in [0, 1); shorthand for createRandom(seed).next. */
export function uniformSampler(seed: number): () => number {
  checkSeed('uniformSampler', 'seed', seed)
  const stream = createRandom(seed)
  return () => stream.next()
}
