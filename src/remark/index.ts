/**
 * `remark-citecheck`: citecheck as a unified plugin. Checks the file's text and attaches each
 * finding as a vfile message, so remark-cli, unified-engine and editor integrations show them.
 *
 * ```js
 * import remarkParse from 'remark-parse'
 * import { unified } from 'unified'
 * import remarkCitecheck from 'citecheck/remark'
 *
 * const file = await unified().use(remarkParse).use(remarkCitecheck).process(markdown)
 * for (const message of file.messages) console.log(String(message))
 * ```
 */
import type { Plugin } from 'unified'
import type { z } from 'zod'
import { applyConfig } from '../config/apply.js'
import { mergeConfigs } from '../config/resolve.js'
import { ConfigSchema } from '../config/schema.js'
import { ruleDocsUrl } from '../format/rule-docs.js'
import { analyze } from '../report/analyze.js'
import { CitecheckError } from '../report/errors.js'

/**
 * The plugin's options: the per-file settings of a citecheck config (`rules`, `minConfidence`,
 * `citationScope`, `thresholds`, `inputFormat` — `markdown` unless set — and `maxInputBytes`).
 */
export const RemarkCitecheckOptionsSchema = ConfigSchema.pick({
  rules: true,
  minConfidence: true,
  citationScope: true,
  thresholds: true,
  inputFormat: true,
  maxInputBytes: true,
})
/** Options of {@link remarkCitecheck}. */
export type RemarkCitecheckOptions = z.input<typeof RemarkCitecheckOptionsSchema>

/**
 * Checks the file's claims against its citations and adds one message per finding, with `place`,
 * `ruleId`, `source: 'citecheck'`, `url` (the rule's docs), `actual`/`expected` where the finding
 * has them, and `fatal` true for errors, false for warnings and undefined for info.
 *
 * Throws a CitecheckError when the options do not fit {@link RemarkCitecheckOptionsSchema}.
 */
export const remarkCitecheck: Plugin<[(RemarkCitecheckOptions | null | undefined)?]> = (options) => {
  const parsed = RemarkCitecheckOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw CitecheckError.fromZod('Invalid remark-citecheck options:', parsed.error)
  const config = mergeConfigs({ inputFormat: 'markdown' }, parsed.data)
  return (_tree, file) => {
    const report = applyConfig(
      analyze(String(file), {
        format: config.inputFormat,
        citationScope: config.citationScope,
        maxInputBytes: config.maxInputBytes,
        thresholds: config.thresholds,
      }),
      config,
    )
    for (const finding of report.findings) {
      const options = { place: finding.position, ruleId: finding.ruleId, source: 'citecheck' }
      const message =
        finding.severity === 'info'
          ? file.info(finding.message, options)
          : file.message(finding.message, options)
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
      message.url = ruleDocsUrl(finding.ruleId)
      if (finding.actual !== undefined) message.actual = finding.actual
      if (finding.expected !== undefined) message.expected = finding.expected
    }
  }
}

export default remarkCitecheck
