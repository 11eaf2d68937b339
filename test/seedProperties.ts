// Property tests draw their cases from one fixed seed, so every run (here and in CI) checks the
// same cases and a failure reproduces as it is. FC_SEED=<integer> draws another set, to explore.
import fc from 'fast-check'

const raw = process.env.FC_SEED
const seed = raw === undefined ? 20261123 : Number(raw)
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${raw}"`)
fc.configureGlobal({ seed })
