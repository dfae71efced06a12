/**
 * Config: the zod schema of config files, merging them with flags, and applying them to a report.
 * Node-free; finding and reading the files is the command line's job (src/cli/config-files.ts).
 */
export { applyConfig, countSeverities, findLowConfidenceClaims, LOW_CONFIDENCE_SEVERITY } from './apply.js'
export { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaFor } from './json-schema.js'
export {
  type ConfigurableRuleId,
  defaultConfig,
  findUnsafeKey,
  mergeConfigs,
  parseConfig,
  type ResolvedConfig,
} from './resolve.js'
export { ruleLevel } from './rules.js'
export {
  CONFIGURABLE_RULE_IDS,
  type Config,
  ConfigSchema,
  type OutputFormat,
  OutputFormatSchema,
  type ParsedConfig,
  type RuleLevel,
  RuleLevelSchema,
  type RuleSetting,
  RuleSettingSchema,
} from './schema.js'
