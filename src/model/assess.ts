/**
 * Status and confidence for each claim, from the model and the language signals.
 *
 * Status thresholds (documented in the README, "Status thresholds"), first match wins:
 * - `unsupported`: an editor's tag such as `[citation needed]` or `[who?]` is in the claim,
 *   whatever else it cites;
 * - `not-check-worthy`: a headline, question or call to action;
 * - `unconfirmed`: a rumour, unconfirmed, speculative, belief, weasel or unnamed-source cue
 *   outside quotes governs the claim, cited or not — except speculation and belief in what an
 *   identified speaker is reported to have said ("Reyes said the cost could exceed …"), and
 *   speculation and belief in an uncited claim below the check-worthiness threshold;
 * - `supported`: at least one citation resolves to a source (in paragraph scope, or the
 *   paragraph's closing citation does) and the model's confidence is at least
 *   `thresholds.supported` (default 0.25);
 * - `unsupported`: it cites a source but the confidence is below `thresholds.supported` (its
 *   citations do not look able to back it: an unsafe URL, a search page …);
 * - `not-check-worthy`: uncited, with check-worthiness below `thresholds.checkWorthy`;
 * - `unsupported`: otherwise.
 */

import type { MarkerWriter, SourceIndex } from '../citations/index.js'
import type { DraftClaim } from '../claims/index.js'
import type { Locator } from '../document/index.js'
import type { Claim, ClaimStatus, Hedge, HedgeCategory, Source } from '../report/schema.js'
import { scoreConfidence } from './confidence.js'
import { claimFeatures } from './features.js'
import type { ModelWeights } from './weights.js'

/** How {@link assessClaims} scores and judges claims. */
export interface AssessOptions {
  weights: ModelWeights
  citationScope: 'sentence' | 'paragraph'
  /** Check-worthiness below which an uncited claim needs no citation. */
  checkWorthy: number
  /** Confidence below which a cited claim is not `supported` but `unsupported` (default 0.25). */
  supported?: number
  /** How reasons write a marker (default `[label]`; `[^label]` for an article's footnotes). */
  marker?: MarkerWriter
}

/** The default of `thresholds.supported`: below it, a claim's citations do not look able to back it. */
export const DEFAULT_SUPPORTED_THRESHOLD = 0.25

/** Hedge categories that make a claim `unconfirmed`. Conditional wording does not. */
export const DOUBT_CATEGORIES: ReadonlySet<HedgeCategory> = new Set([
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
  'weasel',
])

/**
 * Guesses: speculation and belief. The other doubt categories (rumour, unconfirmed reports,
 * unnamed sources, vague authority) are about where a claim comes from. A guess weighs less: an
 * identified speaker may make one without the claim becoming `unconfirmed` ("Reyes said the cost
 * could exceed $60 million" reports Reyes's guess), and one in a claim with nothing to check does
 * not count.
 */
const GUESSES: ReadonlySet<HedgeCategory> = new Set(['speculative', 'doxastic'])

/**
 * Does a hedge make its claim `unconfirmed`: a doubt category, outside quotes, and not a
 * speculation or belief in an identified speaker's reported words or in an embedded question?
 */
export function castsDoubt(
  hedge: Pick<Hedge, 'category' | 'inQuote' | 'inReportedSpeech'> & { inQuestion?: boolean },
): boolean {
  if (hedge.inQuote || !DOUBT_CATEGORIES.has(hedge.category)) return false
  return !((hedge.inReportedSpeech || hedge.inQuestion === true) && GUESSES.has(hedge.category))
}

/**
 * Whether a claim's doubt makes it `unconfirmed`. Rumour, unconfirmed reports, unnamed sources and
 * vague authority always do: they are about where the claim comes from. Speculation and belief
 * only in a claim that states something needing a source, cited or check-worthy: "That's a
 * complex question that may not have a definitive answer" or "It remains to be seen whether the
 * pattern will break" has nothing to confirm.
 */
function doubtMatters(draft: DraftClaim, hasSource: boolean, options: AssessOptions): boolean {
  if (hasSource || draft.checkWorthiness >= options.checkWorthy) return true
  return draft.hedges.some((hedge) => castsDoubt(hedge) && !GUESSES.has(hedge.category))
}

const NEVER_CHECK_WORTHY = new Set(['headline', 'question', 'meta'])

/** Scores every draft claim and fills in status, confidence and reasons; records `citedBy` on sources. */
export function assessClaims(
  drafts: readonly DraftClaim[],
  sources: SourceIndex,
  locator: Locator,
  options: AssessOptions,
): Claim[] {
  const weights = options.weights
  const byId = new Map(sources.sources.map((source) => [source.id, source]))
  const inherited = options.citationScope === 'paragraph' ? paragraphCitations(drafts, byId) : new Map()
  const fromRow = rowCitations(drafts, byId)
  const citers = citingClaims(drafts)

  return drafts.map((draft): Claim => {
    const own = uniqueSources(
      draft.citations.map((citation) => citation.sourceId),
      byId,
    )
    // Claims come once each, in order: comparing with the last citer is enough (`includes` made a
    // source cited by 100,000 claims cost 10^10 comparisons).
    for (const source of own)
      if (source.citedBy[source.citedBy.length - 1] !== draft.id) source.citedBy.push(draft.id)
    const borrowed: Source[] = own.length === 0 ? (inherited.get(draft.id) ?? []) : []
    // A table cell without a marker is cited by its row ("| EU | -55% | [EC](…) |"): the row is one
    // statement, and a source column covers all of it.
    const row: readonly Source[] = own.length === 0 ? (fromRow.get(draft.id) ?? []) : []
    const cited = own.length > 0 ? own : row.length > 0 ? row : borrowed
    const danglingLabels = draft.citations
      .filter((citation) => citation.sourceId === null)
      .map((c) => c.label)
    const features = claimFeatures({
      kind: draft.kind,
      checkWorthiness: draft.checkWorthiness,
      text: draft.text,
      citedSources: cited.map((source) => ({
        label: source.label,
        urlStatus: source.urlStatus,
        domain: source.domain,
        url: source.url,
        title: source.title,
        isbn: source.isbn,
        citedByOthers: countOthers(citers.get(source.id), draft.id),
      })),
      danglingLabels,
      marker: options.marker,
      hedges: draft.hedges,
      attributionKind: draft.attribution?.kind ?? null,
      afterSources: draft.block.afterSources,
      citationFromParagraph: row.length === 0 && borrowed.length > 0,
      citationNeeded: draft.citationNeeded.map((tag) => tag.tag),
    })
    const { confidence, reasons } = scoreConfidence(features, weights)
    // A label cell ("EU") that only borrows its row's source states nothing of its own to support.
    const labelCell = own.length === 0 && row.length > 0 && draft.checkWorthiness < options.checkWorthy
    const status = claimStatus(draft, cited.length > 0 && !labelCell, confidence, options)
    return {
      id: draft.id,
      text: draft.text,
      position: locator.position(draft.start, draft.end),
      kind: draft.kind,
      section: [...draft.block.sectionPath],
      citations: draft.citations,
      hedges: draft.hedges,
      attribution: draft.attribution,
      checkWorthiness: draft.checkWorthiness,
      status,
      confidence,
      reasons,
      // Filled in by the consistency stage; null here so a claim that restates nothing is passed on as is.
      restates: null,
    }
  })
}

function claimStatus(
  draft: DraftClaim,
  hasSource: boolean,
  confidence: number,
  options: AssessOptions,
): ClaimStatus {
  if (draft.citationNeeded.length > 0) return 'unsupported'
  if (NEVER_CHECK_WORTHY.has(draft.kind)) return 'not-check-worthy'
  if (draft.hedges.some(castsDoubt) && doubtMatters(draft, hasSource, options)) return 'unconfirmed'
  if (hasSource)
    return confidence >= (options.supported ?? DEFAULT_SUPPORTED_THRESHOLD) ? 'supported' : 'unsupported'
  if (draft.checkWorthiness < options.checkWorthy) return 'not-check-worthy'
  return 'unsupported'
}

/** Source id → ids of the claims whose own markers cite it (borrowed paragraph citations do not count). */
function citingClaims(drafts: readonly DraftClaim[]): Map<string, Set<string>> {
  const citers = new Map<string, Set<string>>()
  for (const draft of drafts) {
    for (const citation of draft.citations) {
      if (citation.sourceId === null) continue
      const set = citers.get(citation.sourceId) ?? new Set<string>()
      set.add(draft.id)
      citers.set(citation.sourceId, set)
    }
  }
  return citers
}

function countOthers(citers: ReadonlySet<string> | undefined, id: string): number {
  if (!citers) return 0
  return citers.size - (citers.has(id) ? 1 : 0)
}

function uniqueSources(ids: readonly (string | null)[], byId: ReadonlyMap<string, Source>): Source[] {
  const seen = new Set<string>()
  const sources: Source[] = []
  for (const id of ids) {
    if (id === null || seen.has(id)) continue
    seen.add(id)
    const source = byId.get(id)
    if (source) sources.push(source)
  }
  return sources
}

/**
 * Runs of consecutive drafts that share a key (`undefined` is no key: such a draft is a run of its
 * own), as [first, last] index pairs, in order.
 */
function runsOf(
  drafts: readonly DraftClaim[],
  key: (draft: DraftClaim) => number | undefined,
): [number, number][] {
  const runs: [number, number][] = []
  let index = 0
  while (index < drafts.length) {
    const shared = key(drafts[index]!)
    let last = index
    if (shared !== undefined) while (last + 1 < drafts.length && key(drafts[last + 1]!) === shared) last++
    runs.push([index, last])
    index = last + 1
  }
  return runs
}

/** Sources of the given drafts' citations, each once, in order. */
function citedBy(drafts: readonly DraftClaim[], byId: ReadonlyMap<string, Source>): Source[] {
  return uniqueSources(
    drafts.flatMap((draft) => draft.citations.map((citation) => citation.sourceId)),
    byId,
  )
}

/**
 * Draft id → the sources the other cells of its table row cite, for the cells that cite nothing
 * themselves. Cells of one row are consecutive drafts with the same `block.row`.
 */
function rowCitations(
  drafts: readonly DraftClaim[],
  byId: ReadonlyMap<string, Source>,
): Map<string, Source[]> {
  const inherited = new Map<string, Source[]>()
  if (!drafts.some((draft) => draft.block.row !== undefined)) return inherited
  for (const [first, last] of runsOf(drafts, (draft) => draft.block.row)) {
    if (last === first) continue
    const sources = citedBy(drafts.slice(first, last + 1), byId)
    if (sources.length === 0) continue
    for (let at = first; at <= last; at++)
      if (drafts[at]!.citations.length === 0) inherited.set(drafts[at]!.id, sources)
  }
  return inherited
}

/** In paragraph scope: the sources cited by a paragraph's last sentence, for its uncited sentences. */
function paragraphCitations(
  drafts: readonly DraftClaim[],
  byId: ReadonlyMap<string, Source>,
): Map<string, Source[]> {
  const inherited = new Map<string, Source[]>()
  for (const [first, last] of runsOf(drafts, (draft) => draft.blockIndex)) {
    const closing = citedBy([drafts[last]!], byId)
    if (closing.length === 0) continue
    for (let at = first; at < last; at++)
      if (drafts[at]!.citations.length === 0) inherited.set(drafts[at]!.id, closing)
  }
  return inherited
}
