// The cars table against its source: the installed vega-datasets file is re-read here and
// compared record by record, so the generated lib/data/carsTable.ts cannot drift from it.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CARS_COLUMNS, CARS_SOURCE, CARS_TABLE } from '../../lib/data/carsTable'
import { CAR_FEATURES, carsColumns, carsData, trainTestSplit } from '../../lib/index'
// @ts-expect-error: a plain .mjs script without type declarations
import { modelYear } from '../../scripts/extract-cars.mjs'

const require = createRequire(import.meta.url)
// The package's `exports` allow only its entry point; its folder is two levels above it.
const packageDir = join(dirname(require.resolve('vega-datasets')), '..')
const sourceBytes = readFileSync(join(packageDir, 'data', 'cars.json'))
const source = JSON.parse(sourceBytes.toString('utf8')) as Record<string, string | number | null>[]
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }

const fields = ['Miles_per_Gallon', 'Cylinders', 'Displacement', 'Horsepower', 'Weight_in_lbs', 'Acceleration', 'Year']

describe('the extracted cars table', () => {
  it('records the installed package version and the file checksum', () => {
    expect(CARS_SOURCE.version).toBe(pkg.version)
    expect(CARS_SOURCE.sha256).toBe(createHash('sha256').update(sourceBytes).digest('hex'))
    expect(CARS_SOURCE.records).toBe(source.length)
  })

  it('holds every record of the source, value for value, with Year as the model year', () => {
    expect(CARS_COLUMNS).toEqual(['mpg', 'cylinders', 'displacement', 'horsepower', 'weight', 'acceleration', 'year'])
    expect(CARS_TABLE).toHaveLength(source.length)
    source.forEach((record, i) => {
      const expected = fields.map((f) => {
        const v = record[f]
        if (v === null || v === undefined) return null
        // Independent conversion: the calendar year of the date in UTC.
        return f === 'Year' ? new Date(`${v}T00:00:00Z`).getUTCFullYear() : v
      })
      expect(CARS_TABLE[i]).toEqual(expected)
    })
  })

  it('the script refuses a Year that is not a 1 January date', () => {
    expect(modelYear('1977-01-01')).toBe(1977)
    expect(() => modelYear('1977-06-01')).toThrow(/Year must look like "YYYY-01-01"/)
    expect(() => modelYear(77)).toThrow(/got 77/)
  })
})

describe('carsData', () => {
  const data = carsData()
  const incomplete = source.filter(r => fields.some(f => r[f] === null || r[f] === undefined)).length

  it('drops exactly the records with a missing value and says how many', () => {
    expect(data.dropped).toBe(incomplete)
    expect(data.records).toBe(source.length)
    expect(data.X).toHaveLength(source.length - incomplete)
    expect(data.y).toHaveLength(data.X.length)
    // The classic Auto MPG data (UCI) has 392 complete cases; this file agrees.
    expect(data.X).toHaveLength(392)
  })

  it('keeps rows in file order with the six features in CAR_FEATURES order', () => {
    const complete = source.filter(r => fields.every(f => r[f] !== null && r[f] !== undefined))
    expect(CAR_FEATURES).toEqual(['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration', 'year'])
    complete.forEach((r, i) => {
      expect(data.y[i]).toBe(r.Miles_per_Gallon)
      expect(data.X[i]).toEqual([r.Cylinders, r.Displacement, r.Horsepower, r.Weight_in_lbs, r.Acceleration, Number(String(r.Year).slice(0, 4))])
    })
  })

  it('has model years between 1970 and 1982 (this file has none labelled 1981)', () => {
    const years = new Set(data.X.map(r => r[5]!))
    expect(Math.min(...years)).toBe(1970)
    expect(Math.max(...years)).toBe(1982)
    expect(years.has(1981)).toBe(false)
  })

  it('selects columns by name and rejects unknown names', () => {
    const cols = carsColumns(['weight', 'horsepower'])
    expect(cols[0]).toEqual([data.X[0]![3], data.X[0]![2]])
    // @ts-expect-error: not a feature
    expect(() => carsColumns(['colour'])).toThrow(/carsColumns: features must name columns of the cars data \(got "colour"\)/)
  })
})

describe('trainTestSplit', () => {
  it('splits 0..n−1 into two disjoint sorted lists of the asked sizes', () => {
    const { train, test } = trainTestSplit(392, 0.25, 7)
    expect(test).toHaveLength(98)
    expect(train).toHaveLength(294)
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(Array.from({ length: 392 }, (_, i) => i))
    expect(train).toEqual([...train].sort((a, b) => a - b))
  })
  it('is reproducible from its seed and changes with it', () => {
    expect(trainTestSplit(50, 0.2, 3)).toEqual(trainTestSplit(50, 0.2, 3))
    expect(trainTestSplit(50, 0.2, 3).test).not.toEqual(trainTestSplit(50, 0.2, 4).test)
  })
  it('keeps at least one row on each side', () => {
    expect(trainTestSplit(2, 0.01, 1).test).toHaveLength(1)
    expect(trainTestSplit(2, 0.99, 1).train).toHaveLength(1)
  })
  it('rejects bad arguments with a message naming them', () => {
    expect(() => trainTestSplit(1, 0.5, 1)).toThrow(/trainTestSplit: n must be an integer between 2/)
    expect(() => trainTestSplit(10, 1, 1)).toThrow(/trainTestSplit: testFraction must be a number between 0 and 1 \(exclusive\) \(got 1\)/)
    expect(() => trainTestSplit(10, 0.5, 1.5)).toThrow(/trainTestSplit: seed/)
  })
})
