/**
 * The human-readable report: findings grouped by file, `line:column  severity  message  ruleId`,
 * like a linter, and a summary line.
 */
import { describeTotals, type FileReport, plural, totals } from './types.js'

/** Options for {@link formatStylish}. */
export interface StylishOptions {
  /** Use ANSI colours (the command line turns this on only when writing to a terminal). */
  color?: boolean
}

const SEVERITY_COLOR = { error: 31, warning: 33, info: 36 } as const

/**
 * Formats reports for a terminal: each file with findings gets its path, a line of claim counts and
 * one line per finding; files without findings are only counted in the closing summary line.
 */
export function formatStylish(results: readonly FileReport[], options: StylishOptions = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text)
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text)
  const under = (text: string) => (options.color ? `\u001b[4m${text}\u001b[24m` : text)
  const lines: string[] = []
  for (const { file, report } of results) {
    if (report.findings.length === 0) continue
    const { summary } = report
    lines.push(under(file))
    lines.push(
      `  ${summary.claims} ${plural(summary.claims, 'claim')}: ${summary.supported} supported, ${summary.unsupported} unsupported, ${summary.unconfirmed} unconfirmed, ${summary.notCheckWorthy} not check-worthy; ${summary.sources} ${plural(summary.sources, 'source')}`,
    )
    const places = report.findings.map(
      (finding) => `${finding.position.start.line}:${finding.position.start.column}`,
    )
    const placeWidth = Math.max(0, ...places.map((place) => place.length))
    const severityWidth = Math.max(0, ...report.findings.map((finding) => finding.severity.length))
    report.findings.forEach((finding, index) => {
      lines.push(
        `  ${dim(places[index]!.padEnd(placeWidth))}  ${paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(severityWidth))}  ${finding.message}  ${dim(finding.ruleId)}`,
      )
    })
    lines.push('')
  }
  const sum = totals(results)
  const withFindings = results.filter(({ report }) => report.findings.length > 0).length
  const claims = results.reduce((count, { report }) => count + report.summary.claims, 0)
  const checked = `${sum.files} ${plural(sum.files, 'file')}`
  lines.push(
    withFindings === 0
      ? paint(32, `✔ no problems in ${checked} (${claims} ${plural(claims, 'claim')})`)
      : `${paint(sum.error > 0 ? 31 : 33, '✖')} ${describeTotals(sum)} in ${withFindings} of ${checked}`,
  )
  return `${lines.join('\n')}\n`
}
