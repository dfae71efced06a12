/**
 * Hedge cues: the words and phrases with which a writer weakens a claim, as data.
 *
 * Provenance: written by hand for citecheck from linguistic descriptions of hedging and
 * news sourcing — epistemic modals and evidentials (Hyland 1998, "Hedging in Scientific
 * Research Articles"), the semantic uncertainty classes of the Szeged Uncertainty Corpus
 * (Szarvas et al. 2012: epistemic, doxastic, condition, investigation), the weasel-word
 * guidance of the CoNLL-2010 shared task and Wikipedia's "Manual of Style/Words to watch",
 * and wire-service style rules on anonymous sourcing (AP Stylebook, Reuters Handbook of
 * Journalism). The development sets in /work/shared/data (CoNLL-2010 Wikipedia training
 * documents, FactBank dev half) were used only to see which cues are noisy; no entry was
 * fitted to them. `scripts/eval-hedges.ts` measures the result.
 *
 * Pattern syntax, one entry a line (all matching is on lower-cased word tokens, with `’`
 * read as `'`, and words in a phrase separated by whitespace only):
 * - words are separated by one space; `a|b` is a choice of words at that place;
 * - a trailing `?` makes that place optional (`independently?`);
 * - `@name` stands for a word list from {@link HEDGE_WORD_LISTS};
 * - a leading `>` makes that place (and every place after it) a look-ahead: it must be
 *   there, but is not part of the cue (`appears >to|that`);
 * - `*` is any word of letters (not a number).
 * Inside a phrase, the filler adverbs of {@link HEDGE_FILLER_WORDS} may stand between any two
 * words without being written in the pattern: "has not yet been independently verified"
 * matches `not @be? @verified`.
 * Entries whose category is `null` block: the phrase is consumed and yields no cue
 * ("be that as it may", "could not be reached"). At each word the longest entry wins.
 */
import type { HedgeCategory } from '../report/schema.js'

/** One line of the hedge lexicon: a phrase pattern and the doubt it expresses. */
export interface HedgeLexiconEntry {
  /** The phrase, in the pattern syntax described at the top of this file. */
  readonly pattern: string
  /** The kind of doubt, or `null` for a blocking phrase that is never a hedge. */
  readonly category: HedgeCategory | null
  /**
   * When true, the cue is ignored after a negation ("not a rumor", "no longer alleged").
   * Rumor cues are always negatable.
   */
  readonly negatable?: boolean
}

/** Word lists that lexicon patterns refer to as `@name`. */
export const HEDGE_WORD_LISTS: Readonly<Record<string, readonly string[]>> = {
  be: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  have: ['have', 'has', 'had'],
  // Adverbs that make a passive opinion verb vague: "widely believed", "generally accepted".
  vaguely: ['widely', 'generally', 'commonly', 'popularly', 'universally', 'broadly'],
  // Weaker ones, vague only before a verb of belief: "long believed", but "often seen in the wild".
  vaguelyOpinion: ['often', 'long', 'frequently', 'sometimes', 'largely', 'once'],
  // Crowds that are an unnamed source on their own: "Critics are expressing their concerns".
  unnamedCrowd: ['critics', 'detractors', 'naysayers', 'skeptics', 'sceptics'],
  // Groups of people whose opinion is invoked without naming anyone: "some experts", "many observers".
  opinionGroup: [
    'people',
    'experts',
    'analysts',
    'observers',
    'critics',
    'commentators',
    'scholars',
    'historians',
    'scientists',
    'researchers',
    'economists',
    'pundits',
    'skeptics',
    'sceptics',
    'insiders',
    'officials',
    'sources',
    'observers',
    'believers',
    'opponents',
    'proponents',
    'detractors',
    'authorities',
  ],
  // Verbs of saying and believing that, after a vague subject, make a weasel ("some argue").
  opinionVerb: [
    'say',
    'said',
    'says',
    'believe',
    'believed',
    'believes',
    'argue',
    'argued',
    'argues',
    'claim',
    'claimed',
    'claims',
    'think',
    'thought',
    'thinks',
    'suggest',
    'suggested',
    'suggests',
    'feel',
    'felt',
    'feels',
    'contend',
    'contended',
    'contends',
    'maintain',
    'maintained',
    'maintains',
    'insist',
    'insisted',
    'insists',
    'speculate',
    'speculated',
    'fear',
    'feared',
    'fears',
    'worry',
    'worried',
    'allege',
    'alleged',
    'consider',
    'considered',
    'warn',
    'warned',
    'predict',
    'predicted',
    'agree',
    'agreed',
    'question',
    'questioned',
    'doubt',
    'doubted',
    'wonder',
    'wondered',
    'declare',
    'declared',
    'note',
    'noted',
  ],
  // Adverbs between a form of "be" and a verb of belief: "is often considered", "was long thought".
  // ("widely", "generally" … make a weasel instead: "is widely regarded".)
  beAdverb: [
    'often',
    'sometimes',
    'usually',
    'largely',
    'mostly',
    'traditionally',
    'increasingly',
    'long',
    'once',
    'frequently',
  ],
  // What unnamed sources do: "sources said", "sources close to".
  sourceDoes: [
    'said',
    'say',
    'says',
    'told',
    'tell',
    'close',
    'familiar',
    'within',
    'inside',
    'speaking',
    'who',
    'added',
    'confirmed',
    'claimed',
    'claim',
    'suggested',
    'suggest',
    'indicated',
    'indicate',
    'reported',
    'report',
    'described',
    'briefed',
    'knowledgeable',
    'privy',
    'believe',
    'believed',
    'expect',
    'expected',
    'cited',
    'quoted',
    'revealed',
    'disclosed',
    'insisted',
    'warned',
  ],
  // People who stand in for an unnamed source: "an unnamed official", "anonymous sources".
  sourcePerson: [
    'source',
    'sources',
    'official',
    'officials',
    'person',
    'people',
    'individual',
    'individuals',
    'insider',
    'insiders',
    'aide',
    'aides',
    'diplomat',
    'diplomats',
    'staffer',
    'staffers',
    'employee',
    'employees',
    'executive',
    'executives',
    'adviser',
    'advisers',
    'advisor',
    'advisors',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'witness',
    'witnesses',
    'member',
    'members',
    'lawmaker',
    'lawmakers',
    'officer',
    'officers',
  ],
  // Verbs that mark a check as settled or not: "could not be confirmed".
  verified: ['confirmed', 'verified', 'corroborated', 'substantiated', 'authenticated', 'proven', 'proved'],
  verify: ['confirm', 'verify', 'corroborate', 'substantiate', 'authenticate'],
  // Negated auxiliaries, one token each because the tokenizer keeps "n't" with its verb.
  notAux: [
    "hasn't",
    "haven't",
    "hadn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "couldn't",
    "can't",
    'cannot',
    "won't",
    "wouldn't",
  ],
  // Adverbs that may sit inside a verification phrase: "not independently verified".
  // What research does when it is cited without a name: "studies show".
  researchShows: [
    'show',
    'shows',
    'showed',
    'shown',
    'suggest',
    'suggests',
    'suggested',
    'indicate',
    'indicates',
    'indicated',
    'found',
    'find',
    'finds',
    'prove',
    'proves',
    'proved',
    'proven',
    'says',
    'say',
  ],
  // After "many", "some" …, words that make them no vague count of things (`countsVaguely` in
  // hedges.ts): a duration ("some time"), a magnitude ("many thousands"), a degree or manner ("to
  // some extent", "some way"), a comparison ("many more"), an article ("many a time"), a singular
  // that is no count ("some reason"), and "as" for "as many as 300". "Many of the files", "some
  // other towns", "some were unenthusiastic", "praised by many for" are vague counts.
  notCounted: [
    'more',
    'less',
    'fewer',
    'such',
    'a',
    'an',
    'the',
    'time',
    'times',
    'year',
    'years',
    'month',
    'months',
    'week',
    'weeks',
    'day',
    'days',
    'hour',
    'hours',
    'minute',
    'minutes',
    'second',
    'seconds',
    'decade',
    'decades',
    'century',
    'centuries',
    'dozen',
    'dozens',
    'hundred',
    'hundreds',
    'thousand',
    'thousands',
    'million',
    'millions',
    'billion',
    'billions',
    'percent',
    'per',
    'way',
    'ways',
    'point',
    'extent',
    'degree',
    'respects',
    'kind',
    'sort',
    'form',
    'while',
    'reason',
    'place',
    'one',
    'thing',
    'as',
  ],
  // Things there "have been reports" of.
  reportNoun: ['reports', 'report', 'accounts', 'indications', 'signs'],
  // Praise and blame, which in the passive need no one to have given them: "was criticized".
  judged: [
    'criticized',
    'criticised',
    'praised',
    'condemned',
    'lauded',
    'acclaimed',
    'derided',
    'ridiculed',
    'panned',
    'denounced',
    'decried',
    'lambasted',
  ],
}

/**
 * Adverbs that may stand inside any lexicon phrase without being written in its pattern
 * ("not yet confirmed", "could not be independently verified", "there have also been
 * reports"). Never the first word of a phrase.
 */
export const HEDGE_FILLER_WORDS: readonly string[] = [
  'also',
  'still',
  'even',
  'now',
  'already',
  'currently',
  'yet',
  'independently',
  'immediately',
  'officially',
  'fully',
  'publicly',
  'separately',
  'really',
  'actually',
  'ever',
]

/**
 * The hedge lexicon. Order matters only when two entries expand to the same words: the
 * first one wins (a test checks that no two entries disagree).
 */
export const HEDGE_LEXICON: readonly HedgeLexiconEntry[] = [
  // ── Blocking phrases: contain a cue word but do not weaken the claim. ──────────────────
  { pattern: 'be that as it may', category: null },
  { pattern: 'come what may', category: null },
  // "X could not be reached for comment" is a routine note on reporting, not a doubt.
  { pattern: "could|cannot|couldn't|can't not? immediately? be? immediately? reached", category: null },
  { pattern: "could|couldn't not? immediately? reach", category: null },
  // "could not" is past inability, a fact: "controllers could not contact the plane".
  // Longer entries still win: "could not be confirmed", "could not rule out".
  { pattern: 'could not', category: null },
  // Boosters: they say the writer is sure ("no doubt", "without a doubt").
  { pattern: 'no|little|without|beyond a? doubt|doubts|question', category: null },
  { pattern: 'there is|was|can|could be? no doubt|question', category: null },
  {
    pattern: 'whenever|wherever|best|highest|lowest|largest|greatest|fastest|smallest|worst possible',
    category: null,
  },
  { pattern: 'made|make|makes|making it? possible', category: null },
  // "as soon as possible", "as many cars as possible", "to the extent possible": as much as can be.
  // (One general pattern: a trie takes a listed word's branch before `*`, so listing "as many as
  // possible" beside it would stop "as many cars as possible" from matching.)
  { pattern: 'as * as possible', category: null },
  { pattern: 'as * * as possible', category: null },
  { pattern: 'to the extent possible', category: null },
  { pattern: 'maximum|minimum possible', category: null },
  // "possible to" + verb says what can be done, not what may be true: "it is possible to use
  // several cogs", "it was not possible to distinguish them" (dynamic, not epistemic, modality).
  // "it is possible that …" stays a hedge.
  { pattern: 'possible >to', category: null },
  // A role, not a doubt: "talks with potential buyers" reports talks; the buyers are prospective.
  // (Other superlatives before "possible", "the earliest possible date", are a rule in hedges.ts.)
  {
    pattern:
      'potential|possible buyer|buyers|purchaser|purchasers|bidder|bidders|suitor|suitors|acquirer|acquirers|investor|investors|customer|customers|client|clients|donor|donors|successor|successors|recruit|recruits|applicant|applicants',
    category: null,
  },
  // Approximate numbers are vague, not doubtful: "an estimated" is left to the claim scorer.
  // "might" as a noun: "military might", "with all its might" (also handled by a rule in hedges.ts).
  {
    pattern: 'military|economic|naval|industrial|full|sheer|financial|nuclear|political might',
    category: null,
  },
  // "in case of fire" is a procedure; "in case" + clause is handled as a conditional below.
  { pattern: 'just in case', category: null },
  // "if any" is a hedge, but "if not" in "if not most" is a scalar booster: "many, if not most".
  { pattern: 'if not all|most|more|better|hundreds|thousands|millions|billions|dozens', category: null },
  { pattern: 'insider trading|information|dealing|deals|threat', category: null },

  // ── rumor: circulating talk with no one behind it. ───────────────────────────────────
  { pattern: 'rumor|rumour has|had it', category: 'rumor' },
  {
    pattern:
      'rumors|rumours|rumor|rumour suggest|suggests|say|says|swirl|swirled|abound|circulate|circulated|persist',
    category: 'rumor',
  },
  { pattern: 'rumors|rumours|rumor|rumour|rumored|rumoured|rumormongering|rumor-mill', category: 'rumor' },
  { pattern: 'word has|had it', category: 'rumor' },
  { pattern: 'word on the street', category: 'rumor' },
  { pattern: 'the grapevine', category: 'rumor' },
  { pattern: 'gossip|hearsay|speculation', category: 'rumor' },
  { pattern: 'there @have been rumors|rumours|speculation|whispers', category: 'rumor' },
  { pattern: 'there @be rumors|rumours|speculation|whispers', category: 'rumor' },

  // ── unconfirmed: a check was not done, or failed. ────────────────────────────────────
  {
    pattern: 'unconfirmed|unverified|uncorroborated|unsubstantiated|unproven|unverifiable',
    category: 'unconfirmed',
  },
  // The longer cue names what is unconfirmed: "there have been unconfirmed reports of negotiations".
  {
    pattern:
      'unconfirmed|unverified|uncorroborated|unsubstantiated reports|report|claims|accounts|allegations',
    category: 'unconfirmed',
  },
  { pattern: 'not|never @be? @verified', category: 'unconfirmed' },
  { pattern: '@notAux @be? @verified', category: 'unconfirmed' },
  { pattern: 'could|can|would not @be? @verified', category: 'unconfirmed' },
  { pattern: 'could|can|would not @verify', category: 'unconfirmed' },
  { pattern: '@notAux @verify', category: 'unconfirmed' },
  { pattern: 'unable to @verify', category: 'unconfirmed' },
  { pattern: 'yet to be @verified', category: 'unconfirmed' },
  { pattern: 'no|without|little|scant evidence|proof|confirmation|corroboration', category: 'unconfirmed' },
  { pattern: 'lack|absence of evidence|proof|confirmation|corroboration', category: 'unconfirmed' },
  { pattern: 'there @be no evidence|proof|confirmation', category: 'unconfirmed' },

  // ── anonymous-source: claims put in the mouths of people the reader cannot check. ────
  {
    pattern: 'a|an|one|two|three|several|multiple|some|other|the? source|sources >@sourceDoes',
    category: 'anonymous-source',
  },
  {
    pattern: 'according to a|an|one|two|three|several|multiple|some|unnamed|anonymous? source|sources',
    category: 'anonymous-source',
  },
  { pattern: 'anonymous|unnamed|unidentified @sourcePerson', category: 'anonymous-source' },
  { pattern: 'declined|refused to be named|identified', category: 'anonymous-source' },
  {
    pattern: 'asked|requested|wished|preferred|wanted not to be named|identified',
    category: 'anonymous-source',
  },
  { pattern: 'did not want to be named|identified', category: 'anonymous-source' },
  { pattern: "didn't want to be named|identified", category: 'anonymous-source' },
  { pattern: 'on|under the? condition|conditions of anonymity', category: 'anonymous-source' },
  { pattern: 'spoke|speaking|talking|talked anonymously|privately', category: 'anonymous-source' },
  { pattern: 'spoke|speaking|talking on background', category: 'anonymous-source' },
  {
    pattern: 'not authorized|authorised|permitted|allowed|cleared to speak|comment|discuss|talk',
    category: 'anonymous-source',
  },
  {
    pattern:
      'people|person|those|someone|sources|source|officials|official|insiders familiar|acquainted with',
    category: 'anonymous-source',
  },
  {
    pattern: 'people|person|those|someone|sources|source|officials|official with direct? knowledge of',
    category: 'anonymous-source',
  },
  {
    pattern: 'people|person|someone|sources|source|officials|official briefed on',
    category: 'anonymous-source',
  },
  {
    pattern:
      'familiar with the matter|situation|discussions|talks|plans|negotiations|deliberations|thinking|investigation|case|decision|deal',
    category: 'anonymous-source',
  },
  {
    pattern: 'insiders|insider >say|said|says|told|claim|claimed|suggest|suggested|believe|insist|insisted',
    category: 'anonymous-source',
  },
  { pattern: 'there @have been @reportNoun', category: 'anonymous-source' },
  { pattern: 'there @be @reportNoun', category: 'anonymous-source' },
  {
    pattern: 'media|press|news|some|unnamed|several|multiple|conflicting reports|accounts',
    category: 'anonymous-source',
  },
  {
    pattern: 'reports >suggest|suggested|say|said|indicate|indicated|claim|claimed|have|had',
    category: 'anonymous-source',
  },
  // Documents the article names, not hearsay: "the inspection reports say", "its annual reports show".
  {
    pattern:
      'the|these|those|its|their|his|her|our|both *? reports >suggest|suggested|say|said|indicate|indicated|show|showed',
    category: null,
  },
  { pattern: 'reportedly', category: 'anonymous-source' },
  { pattern: 'it @be reported', category: 'anonymous-source' },
  { pattern: 'it @have been reported', category: 'anonymous-source' },
  // "He is said to have fled": hearsay with no one saying it.
  { pattern: '@be said to', category: 'anonymous-source' },
  // British press usage: "It is understood that" means an unnamed source told the reporter.
  { pattern: 'it @be understood', category: 'anonymous-source' },
  { pattern: '@be understood to|that', category: 'anonymous-source' },
  { pattern: 'i|we am|are|was|were|have|had been? told', category: 'anonymous-source' },
  { pattern: "i'm|we're|i've|we've|i'd|we'd been? told", category: 'anonymous-source' },

  // ── weasel: vague authority — opinion put in the mouths of "some" or "many". ─────────
  // "Critics are expressing their concerns …": an unnamed group is the source of the claim.
  { pattern: '@unnamedCrowd', category: 'anonymous-source' },
  {
    pattern:
      'critics|detractors|skeptics|sceptics|experts|analysts|observers|commentators|scholars|historians|scientists|researchers|economists|pundits|people|others|opponents|proponents|supporters|advocates|defenders @opinionVerb',
    category: 'weasel',
  },
  { pattern: 'some|many|most|numerous|countless @opinionGroup', category: 'weasel' },
  // A vague crowd that speaks or believes: "Many residents say …", "many industry analysts say"
  // (the CoNLL-2010 Wikipedia weasel guideline). A vague crowd that only acts ("Many residents
  // fled") is a vague quantity, not vague authority.
  { pattern: 'some|many|numerous|countless * @opinionVerb', category: 'weasel' },
  { pattern: 'some|many|numerous|countless * * @opinionVerb', category: 'weasel' },
  { pattern: 'some|many|most|others|few @have|would|might|may|could|will? @opinionVerb', category: 'weasel' },
  {
    pattern:
      'it @be @vaguely|@vaguelyOpinion? said|claimed|argued|suggested|accepted|felt|acknowledged|recognized|recognised|agreed',
    category: 'weasel',
  },
  {
    pattern:
      'it @have @vaguely|@vaguelyOpinion? been said|claimed|argued|suggested|accepted|felt|acknowledged|recognized|recognised|agreed',
    category: 'weasel',
  },
  {
    pattern: 'it @have been @vaguely|@vaguelyOpinion said|claimed|argued|suggested|reported',
    category: 'weasel',
  },
  {
    pattern: "it's @vaguely|@vaguelyOpinion? said|claimed|argued|suggested|accepted|felt",
    category: 'weasel',
  },
  {
    pattern:
      '@vaguely believed|regarded|considered|thought|seen|viewed|accepted|held|acknowledged|recognized|recognised|assumed|described|cited|known|perceived|touted|hailed|credited|reported|claimed|suspected|expected|agreed',
    category: 'weasel',
  },
  {
    pattern:
      '@vaguelyOpinion believed|regarded|considered|thought|assumed|suspected|touted|hailed|rumored|rumoured|alleged',
    category: 'weasel',
  },
  { pattern: '@vaguely @judged', category: 'weasel' },
  // "According to some, …", "according to many historians": the authority is a vague crowd.
  { pattern: 'according to some|many|most|others', category: 'weasel' },
  // "according to experts": a profession stands in for a source (not "according to officials" or
  // "police", who are the usual attribution of news copy, nor "sources", an anonymous-source cue).
  {
    pattern:
      'according to experts|analysts|observers|critics|commentators|scholars|historians|scientists|researchers|economists|pundits|insiders',
    category: 'weasel',
  },
  // Praise and blame with no one behind it: "The policy has been criticized for …" — by whom?
  // A named agent makes it attribution ("criticized by the union"), and "condemned to death"
  // is a sentence passed, not an opinion.
  { pattern: '@have? @be @judged by', category: null },
  { pattern: '@have? @be condemned to', category: null },
  { pattern: '@have? @be @judged', category: 'weasel' },
  // "It is often reported that …": hearsay made vaguer still ("It is reported" alone is an
  // unnamed source).
  { pattern: 'it @be @vaguely|@vaguelyOpinion reported', category: 'weasel' },
  // "Questions have been raised about …": doubt with no one who raised it (Wikipedia's "Words to
  // watch"); "… raised by the auditors" names them.
  { pattern: 'questions|concerns|doubts @have? @be raised|voiced|expressed by', category: null },
  { pattern: 'questions|concerns|doubts @have? @be raised|voiced|expressed', category: 'weasel' },
  { pattern: 'it @be well known|established|documented', category: 'weasel' },
  { pattern: 'well known that', category: 'weasel' },
  { pattern: 'everyone|everybody knows|agrees|says', category: 'weasel' },
  { pattern: 'as we all know', category: 'weasel' },
  { pattern: 'arguably|so-called', category: 'weasel' },
  { pattern: 'studies|research|science|evidence|experts @have? @researchShows', category: 'weasel' },
  {
    pattern:
      'there @be a? growing|widespread|increasing? concern|concerns|fears|belief|suspicion|suspicions|claims|suggestions',
    category: 'weasel',
  },
  {
    pattern:
      'there @have been a? growing|widespread|increasing? concern|concerns|fears|belief|suspicion|suspicions|claims|suggestions',
    category: 'weasel',
  },

  // ── doxastic: belief, suspicion and accusation rather than fact. ────────────────────
  { pattern: 'believed|believe|believes|believing', category: 'doxastic' },
  { pattern: 'belief|beliefs that', category: 'doxastic' },
  { pattern: 'think|thinks', category: 'doxastic' },
  { pattern: 'i|we guess|suppose|reckon|imagine|suspect|feel|felt', category: 'doxastic' },
  { pattern: '@be @beAdverb? thought', category: 'doxastic' },
  { pattern: 'thought >to|that', category: 'doxastic' },
  { pattern: '@be @beAdverb? considered', category: 'doxastic' },
  { pattern: 'considered >to|as|one|among|likely|unlikely|possible|probable', category: 'doxastic' },
  { pattern: 'regarded|perceived|viewed as', category: 'doxastic' },
  { pattern: '@be @beAdverb? regarded|perceived|viewed', category: 'doxastic' },
  {
    pattern: 'consider|considers >it|them|him|her|this|themselves|himself|herself|itself',
    category: 'doxastic',
  },
  { pattern: 'feel|feels|felt that', category: 'doxastic' },
  { pattern: '@be seen as', category: 'doxastic' },
  {
    pattern: 'alleged|allegedly|allegation|allegations|allege|alleges|alleging',
    category: 'doxastic',
    negatable: true,
  },
  // Not "accused of": "250 immigrants accused of gang affiliations" reports a charge as a
  // fact about the immigrants; the article itself does not doubt the expulsion it describes.
  {
    pattern:
      'purported|purportedly|supposed|supposedly|reputed|reputedly|presumed|putative|ostensibly|ostensible',
    category: 'doxastic',
    negatable: true,
  },
  { pattern: 'suspected', category: 'doxastic' },
  { pattern: 'suspicion|suspicions that', category: 'doxastic' },
  { pattern: 'claimed|claims|claim|claiming >that|to', category: 'doxastic' },
  { pattern: 'fear|fears|feared >that', category: 'doxastic' },
  { pattern: 'i|he|she|we|they|you thought|believed|suspected|feared|expected', category: 'doxastic' },
  { pattern: '@be feared', category: 'doxastic' },
  { pattern: 'in my|our|his|her|their view|opinion', category: 'doxastic' },
  // Not bare "assumed": "assumed office", "assumed command".
  { pattern: 'assumed >that|to', category: 'doxastic' },
  { pattern: '@be assumed', category: 'doxastic' },
  // Not "assumption of": taking something on ("assumption of $1.4 billion in debt", "of office").
  { pattern: 'assumption of', category: null },
  { pattern: 'assumption|assumptions', category: 'doxastic' },

  // ── speculative: possibility, probability, appearance and open questions. ────────────
  { pattern: 'may|might|could|maybe|perhaps', category: 'speculative' },
  { pattern: 'may|might|could well', category: 'speculative' },
  { pattern: 'may|might or may|might not', category: 'speculative' },
  {
    pattern: 'possibly|probably|presumably|conceivably|apparently|seemingly|potentially|plausibly',
    category: 'speculative',
  },
  {
    pattern: 'likely|unlikely|probable|improbable|plausible|conceivable|doubtful|questionable|dubious',
    category: 'speculative',
  },
  { pattern: 'most|more|less|very|quite|highly|increasingly likely|unlikely', category: 'speculative' },
  // A likelihood with a measured ratio is a finding, not a guess: "twice as likely to report",
  // "three times more likely", "40 percent less likely". ("More likely to" alone still hedges.)
  { pattern: 'twice|thrice|half as likely|unlikely', category: null },
  { pattern: 'times as|more|less likely|unlikely', category: null },
  { pattern: 'percent|points more|less likely|unlikely', category: null },
  { pattern: 'per cent more|less likely|unlikely', category: null },
  { pattern: 'in all likelihood', category: 'speculative' },
  { pattern: 'likelihood|possibility|possibilities', category: 'speculative' },
  { pattern: 'possible|potential', category: 'speculative' },
  { pattern: 'almost|nearly|most certainly', category: 'speculative' },
  { pattern: 'seem|seems|seemed|seeming', category: 'speculative' },
  { pattern: 'it seems|seemed', category: 'speculative' },
  { pattern: 'appear|appears|appeared|appearing >to|that', category: 'speculative' },
  // "The deal appears doomed" hedges; "appeared in court", "appears on television" does not.
  {
    pattern:
      'appear|appears|appeared in|on|at|before|with|for|alongside|onstage|together|live|twice|once|again|regularly|frequently|briefly|the|a|an|as|opposite|and|or|from|during|after|inside|outside|online|here|there|many|several|only|first|prominently|over|between|under|behind|throughout|within|near|across|among|shortly|soon|later|daily|weekly|repeatedly|publicly|this|his|her|their|its|in-person|via',
    category: null,
  },
  { pattern: 'appears|appeared >*', category: 'speculative' },
  {
    pattern:
      'it appears|appeared >that|the|a|an|as|likely|unlikely|increasingly|he|she|they|there|this|his|her|their|some|many',
    category: 'speculative',
  },
  { pattern: 'would appear|seem', category: 'speculative' },
  { pattern: 'so it appears|seems', category: 'speculative' },
  { pattern: 'apparent', category: 'speculative' },
  { pattern: 'suggest|suggests|suggested|suggesting|suggestion|suggestions', category: 'speculative' },
  { pattern: 'indicating|indicates|indicate >that', category: 'speculative' },
  { pattern: 'uncertain|uncertainty|unclear|unsure|undetermined|undecided', category: 'speculative' },
  {
    pattern:
      'not|never entirely|always|completely|altogether|quite? clear|certain|sure|known|obvious|evident',
    category: 'speculative',
  },
  { pattern: "isn't|wasn't|aren't|weren't clear|certain|sure|known", category: 'speculative' },
  { pattern: 'doubt|doubts', category: 'speculative' },
  {
    pattern: 'speculate|speculated|speculates|speculating|speculative|speculatively',
    category: 'speculative',
  },
  { pattern: 'it remains|remained to be seen', category: 'speculative' },
  { pattern: 'remains|remained|yet to be seen|determined|decided', category: 'speculative' },
  { pattern: 'too early|soon to tell|say', category: 'speculative' },
  { pattern: 'only time will tell', category: 'speculative' },
  { pattern: 'who|nobody knows', category: 'speculative' },
  { pattern: 'no one knows', category: 'speculative' },
  { pattern: 'hard|difficult|impossible to say|tell|know|predict', category: 'speculative' },
  { pattern: 'chances are', category: 'speculative' },
  { pattern: 'odds are', category: 'speculative' },
  { pattern: 'tentative|tentatively|hypothetical|hypothetically|theoretically', category: 'speculative' },
  { pattern: 'raise|raises|raised|raising questions|doubts', category: 'speculative' },
  { pattern: '@have been questioned|disputed|doubted|contested|challenged', category: 'speculative' },
  { pattern: 'called|calls|call|calling into question', category: 'speculative' },
  { pattern: 'came|come|comes|coming under question|doubt|scrutiny', category: 'speculative' },
  {
    pattern: 'some|limited|circumstantial|anecdotal|tentative|inconclusive evidence',
    category: 'speculative',
  },
  { pattern: 'no assurance|assurances|guarantee|guarantees', category: 'speculative' },
  { pattern: 'could|cannot|can not rule out', category: 'speculative' },
  { pattern: "can't|couldn't rule out", category: 'speculative' },
  { pattern: 'it @be @beAdverb? estimated', category: 'speculative' },
  { pattern: 'estimate|estimates|estimated >that', category: 'speculative' },
  { pattern: '@be @beAdverb? expected', category: 'speculative' },
  { pattern: 'predict|predicts|predicted|predicting', category: 'speculative' },
  { pattern: 'expected|anticipated|projected|predicted|forecast|poised >to', category: 'speculative' },
  // A forecast that is reported is a fact about it: "raised its revenue forecast to $126 billion".
  {
    pattern:
      'a|an|the|its|their|his|her|our|this|revenue|sales|earnings|profit|budget|growth|annual|quarterly|official|previous|latest forecast|forecasts >to',
    category: null,
  },
  { pattern: 'expects|expect|expecting|anticipates|anticipate', category: 'speculative' },

  // ── conditional: the claim holds only under a condition, or is an open question. ─────
  { pattern: 'if|unless|whether', category: 'conditional' },
  { pattern: 'even|only|as if', category: 'conditional' },
  { pattern: 'whether or not', category: 'conditional' },
  { pattern: 'if possible|necessary|needed|so|any', category: 'conditional' },
  { pattern: 'provided|providing that', category: 'conditional' },
  { pattern: 'so long as', category: 'conditional' },
  { pattern: 'in case >of|the|a|an|that|it|they|he|she|we|you|there', category: 'conditional' },
  { pattern: 'in the event of|that', category: 'conditional' },
  // Not bare "assuming": "assuming office".
  { pattern: 'assuming|supposing that', category: 'conditional' },

  // ── vague-quantity: a count left vague — "many residents", "some of the files". ─────
  // Approximators in Prince, Frader & Bosk's (1982) taxonomy of hedges, and the vague
  // quantities of Wikipedia's "Words to watch" and the CoNLL-2010 weasel guideline; a desk
  // editor asks "how many?". Only before a word that is counted (see `notCounted`): "some 500",
  // "some time", "many more", "how many" are not. "most" states a share, "few" and "a few"
  // a smallness, not a vague count, so they are left out. Weaker than doubt: never makes a
  // claim unconfirmed.
  { pattern: 'many|several|numerous|countless|some', category: 'vague-quantity' },
  { pattern: 'a number|handful of', category: 'vague-quantity' },
]
