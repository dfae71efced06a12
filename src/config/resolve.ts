/**
 * From config files and flags to one resolved config: validation, prototype-pollution guard, merging.
 */
import { CitecheckError } from '../report/errors.js'
import { AnalyzeOptionsSchema, type Thresholds, ThresholdsSchema } from '../report/options.js'
import type { Severity } from '../report/schema.js'
import { ruleLevel } from './rules.js'
import {
  type CONFIGURABLE_RULE_IDS,
  ConfigSchema,
  type OutputFormat,
  type ParsedConfig,
  type RuleLevel,
  type RuleSetting,
} from './schema.js'

/** A rule id a config can set. */
export type ConfigurableRuleId = (typeof CONFIGURABLE_RULE_IDS)[number]

/** Settings after merging defaults, config files and command-line flags. A valid config itself. */
export interface ResolvedConfig {
  rules: Partial<Record<ConfigurableRuleId, RuleLevel>>
  minConfidence?: number
  failOn: Severity
  maxWarnings?: number
  citationScope: 'sentence' | 'paragraph'
  inputFormat: 'auto' | 'markdown' | 'text'
  maxInputBytes: number
  thresholds: Thresholds
  format: OutputFormat
  ignore: string[]
}

/** The settings citecheck uses when no config and no flag says otherwise. */
export function defaultConfig(): ResolvedConfig {
  const analyzeDefaults = AnalyzeOptionsSchema.parse({})
  return {
    rules: {},
    failOn: 'error',
    citationScope: analyzeDefaults.citationScope,
    inputFormat: analyzeDefaults.format,
    maxInputBytes: analyzeDefaults.maxInputBytes,
    thresholds: ThresholdsSchema.parse({}),
    format: 'stylish',
    ignore: [],
  }
}

// Keys that reach Object.prototype when a parsed object is merged or assigned into another one.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * The path of the first `__proto__`, `constructor` or `prototype` key in a parsed JSON value
 * (`"rules.__proto__"`), or null when there is none.
 */
export function findUnsafeKey(value: unknown, path: readonly string[] = []): string | null {
  if (value === null || typeof value !== 'object') return null
  for (const key of Object.keys(value)) {
    const here = [...path, key]
    if (UNSAFE_KEYS.has(key)) return here.join('.')
    const found = findUnsafeKey((value as Record<string, unknown>)[key], here)
    if (found) return found
  }
  return null
}

/**
 * Validates a config read from `source` (a path, for messages). Throws {@link CitecheckError}
 * with zod's prettified issues under `Invalid config in <source>:` when it does not fit.
 */
export function parseConfig(value: unknown, source: string): ParsedConfig {
  const unsafe = findUnsafeKey(value)
  if (unsafe) {
    throw new CitecheckError(
      `Invalid config in ${source}:\n✖ Forbidden key "${unsafe.split('.').pop()}"\n  → at ${unsafe}`,
    )
  }
  const parsed = ConfigSchema.safeParse(value)
  if (!parsed.success) throw CitecheckError.fromZod(`Invalid config in ${source}:`, parsed.error)
  return parsed.data
}

/**
 * Merges configs over the defaults, later ones winning; `rules` merge rule by rule and `ignore`
 * patterns add up.
 */
export function mergeConfigs(...layers: readonly ParsedConfig[]): ResolvedConfig {
  const merged = defaultConfig()
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer.rules ?? {}) as [ConfigurableRuleId, RuleSetting][]) {
      merged.rules[id] = ruleLevel(setting)
    }
    if (layer.minConfidence !== undefined) merged.minConfidence = layer.minConfidence
    if (layer.failOn !== undefined) merged.failOn = layer.failOn
    if (layer.maxWarnings !== undefined) merged.maxWarnings = layer.maxWarnings
    if (layer.citationScope !== undefined) merged.citationScope = layer.citationScope
    if (layer.inputFormat !== undefined) merged.inputFormat = layer.inputFormat
    if (layer.maxInputBytes !== undefined) merged.maxInputBytes = layer.maxInputBytes
    if (layer.thresholds !== undefined) merged.thresholds = { ...merged.thresholds, ...layer.thresholds }
    if (layer.format !== undefined) merged.format = layer.format
    if (layer.ignore !== undefined) merged.ignore = [...merged.ignore, ...layer.ignore]
  }
  return merged
}
