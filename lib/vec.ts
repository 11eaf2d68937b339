/** A point or direction in the 2-D coefficient plane, [β1, β2]. */
export type Vec2 = readonly [number, number]

/** Component-wise sum a + b. */
export const add = (a: Vec2, b: Vec2): Vec2 => [a[0] + b[0], a[1] + b[1]]

/** Component-wise difference a − b. */
export const sub = (a: Vec2, b: Vec2): Vec2 => [a[0] - b[0], a[1] - b[1]]

/** The vector v scaled by s. */
export const scale = (v: Vec2, s: number): Vec2 => [v[0] * s, v[1] * s]

/** Dot product a · b. */
export const dot = (a: Vec2, b: Vec2): number => a[0] * b[0] + a[1] * b[1]

/** Euclidean length of v. */
export const length = (v: Vec2): number => Math.hypot(v[0], v[1])

/** Euclidean distance between a and b. */
export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a[0] - b[0], a[1] - b[1])

/** Linear interpolation from a (s = 0) to b (s = 1). */
export const lerp = (a: Vec2, b: Vec2, s: number): Vec2 => [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s]

/** Turns −0 into +0 (and leaves every other number alone), so exact zeros compare equal with Object.is. */
export const unsignedZero = (x: number): number => (x === 0 ? 0 : x)
