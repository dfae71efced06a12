/**
 * Restatements: a claim that says again what an earlier claim said, in other words.
 *
 * Two claims are compared on their terms (content-word stems with paraphrases merged, entities,
 * numbers with what they count, dates), each weighted by its kind and its rarity in the article
 * (inverse document frequency): sharing "Rwanda" says more than sharing "US". The similarity is
 * the weighted cosine of the two term sets, Σ shared / √(Σ one · Σ other), which tolerates a
 * summary that drops half the original's words better than Jaccard does.
 *
 * Only a few earlier claims are compared with each claim: those that share its rarest terms,
 * found through an inverted index (term → claims, in order). Each claim probes at most
 * `termsProbed` terms and `postingsPerTerm` recent claims per term, and scores at most
 * `candidates` of them in full, so the stage is linear in the number of claims.
 *
 * Two claims whose past-tense verbs differ report different events and are no restatement
 * ({@link sameEvent}), however many other words they share; nor are two whose bare percentages
 * and amounts measure different things ({@link sameMeasure}).
 */
import { type Figure, sameUnit } from './figures.js'
import type { ClaimProfile } from './profile.js'

/** Bounds on the candidate search; the defaults suit news articles. */
export interface CandidateLimits {
  /** Rarest terms of a claim looked up in the index. */
  termsProbed: number
  /** Most recent earlier claims read per term. */
  postingsPerTerm: number
  /** Earlier claims scored in full per claim. */
  candidates: number
}

/** The bounds used unless a caller gives others. */
export const DEFAULT_LIMITS: CandidateLimits = { termsProbed: 12, postingsPerTerm: 64, candidates: 8 }

/** Similarity at and above which a later claim restates an earlier one. */
export const RESTATEMENT_THRESHOLD = 0.3

/** How often each term occurs across the eligible claims, and each claim's total weight. */
export interface TermStatistics {
  /** Number of eligible claims. */
  readonly claims: number
  readonly frequency: ReadonlyMap<string, number>
  /** By profile index: the sum of the claim's term weights (0 for an ineligible claim). */
  readonly norms: Float64Array
}

/**
 * Counts in how many eligible claims each term occurs, and weighs every eligible claim's terms in
 * place: each term's kind weight in `profile.terms` becomes kind × rarity, ln(1 + claims / frequency).
 * Call once per set of profiles.
 */
export function termStatistics(profiles: readonly ClaimProfile[]): TermStatistics {
  const frequency = new Map<string, number>()
  let claims = 0
  for (const profile of profiles) {
    if (!profile.eligible) continue
    claims++
    for (const term of profile.terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  }
  const norms = new Float64Array(profiles.length)
  for (const profile of profiles) {
    if (!profile.eligible) continue
    let norm = 0
    const terms = profile.terms
    // forEach, not for…of: no [term, weight] array per entry.
    terms.forEach((kind, term) => {
      const weight = kind * Math.log(1 + claims / (frequency.get(term) ?? 1))
      terms.set(term, weight)
      norm += weight
    })
    norms[profile.index] = norm
  }
  return { claims, frequency, norms }
}

/** The weighted cosine similarity of two eligible claims' terms, in [0, 1]. */
export function similarity(a: ClaimProfile, b: ClaimProfile, stats: TermStatistics): number {
  const norm = stats.norms[a.index]! * stats.norms[b.index]!
  if (!a.eligible || !b.eligible || norm === 0) return 0
  // No [small, large] pair and no [term, weight] array per entry: this runs for every candidate.
  const aSmaller = a.terms.size <= b.terms.size
  const small = aSmaller ? a.terms : b.terms
  const large = aSmaller ? b.terms : a.terms
  let shared = 0
  small.forEach((weight, term) => {
    if (large.has(term)) shared += weight
  })
  return shared / Math.sqrt(norm)
}

/**
 * Can two claims report the same event? Not when both have past-tense verbs and none is shared
 * (paraphrases merged): "The company hired 300 workers" and "The company laid off 120 workers"
 * share almost every other word.
 */
export function sameEvent(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.events.size === 0 || b.events.size === 0) return true
  for (const event of a.events) if (b.events.has(event)) return true
  return false
}

/**
 * Can two claims state the same measure? Not when both have bare percentages or amounts whose
 * measure is known and none of them measures the same thing ({@link sameUnit}): "Revenue rose 12%"
 * and "Acme's profit rose 15%" share the verb, the company and the "%", and are two facts.
 */
export function sameMeasure(a: ClaimProfile, b: ClaimProfile): boolean {
  // Runs for every scored candidate: no arrays made.
  if (!a.figures.some(isMeasured) || !b.figures.some(isMeasured)) return true
  return a.figures.some(
    (figure) => isMeasured(figure) && b.figures.some((other) => isMeasured(other) && sameUnit(figure, other)),
  )
}

function isMeasured(figure: Figure): boolean {
  return figure.subject.length > 0
}

/** One scored pair: a later claim and an earlier one, by profile index. */
export interface ScoredPair {
  later: number
  earlier: number
  similarity: number
}

/** Restatement pairs kept per later claim: its best, and a few more for the escalation rule. */
const KEPT_PER_CLAIM = 4

/**
 * The restatement pairs of the article: for each later claim, the earlier claims it restates
 * (similarity at the threshold, same event), best first, at most four. Only the candidates the index
 * proposes are scored: at most `limits.candidates` per claim. Pairs come in document order of the
 * later claim.
 */
export function findRestatementPairs(
  profiles: readonly ClaimProfile[],
  stats: TermStatistics,
  limits: CandidateLimits = DEFAULT_LIMITS,
): ScoredPair[] {
  const postings = new Map<string, number[]>()
  const pairs: ScoredPair[] = []
  // Votes per earlier claim, reset after each claim through the list of claims touched.
  const votes = new Float64Array(profiles.length)
  const touched: number[] = []
  const frequency = stats.frequency
  // The claim's rarest terms (by frequency, then by term), kept sorted as they are found.
  const probed: string[] = []
  const probedFrequency: number[] = []
  for (const profile of profiles) {
    if (!profile.eligible) continue
    const weights = profile.terms
    probed.length = 0
    probedFrequency.length = 0
    for (const term of weights.keys()) {
      const f = frequency.get(term) ?? 0
      if (f < 2) continue
      let at = probed.length
      while (
        at > 0 &&
        (probedFrequency[at - 1]! > f || (probedFrequency[at - 1] === f && probed[at - 1]! > term))
      )
        at--
      if (at >= limits.termsProbed) continue
      probed.splice(at, 0, term)
      probedFrequency.splice(at, 0, f)
      if (probed.length > limits.termsProbed) {
        probed.pop()
        probedFrequency.pop()
      }
    }
    for (const term of probed) {
      const list = postings.get(term)
      if (!list) continue
      const weight = weights.get(term)!
      for (let k = list.length - 1; k >= 0 && list.length - k <= limits.postingsPerTerm; k--) {
        const earlier = list[k]!
        if (votes[earlier] === 0) touched.push(earlier)
        votes[earlier]! += weight
      }
    }
    // The `candidates` earlier claims with most votes (later ones first on ties), without sorting all.
    const best: number[] = []
    for (const earlier of touched) {
      let at = best.length
      while (at > 0 && outranks(earlier, best[at - 1]!, votes)) at--
      if (at < limits.candidates) {
        best.splice(at, 0, earlier)
        if (best.length > limits.candidates) best.pop()
      }
    }
    const scored: ScoredPair[] = []
    for (const earlier of best) {
      const score = similarity(profile, profiles[earlier]!, stats)
      if (
        score >= RESTATEMENT_THRESHOLD &&
        sameEvent(profile, profiles[earlier]!) &&
        sameMeasure(profile, profiles[earlier]!)
      ) {
        scored.push({ later: profile.index, earlier, similarity: score })
      }
    }
    scored.sort((x, y) => y.similarity - x.similarity || y.earlier - x.earlier)
    for (const earlier of touched) votes[earlier] = 0
    touched.length = 0
    for (let k = 0; k < scored.length && k < KEPT_PER_CLAIM; k++) pairs.push(scored[k]!)
    for (const term of profile.terms.keys()) {
      const list = postings.get(term)
      if (list) list.push(profile.index)
      else postings.set(term, [profile.index])
    }
  }
  return pairs
}

function outranks(a: number, b: number, votes: Float64Array): boolean {
  return votes[a]! > votes[b]! || (votes[a] === votes[b] && a > b)
}
