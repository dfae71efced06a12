/**
 * Checking one text with a resolved config: analyze, then the config's rule settings.
 */
import { applyConfig, type ResolvedConfig } from '../config/index.js'
import { analyzeMany } from '../parallel/index.js'
import { analyze } from '../report/analyze.js'
import { CitecheckError } from '../report/errors.js'
import type { AnalyzeOptions } from '../report/options.js'
import type { Report } from '../report/schema.js'

/** A report, or the one-line reason there is none. */
export type CheckResult = { ok: true; report: Report } | { ok: false; message: string }

/** Analyses `text` with the config's options and applies its rule severities; never throws. */
export function checkText(text: string, config: ResolvedConfig): CheckResult {
  try {
    return { ok: true, report: applyConfig(analyze(text, analyzeOptions(config)), config) }
  } catch (error) {
    if (error instanceof CitecheckError)
      return { ok: false, message: error.message.replace(/\s{0,100}\n\s{0,100}/g, ' ') }
    // A bug in citecheck must not lose the other files; say so on one line.
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `internal error (please report it): ${message.split('\n')[0]}` }
  }
}

/** The options `analyze` takes from a config. */
function analyzeOptions(config: ResolvedConfig): AnalyzeOptions {
  return {
    format: config.inputFormat,
    citationScope: config.citationScope,
    maxInputBytes: config.maxInputBytes,
    thresholds: config.thresholds,
  }
}

/** One article to check and the config that applies to it. */
export interface CheckItem {
  text: string
  config: ResolvedConfig
}

/**
 * Checks many articles, each with its own config, and gives their results in input order; never
 * throws. With `jobs` of 2 or more, the articles with equal configs are analysed together on
 * worker threads (`analyzeMany`); when that fails (one article fails the whole pool), those
 * articles are checked again one at a time, so each gets its own result or message. `onStart` is
 * called with an article's index as its check begins (for progress).
 */
export async function checkTexts(
  items: readonly CheckItem[],
  jobs: number,
  onStart: (index: number) => void = () => {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array(items.length)
  // Articles whose configs are equal (each file's config is resolved afresh) share a pool.
  const groups = new Map<string, { config: ResolvedConfig; indexes: number[] }>()
  items.forEach((item, index) => {
    const key = JSON.stringify(item.config)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { config: item.config, indexes: [index] })
    else group.indexes.push(index)
  })
  for (const { config, indexes } of groups.values()) {
    if (jobs >= 2 && indexes.length >= 2) {
      try {
        for (const index of indexes) onStart(index)
        const reports = await analyzeMany(
          indexes.map((index) => items[index]!.text),
          { ...analyzeOptions(config), concurrency: jobs },
        )
        indexes.forEach((index, at) => {
          results[index] = { ok: true, report: applyConfig(reports[at]!, config) }
        })
        continue
      } catch {
        // Checked one by one below: each article gets its own message.
      }
    }
    for (const index of indexes) {
      onStart(index)
      results[index] = checkText(items[index]!.text, config)
    }
  }
  return results
}
