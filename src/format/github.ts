/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * shown on the pull request's changed lines, and a plain summary line for the log.
 */
import type { Severity } from '../report/schema.js'
import { describeTotals, type FileProblem, type FileReport, plural, totals } from './types.js'

/** Options for {@link formatGithub}. */
export interface GithubOptions {
  /** Files that could not be checked; each becomes an `::error` annotation on the file. */
  problems?: readonly FileProblem[]
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value: as a message, plus `:` and `,`. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Formats reports as GitHub Actions annotations,
 * `::warning file=a.md,line=3,col=1,endLine=3,endColumn=52,title=citecheck unsupported-claim::…`,
 * then one summary line. Files that could not be checked come first, as `::error file=…::…`. Paths use `/`
 * whatever the platform.
 */
export function formatGithub(results: readonly FileReport[], options: GithubOptions = {}): string {
  const lines: string[] = []
  for (const problem of options.problems ?? []) {
    const path = problem.file.replace(/\\/g, '/')
    lines.push(
      `::error file=${escapeGithubProperty(path)},title=${escapeGithubProperty('citecheck could not check this file')}::${escapeGithubData(problem.message)}`,
    )
  }
  for (const { file, report } of results) {
    const path = file.replace(/\\/g, '/')
    for (const finding of report.findings) {
      const { start, end } = finding.position
      const properties = [
        `file=${escapeGithubProperty(path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeGithubProperty(`citecheck ${finding.ruleId}`)}`,
      ]
      lines.push(
        `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeGithubData(finding.message)}`,
      )
    }
  }
  const sum = totals(results)
  lines.push(`citecheck: ${describeTotals(sum)} in ${sum.files} ${plural(sum.files, 'file')}`)
  return `${lines.join('\n')}\n`
}
