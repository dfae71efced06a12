/**
 * The model stage: features → confidence with reasons, from a weights file.
 */
export { type Confidence, scoreConfidence } from './confidence.js'
export { type ClaimFacts, claimFeatures, type FeatureValue } from './features.js'
export { defaultModelWeights, type ModelWeights, ModelWeightsSchema } from './weights.js'
export { type AssessOptions, assessClaims, DOUBT_CATEGORIES } from './assess.js'
