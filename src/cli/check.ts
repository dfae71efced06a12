/**
 * Checking one text with a resolved config: analyze, then the config's rule settings.
 */
import { applyConfig, type ResolvedConfig } from '../config/index.js'
import { analyze } from '../report/analyze.js'
import { CitecheckError } from '../report/errors.js'
import type { Report } from '../report/schema.js'

/** A report, or the one-line reason there is none. */
export type CheckResult = { ok: true; report: Report } | { ok: false; message: string }

/** Analyses `text` with the config's options and applies its rule severities; never throws. */
export function checkText(text: string, config: ResolvedConfig): CheckResult {
  try {
    const report = analyze(text, {
      format: config.inputFormat,
      citationScope: config.citationScope,
      maxInputBytes: config.maxInputBytes,
      thresholds: config.thresholds,
    })
    return { ok: true, report: applyConfig(report, config) }
  } catch (error) {
    if (error instanceof CitecheckError)
      return { ok: false, message: error.message.replace(/\s{0,100}\n\s{0,100}/g, ' ') }
    // A bug in citecheck must not lose the other files; say so on one line.
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `internal error (please report it): ${message.split('\n')[0]}` }
  }
}
