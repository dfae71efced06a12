/**
 * citecheck: check an article's claims against its citations.
 *
 * ```ts
 * import { analyze } from 'citecheck'
 * const report = analyze(text)
 * for (const finding of report.findings) console.log(finding.message)
 * ```
 */
export { RULES, type RuleId } from './findings/index.js'
export { defaultModelWeights, type ModelWeights, ModelWeightsSchema } from './model/index.js'
export { analyze } from './report/analyze.js'
export { CitecheckError } from './report/errors.js'
export {
  type AnalyzeOptions,
  AnalyzeOptionsSchema,
  type ResolvedAnalyzeOptions,
  type Thresholds,
  ThresholdsSchema,
} from './report/options.js'
export * from './report/schema.js'
