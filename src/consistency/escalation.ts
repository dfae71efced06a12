/**
 * Certainty escalation: what one claim hedges as rumour, unconfirmed, speculation, allegation or
 * hearsay, a later claim states as fact ("Rumors suggest … Rwanda[3]" → "key among them is
 * Rwanda[3]") or uses as evidence ("as evidenced by discussions with Rwanda, Libya").
 *
 * A later claim escalates an earlier hedged one when
 * - it restates it (similarity at the restatement threshold) and states it as fact; or
 * - both name the same uncommon entity (one that at most a third of the claims name: "Rwanda",
 *   not the "US" a whole article is about), it states that as fact, and something more ties the
 *   two together: a source both cite, or two content terms both use; or
 * - it names that entity right after an evidence cue ("as evidenced by"), before any hedge.
 *
 * Only the later claim is flagged: a hedge that follows a plain statement weakens it, which is
 * not the error this rule is about.
 */
import type { HedgeCategory } from '../report/schema.js'
import { EVIDENCE_CUES, indexPhrases } from './lexicon.js'
import type { ClaimProfile, EntityMention } from './profile.js'
import type { CandidateLimits, ScoredPair, TermStatistics } from './restatements.js'
import type { Token } from './tokens.js'
import type { ConsistencyClaim } from './types.js'

/**
 * Hedges that make a claim the weaker side of an escalation, strongest doubt first. Belief cues
 * count: "the mayor allegedly took bribes" stated later as "the mayor took bribes" is the
 * escalation that costs newsrooms most. Weasel cues ("studies show") do not.
 */
const ESCALATED_HEDGES: readonly HedgeCategory[] = [
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
]

/** Any of these, outside quotes, keeps a claim from stating something as fact. */
const DOUBT: ReadonlySet<HedgeCategory> = new Set([
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
  'weasel',
])

const ASSERTING_KINDS = new Set(['factual', 'opinion', 'prediction'])

const EVIDENCE_BY_FIRST_WORD = indexPhrases(EVIDENCE_CUES.map((words) => ({ words })))

/** One escalation, by profile index, before it is turned into positions. */
export interface EscalationMatch {
  strong: number
  hedged: number
  hedgeIndex: number
  how: 'fact' | 'evidence'
  /** Offsets into the strong claim's text of the span that asserts. */
  start: number
  end: number
  cue: string | null
  shared: EntityMention[]
}

interface Candidate {
  hedged: number
  shared: EntityMention[]
  score: number
}

/** Finds at most one escalation per claim, naming the hedged claim that fits it best. */
export function findEscalations(
  profiles: readonly ClaimProfile[],
  stats: TermStatistics,
  pairs: readonly ScoredPair[],
  limits: CandidateLimits,
): EscalationMatch[] {
  const anchorLimit = Math.max(2, Math.ceil(stats.claims / 3))
  const isAnchor = (key: string) => (stats.frequency.get(`e:${key}`) ?? 0) <= anchorLimit
  const restated = new Map<number, ScoredPair[]>()
  for (const pair of pairs) {
    const list = restated.get(pair.later)
    if (list) list.push(pair)
    else restated.set(pair.later, [pair])
  }
  // Anchor entity → earlier hedged claims naming it, in order.
  const hedgedByAnchor = new Map<string, number[]>()
  const matches: EscalationMatch[] = []
  for (const profile of profiles) {
    if (!profile.eligible) continue
    const evidence = profile.evidence
    const fact = statesAsFact(profile.claim)
    const named: readonly EntityMention[] = evidence ? evidence.entities : fact ? profile.entities : []
    const anchors = named.filter((entity) => isAnchor(entity.key))
    // Most claims name no uncommon entity and restate nothing hedged: nothing to weigh.
    if (anchors.length > 0 || (fact && restated.has(profile.index))) {
      const candidates = new Map<number, Candidate>()
      for (const entity of anchors) {
        const list = hedgedByAnchor.get(entity.key) ?? []
        for (let k = list.length - 1; k >= 0 && list.length - k <= limits.postingsPerTerm; k--) {
          const hedged = list[k]!
          const candidate = candidates.get(hedged) ?? { hedged, shared: [], score: 0 }
          if (!candidate.shared.some((each) => each.key === entity.key)) candidate.shared.push(entity)
          candidates.set(hedged, candidate)
        }
      }
      const similarities = new Map(
        (restated.get(profile.index) ?? []).map((pair) => [pair.earlier, pair.similarity]),
      )
      for (const candidate of candidates.values()) {
        const other = profiles[candidate.hedged]!
        const similarity = similarities.get(candidate.hedged) ?? 0
        const tied =
          evidence !== null ||
          similarities.has(candidate.hedged) ||
          shareSource(profile.claim, other.claim) ||
          sharedContent(profile, other) >= 2
        candidate.score = tied
          ? candidate.shared.length * 2 + (shareSource(profile.claim, other.claim) ? 1 : 0) + similarity
          : -1
      }
      if (fact && !evidence) {
        for (const [earlier, similarity] of similarities) {
          if (!candidates.has(earlier) && governingHedge(profiles[earlier]!.claim) !== null) {
            candidates.set(earlier, { hedged: earlier, shared: [], score: similarity })
          }
        }
      }
      const best = [...candidates.values()]
        .filter((candidate) => candidate.score >= 0)
        .sort((a, b) => b.score - a.score || b.hedged - a.hedged)[0]
      if (best) {
        matches.push({
          strong: profile.index,
          hedged: best.hedged,
          hedgeIndex: governingHedge(profiles[best.hedged]!.claim)!,
          how: evidence ? 'evidence' : 'fact',
          start: evidence ? evidence.cueStart : 0,
          end: evidence ? Math.max(...best.shared.map((entity) => entity.end)) : profile.claim.text.length,
          cue: evidence ? evidence.cue : null,
          shared: best.shared,
        })
      }
    }
    if (governingHedge(profile.claim) !== null) {
      for (const entity of profile.entities) {
        if (!isAnchor(entity.key)) continue
        const list = hedgedByAnchor.get(entity.key)
        if (!list) hedgedByAnchor.set(entity.key, [profile.index])
        else if (list[list.length - 1] !== profile.index) list.push(profile.index)
      }
    }
  }
  return matches
}

/** Index of the hedge that makes a claim the weaker side (outside quotes), or null. */
export function governingHedge(claim: ConsistencyClaim): number | null {
  for (const category of ESCALATED_HEDGES) {
    const index = claim.hedges.findIndex((hedge) => !hedge.inQuote && hedge.category === category)
    if (index !== -1) return index
  }
  return null
}

/** The article itself asserts the claim: no doubt outside quotes, and no one it is attributed to. */
export function statesAsFact(claim: ConsistencyClaim): boolean {
  if (!ASSERTING_KINDS.has(claim.kind)) return false
  if (claim.attribution && claim.attribution.kind !== 'anonymous') return false
  return !claim.hedges.some((hedge) => !hedge.inQuote && DOUBT.has(hedge.category))
}

/** An evidence cue in a claim and the entities it asserts. */
export interface EvidenceSpan {
  cue: string
  cueStart: number
  /** Entities after the cue and before the first hedge that follows it. */
  entities: EntityMention[]
}

/**
 * "… as evidenced by discussions with Rwanda, Libya, and likely more": the cue and the entities it
 * asserts (those before the next doubt cue), or null.
 */
export function findEvidenceSpan(
  claim: ConsistencyClaim,
  tokens: readonly Token[],
  claimEntities: readonly EntityMention[],
): EvidenceSpan | null {
  for (let at = 0; at < tokens.length; at++) {
    for (const { words: cue } of EVIDENCE_BY_FIRST_WORD.get(tokens[at]!.lower) ?? []) {
      if (at + cue.length > tokens.length) continue
      let fits = true
      for (let k = 1; k < cue.length && fits; k++) fits = tokens[at + k]!.lower === cue[k]
      if (!fits) continue
      const cueStart = tokens[at]!.start
      const cueEnd = tokens[at + cue.length - 1]!.end
      const clauseEnd = nextClauseEnd(claim.text, cueEnd)
      let stop = clauseEnd
      for (const hedge of claim.hedges) {
        const start = hedge.position.start.offset - claim.start
        if (start >= cueEnd && start < stop && DOUBT.has(hedge.category)) stop = start
      }
      const entities = claimEntities.filter((entity) => entity.start >= cueEnd && entity.end <= stop)
      if (entities.length === 0) continue
      return { cue: claim.text.slice(cueStart, cueEnd), cueStart, entities }
    }
  }
  return null
}

function nextClauseEnd(text: string, from: number): number {
  const semicolon = text.indexOf(';', from)
  return semicolon === -1 ? text.length : semicolon
}

function shareSource(a: ConsistencyClaim, b: ConsistencyClaim): boolean {
  return a.citations.some(
    (citation) =>
      citation.sourceId !== null && b.citations.some((other) => other.sourceId === citation.sourceId),
  )
}

/** How many content words (the `w:` terms of a profile) two claims share. */
function sharedContent(a: ClaimProfile, b: ClaimProfile): number {
  let count = 0
  for (const key of a.terms.keys()) if (key.startsWith('w:') && b.terms.has(key)) count++
  return count
}
