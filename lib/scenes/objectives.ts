// The three scalings of λ in the deck, written out once. A λ means nothing without the
// objective it multiplies, and the conventions differ by factors:
//  - two-coefficient pictures: data loss + λ·(|β1| + |β2|) or + λ·(β1² + β2²);
//  - one weight (the third seed): ½(w − 2)² + λ|w| or + λ·½w²;
//  - real data (glmnet, scikit-learn): (1/2n)·RSS + λ·[α‖β‖₁ + (1 − α)/2·‖β‖²].
// ESL writes ridge as RSS + λ_ESL·‖β‖²: multiplying glmnet's objective by 2n gives λ_ESL = n·λ.
import type { Norm } from '../index'

/** The penalized total of the (β1, β2) pictures. */
export function planeObjective(norm: Norm): string {
  return norm === 'l1'
    ? 'data loss + \u03BB\u00B7(|\u03B2\u2081| + |\u03B2\u2082|)'
    : 'data loss + \u03BB\u00B7(\u03B2\u2081\u00B2 + \u03B2\u2082\u00B2)'
}

/** One weight with the data loss ½(w − 2)² (section 5). */
export const ONE_WEIGHT_OBJECTIVE = 'data loss \u00BD(w \u2212 2)\u00B2 · penalties \u03BB|w| and \u03BB\u00B7\u00BDw\u00B2'

/** glmnet's elastic net; α = 1 is the lasso, α = 0 ridge. */
export const GLMNET_OBJECTIVE = '(1/2n)\u00B7RSS + \u03BB\u00B7[\u03B1\u2016\u03B2\u2016\u2081 + (1 \u2212 \u03B1)/2\u00B7\u2016\u03B2\u2016\u00B2]; lasso \u03B1 = 1, ridge \u03B1 = 0'

/** glmnet's ridge for one feature (the outlier slide); the intercept a is not penalized. */
export const ONE_FEATURE_RIDGE_OBJECTIVE = '(1/2n)\u00B7\u03A3(y\u1D62 \u2212 a \u2212 b\u00B7x\u1D62)\u00B2 + (\u03BB/2)\u00B7b\u00B2, intercept a not penalized'

/** ESL's ridge λ for a glmnet λ on n observations: RSS + λ_ESL‖β‖² is 2n times glmnet's objective. */
export function eslRidgeLambda(lambda: number, n: number): number {
  return n * lambda
}
