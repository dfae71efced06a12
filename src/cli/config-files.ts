/**
 * Finding and reading config files: `citecheck.config.json`, `.citecheckrc.json`, or the `citecheck`
 * key of package.json, searched upwards from each file's directory (or one file given by --config).
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { type ParsedConfig, parseConfig } from '../config/index.js'
import { CitecheckError } from '../report/errors.js'

/** The file names looked for in each directory, in order of precedence. */
export const CONFIG_FILE_NAMES = ['citecheck.config.json', '.citecheckrc.json', 'package.json'] as const

/** A config and the file it came from (null when none was found). */
export interface FoundConfig {
  path: string | null
  config: ParsedConfig | null
}

/**
 * Loads configs and remembers them per directory. With `explicitPath` (--config) every directory
 * gets that file's config and nothing is searched.
 */
export class ConfigLoader {
  readonly #explicitPath: string | null
  readonly #byDirectory = new Map<string, Promise<FoundConfig>>()
  #explicit: Promise<FoundConfig> | null = null

  constructor(cwd: string, explicitPath?: string) {
    this.#explicitPath = explicitPath === undefined ? null : resolve(cwd, explicitPath)
  }

  /** The config that applies to files in `directory`. Throws CitecheckError for an unreadable or invalid one. */
  forDirectory(directory: string): Promise<FoundConfig> {
    if (this.#explicitPath !== null) {
      this.#explicit ??= loadConfigFile(this.#explicitPath, true).then((config) => ({
        path: this.#explicitPath,
        config,
      }))
      return this.#explicit
    }
    const key = resolve(directory)
    let found = this.#byDirectory.get(key)
    if (!found) {
      found = this.#search(key)
      this.#byDirectory.set(key, found)
    }
    return found
  }

  async #search(directory: string): Promise<FoundConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(directory, name)
      const config = await loadConfigFile(path, false)
      if (config) return { path, config }
    }
    const parent = dirname(directory)
    return parent === directory ? { path: null, config: null } : this.forDirectory(parent)
  }
}

/**
 * Reads one config file. Returns null when it does not exist (unless `required`) or when it is a
 * package.json without a `citecheck` key; throws CitecheckError when it is not valid.
 */
export async function loadConfigFile(path: string, required: boolean): Promise<ParsedConfig | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')) return null
    throw new CitecheckError(
      `Cannot read config ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new CitecheckError(`Cannot parse config ${path}: ${(error as Error).message}`)
  }
  if (path.endsWith('package.json')) {
    const hasKey = value !== null && typeof value === 'object' && Object.hasOwn(value, 'citecheck')
    if (!hasKey) {
      if (required) throw new CitecheckError(`Invalid config in ${path}: it has no "citecheck" key`)
      return null
    }
    return parseConfig((value as { citecheck: unknown }).citecheck, `${path} (key "citecheck")`)
  }
  return parseConfig(value, path)
}
