// Benchmarks of the math library: prints figures only (no pass/fail).
//   npx tsx scripts/bench-lib.ts
// Each figure is the median and 95th percentile over repeated runs after a warm-up.
import {
  createRandom,
  crossValidate,
  elasticNetPath,
  lambdaGrid,
  lambdaMax,
  simulate,
  L1_REGION,
  L2_REGION,
  standardize,
} from '../lib/index'
import type { Norm, SimulationRequest } from '../lib/index'

function measure(run: () => unknown, repeats: number, warmup = 10): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) run()
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number
  return { median: at(0.5), p95: at(0.95) }
}

const ms = (x: number) => `${x.toFixed(2)} ms`
const rate = (n: number, t: number) => `${((n / t) * 1000 / 1e6).toFixed(2)} M/s`
const rows: string[][] = []

// --- simulate: exact vs 100-point boundary search on the same trials -------------------
const TRIALS = 5000
let exactTotal = 0
for (const norm of ['l1', 'l2'] as Norm[]) {
  const base: SimulationRequest = { trials: TRIALS, seed: 2020, family: 'general', region: norm === 'l1' ? L1_REGION : L2_REGION, t: 2, method: 'exact' }
  const exact = measure(() => simulate(base), 60)
  const coarse = measure(() => simulate({ ...base, method: { boundaryPoints: 100 } }), 30)
  exactTotal += exact.median
  rows.push([`simulate ${norm} exact, ${TRIALS} trials`, ms(exact.median), ms(exact.p95), `${rate(TRIALS, exact.median)} trials`])
  rows.push([`simulate ${norm} 100-point search, same trials`, ms(coarse.median), ms(coarse.p95), `${rate(TRIALS, coarse.median)} trials`])
  rows.push([`  exact speed-up over the search (${norm})`, `${(coarse.median / exact.median).toFixed(1)}×`, '', ''])
}
rows.push(['simulate exact l1 + l2 (medians), target < 5 ms', ms(exactTotal), '', ''])

// --- elastic-net path on correlated synthetic data ---------------------------------------
function correlatedData(seed: number, n: number): { X: number[][]; y: number[] } {
  const r = createRandom(seed)
  const z = () => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next())
  const X: number[][] = []
  const y: number[] = []
  for (let i = 0; i < n; i++) {
    const size = z()
    // Three strongly correlated "size" columns (weight, displacement, horsepower), three others.
    const row = [size + 0.2 * z(), size + 0.3 * z(), size + 0.4 * z(), z(), z(), 0.5 * size + z()]
    X.push(row)
    y.push(20 - 4 * (row[0] as number) - (row[3] as number) + 2 * (row[4] as number) + 2 * z())
  }
  return { X, y }
}
const { X, y } = correlatedData(7, 400)
const { Z } = standardize(X)
for (const alpha of [1, 0.5, 0]) {
  const lambdas = lambdaGrid(lambdaMax(Z, y, alpha), 100, 1e-4)
  const path = measure(() => elasticNetPath(Z, y, { lambdas, alpha }), 40)
  rows.push([`elasticNetPath 400×6, 100 λ, α = ${alpha} (target < 20 ms)`, ms(path.median), ms(path.p95), ''])
}
const cvLambdas = lambdaGrid(lambdaMax(Z, y, 1), 100, 1e-4)
const cv = measure(() => crossValidate(Z, y, { lambdas: cvLambdas, alpha: 1, folds: 10, seed: 1 }), 20, 3)
rows.push(['crossValidate 400×6, 100 λ, 10 folds, lasso', ms(cv.median), ms(cv.p95), ''])

const header = ['benchmark', 'median', 'p95', 'throughput']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))
console.log(`\nnode ${process.version}, ${new Date().toISOString()}`)
