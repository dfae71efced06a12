/**
 * The confidence model's weights: a zod schema for weights files and the shipped default.
 */
import { z } from 'zod'
import defaultWeightsFile from './weights.json'

/** One feature's weight in log-odds; `prior` marks weights set by hand, not fitted. */
export const FeatureWeightSchema = z.object({
  weight: z.number().finite(),
  prior: z.boolean().optional(),
  note: z.string().optional(),
})

/** A weights file: bias and per-feature weights in log-odds, a Platt calibration, provenance. */
export const ModelWeightsSchema = z.object({
  version: z.literal(1),
  provenance: z.record(z.string(), z.unknown()),
  bias: z.number().finite(),
  weights: z.record(z.string(), FeatureWeightSchema),
  calibration: z.object({ slope: z.number().finite(), intercept: z.number().finite() }).optional(),
})
/** A weights file for the confidence model. */
export type ModelWeights = z.infer<typeof ModelWeightsSchema>

/** The weights citecheck ships with. */
export const defaultModelWeights: ModelWeights = ModelWeightsSchema.parse(defaultWeightsFile)
