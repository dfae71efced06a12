/**
 * Hand-made reports for formatter tests: formatters are tested on reports whose every finding is
 * known, independent of what the analysis finds today.
 */
import type { Finding, Report, Severity } from '../src/index.js'

/** A position on one line: `line`, columns `from`..`to` (end exclusive), with offsets for 80-column lines. */
export function span(line: number, from: number, to: number): Finding['position'] {
  const offset = (column: number) => (line - 1) * 81 + column - 1
  return {
    start: { line, column: from, offset: offset(from) },
    end: { line, column: to, offset: offset(to) },
  }
}

/** A finding with a default message. */
export function finding(
  ruleId: string,
  severity: Severity,
  position: Finding['position'],
  message?: string,
): Finding {
  return { ruleId, severity, message: message ?? `Message of ${ruleId}`, position }
}

/** A report holding just these findings (and no claims), with a consistent summary. */
export function reportWith(findings: Finding[], format: Report['format'] = 'markdown'): Report {
  const count = (severity: Severity) => findings.filter((each) => each.severity === severity).length
  return {
    schemaVersion: 1,
    format,
    language: 'en',
    claims: [],
    sources: [],
    findings,
    summary: {
      claims: 0,
      supported: 0,
      unsupported: 0,
      unconfirmed: 0,
      notCheckWorthy: 0,
      sources: 0,
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
    },
  }
}
