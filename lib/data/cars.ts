// The `cars` data of section 6 (vega-datasets; see scripts/extract-cars.mjs for how the
// table was extracted): miles per gallon and six features, rows with a missing value dropped.
import { CARS_COLUMNS, CARS_SOURCE, CARS_TABLE } from './carsTable'

/** The six features, in design-matrix column order. */
export const CAR_FEATURES = ['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration', 'year'] as const
export type CarFeature = (typeof CAR_FEATURES)[number]

/** The regression problem: X (n × 6, original units), y = mpg, and what was dropped. */
export interface CarsData {
  features: readonly CarFeature[]
  X: number[][]
  y: number[]
  /** Records in the source file. */
  records: number
  /** Records dropped because a value was missing. */
  dropped: number
  source: typeof CARS_SOURCE
}

let cached: CarsData | undefined

/** The complete rows of the cars table (computed once; callers must not mutate the arrays). */
export function carsData(): CarsData {
  if (cached) return cached
  const col = (name: (typeof CARS_COLUMNS)[number]) => CARS_COLUMNS.indexOf(name)
  const yAt = col('mpg')
  const xAt = CAR_FEATURES.map(f => col(f))
  const X: number[][] = []
  const y: number[] = []
  let dropped = 0
  for (const row of CARS_TABLE) {
    if (row.some(v => v === null)) {
      dropped++
      continue
    }
    y.push(row[yAt] as number)
    X.push(xAt.map(j => row[j] as number))
  }
  cached = { features: CAR_FEATURES, X, y, records: CARS_TABLE.length, dropped, source: CARS_SOURCE }
  return cached
}

/** Selected columns of X, in the order asked for. */
export function carsColumns(features: readonly CarFeature[]): number[][] {
  const data = carsData()
  const idx = features.map((f) => {
    const j = CAR_FEATURES.indexOf(f)
    if (j < 0) throw new RangeError(`carsColumns: features must name columns of the cars data (got ${JSON.stringify(f)})`)
    return j
  })
  return data.X.map(row => idx.map(j => row[j] as number))
}
