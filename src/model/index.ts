/**
 * The model stage: features → confidence with reasons, from a weights file.
 */

export {
  type AssessOptions,
  assessClaims,
  castsDoubt,
  DEFAULT_SUPPORTED_THRESHOLD,
  DOUBT_CATEGORIES,
} from './assess.js'
export { type Confidence, scoreConfidence, sigmoid } from './confidence.js'
export { classifyDomain, DOMAIN_CLASSES, type DomainClass } from './domain-classes.js'
export {
  type CitedSourceFacts,
  type ClaimFacts,
  claimFeatures,
  FEATURE_NAMES,
  FEATURES,
  type FeatureValue,
} from './features.js'
export { contentWords, sharedSourceWords } from './source-words.js'
export {
  defaultModelWeights,
  type FeatureWeight,
  FeatureWeightSchema,
  type ModelWeights,
  ModelWeightsSchema,
} from './weights.js'
