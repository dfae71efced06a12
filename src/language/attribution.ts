/**
 * Attribution in one sentence: who the claim is put in the mouth of, and how — a direct
 * quote (`Rubio stated, "…"`, `"…," she said`, `"…" — Rubio`), "according to X", reported
 * speech ("X revealed that …") or an anonymous source ("officials who declined to be named").
 *
 * Word-token rules over the output of findWords and findQuoteSpans; no regular expression is
 * built per call and every scan is bounded to a few words around a cue, so the cost is linear
 * in the sentence. The word lists below were written by hand for citecheck from wire-service
 * style guides (AP, Reuters: verbs of attribution, courtesy and government titles); they are
 * data and may grow.
 */

import { MARKDOWN_LINK_SOURCE } from '../document/index.js'
import { findQuoteSpans, isInQuote, type QuoteSpan } from '../segment/index.js'
import { isYearWord, MONTHS, WEEKDAYS } from './calendar.js'
import { findHedges } from './hedges.js'
import { findWords, forEachWord, isCapitalised, isWhitespaceGap, type WordToken } from './words.js'

/** Who a sentence's claim is attributed to; `start`/`end` are the offsets of `cue`. */
export interface AttributionMatch {
  kind: 'direct-quote' | 'reported' | 'according-to' | 'anonymous'
  /**
   * The speaker as named in the sentence, titles stripped ("Marco Rubio"), or a description
   * ("the spokesman"). `null` for a pronoun ("she said": look to earlier sentences) and for
   * anonymous sources.
   */
  speaker: string | null
  /** The word or phrase that marks the attribution: "stated", "according to", "—", "sources said". */
  cue: string
  /** When the speaker is a pronoun ("she said"), the pronoun, lower-cased. */
  pronoun?: string
  start: number
  end: number
  /**
   * Reported speech and "according to": offsets of the whole attribution phrase, speaker and cue
   * with what stands between them ("Rubio recently revealed", "said Tom Reyes", "according to
   * the ministry"). {@link reportedWords} tells which rest of the sentence the speaker said.
   */
  phrase?: { start: number; end: number }
}

// Verbs that attribute reported speech: "X revealed that …" (AP Stylebook "said" and its kin).
const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'stated',
  'states',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'remarked',
  'declared',
  'declares',
  'announced',
  'announces',
  'revealed',
  'reveals',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'argued',
  'argues',
  'wrote',
  'writes',
  'tweeted',
  'replied',
  'replies',
  'responded',
  'warned',
  'warns',
  'admitted',
  'admits',
  'acknowledged',
  'acknowledges',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'disclosed',
  'emphasized',
  'emphasised',
  'stressed',
  'commented',
  'observed',
  'maintained',
  'maintains',
  'contended',
  'contends',
  'asserted',
  'asserts',
  'predicted',
  'promised',
  'vowed',
  'pledged',
  'conceded',
  'countered',
  'urged',
  'testified',
  'reported',
  'complained',
  'boasted',
  'joked',
  'quipped',
  'shouted',
  'alleged',
  'alleges',
  'recounted',
  'cautioned',
])
// Reporting verbs that are also plain transitive verbs: with an object and no clause they report
// an act, not speech ("the economy added 200,000 jobs", "declared a state of emergency",
// "maintained its lead", "wrote a book"). They attribute only before a clause ("added that …",
// "wrote how …") or at the end of one ("…, Lee added."). Not "observed": "the study observed peaks
// in nesting" reports a finding, and attributes it.
const REPORTING_ONLY_BEFORE_A_CLAUSE = new Set([
  'added',
  'adds',
  'declared',
  'declares',
  'maintained',
  'maintains',
  'countered',
  'recounted',
  'wrote',
  'writes',
])
// Reporting verbs that are also plural nouns ("Different states or countries may …", "Member
// states have …"): followed by a conjunction, an auxiliary or "of", they are the noun.
const PLURAL_NOUNS_TOO = new Set(['states', 'notes', 'claims', 'replies'])
const NOUN_FOLLOWERS = new Set([
  'and',
  'or',
  'of',
  'are',
  'were',
  'have',
  'had',
  'do',
  'did',
  'may',
  'might',
  'can',
  'could',
  'will',
  'would',
  'should',
  'must',
])
// Words that open the reported clause after such a verb.
const CLAUSE_OPENERS = new Set(['that', 'how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who'])
// Next to a quote, a few more verbs introduce the speaker: `"…," he continued`.
const SPEECH_VERBS = new Set([
  ...REPORTING_VERBS,
  'continued',
  'asked',
  'asks',
  'posted',
  'suggested',
  'agreed',
  'wondered',
  'began',
  'concluded',
  'recalled',
  'interjected',
])
// Words that may stand between a speaker and the verb: "Rubio recently revealed", "has said".
const BETWEEN_SPEAKER_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'would',
  'will',
  'also',
  'recently',
  'previously',
  'later',
  'earlier',
  'again',
  'repeatedly',
  'publicly',
  'privately',
  'once',
  'then',
  'now',
  'first',
  'flatly',
  'simply',
  'bluntly',
  'angrily',
  'openly',
  'separately',
  'reportedly',
  'allegedly',
  'further',
  'often',
  'frequently',
  'long',
  'already',
  'herself',
  'himself',
  'themselves',
  'itself',
])
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'one'])
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'one',
  'some',
  'many',
  'several',
  'two',
  'three',
  'other',
  'another',
])
// Heads of lower-case speaker phrases accepted without a determiner: "officials said".
const SPEAKER_NOUNS = new Set([
  'officials',
  'official',
  'police',
  'authorities',
  'analysts',
  'experts',
  'critics',
  'sources',
  'source',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'prosecutors',
  'witnesses',
  'residents',
  'researchers',
  'scientists',
  'doctors',
  'economists',
  'lawmakers',
  'leaders',
  'aides',
  'investigators',
  'organizers',
  'activists',
  'observers',
  'diplomats',
  'people',
  'reports',
  'documents',
  'statement',
  'studies',
])
// Function words that end a lower-case speaker phrase when walking back from the verb.
const PHRASE_BREAKERS = new Set([
  'that',
  'which',
  'who',
  'and',
  'or',
  'but',
  'as',
  'if',
  'when',
  'while',
  'because',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'not',
  'than',
  'so',
])
// Titles and offices stripped from the front of a name ("Secretary of State Marco Rubio").
const TITLE_WORDS = new Set([
  'president',
  'vice',
  'secretary',
  'state',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'minister',
  'prime',
  'foreign',
  'defense',
  'defence',
  'attorney',
  'general',
  'gen',
  'judge',
  'justice',
  'chief',
  'director',
  'ambassador',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'sir',
  'lord',
  'lady',
  'dame',
  'professor',
  'prof',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'speaker',
  'house',
  'senate',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
  'commissioner',
  'chancellor',
  'premier',
  'sheriff',
  'officer',
  'detective',
  'sergeant',
  'sgt',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'colonel',
  'col',
  'major',
  'admiral',
  'adm',
  'commander',
  'leader',
  'majority',
  'minority',
  'deputy',
  'assistant',
  'acting',
  'former',
  // Occupations written as a title before a name: "Striker Leo Grant", "Coach Ana Ruiz".
  'coach',
  'manager',
  'striker',
  'forward',
  'midfielder',
  'defender',
  'goalkeeper',
  'quarterback',
  'pitcher',
  'winger',
  'referee',
  'economist',
  'analyst',
  'historian',
  'researcher',
  'scientist',
  'lawyer',
  'activist',
  'councilman',
  'councilwoman',
  'councillor',
  'superintendent',
  'founder',
  'pastor',
  'homeland',
  'security',
  'treasury',
  'health',
  'education',
  'energy',
  'commerce',
  'labor',
  'interior',
  'agriculture',
  'transportation',
  'war',
  'affairs',
  'finance',
  'economy',
  'trade',
  'interior',
  'u',
  's',
  'us',
  'uk',
  'eu',
  'un',
  'republican',
  'democratic',
  'democrat',
  'supreme',
  'federal',
  'national',
  'first',
  'reverend',
  'rev',
  'rabbi',
  'imam',
  'bishop',
  'cardinal',
  'father',
  'sister',
  'brother',
])
// Small words that may join the capitalised words of one name or title ("Secretary of State").
const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'for',
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
// Capitalised words that start a sentence but are not part of a name ("Yesterday Rubio said").
const NOT_NAME_START = new Set([
  'yesterday',
  'today',
  'tonight',
  'meanwhile',
  'however',
  'but',
  'and',
  'so',
  'then',
  'later',
  'earlier',
  'also',
  'now',
  'still',
  'here',
  'there',
  'this',
  'that',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'last',
  'next',
  'after',
  'before',
  'when',
  'while',
  'as',
  'if',
  'since',
  'during',
  'despite',
  'although',
  'though',
  'following',
  'with',
  'without',
  'for',
  'from',
  'by',
  'of',
  'to',
  ...WEEKDAYS,
  'speaking',
  'asked',
  'instead',
  'indeed',
  'finally',
  'separately',
  'similarly',
])
// Capitalised words that are never part of a person's name: months, days, places, bodies.
const NOT_NAME_WORDS = new Set([
  ...NOT_NAME_START,
  // Every month but May, which is also a surname ("Theresa May").
  ...[...MONTHS].filter((month) => month !== 'may'),
  'united',
  'states',
  'kingdom',
  'nations',
  'union',
  'republic',
  'white',
  'department',
  'ministry',
  'party',
  'court',
  'congress',
  'parliament',
  'council',
  'committee',
  'university',
  'college',
  'school',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'llc',
  'group',
  'bank',
  'agency',
  'association',
  'institute',
  'foundation',
  'news',
  'times',
  'post',
  'journal',
  'street',
  'avenue',
  'road',
  'city',
  'county',
  'province',
  'island',
  'islands',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'new',
  'river',
  'lake',
  'mount',
  'airport',
  'station',
  'hospital',
  'church',
  'army',
  'navy',
  'force',
  'forces',
  'police',
  'guard',
  'border',
  'international',
  'american',
  'european',
  'african',
  'asian',
  'middle',
  'el',
  'los',
  'las',
  'san',
  'santa',
  'fort',
  'port',
  'saint',
  'st',
  'about',
  'not',
  'is',
  'are',
  'was',
  'were',
  'will',
  'and',
  'or',
  'with',
  'data',
  'source',
  'sources',
  'update',
  'updates',
  'read',
  'more',
  'breaking',
  'exclusive',
  'opinion',
  'analysis',
  'editorial',
  // common capitalised words of politics and places, seen in debate transcripts
  'i',
  'what',
  'act',
  'office',
  'government',
  'administration',
  'world',
  'budget',
  'great',
  'third',
  'reserve',
  'program',
  'plan',
  'bill',
  'law',
  'treaty',
  'summit',
  'conference',
  'center',
  'centre',
  'museum',
  'park',
  'square',
  'bridge',
  'tower',
  'hall',
  'building',
  'democrats',
  'republicans',
  'america',
  'britain',
  'europe',
  'africa',
  'asia',
  'latin',
  'depression',
  'recession',
  'crisis',
  'day',
  'week',
  'year',
  'god',
])
const NAME_SHAPE =
  /^[A-Z][a-z\u00e0-\u00ff]{0,30}(?:[-'’][A-Z][a-z\u00e0-\u00ff]{0,30})?$|^[A-Z]$|^Mc[A-Z][a-z]{1,30}$/
const POSSESSIVE = /['’]s$|['’]$/
const DASHES = new Set(['—', '–', '―', '-'])

/** Is `word` one of `verbs`, written in lower case ("States" in "United States" is not a verb)? */
function isVerb(word: WordToken, verbs: ReadonlySet<string>): boolean {
  return verbs.has(word.lower) && !isCapitalised(word.text)
}

/**
 * How many name connectors start at word `k` ("von der" in "Ursula von der Leyen"), provided
 * a capitalised word follows them; 0 otherwise.
 */
function connectorsBeforeCapital(sentence: string, words: readonly WordToken[], k: number): number {
  let n = 0
  while (n < 3 && k + n < words.length && NAME_CONNECTORS.has(words[k + n]!.text)) n++
  const after = words[k + n]
  if (n === 0 || after === undefined || !isCapitalised(after.text)) return 0
  for (let i = k; i < k + n; i++) if (!joined(sentence, words[i]!, words[i + 1]!)) return 0
  return n
}

interface Phrase {
  /** The speaker text, or null for a pronoun. */
  text: string | null
  /** The pronoun, lower-cased, when the speaker is one ("she"). */
  pronoun?: string
  start: number
  end: number
}

/** Drop a trailing possessive: "Rubio's" → "Rubio". */
function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE, '')
}

/**
 * Are two neighbouring words joined by whitespace, or by ". " after an initial ("Marco A. Rubio")
 * or an abbreviated title ("Dr. Hannah Osei", "said Mr. Lee")?
 */
function joined(sentence: string, left: WordToken, right: WordToken): boolean {
  if (isWhitespaceGap(sentence, left.end, right.start)) return true
  return (
    isCapitalised(left.text) &&
    (left.text.length === 1 || TITLE_ABBREVIATIONS.has(left.lower)) &&
    sentence.charAt(left.end) === '.' &&
    isWhitespaceGap(sentence, left.end + 1, right.start)
  )
}

// Titles written as abbreviations with a full stop, which the name after them belongs to.
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'rev',
])

/**
 * Strip titles and sentence-initial words from the front of a capitalised run of words and
 * return the rest, or null when nothing name-like is left.
 */
function nameFromRun(run: readonly WordToken[]): WordToken[] | null {
  let from = 0
  // "At", "In", "But" open sentences, not names; "AT" in "AT&T" is an acronym.
  while (from < run.length - 1 && NOT_NAME_START.has(run[from]!.lower) && !isAcronym(run[from]!.text)) from++
  let rest = run.slice(from)
  let k = titleEnd(rest, 0)
  // "Federal", "National", "Supreme" before a body's name are part of it ("the Federal Reserve",
  // "the National Weather Service"); an office after the body is a title ("Supreme Court Justice
  // Sonia Sotomayor", "Federal Reserve Chair Jerome Powell").
  const body = k === 0 ? -1 : lastBodyWord(rest, k)
  if (body >= 0) k = TITLE_WORDS.has(rest[body + 1]?.lower ?? '') ? titleEnd(rest, body + 1) : 0
  // Keep the last word even when everything looked like a title ("the President said").
  rest = rest.slice(k)
  while (rest.length > 0 && NAME_CONNECTORS.has(rest[0]!.lower)) rest = rest.slice(1)
  return rest.length > 0 ? withoutPlaceOfOrigin(rest) : null
}

/** From word `k` of a run, past the titles and offices before a name; never past the last word. */
function titleEnd(run: readonly WordToken[], k: number): number {
  let end = k
  while (end < run.length - 1) {
    const lower = run[end]!.lower
    if (TITLE_WORDS.has(lower) || (NAME_CONNECTORS.has(lower) && end > k)) end++
    else break
  }
  return end
}

// Words that end the name of a body, besides those of ORGANISATION_WORDS: "Federal Reserve",
// "Supreme Court", "United Nations", "National Bank".
const BODY_WORDS = new Set([
  'reserve',
  'court',
  'courts',
  'nations',
  'bank',
  'corporation',
  'police',
  'guard',
])

/** The index of the last word from `from` on that names a body ("Commission", "Reserve"), or -1. */
function lastBodyWord(run: readonly WordToken[], from: number): number {
  for (let at = run.length - 1; at >= from; at--) {
    const lower = run[at]!.lower
    if (ORGANISATION_WORDS.has(lower) || BODY_WORDS.has(lower)) return at
  }
  return -1
}

// Words that take "of" inside a name: "Bank of America", "Church of England", "Duke of York".
const NAMED_WITH_OF = new Set([
  'bank',
  'church',
  'party',
  'court',
  'republic',
  'kingdom',
  'states',
  'city',
  'county',
  'house',
  'chamber',
  'duke',
  'duchess',
  'earl',
  'count',
  'countess',
  'archbishop',
  'bishop',
  'school',
  'museum',
  'league',
  'union',
  'federation',
])

/**
 * "Tom Reyes of Ohio" → "Tom Reyes": after a person's name of two or more words, "of" and a
 * place say where they come from. A name that takes "of" ("Bank of America", "Duke of York",
 * "Centers for Disease Control", "University of Michigan") is kept whole.
 */
function withoutPlaceOfOrigin(run: WordToken[]): WordToken[] {
  const of = run.findIndex((word) => word.lower === 'of')
  if (of < 2) return run
  const person = run.slice(0, of)
  const isPerson = person.every(
    (word) =>
      isCapitalised(word.text) &&
      !ORGANISATION_WORDS.has(word.lower) &&
      !NAMED_WITH_OF.has(word.lower) &&
      !TITLE_WORDS.has(word.lower),
  )
  return isPerson ? person : run
}

function phraseText(sentence: string, run: readonly WordToken[]): string {
  const first = run[0]!
  const last = run[run.length - 1]!
  // A site's name keeps its domain: "according to PowerOutage.us", not "PowerOutage".
  const domain = SITE_DOMAIN.exec(sentence.slice(last.end, last.end + 8))
  return withoutPossessive(sentence.slice(first.start, last.end + (domain?.[0].length ?? 0)))
}

// A top-level domain glued to a name: "Zillow.com", "PowerOutage.us", "Realtor.com".
const SITE_DOMAIN = /^\.(?:com|org|net|gov|edu|io|us|co|uk|ca|au|info|news)(?![\p{L}\p{N}])/iu

/** The speaker standing just before word `v` (a verb), walking back over a few words. */
function speakerBefore(
  sentence: string,
  words: readonly WordToken[],
  v: number,
  apposed = false,
): Phrase | null {
  const speaker = speakerJustBefore(sentence, words, v, apposed)
  return speaker === null || speaker.text === null ? speaker : onBehalfOf(sentence, words, speaker)
}

// Who speaks for someone else: "a spokesperson for the mayor", "a lawyer for Mr. Reyes".
const REPRESENTATIVES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'lawyer',
  'attorney',
  'aide',
  'adviser',
  'advisor',
])

/**
 * "A spokesperson for the mayor said": the speaker is the spokesperson, on the mayor's behalf, not
 * the mayor. Extends a speaker back over "<representative> for|of" and its determiner.
 */
function onBehalfOf(sentence: string, words: readonly WordToken[], speaker: Phrase): Phrase {
  let at = wordIndexAt(words, speaker.start)
  // "a lawyer for Mr. Reyes": the title was left out of the name, not out of the phrase.
  while (
    at > 0 &&
    TITLE_WORDS.has(words[at - 1]!.lower) &&
    TITLE_GAP.test(sentence.slice(words[at - 1]!.end, words[at]!.start))
  )
    at--
  const by = words[at - 1]
  const representative = words[at - 2]
  if (by === undefined || representative === undefined) return speaker
  if ((by.lower !== 'for' && by.lower !== 'of') || !REPRESENTATIVES.has(representative.lower)) return speaker
  if (!joined(sentence, representative, by) || !joined(sentence, by, words[at]!)) return speaker
  let from = at - 2
  const before = words[from - 1]
  if (before !== undefined && DETERMINERS.has(before.lower) && joined(sentence, before, representative))
    from--
  return {
    text: sentence.slice(words[from]!.start, speaker.end),
    start: words[from]!.start,
    end: speaker.end,
  }
}

// Between a title and the name: a space, or an abbreviation's full stop and a space ("Mr. Reyes").
const TITLE_GAP = /^\.?[ \t]{1,3}$/

/** Index of the word that starts at `offset` (words are sorted by start). */
function wordIndexAt(words: readonly WordToken[], offset: number): number {
  let low = 0
  let high = words.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (words[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function speakerJustBefore(
  sentence: string,
  words: readonly WordToken[],
  v: number,
  apposed: boolean,
): Phrase | null {
  let k = v - 1
  let steps = 0
  // With `apposed`, word `v - 1` ends the speaker and an appositive stands between it and the verb.
  while (
    !apposed &&
    k >= 0 &&
    steps < 3 &&
    BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower) &&
    joined(sentence, words[k]!, words[k + 1]!)
  ) {
    k--
    steps++
  }
  if (k < 0 || (!apposed && !joined(sentence, words[k]!, words[k + 1]!))) return null
  const head = words[k]!
  if (PRONOUNS.has(head.lower)) return { text: null, pronoun: head.lower, start: head.start, end: head.end }
  // "the observed patterns", "His stated aim", "The reported cases": after a determiner the verb is
  // an adjective, and no one speaks.
  if (DETERMINERS.has(head.lower)) return null
  if (isCapitalised(head.text) && !NOT_NAME_START.has(head.lower)) {
    let from = k
    while (from > 0 && k - from < 8 && joined(sentence, words[from - 1]!, words[from]!)) {
      if (isCapitalised(words[from - 1]!.text)) {
        from--
        continue
      }
      // Walk back over connectors ("of", "von der") only when a capitalised word precedes them.
      let c = from - 1
      while (c > 0 && from - c < 3 && NAME_CONNECTORS.has(words[c]!.text)) c--
      if (c === from - 1 || !isCapitalised(words[c]!.text) || !NAME_CONNECTORS.has(words[c + 1]!.text)) break
      if (connectorsBeforeCapital(sentence, words, c + 1) !== from - c - 1) break
      from = c
    }
    // "officials in Texas said": the crowd speaks, not the place it is in.
    const crowd = crowdBefore(sentence, words, from)
    if (crowd !== null) {
      const run = words.slice(crowd, k + 1)
      return { text: phraseText(sentence, run), start: run[0]!.start, end: run[run.length - 1]!.end }
    }
    // A body's name is taken whole: "National" there is no title to strip.
    const body = firmStart(sentence, words, organisationStart(sentence, words, from, k))
    if (body !== from) {
      // "The Centers for Disease Control …": the article is no part of the name.
      const run = words.slice(DETERMINERS.has(words[body]!.lower) ? body + 1 : body, k + 1)
      return { text: phraseText(sentence, run), start: run[0]!.start, end: run[run.length - 1]!.end }
    }
    const name = nameFromRun(words.slice(from, k + 1))
    if (name === null) return null
    return { text: phraseText(sentence, name), start: name[0]!.start, end: name[name.length - 1]!.end }
  }
  // A lower-case phrase: "the spokesman", "a police spokeswoman", "officials", "Rubio's aide".
  let from = k
  while (from > 0 && k - from < 4 && joined(sentence, words[from - 1]!, words[from]!)) {
    const prev = words[from - 1]!
    if (PHRASE_BREAKERS.has(prev.lower) || SPEECH_VERBS.has(prev.lower)) break
    from--
    if (DETERMINERS.has(prev.lower) || POSSESSIVE.test(prev.text)) break
  }
  // "President Trump's spokesman": take the whole capitalised owner.
  if (POSSESSIVE.test(words[from]!.text) && isCapitalised(words[from]!.text)) {
    while (
      from > 0 &&
      k - from < 8 &&
      isCapitalised(words[from - 1]!.text) &&
      joined(sentence, words[from - 1]!, words[from]!)
    )
      from--
    while (from < k && NOT_NAME_START.has(words[from]!.lower)) from++
  } else if (
    from > 0 &&
    POSSESSIVE.test(words[from]!.text) &&
    DETERMINERS.has(words[from - 1]!.lower) &&
    joined(sentence, words[from - 1]!, words[from]!)
  ) {
    // "The study's authors": the owner's article belongs to the phrase.
    from--
  }
  const first = words[from]!
  const hasDeterminer = DETERMINERS.has(first.lower) || POSSESSIVE.test(first.text)
  if (!hasDeterminer && !SPEAKER_NOUNS.has(head.lower)) return null
  if (PHRASE_BREAKERS.has(head.lower) || /^\d/.test(head.text)) return null
  return { text: sentence.slice(first.start, head.end), start: first.start, end: head.end }
}

// Where a crowd is: "officials in Texas", "residents from Beaumont", "doctors at Mercy Hospital".
const CROWD_PLACE = new Set(['in', 'from', 'at', 'across', 'near'])
// Words that may describe a crowd before it: "local officials", "Health officials", "two senior".
const CROWD_MODIFIERS = 2

/**
 * The first word of a crowd that a place name at word `from` follows ("Local officials in Texas",
 * "doctors at Mercy Hospital"): a plural word and a preposition of place just before the name, and
 * up to two describing words before the plural. Null when no crowd stands there.
 */
function crowdBefore(sentence: string, words: readonly WordToken[], from: number): number | null {
  const place = words[from - 1]
  const crowd = words[from - 2]
  if (place === undefined || crowd === undefined || !isCrowdInPlace(crowd.text, place.text)) return null
  if (!joined(sentence, crowd, place) || !joined(sentence, place, words[from]!)) return null
  let start = from - 2
  while (
    start > 0 &&
    from - 2 - start < CROWD_MODIFIERS &&
    joined(sentence, words[start - 1]!, words[start]!)
  ) {
    const before = words[start - 1]!
    if (PHRASE_BREAKERS.has(before.lower) || SPEECH_VERBS.has(before.lower) || PRONOUNS.has(before.lower))
      break
    start--
    if (DETERMINERS.has(before.lower)) break
  }
  return start
}

/** The speaker standing just after word `v` ("said Rubio", "said the spokesman", "— Rubio"). */
function speakerAfter(sentence: string, words: readonly WordToken[], v: number): Phrase | null {
  const k = v + 1
  const head = words[k]
  if (head === undefined) return null
  if (PRONOUNS.has(head.lower)) return { text: null, pronoun: head.lower, start: head.start, end: head.end }
  let to = k
  if (isCapitalised(head.text)) {
    while (
      to + 1 < words.length &&
      to - k < 8 &&
      (joined(sentence, words[to]!, words[to + 1]!) ||
        joinedByAmpersand(sentence, words[to]!, words[to + 1]!))
    ) {
      if (isCapitalised(words[to + 1]!.text)) to++
      else if (continuesOrganisation(sentence, words, k, to)) to++
      else {
        const connectors = connectorsBeforeCapital(sentence, words, to + 1)
        if (connectors === 0) break
        to += connectors + 1
      }
    }
    const name = nameFromRun(words.slice(k, to + 1))
    if (name === null) return null
    return { text: phraseText(sentence, name), start: name[0]!.start, end: name[name.length - 1]!.end }
  }
  if (!DETERMINERS.has(head.lower)) return describedName(sentence, words, k)
  while (
    to + 1 < words.length &&
    (to - k < 7 || (to - k < LONG_NAME_WORDS && continuesCapitalisedName(sentence, words, to))) &&
    joined(sentence, words[to]!, words[to + 1]!)
  ) {
    const next = words[to + 1]!
    if (continuesOrganisation(sentence, words, k, to)) {
      to++
      continue
    }
    if (PHRASE_BREAKERS.has(next.lower) && next.lower !== 'for' && next.lower !== 'at') break
    if (SPEECH_VERBS.has(next.lower)) break
    to++
  }
  if (to === k) return null
  return { text: sentence.slice(head.start, words[to]!.end), start: head.start, end: words[to]!.end }
}

// A body's name after "the" may run past seven words while it stays capitalised: "the Global
// Resource Information Database of the United Nations Environment Programme".
const LONG_NAME_WORDS = 14

/**
 * Does the name at `to` (a capitalised word, or "of"/"the" inside the name) go on into a capital,
 * directly or over "of (the)"?
 */
function continuesCapitalisedName(sentence: string, words: readonly WordToken[], to: number): boolean {
  const here = words[to]!.text
  const next = words[to + 1]
  if (next === undefined || !(isCapitalised(here) || NAME_CONNECTORS.has(here))) return false
  return isCapitalised(next.text) || connectorsBeforeCapital(sentence, words, to + 1) > 0
}

// Words that make a capitalised run a body whose name may hold "and" ("Centers for Disease Control
// and Prevention", "Department of Health and Human Services"); between two people's names "and"
// joins two speakers ("Rubio and Trump said"), and the name stays the last one.
const ORGANISATION_WORDS = new Set([
  'academy',
  'administration',
  'agency',
  'association',
  'authority',
  'board',
  'bureau',
  'center',
  'centers',
  'centre',
  'centres',
  'college',
  'commission',
  'committee',
  'council',
  'department',
  'foundation',
  'institute',
  'institutes',
  'ministry',
  'office',
  'organization',
  'organisation',
  'service',
  'services',
  'society',
  'university',
])
// The most words an organisation's name is read over.
const ORGANISATION_WORDS_MAX = 10

function namesOrganisation(words: readonly WordToken[], from: number, to: number): boolean {
  for (let at = from; at <= to; at++) if (ORGANISATION_WORDS.has(words[at]!.lower)) return true
  return false
}

/**
 * Reading forward from word `k`, at word `to`: does "and" after it go on with the name of a body
 * ("the Department of Health | and Human Services")? Capitalised words on both sides, and the
 * name names a body.
 */
function continuesOrganisation(
  sentence: string,
  words: readonly WordToken[],
  k: number,
  to: number,
): boolean {
  const and = words[to + 1]
  const after = words[to + 2]
  if (and?.lower !== 'and' || after === undefined || !isCapitalised(after.text)) return false
  if (!isCapitalised(words[to]!.text) || !joined(sentence, and, after)) return false
  let end = to + 2
  while (end + 1 < words.length && end - k < ORGANISATION_WORDS_MAX && isCapitalised(words[end + 1]!.text))
    end++
  return namesOrganisation(words, k, end)
}

/**
 * Reading back from a capitalised run `from`..`to`: where the name starts when "and" before it
 * joins the name of a body ("the Centers for Disease Control and | Prevention"), else `from`.
 */
function organisationStart(sentence: string, words: readonly WordToken[], from: number, to: number): number {
  const and = words[from - 1]
  const before = words[from - 2]
  if (and?.lower !== 'and' || before === undefined || !isCapitalised(before.text)) return from
  if (!joined(sentence, before, and) || !joined(sentence, and, words[from]!)) return from
  let start = from - 2
  while (
    start > 0 &&
    to - start < ORGANISATION_WORDS_MAX &&
    joined(sentence, words[start - 1]!, words[start]!)
  ) {
    const previous = words[start - 1]!
    if (isCapitalised(previous.text)) start--
    else if (NAME_CONNECTORS.has(previous.text) && start >= 2 && isCapitalised(words[start - 2]!.text))
      start -= 2
    else break
  }
  return namesOrganisation(words, start, to) ? start : from
}

// "Procter & Gamble", "Johnson & Johnson": an ampersand between capitalised words joins one name.
const AMPERSAND = /^[ \t]{0,2}&[ \t]{0,2}$/
// The most "&"-joined parts a firm's name is read over, and the most words in each part.
const FIRM_PARTS = 4
const FIRM_PART_WORDS = 4

/** Where a capitalised run starting at `from` starts when "X & " stands before it, else `from`. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** "Procter & Gamble", "AT&T": two capitalised words joined by an ampersand, one firm's name. */
function joinedByAmpersand(sentence: string, left: WordToken, right: WordToken): boolean {
  return (
    isCapitalised(left.text) &&
    isCapitalised(right.text) &&
    AMPERSAND.test(sentence.slice(left.end, right.start))
  )
}

function firmStart(sentence: string, words: readonly WordToken[], from: number): number {
  let start = from
  for (let parts = 0; parts < FIRM_PARTS && start > 0; parts++) {
    const previous = words[start - 1]!
    if (!isCapitalised(previous.text) || !AMPERSAND.test(sentence.slice(previous.end, words[start]!.start)))
      break
    start--
    for (let more = 0; more < FIRM_PART_WORDS && start > 0; more++) {
      if (!isCapitalised(words[start - 1]!.text) || !joined(sentence, words[start - 1]!, words[start]!)) break
      start--
    }
  }
  return start
}

// At most this many lower-case words describe a speaker before the name: "said chief economist Ana Ruiz".
const DESCRIPTION_WORDS = 3
// After such a name, these may open the speaker's affiliation: "said police spokesman Tom Lee of the force".
const AFFILIATION = new Set(['of', 'at', 'for', 'from', 'with'])

/**
 * "said union leader Joe Park", "said chief economist Ana Ruiz": a short lower-case description
 * and then a capitalised name that ends the clause (or opens an affiliation). The speaker is the
 * name, as AP style puts the lower-case title before it.
 */
function describedName(sentence: string, words: readonly WordToken[], k: number): Phrase | null {
  let at = k
  while (at < words.length && at - k < DESCRIPTION_WORDS) {
    const word = words[at]!
    if (isCapitalised(word.text)) break
    if (
      PRONOUNS.has(word.lower) ||
      PHRASE_BREAKERS.has(word.lower) ||
      SPEECH_VERBS.has(word.lower) ||
      /\d/.test(word.text)
    )
      return null
    const next = words[at + 1]
    if (next === undefined || !joined(sentence, word, next)) return null
    at++
  }
  if (at === k || at >= words.length || !isCapitalised(words[at]!.text)) return null
  let to = at
  while (to + 1 < words.length && to - at < 4 && joined(sentence, words[to]!, words[to + 1]!)) {
    if (!isCapitalised(words[to + 1]!.text)) break
    to++
  }
  const after = words[to + 1]
  if (after !== undefined && joined(sentence, words[to]!, after) && !AFFILIATION.has(after.lower)) return null
  const name = nameFromRun(words.slice(at, to + 1))
  if (name === null) return null
  return { text: phraseText(sentence, name), start: name[0]!.start, end: name[name.length - 1]!.end }
}

/** A plural and a preposition of place: "officials in", "doctors at". */
function isCrowdInPlace(crowd: string, place: string): boolean {
  return CROWD_PLACE.has(place) && isPluralWord(crowd)
}

/** The speaker in words `from`…`verb - 1`, between a closing quote and its verb: `"…," the spokesman for the ministry said`. */
function speakerBetween(
  sentence: string,
  words: readonly WordToken[],
  from: number,
  verb: number,
): Phrase | null {
  let to = verb - 1
  while (to > from && BETWEEN_SPEAKER_AND_VERB.has(words[to]!.lower)) to--
  const run = words.slice(from, to + 1)
  const head = run[0]!
  if (run.length === 1 && PRONOUNS.has(head.lower))
    return { text: null, pronoun: head.lower, start: head.start, end: head.end }
  // `"…," officials in Texas said`, `"…," doctors at Mercy Hospital said`: a crowd in a place.
  const place = run.findIndex((w, i) => i > 0 && CROWD_PLACE.has(w.text))
  if (
    place > 0 &&
    place < run.length - 1 &&
    isCrowdInPlace(run[place - 1]!.text, run[place]!.text) &&
    run.slice(place + 1).every((w) => isCapitalised(w.text) || NAME_CONNECTORS.has(w.lower)) &&
    run.slice(0, place).every((w) => !PHRASE_BREAKERS.has(w.lower) && !PRONOUNS.has(w.lower))
  ) {
    const last = run[run.length - 1]!
    return { text: phraseText(sentence, run), start: head.start, end: last.end }
  }
  if (
    run.some(
      (w) => PRONOUNS.has(w.lower) || (PHRASE_BREAKERS.has(w.lower) && w.lower !== 'for' && w.lower !== 'at'),
    )
  )
    return null
  // "farmer Jose Ruiz", "chief economist Ana Ruiz": a lower-case description before the name, as AP
  // style writes it, is no part of the name ("the spokesman for the ministry" is all description).
  const named = DETERMINERS.has(head.lower) ? 0 : run.findIndex((w) => isCapitalised(w.text))
  const described = run.slice(0, Math.max(0, named))
  if (
    named >= 0 &&
    named <= DESCRIPTION_WORDS &&
    described.every((w) => !PHRASE_BREAKERS.has(w.lower) && !CROWD_PLACE.has(w.lower))
  ) {
    const rest = run.slice(named)
    if (rest.every((w, i) => isCapitalised(w.text) || (i > 0 && NAME_CONNECTORS.has(w.lower)))) {
      const name = nameFromRun(rest)
      if (name === null) return null
      return { text: phraseText(sentence, name), start: name[0]!.start, end: name[name.length - 1]!.end }
    }
  }
  const last = run[run.length - 1]!
  return { text: sentence.slice(head.start, last.end), start: head.start, end: last.end }
}

/** Index of the first word starting at or after `offset` (binary search). */
function firstWordAt(words: readonly WordToken[], offset: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Read the punctuation after a closing quote up to the next word: only spaces, commas,
 * citation markers like `[1][5]` and a dash may stand there (at most 200 characters).
 * Returns where the next word starts and whether a dash was seen, or null when something
 * else (a full stop, another quote) ends the quote's sentence.
 */
function readGapAfterQuote(sentence: string, from: number): { dash: boolean; end: number } | null {
  let dash = false
  let i = from
  const limit = Math.min(sentence.length, from + 200)
  while (i < limit) {
    const c = sentence.charAt(i)
    if (c === ' ' || c === ',' || c === '\t' || c === '\u00a0' || c === '\n') i++
    else if (DASHES.has(c)) {
      dash = true
      i++
    } else if (c === '[') {
      // A citation marker: at most 24 characters to its closing bracket.
      const close = sentence.slice(i, i + 26).indexOf(']')
      if (close === -1) return null
      i += close + 1
    } else return { dash, end: i }
  }
  return null
}

interface Found {
  match: AttributionMatch
  named: boolean
}

function directQuote(
  sentence: string,
  words: readonly WordToken[],
  quotes: readonly QuoteSpan[],
  quote: QuoteSpan,
): Found | null {
  const outside = (w: WordToken | undefined): boolean => w !== undefined && !isInQuote(quotes, w.start, w.end)
  // After the quote: `"…," she said`, `"…," said Rubio`, `"…" — Rubio`.
  const gap = readGapAfterQuote(sentence, quote.end)
  const j = gap === null ? words.length : firstWordAt(words, gap.end)
  const first = words[j]
  if (gap !== null && first !== undefined && first.start === gap.end && outside(first)) {
    if (gap.dash && isCapitalised(first.text)) {
      const speaker = speakerAfter(sentence, words, j - 1)
      const dashAt = sentence.slice(quote.end, first.start).search(/[—–―-]/)
      if (speaker !== null && speaker.text !== null) {
        const start = quote.end + dashAt
        return {
          match: {
            kind: 'direct-quote',
            speaker: speaker.text,
            cue: sentence.charAt(start),
            start,
            end: start + 1,
          },
          named: true,
        }
      }
    }
    if (isVerb(first, SPEECH_VERBS)) {
      const speaker = speakerAfter(sentence, words, j)
      if (speaker !== null)
        return { match: verbMatch('direct-quote', speaker, first), named: speaker.text !== null }
    }
    for (let v = j + 1; v < words.length && v <= j + 8; v++) {
      const w = words[v]!
      if (!outside(w) || !joined(sentence, words[v - 1]!, w)) break
      if (isVerb(w, SPEECH_VERBS)) {
        const speaker = speakerBetween(sentence, words, j, v)
        if (speaker !== null)
          return { match: verbMatch('direct-quote', speaker, w), named: speaker.text !== null }
        break
      }
    }
  }
  // Before the quote: `Rubio stated, "…"`, `He told reporters: "…"`.
  const i = firstWordAt(words, quote.start) - 1
  const before = words[i]
  // A name and a colon, as live blogs and transcripts set a quote: `Gov. Ana Flores: "…"`.
  const labelled = before !== undefined && outside(before) ? speakerLabel(sentence, words, i, quote) : null
  if (labelled !== null) return { match: labelled, named: true }
  if (before !== undefined && outside(before)) {
    if (quote.start - before.end <= 4 && /^[\s,:]{0,4}$/.test(sentence.slice(before.end, quote.start))) {
      for (let v = i; v >= 0 && v >= i - 3; v--) {
        const w = words[v]!
        if (v < i && !joined(sentence, w, words[v + 1]!)) break
        if (isVerb(w, SPEECH_VERBS)) {
          const speaker = speakerBefore(sentence, words, v)
          if (speaker !== null)
            return { match: verbMatch('direct-quote', speaker, w), named: speaker.text !== null }
          break
        }
      }
    }
  }
  return null
}

// Between a speaker's name and the quote they label: a colon, perhaps in bold ("**Flores:** "…"").
const LABEL_COLON = /^[*_]{0,2}:[*_]{0,2}[ \t]{0,3}$/
// Before the name: only markup, at the sentence's start.
const LABEL_OPENING = /^[\s*_>#-]{0,6}$/
// The most words a name label has, titles included ("Secretary of State Marco Rubio").
const LABEL_WORDS = 6

/**
 * `Gov. Ana Flores: "Stay off the roads."`: a sentence that opens with a person's name, a colon and
 * the quote. The name is two to four words once titles are stripped, or one after a title ("Gov.
 * Flores:"); "Update: "…"" names no one.
 */
function speakerLabel(
  sentence: string,
  words: readonly WordToken[],
  i: number,
  quote: QuoteSpan,
): AttributionMatch | null {
  if (i + 1 > LABEL_WORDS || !LABEL_COLON.test(sentence.slice(words[i]!.end, quote.start))) return null
  if (!LABEL_OPENING.test(sentence.slice(0, words[0]!.start))) return null
  const run = words.slice(0, i + 1)
  for (let k = 0; k < run.length; k++) {
    if (!isCapitalised(run[k]!.text) && !NAME_CONNECTORS.has(run[k]!.lower)) return null
    if (k > 0 && !joined(sentence, run[k - 1]!, run[k]!)) return null
  }
  const name = nameFromRun(run)
  if (name === null || name.length > 4) return null
  const parts = name.map((word) => word.text)
  if (!looksLikeName(parts) || (parts.length < 2 && name[0] === run[0])) return null
  const colon = sentence.indexOf(':', words[i]!.end)
  return { kind: 'direct-quote', speaker: parts.join(' '), cue: ':', start: colon, end: colon + 1 }
}

// Prepositions that may open a phrase between such a verb and its clause: "wrote in a memo that".
const BEFORE_THE_CLAUSE = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before'])
// How many words that phrase may have.
const PHRASE_WORDS = 5

/**
 * Does the verb at `v` report speech by its place: a clause opener follows it ("added that"), maybe
 * after a short prepositional phrase ("wrote in a memo that"), or nothing but punctuation does
 * ("prices will rise, Lee added.", "he wrote: …", "she declared, "…"").
 */
function opensOrEndsClause(sentence: string, words: readonly WordToken[], v: number): boolean {
  const next = words[v + 1]
  if (next === undefined) return true
  if (!isWhitespaceGap(sentence, words[v]!.end, next.start)) return true
  if (CLAUSE_OPENERS.has(next.lower)) return true
  if (!BEFORE_THE_CLAUSE.has(next.lower)) return false
  for (let k = v + 2; k < words.length && k <= v + 1 + PHRASE_WORDS; k++) {
    // "wrote on Twitter: …", "declared on Sunday, "…"": a colon or a quote opens the speech.
    const gap = sentence.slice(words[k - 1]!.end, words[k]!.start)
    if (!isWhitespaceGap(sentence, words[k - 1]!.end, words[k]!.start)) return /[:"“]/.test(gap)
    if (words[k]!.lower === 'that') return true
  }
  return false
}

function verbMatch(kind: AttributionMatch['kind'], speaker: Phrase, verb: WordToken): AttributionMatch {
  const match: AttributionMatch = {
    kind,
    speaker: speaker.text,
    cue: verb.text,
    start: verb.start,
    end: verb.end,
  }
  if (kind === 'reported')
    match.phrase = { start: Math.min(speaker.start, verb.start), end: Math.max(speaker.end, verb.end) }
  if (speaker.text === null && speaker.pronoun !== undefined) match.pronoun = speaker.pronoun
  return match
}

// Documents whose author is the real source: "according to a report by the labor department".
const DOCUMENTS = new Set([
  'report',
  'study',
  'survey',
  'analysis',
  'statement',
  'memo',
  'review',
  'poll',
  'audit',
  'investigation',
  'filing',
  'letter',
  'estimate',
  'estimates',
  'data',
  'figures',
  'records',
  'documents',
  'reports',
  'studies',
  'surveys',
  'filings',
  'emails',
  'minutes',
  'transcripts',
  'statistics',
  'logs',
])
// Words that may stand between the determiner and the document: "a new report", "an internal memo".
const DOCUMENT_ADJECTIVES = new Set([
  'new',
  'recent',
  'latest',
  'internal',
  'official',
  'annual',
  'preliminary',
  'draft',
])

/**
 * "according to a report by the labor department", "according to data from Eurostat": the index
 * of "by"/"from", after which the document's author stands; undefined when the phrase at `k` is no
 * such document.
 */
function authorOfDocument(sentence: string, words: readonly WordToken[], k: number): number | undefined {
  let at = k
  if (words[at] !== undefined && DETERMINERS.has(words[at]!.lower)) at++
  // "a new report", "the 2024 annual survey": describing words and a year before the document.
  while (
    at < words.length &&
    at - k < 4 &&
    (DOCUMENT_ADJECTIVES.has(words[at]!.lower) || isYearWord(words[at]!.text))
  )
    at++
  const document = words[at]
  const by = words[at + 1]
  if (document === undefined || by === undefined || !DOCUMENTS.has(document.lower)) return undefined
  if (by.lower !== 'by' && by.lower !== 'from') return undefined
  for (let i = k; i <= at; i++) if (!joined(sentence, words[i - 1]!, words[i]!)) return undefined
  return joined(sentence, document, by) ? at + 1 : undefined
}

/**
 * "according to payroll records obtained by the Herald", "according to court records": a
 * document named by lower-case words, at most three before it, from word `k`. The phrase up to the
 * document is the source; what it was obtained by is the newsroom's reporting, not its author.
 */
function documentNamed(sentence: string, words: readonly WordToken[], k: number): Phrase | null {
  let at = k
  if (words[at] !== undefined && DETERMINERS.has(words[at]!.lower)) at++
  for (; at < words.length && at - k <= 4; at++) {
    const word = words[at]!
    if (at > k && !joined(sentence, words[at - 1]!, word)) return null
    if (DOCUMENTS.has(word.lower) && word.text === word.lower) {
      const first = words[k]!
      return { text: sentence.slice(first.start, word.end), start: first.start, end: word.end }
    }
    if (word.text !== word.lower || PHRASE_BREAKERS.has(word.lower)) return null
  }
  return null
}

function accordingTo(
  sentence: string,
  words: readonly WordToken[],
  quotes: readonly QuoteSpan[],
): AttributionMatch | null {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!
    if (w.lower !== 'according' || words[k + 1]!.lower !== 'to' || isInQuote(quotes, w.start, w.end)) continue
    if (!joined(sentence, w, words[k + 1]!)) continue
    const to = words[k + 1]!
    const speaker =
      speakerAfter(sentence, words, authorOfDocument(sentence, words, k + 2) ?? k + 1) ??
      documentNamed(sentence, words, k + 2)
    let text = speaker?.text ?? null
    // "according to the Pentagon": the article is part of the phrase, not of the name.
    if (text !== null && /^the\s{1,3}[A-Z]/.test(text)) text = text.replace(/^the\s{1,3}/, '')
    return {
      kind: 'according-to',
      speaker: text,
      cue: sentence.slice(w.start, to.end),
      start: w.start,
      end: to.end,
      phrase: { start: w.start, end: Math.max(to.end, speaker?.end ?? 0) },
    }
  }
  return null
}

// An appositive between a speaker and the verb is at most this many words: ", a spokesperson for
// the mayor's office,".
const APPOSITIVE_WORDS = 10

/**
 * "Dana Kim, a spokesperson for the mayor, said", "Reyes, 54, said", "Reyes, who chairs the panel,
 * said": the speaker before an appositive set off by commas, just before the verb at `v`. The
 * phrase runs from the speaker to the verb, appositive included.
 */
function appositiveSpeaker(sentence: string, words: readonly WordToken[], v: number): Phrase | null {
  for (let j = v - 2; j >= 0 && v - 1 - j <= APPOSITIVE_WORDS; j--) {
    const gap = sentence.slice(words[j]!.end, words[j + 1]!.start)
    if (!gap.includes(',')) continue
    if (!/^,\s{1,3}$/.test(gap)) return null
    const before = speakerBefore(sentence, words, j + 1, true)
    const end = words[v - 1]!.end
    // "The mayor's spokesperson, Dana Kim, said", "Mercer's attorney, Rachel Kim, said", "The
    // company's CEO, Ana Ruiz, said": the appositive is the name, and what comes before it a role.
    const name = apposedName(sentence, words, j + 1, v)
    if (name !== null && (before?.text == null || !isNamedSpeaker(before.text) || namesARole(before.text)))
      return { text: phraseText(sentence, name), start: before?.start ?? name[0]!.start, end }
    return before === null || before.text === null ? null : { ...before, end }
  }
  return null
}

/**
 * Does a speaker phrase describe someone by a role rather than name them: someone's something
 * ("Mercer's attorney"), or a title alone ("CEO", "Mayor")?
 */
function namesARole(speaker: string): boolean {
  const parts = speaker.split(' ')
  if (parts.slice(0, -1).some((part) => POSSESSIVE.test(part))) return true
  return parts.every((part) => TITLE_WORDS.has(part.toLowerCase().replace(/\./g, '')))
}

// A name between commas is at most this many words: "Dana Kim", "Maria de la Cruz".
const APPOSED_NAME_WORDS = 4

/** Words `from` to `to` (exclusive) when they are a name: capitalised, joined, a few. */
function apposedName(
  sentence: string,
  words: readonly WordToken[],
  from: number,
  to: number,
): WordToken[] | null {
  if (to - from > APPOSED_NAME_WORDS) return null
  for (let at = from; at < to; at++) {
    if (!isCapitalised(words[at]!.text) && !NAME_CONNECTORS.has(words[at]!.text)) return null
    if (at > from && !joined(sentence, words[at - 1]!, words[at]!)) return null
  }
  return nameFromRun(words.slice(from, to))
}

// Words that make a clause, not a speaker: "said the plan would proceed".
const CLAUSE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'has',
  'have',
  'had',
  'does',
  'did',
])

/**
 * Does a phrase that starts at word `from` hold a verb of its own ("the plan would proceed")? A
 * capitalised one is a name ("said Will Smith", "said May Lee").
 */
function hasClauseVerb(words: readonly WordToken[], from: number, phrase: Phrase): boolean {
  for (let at = from; at < words.length && words[at]!.start < phrase.end; at++) {
    const word = words[at]!
    if (CLAUSE_VERBS.has(word.lower) && !isCapitalised(word.text)) return true
  }
  return false
}

// What may follow a speaker that ends its clause: punctuation, a closing bracket or quote, a
// citation marker, or the end of the sentence.
const CLAUSE_END = /^\s{0,3}(?:[,.;:!?…)\][["”’']|$)/

function reportedSpeech(
  sentence: string,
  words: readonly WordToken[],
  quotes: readonly QuoteSpan[],
): AttributionMatch | null {
  for (let v = 0; v < words.length; v++) {
    const w = words[v]!
    if (!isVerb(w, REPORTING_VERBS) || isInQuote(quotes, w.start, w.end)) continue
    if (PLURAL_NOUNS_TOO.has(w.lower) && NOUN_FOLLOWERS.has(words[v + 1]?.lower ?? '')) continue
    // "reported" is often an adjective ("500 reported cases"): a clear subject is required.
    const before = speakerBefore(sentence, words, v)
    if (
      before !== null &&
      (!REPORTING_ONLY_BEFORE_A_CLAUSE.has(w.lower) || opensOrEndsClause(sentence, words, v))
    )
      return verbMatch('reported', before, w)
    const prev = words[v - 1]
    if (prev !== undefined && /,\s{0,3}$/.test(sentence.slice(prev.end, w.start))) {
      // "Dana Kim, a spokesperson for the mayor, said …", "Reyes, 54, said …".
      const apposed = appositiveSpeaker(sentence, words, v)
      if (apposed !== null) return verbMatch('reported', apposed, w)
      // "…, said Rubio." / "…, said the spokesman." — and the clause ends there, with no verb in
      // it: in "…, said the plan would proceed", "the plan" is what was said, not who said it.
      const after = speakerAfter(sentence, words, v)
      if (
        after !== null &&
        CLAUSE_END.test(sentence.slice(after.end, after.end + 4)) &&
        !hasClauseVerb(words, v + 1, after)
      )
        return verbMatch('reported', after, w)
    }
  }
  return null
}

/**
 * The attribution of one sentence, or null when the sentence puts its claim in no one's
 * mouth. A direct quote with a named speaker comes first; then an anonymous source
 * ("sources said", "officials who declined to be named" — speaker null); then a direct quote
 * with a pronoun speaker; then "according to X"; then reported speech ("X revealed that").
 * A Markdown link is read as its text: "according to the [EPA](https://…)" names the EPA.
 */
export function findAttribution(sentence: string): AttributionMatch | null {
  if (!sentence.includes('](')) return attributionIn(sentence)
  // "according to the [EPA](https://…)" is read as "according to the  EPA ", at the same offsets.
  const found = attributionIn(withoutLinkMarkup(sentence))
  if (found?.speaker == null) return found
  return { ...found, speaker: found.speaker.replace(/[ \t]{2,100}/g, ' ') }
}

function attributionIn(sentence: string): AttributionMatch | null {
  const words = findWords(sentence)
  if (words.length === 0) return null
  const quotes = findQuoteSpans(sentence)
  const anonymous = anonymousCue(sentence, quotes)
  let unnamedQuote: AttributionMatch | null = null
  for (const quote of quotes) {
    const found = directQuote(sentence, words, quotes, quote)
    if (found === null) continue
    if (found.named) {
      // `"…," a source close to the talks said`: the speaker is an anonymous source; and so is
      // "A person briefed on an internal audit said …", whose "speaker" is what the source knows of.
      if (anonymous !== null && found.match.speaker?.includes(anonymous.cue) === true) return anonymous
      if (anonymous !== null && describesAnonymous(sentence, anonymous, found.match.speaker)) return anonymous
      return found.match
    }
    unnamedQuote ??= found.match
  }
  if (anonymous !== null) return anonymous
  if (unnamedQuote !== null) return unnamedQuote
  return accordingTo(sentence, words, quotes) ?? reportedSpeech(sentence, words, quotes)
}

// A Markdown link or image: its text, and the markup around it ("[", "](https://… "title")").
const MARKDOWN_LINK = new RegExp(MARKDOWN_LINK_SOURCE, 'g')

/** The sentence with each Markdown link's markup blanked out, so offsets stay where they were. */
function withoutLinkMarkup(sentence: string): string {
  return sentence.replace(MARKDOWN_LINK, (link: string, text: string) => {
    const opening = link.indexOf('[') + 1
    return ' '.repeat(opening) + text + ' '.repeat(link.length - opening - text.length)
  })
}

/** Does `speaker` follow the anonymous cue at once ("person briefed on" + "an internal audit")? */
function describesAnonymous(sentence: string, anonymous: AttributionMatch, speaker: string | null): boolean {
  if (speaker === null) return false
  const at = sentence.indexOf(speaker, anonymous.end)
  return at >= anonymous.end && at - anonymous.end <= 3 && sentence.slice(anonymous.end, at).trim() === ''
}

function anonymousCue(sentence: string, quotes: readonly QuoteSpan[]): AttributionMatch | null {
  for (const hedge of findHedges(sentence)) {
    if (hedge.category !== 'anonymous-source' || isInQuote(quotes, hedge.start, hedge.end)) continue
    return { kind: 'anonymous', speaker: null, cue: hedge.cue, start: hedge.start, end: hedge.end }
  }
  return null
}

/**
 * Is a speaker a name ("Maria Lopez", "Rubio") rather than a description ("the spokesman", "The
 * company", "a report")? Only a name can be what a later "she said" stands for.
 */
export function isNamedSpeaker(speaker: string): boolean {
  const first = speaker.split(' ', 1)[0]!
  // "Officials", "Police" open a sentence with a capital and are still no one's name.
  return isCapitalised(first) && !DETERMINERS.has(first.toLowerCase()) && !isGroupSpeaker(speaker)
}

// Collective nouns that speak as "they" with no plural "s", and plural crowds that open a sentence
// with a capital ("Officials said …").
const GROUP_WORDS = new Set([
  'police',
  'people',
  'staff',
  'officials',
  'authorities',
  'researchers',
  'scientists',
  'experts',
  'analysts',
  'residents',
  'witnesses',
  'investigators',
  'prosecutors',
  'lawmakers',
  'doctors',
  'economists',
])

// "press", "status", "analysis", and possessives: an "s" at the end that makes no plural.
const NOT_PLURAL_ENDINGS = ['ss', 'us', 'is', "'s", '’s']

/** Does a word look plural: "officials", "researchers" (not "Williams", "press", "status")? */
function isPluralWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (GROUP_WORDS.has(lower)) return true
  if (word !== lower) return false
  if (lower.length <= 3 || !lower.endsWith('s')) return false
  return !NOT_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending))
}

/**
 * Is a speaker a group a later "they" can stand for ("City officials", "the researchers", "Police",
 * "Officials in Texas")? The last word, or the word before a place, must look plural; a name
 * ("Williams") does not.
 */
export function isGroupSpeaker(speaker: string): boolean {
  const words = speaker.split(' ')
  // "Officials in Texas": the crowd before the place it is in.
  const place = words.findIndex((word, i) => i > 0 && CROWD_PLACE.has(word))
  return isPluralWord(words[place > 0 ? place - 1 : words.length - 1]!)
}

/**
 * Where, in a sentence with reported speech or "according to", the speaker's reported words are:
 * after the attribution phrase ("Reyes said the cost could …", "According to the ministry, the
 * deal may …"), and before it too when the phrase closes the sentence after a comma ("The cost
 * could exceed $60 million, Reyes said."; "…, according to the office[4]."; "…, said Tom Reyes,
 * who chairs the panel."). Not a relative clause on the speaker (", who may run for mayor"), and
 * not words that open the sentence before a phrase that goes on ("Perhaps surprisingly, Reyes
 * said …"): those are the article's.
 */
export function reportedWords(
  sentence: string,
  phrase: { start: number; end: number },
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const after = sentence.slice(phrase.end)
  const aboutTheSpeaker = RELATIVE_CLAUSE.test(after)
  if (!aboutTheSpeaker) spans.push({ start: phrase.end, end: sentence.length })
  const closes = aboutTheSpeaker || fewWords(after)
  if (closes && COMMA_BEFORE.test(sentence.slice(Math.max(0, phrase.start - 10), phrase.start)))
    spans.unshift({ start: 0, end: phrase.start })
  return spans
}

// ", who may run for mayor": a clause about the speaker, right after the phrase.
const RELATIVE_CLAUSE = /^\s{0,3}[,(—–]\s{0,3}(?:who|whom|whose|which)\b/i
// The comma that closes the reported words, and the article a named speaker's phrase leaves out
// (", the CDC says": the phrase is "CDC says").
const COMMA_BEFORE = /[,—–]\s{0,3}(?:the\s{1,3})?$/i
const LETTERS = /\p{L}{1,64}/gu
// The words after a phrase that closes its sentence: none, or a short tail ("on Tuesday").
const TAIL_WORDS = 2

function fewWords(text: string): boolean {
  LETTERS.lastIndex = 0
  for (let count = 0; LETTERS.exec(text) !== null; ) if (++count > TAIL_WORDS) return false
  return true
}

/**
 * Is a speaker someone a reader can hold to their words: a name ("Tom Reyes", "Pentagon"), or a
 * definite body or document ("the city's economic development office", "his office")? Not a crowd
 * ("officials", "the researchers"), not an indefinite ("a report", "a source"), not no one (`null`).
 */
export function isIdentifiedSpeaker(speaker: string | null): boolean {
  if (speaker === null) return false
  if (isNamedSpeaker(speaker)) return true
  // "a spokesperson for the mayor" speaks for someone identified; "an official of the ministry"
  // is an unnamed official, not the ministry's voice (the same representatives as onBehalfOf).
  const behalf = ON_BEHALF.exec(speaker)
  if (behalf !== null && REPRESENTATIVES.has(behalf[1]!.toLowerCase())) return isIdentifiedSpeaker(behalf[2]!)
  return isBodySpeaker(speaker) && !INDEFINITE_ARTICLES.has(speaker.split(' ', 1)[0]!.toLowerCase())
}

const ON_BEHALF = /^(?:an?|the)\s{1,3}(\S{1,40})\s{1,3}(?:for|of)\s{1,3}(\S.{0,200})$/i

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an'])

/**
 * Is a speaker a body or a document a later "it" can stand for ("The union", "the ministry", "a
 * report")? A description in the singular: a name could be a person, so it never is.
 */
export function isBodySpeaker(speaker: string): boolean {
  const words = speaker.split(' ')
  return words.length > 1 && DETERMINERS.has(words[0]!.toLowerCase()) && !isGroupSpeaker(speaker)
}

// What may follow a quote that makes up a whole sentence: closing punctuation and citation markers.
const AFTER_A_WHOLE_QUOTE = /^[\s.,;:!?…)]{0,8}(?:\[[^\]\n]{1,40}\][\s.,;:!?…]{0,4}){0,20}$/

/**
 * Is the sentence one direct quote and nothing else (`"It could take days."`, `“…”[2]`)? Such a
 * sentence names no speaker: after a quoted sentence it continues that speaker's words.
 */
export function isWholeQuote(
  sentence: string,
  quotes: readonly QuoteSpan[] = findQuoteSpans(sentence),
): boolean {
  if (quotes.length !== 1) return false
  const quote = quotes[0]!
  if (sentence.slice(0, quote.start).trim() !== '') return false
  return AFTER_A_WHOLE_QUOTE.test(sentence.slice(quote.end, quote.end + 1000))
}

/**
 * Resolve a short speaker ("Rubio") to the fullest form among names seen in the article
 * ("Marco Rubio"): the longest name whose last words are the speaker's words (the first such
 * name when two are as long). Returns the speaker unchanged (possessive dropped) when no name
 * fits.
 */
export function resolveSpeaker(speaker: string, names: readonly string[]): string {
  return speakerResolver(names)(speaker)
}

/**
 * {@link resolveSpeaker} for many speakers against one list of names: the names are read once
 * and indexed by their last word, so each speaker is compared only with the names that end like
 * it. (Comparing every speaker with every name was quadratic: a 10 MB document has thousands of
 * each.)
 */
export function speakerResolver(names: readonly string[]): (speaker: string) => string {
  const byLastWord = new Map<string, { name: string; words: string[] }[]>()
  for (const name of names) {
    const words = name.toLowerCase().split(/\s{1,10}/)
    const last = words[words.length - 1]!
    const list = byLastWord.get(last)
    if (list) list.push({ name, words })
    else byLastWord.set(last, [{ name, words }])
  }
  return (speaker) => {
    const wanted = withoutPossessive(speaker.trim())
    const wantedWords = wanted.toLowerCase().split(/\s{1,10}/)
    let best = wanted
    let bestWords = wantedWords.length
    // In the order of `names`: of two names as long, the first wins.
    for (const { name, words } of byLastWord.get(wantedWords[wantedWords.length - 1]!) ?? []) {
      if (words.length <= bestWords) continue
      const offset = words.length - wantedWords.length
      if (wantedWords.every((w, i) => words[offset + i] === w)) {
        best = name
        bestWords = words.length
      }
    }
    return best
  }
}

/**
 * The person a sentence opens with: named with a title ("Judge Kenneth Ito dissented." → "Kenneth
 * Ito"; "Secretary of State Marco Rubio arrived …" → "Marco Rubio"), or by a name of two to four
 * words that an age or "who" follows ("Maria Lopez, 61, has lived …", "Tom Becker, who runs the
 * store, …"). A later "he said" in the paragraph can stand for them. Null when the sentence opens
 * otherwise, or with a body ("Federal Reserve officials …"): a bare "Baton Rouge saw rain" or "Acme
 * Water serves" may name a place or a company.
 */
export function openingPerson(sentence: string): string | null {
  // Most sentences open with neither: the first word, or the shape of the opening, tells before
  // any tokenising.
  const first = FIRST_WORD.exec(sentence)
  if (first === null) return null
  const titled = TITLE_WORDS.has(first[1]!.toLowerCase())
  if (!titled && !PERSON_THEN_AGE_OR_WHO.test(sentence)) return null
  const words = findWords(sentence.slice(0, OPENING_NAME_CHARS))
  if (words.length < 3 || !isCapitalised(words[0]!.text)) return null
  if (titled && !TITLE_WORDS.has(words[0]!.lower)) return null
  let end = 1
  while (
    end < words.length &&
    end < OPENING_NAME_WORDS &&
    joined(sentence, words[end - 1]!, words[end]!) &&
    (isCapitalised(words[end]!.text) || NAME_CONNECTORS.has(words[end]!.text))
  )
    end++
  // The name is followed by what the person did ("dissented", "has"), or by the age or "who".
  const next = words[end]
  if (next === undefined || isCapitalised(next.text) || NAME_CONNECTORS.has(next.text)) return null
  const name = nameFromRun(words.slice(0, end))
  if (name === null || name.length > 4) return null
  // With a title, a title was stripped; without one, nothing was, and the name has two words or more.
  if (titled ? name[0] === words[0] : name[0] !== words[0] || name.length < 2) return null
  const parts = name.map((word) => withoutPossessive(word.text))
  return looksLikeName(parts) ? parts.join(' ') : null
}

// A name of two to four capitalised words, then its age or "who" between commas: "Maria Lopez, 61,",
// "Tom Becker, who".
const PERSON_THEN_AGE_OR_WHO =
  /^[\s*_]{0,3}\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{L}'’.-]{0,30}){1,3},[ \t]{1,3}(?:\d{1,3},|who\b)/u

/** Are these words a person's name: no title, month or institution, each shaped like a name? */
function looksLikeName(parts: readonly string[]): boolean {
  return parts.every(
    (part, i) =>
      !NOT_NAME_WORDS.has(part.toLowerCase()) &&
      !TITLE_WORDS.has(part.toLowerCase()) &&
      (NAME_SHAPE.test(part) || (i > 0 && i < parts.length - 1 && NAME_CONNECTORS.has(part))),
  )
}

const OPENING_NAME_CHARS = 160
const FIRST_WORD = /^[\s*_]{0,3}(\p{L}{1,20})/u
const OPENING_NAME_WORDS = 9

/**
 * Candidate person names in a text: capitalised word sequences of 2–4 words ("Marco Rubio"),
 * with titles stripped ("Secretary of State", "President", "Senator") and sequences that
 * contain months, places or institutions ("United States", "White House", "El Salvador")
 * left out. Unique, in order of first appearance. Linear in the length of the text.
 */
export function findPersonNames(text: string): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  // The current run of capitalised words (and connectors between them), as tokens.
  let run: WordToken[] = []
  const flush = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text)) run.pop()
    const name = run.length >= 2 ? nameFromRun(run) : null
    run = []
    if (name === null || name.length < 2 || name.length > 4) return
    const parts = name.map((w) => withoutPossessive(w.text))
    if (!looksLikeName(parts)) return
    const full = parts.join(' ')
    if (!seen.has(full)) {
      seen.add(full)
      names.push(full)
    }
  }
  let connectors = 0
  forEachWord(text, (word, start) => {
    const capital = isCapitalised(word)
    // A lower-case word that is no connector ends the run, whatever its gap: most words.
    if (!capital && (run.length === 0 || !NAME_CONNECTORS.has(word))) {
      if (run.length > 0) {
        flush()
        connectors = 0
      }
      return
    }
    // One token, both to test the gap and to join the run.
    const token = { text: word, lower: capital ? word.toLowerCase() : word, start, end: start + word.length }
    const previous = run[run.length - 1]
    const continues =
      previous !== undefined && !POSSESSIVE.test(previous.text) && joined(text, previous, token)
    if (capital) {
      if (!continues) flush()
      connectors = 0
      run.push(token)
    } else if (continues && connectors < 3) {
      connectors++
      run.push(token)
    } else if (run.length > 0) {
      flush()
      connectors = 0
    }
  })
  flush()
  return names
}
