/**
 * citecheck: check an article's claims against its citations.
 *
 * ```ts
 * import { analyze } from 'citecheck'
 * const report = analyze(text)
 * for (const finding of report.findings) console.log(finding.message)
 * ```
 */

export {
  applyConfig,
  type Config,
  ConfigSchema,
  jsonSchemaFor,
  mergeConfigs,
  type OutputFormat,
  parseConfig,
  type ResolvedConfig,
  type RuleSetting,
} from './config/index.js'
export { RULES, type RuleId } from './findings/index.js'
export {
  type FileReport,
  formatGithub,
  formatHtml,
  formatJson,
  formatJsonLine,
  formatSarif,
  formatStylish,
  type GithubOptions,
  type HtmlFileReport,
  type HtmlOptions,
  ruleDocsUrl,
  type SarifOptions,
  type StylishOptions,
} from './format/index.js'
export {
  DEFAULT_SUPPORTED_THRESHOLD,
  defaultModelWeights,
  FEATURES,
  type ModelWeights,
  ModelWeightsSchema,
} from './model/index.js'
export { analyze } from './report/analyze.js'
export { CitecheckError } from './report/errors.js'
export {
  type AnalyzeOptions,
  AnalyzeOptionsSchema,
  parseModelWeights,
  type ResolvedAnalyzeOptions,
  type Thresholds,
  ThresholdsSchema,
} from './report/options.js'
export * from './report/schema.js'
