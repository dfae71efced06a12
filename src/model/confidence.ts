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
  /** Each feature's contribution in log-odds, largest magnitude first. */
  reasons: Reason[]
}

/** Scores features with `weights`: confidence = calibrated sigmoid(bias + Σ weight × value). */
export function scoreConfidence(features: Record<string, FeatureValue>, weights: ModelWeights): Confidence {
  const reasons: Reason[] = []
  let logit = weights.bias
  for (const [name, feature] of Object.entries(features)) {
    const weight = weights.weights[name]?.weight ?? 0
    const contribution = weight * feature.value
    if (contribution === 0) continue
    logit += contribution
    reasons.push({ factor: name, contribution: round(contribution), detail: feature.detail })
  }
  const slope = weights.calibration?.slope ?? 1
  const intercept = weights.calibration?.intercept ?? 0
  const calibrated = slope * logit + intercept
  reasons.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.factor < b.factor ? -1 : 1))
  return { confidence: round(sigmoid(calibrated)), reasons }
}

function sigmoid(x: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1 : 0
  return 1 / (1 + Math.exp(-x))
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
