/**
 * The config file's shape as a zod schema: what `citecheck.config.json`, `.citecheckrc.json` or the
 * `citecheck` key of package.json may say. Node-free, so editors and other tools can use it too.
 */
import { z } from 'zod'
import { RULES } from '../findings/index.js'
import { ThresholdsSchema } from '../report/options.js'
import { SeveritySchema } from '../report/schema.js'

/** Rule ids a config can set: the report's rules plus `low-confidence`, which `minConfidence` adds. */
export const CONFIGURABLE_RULE_IDS = [
  ...(Object.keys(RULES) as (keyof typeof RULES)[]),
  'low-confidence',
] as const

/**
 * A rule's setting, as in lint tools: `"error"`, `"warn"` (or `"warning"`), `"info"`, `"off"`,
 * or ESLint's numbers `0` (off), `1` (warn) and `2` (error).
 */
export const RuleSettingSchema = z.union([
  z.enum(['error', 'warn', 'warning', 'info', 'off']),
  z.literal(0),
  z.literal(1),
  z.literal(2),
])
/** A rule's setting, as written in a config file. */
export type RuleSetting = z.infer<typeof RuleSettingSchema>

/** What a rule's setting means once read: a severity, or `off`. */
export const RuleLevelSchema = z.enum(['error', 'warning', 'info', 'off'])
/** What a rule's setting means once read: a severity, or `off`. */
export type RuleLevel = z.infer<typeof RuleLevelSchema>

/** The output formats of the command line. */
export const OutputFormatSchema = z.enum(['stylish', 'json', 'jsonl', 'sarif', 'github', 'html'])
/** One of the command line's output formats. */
export type OutputFormat = z.infer<typeof OutputFormatSchema>

/**
 * A citecheck config. Unknown keys are errors, so a typo is reported instead of silently ignored.
 *
 * Per-file settings (`rules`, `minConfidence`, `citationScope`, `inputFormat`, `maxInputBytes`,
 * `thresholds`) come from the config nearest to each file; run settings (`format`, `failOn`,
 * `maxWarnings`, `ignore`) from the config nearest to the working directory.
 */
export const ConfigSchema = z.strictObject({
  $schema: z
    .string()
    .optional()
    .describe('Where the JSON Schema of this file lives, for editors; citecheck ignores it.'),
  rules: z
    .partialRecord(z.enum(CONFIGURABLE_RULE_IDS), RuleSettingSchema)
    .optional()
    .describe(
      'Severity per rule id: "error", "warn" (or "warning"), "info", "off", or 0 (off), 1 (warn), 2 (error).',
    ),
  minConfidence: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Report every check-worthy claim whose confidence is below this as low-confidence.'),
  failOn: SeveritySchema.optional().describe(
    'The lowest severity that makes the command exit 1 (default "error").',
  ),
  maxWarnings: z.number().int().min(0).optional().describe('Exit 1 when there are more warnings than this.'),
  citationScope: z
    .enum(['sentence', 'paragraph'])
    .optional()
    .describe('"paragraph": a citation at the end of a paragraph also covers its earlier uncited sentences.'),
  inputFormat: z
    .enum(['auto', 'markdown', 'text'])
    .optional()
    .describe('How to read files: "auto" (default) looks for Markdown constructs.'),
  maxInputBytes: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Files larger than this many bytes are refused (default 50 MB).'),
  thresholds: ThresholdsSchema.optional().describe("Thresholds that turn the model's numbers into statuses."),
  format: OutputFormatSchema.optional().describe(
    'The output format when the command line does not say (default "stylish").',
  ),
  ignore: z
    .array(z.string())
    .optional()
    .describe('Paths to skip, in .gitignore syntax, relative to the working directory.'),
})
/** A citecheck config as written. */
export type Config = z.input<typeof ConfigSchema>
/** A citecheck config once validated. */
export type ParsedConfig = z.output<typeof ConfigSchema>
