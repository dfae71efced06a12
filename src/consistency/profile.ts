/**
 * What a claim is about, as comparable terms: content-word stems (paraphrases merged), named
 * entities (aliases merged, titles stripped, a surname resolved to the full name the article
 * uses), numbers with what they count, and dates.
 *
 * Citation markers and hedge cues are masked first: "Rumors suggest that the US …[3]" and "The
 * US …" are compared on what they say, not on how sure they are or what they cite.
 */
import type { ClaimKind } from '../report/schema.js'
import { type EvidenceSpan, findEvidenceSpan } from './escalation.js'
import { type DateMention, type Figure, findDates, findFigures } from './figures.js'
import {
  COURTESY_TITLES,
  contentTerm,
  entityKey,
  FUNCTION_WORDS,
  indexPhrases,
  looksPastTense,
  MONTHS,
  type Phrase,
  type PhraseIndex,
  TITLES,
  WEEKDAYS,
} from './lexicon.js'
import { findTitledMentions, type TitledMention } from './titles.js'
import { addCapitalisedInside, adjacent, type Token, tokensAt } from './tokens.js'
import type { ConsistencyClaim } from './types.js'

/** One named entity in a claim; offsets into the claim's text. */
export interface EntityMention {
  key: string
  start: number
  end: number
}

/** A claim's comparable terms and the mentions they came from. */
export interface ClaimProfile {
  readonly index: number
  readonly claim: ConsistencyClaim
  /** Takes part in restatements: not a headline, question or meta remark. */
  readonly eligible: boolean
  readonly entities: EntityMention[]
  readonly figures: readonly Figure[]
  readonly dates: readonly DateMention[]
  /**
   * Term → weight: of its kind (entities and counted figures weigh more than plain words) as
   * profiled, times its rarity once `termStatistics` has weighed the article.
   */
  readonly terms: Map<string, number>
  /** Terms of the words that look like past-tense verbs ("expelled", "rose"): the events it reports. */
  readonly events: Set<string>
  /** An evidence cue ("as evidenced by") and the entities it asserts, if the claim has one. */
  readonly evidence: EvidenceSpan | null
  /** Titles given to people in the claim ("Secretary of State Marco Rubio"). */
  readonly mentions: readonly TitledMention[]
}

/** How much each kind of term weighs before rarity: names and figures pin a fact down. */
const KIND_WEIGHT = { word: 1, entity: 1.5, figure: 1.5, number: 1, date: 1 } as const

const INELIGIBLE_KINDS: ReadonlySet<ClaimKind> = new Set(['headline', 'question', 'meta'])

const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'da',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'la',
  'le',
  'du',
])
const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS])

// Titles and courtesy titles, dotless and in lower case, by first word: stripped from a name's front.
const TITLE_PHRASES = indexPhrases(
  [...TITLES.flatMap((title) => title.forms), ...COURTESY_TITLES].map((form) => ({
    words: form.map((word) => word.toLowerCase().replace(/\./g, '')),
  })),
)

// The term key of each content word (`w:` and its term), made once per term rather than once per
// word: the same string object each time, so its hash is computed once. Bounded like the term cache.
const wordKeys = new Map<string, string>()
const WORD_KEYS_SIZE = 50_000

function wordKey(term: string): string {
  let key = wordKeys.get(term)
  if (key === undefined) {
    key = `w:${term}`
    if (wordKeys.size >= WORD_KEYS_SIZE) wordKeys.clear()
    wordKeys.set(term, key)
  }
  return key
}

/** What a content word counts as in a profile: its term, the term's key, and whether it reports an event. */
interface WordTerm {
  readonly term: string
  readonly key: string
  readonly past: boolean
}

// Each lower-case word's WordTerm, or null when it is no content word (a function word, a month or
// day, under three letters): one look-up per word instead of four. Bounded like the term cache.
const wordTerms = new Map<string, WordTerm | null>()

function wordTerm(lower: string): WordTerm | null {
  let known = wordTerms.get(lower)
  if (known === undefined) {
    if (FUNCTION_WORDS.has(lower) || lower.length < 3 || MONTHS_AND_DAYS.has(lower)) known = null
    else {
      const term = contentTerm(lower)
      known = { term, key: wordKey(term), past: looksPastTense(lower) }
    }
    if (wordTerms.size >= WORD_KEYS_SIZE) wordTerms.clear()
    wordTerms.set(lower, known)
  }
  return known
}

/** Builds the profile of every claim, in order. Linear in the total length of the claims. */
export function profileClaims(claims: readonly ConsistencyClaim[]): ClaimProfile[] {
  // Pass 2 builds each claim's tokens again rather than keep them all: kept for a whole article they
  // cost more in garbage collection than everything else the stage does. Pass 1 builds no tokens,
  // only records where they are (two small integers a token), so the text is scanned once.
  // Pass 1: words written with a capital where no sentence starts ("Rwanda", "Trump", not "Rumors").
  const proper = new Set<string>()
  const bounds: number[] = []
  // Claim i's tokens are pairs firstToken[i] to firstToken[i + 1] of `bounds`.
  const firstToken = new Int32Array(claims.length + 1)
  claims.forEach((claim, index) => {
    firstToken[index] = bounds.length / 2
    addCapitalisedInside(claim.text, claim.kind === 'headline' ? null : proper, bounds)
  })
  firstToken[claims.length] = bounds.length / 2
  // Pass 2: everything but the entity keys, which wait for every full name of the article.
  const fullNames = new Map<string, string | null>()
  const profiles = claims.map((claim, index): ClaimProfile => {
    const tokens = tokensAt(claim.text, bounds, firstToken[index]!, firstToken[index + 1]!)
    const runs = entityRuns(claim.text, tokens, proper)
    for (const run of runs) {
      const words = run.key.split(' ')
      if (words.length < 2) continue
      const last = words[words.length - 1]!
      const known = fullNames.get(last)
      // Two full names end in one surname ("Donald Trump", "Melania Trump"): the surname alone is ambiguous.
      fullNames.set(last, known === undefined || known === run.key ? run.key : null)
    }
    const masked = maskedOffsets(claim)
    const figures = findFigures(claim.text, tokens)
    const dates = findDates(claim.text, tokens)
    const terms = new Map<string, number>()
    const events = new Set<string>()
    // Runs and masked spans come in order and never overlap: a cursor into each tells whether a
    // token is inside one (a scan of every span per token made 1e5 cues in one sentence quadratic).
    let run = 0
    let mask = 0
    for (let at = 0; at < tokens.length; at++) {
      while (run < runs.length && runs[run]!.lastToken < at) run++
      if (run < runs.length && runs[run]!.titleToken <= at) continue
      const token = tokens[at]!
      while (mask < masked.length && masked[mask]![1] <= token.start) mask++
      if (token.kind !== 'word' || (mask < masked.length && masked[mask]![0] <= token.start)) continue
      const word = wordTerm(token.lower)
      if (word === null) continue
      if (word.past) events.add(word.term)
      terms.set(word.key, KIND_WEIGHT.word)
    }
    for (const figure of figures) {
      terms.set(`n:${figure.value}`, KIND_WEIGHT.number)
      for (const unit of figure.units) terms.set(`f:${unit}`, KIND_WEIGHT.figure)
    }
    for (const date of dates) terms.set(`d:${date.key}`, KIND_WEIGHT.date)
    const entities = runs.map(({ key, start, end }) => ({ key, start, end }))
    return {
      index,
      claim,
      eligible: !INELIGIBLE_KINDS.has(claim.kind) && claim.block?.kind !== 'table-cell',
      entities,
      figures,
      dates,
      terms,
      events,
      // Shares the entity objects, so the keys resolved below reach it too.
      evidence: findEvidenceSpan(claim, tokens, entities),
      mentions: findTitledMentions(index, claim.text, tokens),
    }
  })
  // Pass 3: a surname alone becomes the one full name that ends in it ("Rubio" → "marco rubio").
  for (const profile of profiles) {
    for (const entity of profile.entities) {
      const full = entity.key.includes(' ') ? undefined : fullNames.get(entity.key)
      if (full) entity.key = full
      profile.terms.set(`e:${entity.key}`, KIND_WEIGHT.entity)
    }
  }
  return profiles
}

interface Run extends EntityMention {
  firstToken: number
  lastToken: number
  /** First token of the title stripped from its front ("Secretary of State"), if any. */
  titleToken: number
}

/** Capitalised runs of words that name something, with titles and clause-initial words stripped. */
function entityRuns(text: string, tokens: readonly Token[], proper: ReadonlySet<string>): Run[] {
  const runs: Run[] = []
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]!
    if (!token.capital) {
      at++
      continue
    }
    let last = at
    while (last + 1 < tokens.length && !tokens[last]!.possessive) {
      const next = tokens[last + 1]!
      if (next.capital && adjacent(text, tokens[last]!, next)) {
        last++
        continue
      }
      const after = tokens[last + 2]
      if (
        CONNECTORS.has(next.lower) &&
        after?.capital &&
        adjacent(text, tokens[last]!, next) &&
        adjacent(text, next, after)
      ) {
        last += 2
        continue
      }
      break
    }
    const run = trimRun(tokens, at, last, proper)
    if (run) {
      const words = tokens.slice(run[0], run[1] + 1)
      const key = entityKey(words.map((word) => word.text).join(' '))
      if (!(words.length === 1 && FUNCTION_WORDS.has(words[0]!.lower) && words[0]!.kind !== 'abbreviation')) {
        runs.push({
          key,
          start: words[0]!.start,
          end: words[words.length - 1]!.end,
          firstToken: run[0],
          lastToken: run[1],
          titleToken: run[2],
        })
      }
    }
    at = last + 1
  }
  return runs
}

/** The run's name tokens [start, end] and where a title before them starts (= start when none). */
function trimRun(
  tokens: readonly Token[],
  first: number,
  last: number,
  proper: ReadonlySet<string>,
): [number, number, number] | null {
  let start = first
  let titleToken = -1
  for (let guard = 0; guard < 8 && start <= last; guard++) {
    const title = matchPhraseAt(tokens, start, last, TITLE_PHRASES)
    // "the President said": a title alone names no one.
    if (title > 0 && start + title > last) return null
    if (title > 0) {
      if (titleToken === -1) titleToken = start
      start += title
      continue
    }
    const token = tokens[start]!
    if (token.initial && token.kind === 'word' && !proper.has(token.lower)) {
      start++
      continue
    }
    if (CONNECTORS.has(token.lower)) {
      start++
      continue
    }
    break
  }
  let end = last
  while (end >= start && MONTHS_AND_DAYS.has(tokens[end]!.lower)) end--
  while (start <= end && MONTHS_AND_DAYS.has(tokens[start]!.lower)) start++
  return start <= end ? [start, end, titleToken === -1 ? start : titleToken] : null
}

/** Length in tokens of the longest phrase of `phrases` that starts at token `at` (0 when none). */
function matchPhraseAt(
  tokens: readonly Token[],
  at: number,
  last: number,
  phrases: PhraseIndex<{ words: Phrase }>,
): number {
  for (const phrase of phrases.get(tokens[at]!.bare) ?? []) {
    if (at + phrase.words.length - 1 > last) continue
    let fits = true
    for (let k = 1; k < phrase.words.length && fits; k++) fits = tokens[at + k]!.bare === phrase.words[k]
    if (fits) return phrase.words.length
  }
  return 0
}

/**
 * Offsets (into the claim) covered by citation markers and hedge cues, as sorted, disjoint
 * [start, end) pairs (overlapping ones merged). A vague quantity stays: "many residents" and
 * "some residents" say different things.
 */
function maskedOffsets(claim: ConsistencyClaim): [number, number][] {
  const spans: [number, number][] = []
  for (const citation of claim.citations) {
    spans.push([citation.position.start.offset - claim.start, citation.position.end.offset - claim.start])
  }
  for (const hedge of claim.hedges) {
    if (hedge.category === 'vague-quantity') continue
    spans.push([hedge.position.start.offset - claim.start, hedge.position.end.offset - claim.start])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push(span)
  }
  return merged
}
