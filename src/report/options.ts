/**
 * The options `analyze` takes, as a zod schema.
 */
import { z } from 'zod'
import { DEFAULT_SUPPORTED_THRESHOLD, type ModelWeights, ModelWeightsSchema } from '../model/index.js'
import { CitecheckError } from './errors.js'

/** Thresholds that turn the model's numbers into statuses. */
export const ThresholdsSchema = z.strictObject({
  /** A claim with check-worthiness below this needs no citation (default 0.2). */
  checkWorthy: z.number().min(0).max(1).default(0.2),
  /**
   * A cited claim whose confidence is below this is `unsupported`, not `supported`: its citations do
   * not look able to back it (default 0.25; see the README, "Status thresholds").
   */
  supported: z.number().min(0).max(1).default(DEFAULT_SUPPORTED_THRESHOLD),
})
/** Thresholds that turn the model's numbers into statuses. */
export type Thresholds = z.infer<typeof ThresholdsSchema>

/** Options for {@link analyze}. Unknown keys are rejected, so a typo is an error, not a silent default. */
export const AnalyzeOptionsSchema = z.strictObject({
  /** How to read the input: `auto` (default) looks for Markdown constructs. */
  format: z.enum(['auto', 'markdown', 'text']).default('auto'),
  /** `paragraph`: a citation at the end of a paragraph also covers its earlier uncited sentences. */
  citationScope: z.enum(['sentence', 'paragraph']).default('sentence'),
  /** Input longer than this many UTF-8 bytes is refused with a CitecheckError (default 50 MB). */
  maxInputBytes: z
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /** Your own model weights (the shape of `src/model/weights.json`); read a file with {@link parseModelWeights}. */
  model: ModelWeightsSchema.optional(),
  /** Thresholds for statuses. */
  thresholds: ThresholdsSchema.prefault({}),
})
/** Options for {@link analyze}, as callers write them. */
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>
/** Options for {@link analyze}, with defaults filled in. */
export type ResolvedAnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>

/**
 * Reads a confidence-model weights file (its JSON text, or the value already parsed) for the `model`
 * option. Throws a {@link CitecheckError} that says what is wrong: not JSON, or which field does not fit
 * {@link ModelWeightsSchema} (an unknown feature name, a weight that is not a number …).
 */
export function parseModelWeights(file: unknown, name = 'weights file'): ModelWeights {
  let value = file
  if (typeof file === 'string') {
    try {
      value = JSON.parse(file)
    } catch (error) {
      throw new CitecheckError(
        `Invalid model ${name}: not JSON (${error instanceof Error ? error.message : String(error)}); expected the shape of src/model/weights.json`,
      )
    }
  }
  const parsed = ModelWeightsSchema.safeParse(value)
  if (!parsed.success) throw CitecheckError.fromZod(`Invalid model ${name}:`, parsed.error)
  return parsed.data
}
