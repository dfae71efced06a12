/**
 * The confidence model's weights: a zod schema for weights files and the shipped default.
 */
import { z } from 'zod'
import { FEATURE_NAMES } from './features.js'
import defaultWeightsFile from './weights.json'

const KNOWN_FEATURES = new Set(FEATURE_NAMES)

/**
 * One feature's weight in log-odds. `prior` marks a weight set by hand (documented in `note`) because
 * the training data never or too rarely shows the feature; `count` is how many training claims had it.
 */
export const FeatureWeightSchema = z.object({
  weight: z.number().finite(),
  prior: z.boolean().optional(),
  count: z.number().int().min(0).optional(),
  note: z.string().optional(),
})
/** One feature's weight in log-odds. */
export type FeatureWeight = z.infer<typeof FeatureWeightSchema>

/**
 * A weights file: bias and per-feature weights in log-odds, an optional Platt calibration
 * (`slope × logit + intercept`, folded into the reported contributions), and provenance. Feature names
 * must be ones `FEATURES` (features.ts) knows, so a typo is an error rather than a silently ignored weight.
 */
export const ModelWeightsSchema = z.object({
  version: z.literal(1),
  provenance: z.record(z.string(), z.unknown()),
  bias: z.number().finite(),
  weights: z.record(z.string(), FeatureWeightSchema).superRefine((weights, context) => {
    for (const name of Object.keys(weights)) {
      if (KNOWN_FEATURES.has(name)) continue
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `Unknown feature "${name}"; expected one of: ${FEATURE_NAMES.join(', ')}`,
      })
    }
  }),
  calibration: z.object({ slope: z.number().finite(), intercept: z.number().finite() }).optional(),
})
/** A weights file for the confidence model. */
export type ModelWeights = z.infer<typeof ModelWeightsSchema>

/** The weights citecheck ships with (fitted by `npm run train`; see the README's model card). */
export const defaultModelWeights: ModelWeights = ModelWeightsSchema.parse(defaultWeightsFile)
