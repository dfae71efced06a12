/**
 * What decides the exit code, and what `--quiet` keeps.
 */
import { countSeverities, type ResolvedConfig } from '../config/index.js'
import type { Report, Severity } from '../report/schema.js'

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 }

/** Counts findings over a run and says whether it fails `failOn` or `maxWarnings`. */
export class Outcome {
  readonly #config: Pick<ResolvedConfig, 'failOn' | 'maxWarnings'>
  /** Findings at or above `failOn`. */
  failing = 0
  /** Warnings over the whole run. */
  warnings = 0

  constructor(config: Pick<ResolvedConfig, 'failOn' | 'maxWarnings'>) {
    this.#config = config
  }

  /** Counts one report's findings. */
  add(report: Report): void {
    for (const finding of report.findings) {
      if (RANK[finding.severity] >= RANK[this.#config.failOn]) this.failing++
      if (finding.severity === 'warning') this.warnings++
    }
  }

  /** True when there are more warnings than `maxWarnings` allows. */
  get tooManyWarnings(): boolean {
    return this.#config.maxWarnings !== undefined && this.warnings > this.#config.maxWarnings
  }

  /** 1 when a finding reached `failOn` or warnings exceeded `maxWarnings`, else 0. */
  get exitCode(): 0 | 1 {
    return this.failing > 0 || this.tooManyWarnings ? 1 : 0
  }
}

/** The report with only its error-severity findings (for --quiet); counts follow. */
export function keepErrors(report: Report): Report {
  const findings = report.findings.filter((finding) => finding.severity === 'error')
  return { ...report, findings, summary: { ...report.summary, findings: countSeverities(findings) } }
}
