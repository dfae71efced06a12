/**
 * Applying a config to a report: rule severities, rules turned off, and `low-confidence` findings.
 */
import { excerpt, sortFindings } from '../findings/index.js'
import type { Finding, Report } from '../report/schema.js'
import type { ResolvedConfig } from './resolve.js'

/** The severity `low-confidence` findings get unless a config says otherwise. */
export const LOW_CONFIDENCE_SEVERITY = 'warning'

/**
 * Returns the report with the config's rule severities applied: rules set to `off` are dropped,
 * others get the configured severity, and with `minConfidence` every check-worthy claim (status
 * not `not-check-worthy`) whose confidence is below it becomes a `low-confidence` finding. The
 * summary's finding counts follow; the input report is not changed.
 */
export function applyConfig(report: Report, config: Pick<ResolvedConfig, 'rules' | 'minConfidence'>): Report {
  const findings: Finding[] = [...report.findings, ...findLowConfidenceClaims(report, config.minConfidence)]
  const kept: Finding[] = []
  for (const finding of findings) {
    const level = (config.rules as Partial<Record<string, string>>)[finding.ruleId]
    if (level === 'off') continue
    kept.push(level === undefined ? finding : { ...finding, severity: level as Finding['severity'] })
  }
  sortFindings(kept)
  return {
    ...report,
    findings: kept,
    summary: { ...report.summary, findings: countSeverities(kept) },
  }
}

/** `low-confidence`: check-worthy claims whose confidence is below `minConfidence`. */
export function findLowConfidenceClaims(report: Report, minConfidence: number | undefined): Finding[] {
  if (minConfidence === undefined) return []
  return report.claims
    .filter((claim) => claim.status !== 'not-check-worthy' && claim.confidence < minConfidence)
    .map((claim) => ({
      ruleId: 'low-confidence',
      severity: LOW_CONFIDENCE_SEVERITY,
      message: `Low confidence: ${claim.confidence.toFixed(2)} for “${excerpt(claim.text)}”; expected at least ${minConfidence} (minConfidence)`,
      position: claim.position,
      claimId: claim.id,
      actual: claim.confidence.toFixed(2),
      expected: [`>= ${minConfidence}`],
    }))
}

/** Counts findings by severity, as in a report's summary. */
export function countSeverities(findings: readonly Finding[]): Report['summary']['findings'] {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}
