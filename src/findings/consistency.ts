/**
 * The consistency rules: `certainty-escalation`, `inconsistent-title`, `conflicting-figure` and
 * `citation-mismatch`, worded from the facts the consistency stage found. Each finding sits on the
 * later, contradicting place and names the earlier one by claim id and line:column, in the message
 * and in `related`.
 */

import { type MarkerWriter, plainMarker } from '../citations/index.js'
import type {
  CertaintyEscalation,
  ClaimPlace,
  ConsistencyFacts,
  FigureConflict,
  TitleConflict,
} from '../consistency/index.js'
import { lineColumn, resolvedLabels, restatedByCited } from '../report/claim-links.js'
import type { Claim, Finding, HedgeCategory } from '../report/schema.js'
import { excerpt, RULES, type RuleId } from './rules.js'

function finding(
  ruleId: RuleId,
  message: string,
  rest: Omit<Finding, 'ruleId' | 'severity' | 'message'>,
): Finding {
  return { ruleId, severity: RULES[ruleId], message, ...rest }
}

const HEDGED_AS: Record<HedgeCategory, string> = {
  rumor: 'presents as rumour',
  unconfirmed: 'presents as unconfirmed',
  speculative: 'presents as speculation',
  'anonymous-source': 'attributes to unnamed sources',
  doxastic: 'presents as belief',
  weasel: 'attributes vaguely',
  conditional: 'makes conditional',
  'vague-quantity': 'leaves the count vague in',
}

/** `certainty-escalation`: a later claim states as fact, or uses as evidence, what an earlier one hedges. */
export function findCertaintyEscalations(escalations: readonly CertaintyEscalation[]): Finding[] {
  return escalations.map((escalation) => {
    const { claim, hedged, hedge } = escalation
    const what = `what ${hedged.claimId} at ${lineColumn(hedged.position)} ${HEDGED_AS[hedge.category]} (“${hedge.cue}”)`
    const names = escalation.shared.length > 0 ? ` about ${escalation.shared.join(', ')}` : ''
    const message =
      escalation.how === 'evidence'
        ? `Certainty escalation: “${excerpt(claim.text)}” uses as evidence ${what}${names}; expected the same hedge here, or a source that confirms it`
        : `Certainty escalation: this states as fact ${what}${names}; expected the same hedge here, or a source that confirms it`
    return finding('certainty-escalation', message, {
      position: claim.position,
      claimId: claim.claimId,
      actual: escalation.how === 'evidence' ? claim.text : excerpt(claim.text),
      expected: [hedge.cue],
      related: [related(hedged, `hedged here: “${hedge.cue}” (${hedge.category})`)],
    })
  })
}

/** `inconsistent-title`: a person given a title that does not agree with the first one given. */
export function findInconsistentTitles(conflicts: readonly TitleConflict[]): Finding[] {
  return conflicts.map((conflict) =>
    finding(
      'inconsistent-title',
      `Inconsistent title: “${conflict.mention.text}” here, but “${conflict.earlier.text}” at ${lineColumn(conflict.earlier.position)}; expected one title for ${conflict.person} (“${conflict.earlier.title}”), or “former ${conflict.mention.title}” for a past office`,
      {
        position: conflict.mention.position,
        claimId: conflict.mention.claimId,
        actual: conflict.mention.title,
        expected: [conflict.earlier.title],
        related: [related(conflict.earlier, `first titled here: “${conflict.earlier.text}”`)],
      },
    ),
  )
}

/** `conflicting-figure`: a restatement that gives another number or date than the claim it restates. */
export function findConflictingFigures(conflicts: readonly FigureConflict[]): Finding[] {
  return conflicts.map((conflict) => {
    const noun = conflict.kind === 'date' ? 'date' : 'figure'
    return finding(
      'conflicting-figure',
      `Conflicting ${noun}: “${conflict.figure.text}” here, but “${conflict.earlier.text}” at ${lineColumn(conflict.earlier.position)} in ${conflict.earlier.claimId}, which this claim restates; expected the same ${noun}`,
      {
        position: conflict.figure.position,
        claimId: conflict.figure.claimId,
        actual: conflict.figure.text,
        expected: [conflict.earlier.text],
        related: [related(conflict.earlier, `stated here as “${conflict.earlier.text}”`)],
      },
    )
  })
}

/**
 * `citation-mismatch`: a restatement that cites none of the sources of the cited claim it restates.
 * A claim that borrows its paragraph's citation (paragraph scope) is left alone.
 */
export function findCitationMismatches(
  claims: readonly Claim[],
  marker: MarkerWriter = plainMarker,
): Finding[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const findings: Finding[] = []
  for (const claim of claims) {
    const original = claim.restates ? byId.get(claim.restates.claimId) : undefined
    if (!original) continue
    const theirs = resolvedLabels(original)
    if (theirs.length === 0) continue
    const mine = resolvedLabels(claim)
    // By source, not by label: "(De Vuyst & Neysens, 2005)" and "De Vuyst and Neysens (2005)", or
    // two links with other texts to one page, cite the same source.
    const theirSources = new Set(original.citations.map((citation) => citation.sourceId))
    if (claim.citations.some((citation) => citation.sourceId !== null && theirSources.has(citation.sourceId)))
      continue
    if (mine.length === 0 && claim.status === 'supported') continue
    const markers = (labels: readonly string[]) => labels.map((label) => marker(label)).join('')
    const where = `${original.id} at ${lineColumn(original.position)}, which cites ${markers(theirs)}`
    const message =
      mine.length === 0
        ? `Citation mismatch: this restates ${where}, but cites nothing; expected ${markers(theirs)} here too`
        : `Citation mismatch: this restates ${where}, but cites ${markers(mine)}; expected ${theirs.map((label) => marker(label)).join(' or ')} as well, or a source that says the same`
    const firstMarker = claim.citations.find((citation) => citation.sourceId !== null)
    findings.push(
      finding('citation-mismatch', message, {
        position: firstMarker?.position ?? claim.position,
        claimId: claim.id,
        actual: mine.length === 0 ? 'none' : markers(mine),
        expected: theirs.map((label) => marker(label)),
        related: [
          {
            position: original.position,
            claimId: original.id,
            message: `restated claim: “${excerpt(original.text, 60)}”`,
          },
        ],
      }),
    )
  }
  return findings
}

/**
 * The wording `unsupported-claim` adds for an uncited claim whose support is elsewhere: the cited
 * claim it restates ("; it restates c5 at 4:1, which cites [4]"), or else the first later cited
 * claim that restates it, as the body restates a summary above it ("; it is restated by c9 at
 * 12:1, which cites [1]"); '' when there is neither. `restatedBy` is from {@link citedRestatements}.
 */
export function supportElsewhere(
  claim: Claim,
  byId: ReadonlyMap<string, Claim>,
  marker: MarkerWriter = plainMarker,
  restatedBy: ReadonlyMap<string, Claim> = new Map(),
): string {
  const write = (labels: readonly string[]) => labels.map((label) => marker(label)).join('')
  const original = claim.restates ? byId.get(claim.restates.claimId) : undefined
  const labels = original ? resolvedLabels(original) : []
  if (original && labels.length > 0)
    return `; it restates ${original.id} at ${lineColumn(original.position)}, which cites ${write(labels)}`
  const later = restatedBy.get(claim.id)
  if (!later) return ''
  return `; it is restated by ${later.id} at ${lineColumn(later.position)}, which cites ${write(resolvedLabels(later))}`
}

/** Claim id → the first later claim with a resolved citation that restates it. */
export function citedRestatements(
  claims: readonly Claim[],
  byId: ReadonlyMap<string, Claim>,
): Map<string, Claim> {
  const pairs = claims.flatMap((claim) =>
    claim.restates ? [{ claimId: claim.id, restatesId: claim.restates.claimId }] : [],
  )
  return restatedByCited(pairs, byId)
}

/** Every fact of the consistency stage as findings, in the order the rules run. */
export function findInconsistencies(
  claims: readonly Claim[],
  facts: ConsistencyFacts,
  marker: MarkerWriter = plainMarker,
): Finding[] {
  return [
    ...findCertaintyEscalations(facts.escalations),
    ...findInconsistentTitles(facts.titleConflicts),
    ...findConflictingFigures(facts.figureConflicts),
    ...findCitationMismatches(claims, marker),
  ]
}

function related(place: ClaimPlace, message: string): NonNullable<Finding['related']>[number] {
  return { position: place.position, claimId: place.claimId, message }
}
