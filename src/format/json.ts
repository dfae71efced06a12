/**
 * Reports as JSON: an array of `{ file, report }` for a run, or one `{ id, report }` line per input.
 */
import type { Report } from '../report/schema.js'
import type { FileReport } from './types.js'

/** Formats a run as a JSON array of `{ file, report }`, each report fitting `ReportSchema`. */
export function formatJson(results: readonly FileReport[]): string {
  return `${JSON.stringify(
    results.map(({ file, report }) => ({ file, report })),
    null,
    2,
  )}\n`
}

/** One line of JSON Lines output: `{ "id": …, "report": … }` and a newline. */
export function formatJsonLine(id: string | number, report: Report): string {
  return `${JSON.stringify({ id, report })}\n`
}

/** One line of JSON Lines output for an input that could not be checked: `{ "id": …, "error": … }`. */
export function formatJsonErrorLine(id: string | number | null, error: string): string {
  return `${JSON.stringify({ id, error })}\n`
}
