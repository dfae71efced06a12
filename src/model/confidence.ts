/**
 * Confidence: a logistic model over the claim's features, explained as per-feature log-odds.
 */
import type { Reason } from '../report/schema.js'
import type { FeatureValue } from './features.js'
import type { ModelWeights } from './weights.js'

/** The model's answer for one claim. */
export interface Confidence {
  /** Probability in [0,1] that the claim, as written, is supported by the sources it cites. */
  confidence: number
  /** Log-odds of that probability: `bias + Σ contributions`, calibration included. */
  logit: number
  /** The model's starting point in log-odds, before any feature (calibration included). */
  bias: number
  /** Each feature's contribution in log-odds, largest magnitude first. */
  reasons: Reason[]
}

/**
 * Scores features with `weights`: logit = bias + Σ weight × value, then the Platt calibration
 * `slope × logit + intercept`. The slope is folded into each reported contribution and the intercept
 * into the bias, so `bias + Σ contributions` is exactly the calibrated logit and the reasons add up.
 */
export function scoreConfidence(features: Record<string, FeatureValue>, weights: ModelWeights): Confidence {
  const slope = weights.calibration?.slope ?? 1
  const bias = slope * weights.bias + (weights.calibration?.intercept ?? 0)
  const reasons: Reason[] = []
  let logit = bias
  for (const [name, feature] of Object.entries(features)) {
    const weight = weights.weights[name]?.weight ?? 0
    const contribution = slope * weight * feature.value
    if (contribution === 0 || !Number.isFinite(contribution)) continue
    logit += contribution
    reasons.push({ factor: name, contribution: round(contribution), detail: feature.detail })
  }
  reasons.sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.factor < b.factor ? -1 : 1),
  )
  return { confidence: round(sigmoid(logit)), logit, bias, reasons }
}

/** The logistic function, safe for large magnitudes. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x))
  const e = Math.exp(x)
  return e / (1 + e)
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
