/**
 * The findings stage: rules over claims and sources.
 */
import { type MarkerWriter, normalizeUrl, plainMarker, writeSourceLabel } from '../citations/index.js'
import { type ConsistencyFacts, NO_CONSISTENCY_FACTS } from '../consistency/index.js'
import { castsDoubt } from '../model/index.js'
import type { Claim, Finding, Source } from '../report/schema.js'
import { citedRestatements, findInconsistencies, supportElsewhere } from './consistency.js'
import { findMisnumberedSources, type MisnumberedSource, misnumberedHints } from './misnumbered.js'
import {
  type CitationNeededTag,
  findBrokenSourceUrls,
  findCitationNeededTags,
  findDanglingCitations,
  findDuplicateSources,
  findUnconfirmedClaims,
  findUnsupportedClaims,
  findUnusedSources,
  type ListedSourceFacts,
  NO_LISTED_SOURCE_FACTS,
} from './rules.js'

export { findMisnumbered, type MisnumberedSource } from './misnumbered.js'
export {
  type CitationNeededTag,
  excerpt,
  type ListedSourceFacts,
  NO_LISTED_SOURCE_FACTS,
  RULES,
  type RuleId,
} from './rules.js'

/**
 * Runs every rule and returns the findings in document order (by offset, then rule). `tags` are the
 * editors' `[citation needed]` tags found in claims; `consistency` the facts of the consistency stage;
 * `misnumbered` the Markdown source-list items written with another number than readers see;
 * `listed` what the source list says beyond its sources: the ISBNs (by source id) that fail their
 * check digit, and the sources under "Further reading", which no claim needs to cite.
 */
export function findProblems(
  claims: readonly Claim[],
  sources: readonly Source[],
  tags: readonly CitationNeededTag[] = [],
  consistency: ConsistencyFacts = NO_CONSISTENCY_FACTS,
  misnumbered: readonly MisnumberedSource[] = [],
  marker: MarkerWriter = plainMarker,
  listed: ListedSourceFacts = NO_LISTED_SOURCE_FACTS,
): Finding[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const restatedBy = citedRestatements(claims, byId)
  // In an article that cites by author and date, the marker writer writes sources as citations.
  const authorDate = sources
    .map((source) => writeSourceLabel(marker, source))
    .find((written) => written.startsWith('('))
  const findings = [
    ...findUnsupportedClaims(
      claims,
      (claim) => supportElsewhere(claim, byId, marker, restatedBy),
      marker,
      authorDate === undefined ? undefined : `a citation such as ${authorDate} naming a listed source`,
    ),
    ...findCitationNeededTags(tags),
    ...findUnconfirmedClaims(claims, castsDoubt),
    ...findDanglingCitations(claims, sources, misnumberedHints(misnumbered), marker),
    ...findUnusedSources(sources, marker, listed),
    ...findBrokenSourceUrls(sources, marker, listed),
    ...findDuplicateSources(sources, normalizeUrl, marker),
    ...findMisnumberedSources(misnumbered),
    ...findInconsistencies(claims, consistency, marker),
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
