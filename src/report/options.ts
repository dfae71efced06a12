/**
 * The options `analyze` takes, as a zod schema.
 */
import { z } from 'zod'
import { ModelWeightsSchema } from '../model/index.js'

/** Thresholds that turn the model's numbers into statuses. */
export const ThresholdsSchema = z.strictObject({
  /** A claim with check-worthiness below this needs no citation (default 0.2). */
  checkWorthy: z.number().min(0).max(1).default(0.2),
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
  maxInputBytes: z.number().int().positive().default(50 * 1024 * 1024),
  /** Your own model weights (the shape of `src/model/weights.json`). */
  model: ModelWeightsSchema.optional(),
  /** Thresholds for statuses. */
  thresholds: ThresholdsSchema.prefault({}),
})
/** Options for {@link analyze}, as callers write them. */
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>
/** Options for {@link analyze}, with defaults filled in. */
export type ResolvedAnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>
