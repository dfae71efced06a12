/**
 * What formatters take: reports labelled with the file they came from.
 */
import type { Report } from '../report/schema.js'

/** One article's report with the file it came from (a path relative to the working directory, or `<stdin>`). */
export interface FileReport {
  file: string
  report: Report
}

/** A file that could not be checked, and why (for formats that record problems, like SARIF). */
export interface FileProblem {
  file: string
  message: string
}

/** Totals over several reports. */
export interface Totals {
  files: number
  error: number
  warning: number
  info: number
}

/** Adds up the finding counts of several reports. */
export function totals(results: readonly FileReport[]): Totals {
  const sum = { files: results.length, error: 0, warning: 0, info: 0 }
  for (const { report } of results) {
    sum.error += report.summary.findings.error
    sum.warning += report.summary.findings.warning
    sum.info += report.summary.findings.info
  }
  return sum
}

/** "3 problems (1 error, 2 warnings, 0 info)". */
export function describeTotals(sum: Totals): string {
  const total = sum.error + sum.warning + sum.info
  return `${total} ${plural(total, 'problem')} (${sum.error} ${plural(sum.error, 'error')}, ${sum.warning} ${plural(sum.warning, 'warning')}, ${sum.info} info)`
}

/** The word with an s unless count is 1. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}
