/**
 * The consistency stage: what the article says in one place against what it says in another.
 *
 * Between claims and findings. It links each claim to an earlier claim it restates, and finds
 * where the restatement changed the facts: a hedge dropped (certainty escalation), a person's
 * title changed, a number or date changed. Pure: it reads the claims and returns facts that point
 * into the input by offset; the findings stage words them.
 */
import type { Locator } from '../document/index.js'
import { lineColumn, resolvedLabels, restatedByCited } from '../report/claim-links.js'
import type { Claim, Reason } from '../report/schema.js'
import { findEscalations } from './escalation.js'
import { compareFigures } from './figures.js'
import { type ClaimProfile, profileClaims } from './profile.js'
import { type CandidateLimits, DEFAULT_LIMITS, findRestatementPairs, termStatistics } from './restatements.js'
import { findTitleClashes } from './titles.js'
import type { ClaimPlace, ConsistencyClaim, ConsistencyFacts, Restatement } from './types.js'

export { titlesCompatible } from './lexicon.js'
export { type CandidateLimits, DEFAULT_LIMITS, RESTATEMENT_THRESHOLD } from './restatements.js'
export { stem } from './stem.js'
export type {
  CertaintyEscalation,
  ClaimPlace,
  ConsistencyClaim,
  ConsistencyFacts,
  FigureConflict,
  Restatement,
  TitleConflict,
} from './types.js'

/** Options of {@link checkConsistency}. */
export interface ConsistencyOptions {
  /** Bounds on how many earlier claims each claim is compared with. */
  limits?: CandidateLimits
}

/**
 * Compares the claims of one article with each other: restatements, certainty escalations,
 * title conflicts and figure conflicts. Linear in the number of claims (each is compared with a
 * bounded number of earlier claims that share its rarest terms). `claims` are in document order;
 * `locator` turns offsets into positions.
 */
export function checkConsistency(
  claims: readonly ConsistencyClaim[],
  locator: Locator,
  options: ConsistencyOptions = {},
): ConsistencyFacts {
  const limits = options.limits ?? DEFAULT_LIMITS
  const profiles = profileClaims(claims)
  const stats = termStatistics(profiles)
  const pairs = findRestatementPairs(profiles, stats, limits)
  const place = (profile: ClaimProfile, start: number, end: number): ClaimPlace => ({
    claimId: profile.claim.id,
    text: profile.claim.text.slice(start, end),
    position: locator.position(profile.claim.start + start, profile.claim.start + end),
  })

  const restatements: Restatement[] = []
  const figureConflicts: ConsistencyFacts['figureConflicts'] = []
  let previous = -1
  for (const pair of pairs) {
    if (pair.later === previous) continue
    // Pairs come best first per later claim: the first that passes is the one it restates.
    previous = pair.later
    const later = profiles[pair.later]!
    const earlier = profiles[pair.earlier]!
    restatements.push({
      claimId: later.claim.id,
      restatesId: earlier.claim.id,
      similarity: round(pair.similarity),
    })
    const clash = compareFigures(later, earlier)
    if (clash) {
      figureConflicts.push({
        kind: clash.kind,
        figure: place(later, clash.start, clash.end),
        earlier: place(earlier, clash.earlierStart, clash.earlierEnd),
      })
    }
  }

  const escalations = findEscalations(profiles, stats, pairs, limits).map((match) => {
    const strong = profiles[match.strong]!
    const hedged = profiles[match.hedged]!
    const hedge = hedged.claim.hedges[match.hedgeIndex]!
    return {
      claim: place(strong, match.start, match.end),
      hedged: place(hedged, 0, hedged.claim.text.length),
      hedge: { cue: hedge.cue, category: hedge.category, position: hedge.position },
      how: match.how,
      cue: match.cue,
      shared: match.shared.map((entity) => strong.claim.text.slice(entity.start, entity.end)),
    }
  })

  const fullNames = profiles.flatMap((profile) =>
    profile.entities
      .map((entity) => entity.key.split(' '))
      .filter((words) => words.length >= 2 && words.length <= 4),
  )
  const titleConflicts = findTitleClashes(
    profiles.flatMap((profile) => profile.mentions),
    fullNames,
  ).map((clash) => {
    const mention = profiles[clash.mention.profile]!
    const earlier = profiles[clash.earlier.profile]!
    return {
      person: clash.person,
      mention: { ...place(mention, clash.mention.start, clash.mention.end), title: clash.mention.titleText },
      earlier: { ...place(earlier, clash.earlier.start, clash.earlier.end), title: clash.earlier.titleText },
    }
  })

  return { restatements, escalations, titleConflicts, figureConflicts }
}

/**
 * The claims with `restates` filled in (null when a claim restates nothing). An uncited
 * restatement of a cited claim also gets a reason naming the claim whose citations support it
 * (contribution 0: the confidence stays the model's); its status is left as the model set it.
 * The other way round too: an uncited claim that a later cited claim restates (a "Key points"
 * list above the story) gets a reason naming the first such claim.
 */
export function linkRestatements(claims: readonly Claim[], facts: ConsistencyFacts): Claim[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const restates = new Map(facts.restatements.map((each) => [each.claimId, each]))
  const restatedBy = restatedByCited(facts.restatements, byId)
  return claims.map((claim) => {
    const link = restates.get(claim.id)
    // Claims from the model stage have `restates: null` already: passed on without a copy.
    if (!link && !restatedBy.has(claim.id))
      return claim.restates === null ? claim : { ...claim, restates: null }
    const uncited = resolvedLabels(claim).length === 0
    const reasons: Reason[] = [...claim.reasons]
    const original = link ? byId.get(link.restatesId) : undefined
    const cited = original ? resolvedLabels(original) : []
    if (original && cited.length > 0 && uncited) {
      reasons.push({
        factor: 'restates-cited-claim',
        contribution: 0,
        detail: `restates ${original.id} at ${lineColumn(original.position)}, which cites ${brackets(cited)}`,
      })
    }
    const later = uncited ? restatedBy.get(claim.id) : undefined
    if (later) {
      reasons.push({
        factor: 'restated-by-cited-claim',
        contribution: 0,
        detail: `restated by ${later.id} at ${lineColumn(later.position)}, which cites ${brackets(resolvedLabels(later))}`,
      })
    }
    return {
      ...claim,
      restates: link ? { claimId: link.restatesId, similarity: link.similarity } : null,
      reasons,
    }
  })
}

function brackets(labels: readonly string[]): string {
  return labels.map((label) => `[${label}]`).join('')
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** The facts of an article the stage does not read (not English): nothing found. */
export const NO_CONSISTENCY_FACTS: ConsistencyFacts = Object.freeze({
  restatements: [],
  escalations: [],
  titleConflicts: [],
  figureConflicts: [],
})
