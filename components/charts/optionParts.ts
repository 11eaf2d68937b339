// Reading an ECharts option: a component (series, grid, axis…) may be given as one object or
// as an array of them. Shared by the axis layer and the live planner.

export type Plain = Record<string, unknown>

/** The option's value for a component as an array (one object, an array, or nothing). */
export const list = (v: unknown): Plain[] => (v == null ? [] : (Array.isArray(v) ? v : [v])) as Plain[]
