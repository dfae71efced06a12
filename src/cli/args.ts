/**
 * Command-line arguments: parsing with node:util's parseArgs and checking each value, so a bad
 * flag is a usage error (exit 2) with a message naming it.
 */
import { parseArgs } from 'node:util'
import {
  JSON_SCHEMA_NAMES,
  type JsonSchemaName,
  OutputFormatSchema,
  type ParsedConfig,
} from '../config/index.js'

/** A mistake on the command line; the message names the flag and what it expects. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** What the command line asked for. */
export interface CliArgs {
  /** `help`, `version`, `schema` (print a JSON Schema), `print-config`, or `check` (the default). */
  command: 'help' | 'version' | 'schema' | 'print-config' | 'check'
  schemaName?: JsonSchemaName
  printConfigFile?: string
  inputs: string[]
  configPath?: string
  stdinFilename?: string
  quiet: boolean
  color?: boolean
  /** Threads for analysis (`--jobs`); 1 checks every article on the main thread. */
  jobs: number
  /** Settings given as flags; they override config files. */
  flags: ParsedConfig
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  'input-format': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  'min-confidence': { type: 'string' },
  'citation-scope': { type: 'string' },
  'max-input-bytes': { type: 'string' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Parses and checks the arguments (without the node and script paths). Throws {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; allowNegative: true }>
  >
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
  const { values, positionals } = parsed
  const flags: ParsedConfig = {}

  if (values.format !== undefined) {
    if (['auto', 'markdown', 'text'].includes(values.format)) {
      throw new UsageError(
        `--format now means the output format; to read input as ${values.format}, use --input-format ${values.format}`,
      )
    }
    flags.format = oneOf('--format', values.format, OutputFormatSchema.options)
  }
  if (values.json) {
    if (flags.format !== undefined && flags.format !== 'json') {
      throw new UsageError(`--json conflicts with --format ${flags.format}`)
    }
    flags.format = 'json'
  }
  if (values['input-format'] !== undefined) {
    flags.inputFormat = oneOf('--input-format', values['input-format'], ['auto', 'markdown', 'text'] as const)
  }
  if (values['fail-on'] !== undefined) {
    flags.failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'info'] as const)
  }
  if (values['citation-scope'] !== undefined) {
    flags.citationScope = oneOf('--citation-scope', values['citation-scope'], [
      'sentence',
      'paragraph',
    ] as const)
  }
  if (values['max-warnings'] !== undefined) {
    flags.maxWarnings = integer('--max-warnings', values['max-warnings'], 0)
  }
  if (values['max-input-bytes'] !== undefined) {
    flags.maxInputBytes = integer('--max-input-bytes', values['max-input-bytes'], 1)
  }
  if (values['min-confidence'] !== undefined) {
    const value = values['min-confidence']
    const number = Number(value)
    if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
      throw new UsageError(`--min-confidence expects a number from 0 to 1, got "${value}"`)
    }
    flags.minConfidence = number
  }
  if (values.ignore !== undefined) flags.ignore = [...values.ignore]

  const base = {
    inputs: positionals,
    quiet: values.quiet === true,
    jobs: values.jobs === undefined ? 1 : integer('--jobs', values.jobs, 1),
    flags,
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(values.color !== undefined ? { color: values.color } : {}),
  }
  if (values.help) return { ...base, command: 'help' }
  if (values.version) return { ...base, command: 'version' }
  if (values['print-config'] !== undefined) {
    return { ...base, command: 'print-config', printConfigFile: values['print-config'] }
  }
  if (positionals[0] === 'schema') {
    if (positionals.length !== 2) throw new UsageError('schema expects one name: report or config')
    return { ...base, command: 'schema', schemaName: oneOf('schema', positionals[1]!, JSON_SCHEMA_NAMES) }
  }
  return { ...base, command: 'check' }
}

function oneOf<const T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} expects ${listOr(allowed)}, got "${value}"`)
}

function integer(flag: string, value: string, min: number): number {
  const number = Number(value)
  if (!/^\d{1,16}$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${flag} expects a whole number of at least ${min}, got "${value}"`)
  }
  return number
}

function listOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
