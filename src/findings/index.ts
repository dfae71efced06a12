/**
 * The findings stage: rules over claims and sources.
 */
import { normalizeUrl } from '../citations/index.js'
import { DOUBT_CATEGORIES } from '../model/index.js'
import type { Claim, Finding, Source } from '../report/schema.js'
import {
  findBrokenSourceUrls,
  findDanglingCitations,
  findDuplicateSources,
  findUnconfirmedClaims,
  findUnsupportedClaims,
  findUnusedSources,
} from './rules.js'

export { excerpt, RULES, type RuleId } from './rules.js'

/** Runs every rule and returns the findings in document order (by offset, then rule). */
export function findProblems(claims: readonly Claim[], sources: readonly Source[]): Finding[] {
  const findings = [
    ...findUnsupportedClaims(claims),
    ...findUnconfirmedClaims(claims, DOUBT_CATEGORIES),
    ...findDanglingCitations(claims, sources),
    ...findUnusedSources(sources),
    ...findBrokenSourceUrls(sources),
    ...findDuplicateSources(sources, normalizeUrl),
  ]
  return sortFindings(findings)
}

/** Sorts findings by where they start, then by rule id, so reports are stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.position.start.offset - b.position.start.offset ||
      a.position.end.offset - b.position.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}
