/**
 * The human-readable report: claims by status, then findings with line:column, like a linter.
 */
import type { Report } from '../report/schema.js'

/** Options for {@link formatStylish}. */
export interface StylishOptions {
  /** Use ANSI colours (only when writing to a terminal). */
  color?: boolean
}

/** Formats one file's report for a terminal. */
export function formatStylish(file: string, report: Report, options: StylishOptions = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text)
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text)
  const under = (text: string) => (options.color ? `\u001b[4m${text}\u001b[24m` : text)
  const colour = { error: 31, warning: 33, info: 36 } as const
  const { summary } = report
  const lines = [under(file)]
  lines.push(
    `  ${summary.claims} claims: ${summary.supported} supported, ${summary.unsupported} unsupported, ${summary.unconfirmed} unconfirmed, ${summary.notCheckWorthy} not check-worthy; ${summary.sources} sources`,
  )
  const places = report.findings.map((finding) => `${finding.position.start.line}:${finding.position.start.column}`)
  const placeWidth = Math.max(0, ...places.map((place) => place.length))
  const severityWidth = Math.max(0, ...report.findings.map((finding) => finding.severity.length))
  report.findings.forEach((finding, index) => {
    lines.push(
      `  ${dim(places[index]!.padEnd(placeWidth))}  ${paint(colour[finding.severity], finding.severity.padEnd(severityWidth))}  ${finding.message}  ${dim(finding.ruleId)}`,
    )
  })
  const { error, warning, info } = summary.findings
  const total = error + warning + info
  lines.push('')
  lines.push(
    total === 0
      ? paint(32, '✔ no problems')
      : `${paint(error > 0 ? 31 : 33, '✖')} ${total} ${total === 1 ? 'problem' : 'problems'} (${error} ${error === 1 ? 'error' : 'errors'}, ${warning} ${warning === 1 ? 'warning' : 'warnings'}, ${info} info)`,
  )
  return `${lines.join('\n')}\n`
}
