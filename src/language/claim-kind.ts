/**
 * What kind of claim a sentence makes: a statement of fact, a quotation, an opinion, a
 * question, a prediction, a remark about the article itself ("Stay tuned"), or a headline.
 *
 * Rules over word tokens and a few anchored, bounded regular expressions compiled once. The
 * cue lists were written by hand for citecheck from news-writing conventions (calls to
 * action and sign-offs of web articles; evaluative adjectives and stance markers from
 * Biber's stance adverbials and the appraisal literature); they are data and may grow.
 */
import type { ClaimKind } from '../report/schema.js'
import { findQuoteSpans } from '../segment/index.js'
import { findAttribution } from './attribution.js'
import { isYearWord, MONTHS, WEEKDAYS } from './calendar.js'
import { findWords, isCapitalised, isWhitespaceGap, POSSESSIVE_DETERMINERS, type WordToken } from './words.js'

/** What the caller knows about the sentence beyond its text. */
export interface ClaimKindContext {
  /** The sentence is the article's title or a heading. */
  isHeadline: boolean
  /** The sentence contains a direct quote. */
  hasDirectQuote: boolean
  /**
   * The sentence sits in a paragraph that opens as an editors' note ("Correction: An earlier
   * version … It was 222-209, not 222-206."): all of it is about the article.
   */
  inEditorsNote?: boolean
}

// Sentence openings that talk to the reader about the article, not about the world.
const META_START =
  /^[\s"“'‘*_>#(-]{0,5}(?:stay tuned|corrections?:|clarifications?:|remember[,:]|read more|read also|also read|subscribe\b|sign up|click here|tap here|follow us|follow me|share this|don['’]?t forget|do not forget|keep an eye on|let us know|tell us\b|learn more|find out more|join us|note:|editor['’]s note|disclaimer|for more (?:information|updates|details|news)|check back|update[ds]?:|related:|see also|advertisement|sponsored|let['’]s (?:talk|take a look|dive|explore|look)|here['’]s what you need|here is what you need|in this article|this article (?:was|has been|will)|we will keep you|we['’]ll keep you|you can (?:read|find|watch)|watch:|listen:|photo:|image:|source:|(?:media|press)[ \t]{1,3}(?:contacts?|inquiries|enquiries)\b|contacts?:|for[ \t]{1,3}(?:media|press)[ \t]{1,3}(?:inquiries|enquiries))/i
// Anywhere in the sentence: sign-offs that ask the reader to do something, and how a transcript
// was edited ("This interview has been edited for length and clarity").
const META_ANYWHERE =
  /\b(?:stay tuned|more updates to follow|subscribe to our|sign up for our|follow us on|(?:edited|condensed|shortened)(?:[ \t]{1,3}(?:and|&)[ \t]{1,3}(?:edited|condensed))?[ \t]{1,3}for[ \t]{1,3}(?:length|clarity|brevity|space))\b/i
// The article speaking of itself: "This story has been updated", "This is a developing story",
// "This interview is part of a series", "This press release contains forward-looking statements". Not "This report", which is as often someone else's.
const ABOUT_THIS_ARTICLE =
  /^[\s"“'‘*_>#(-]{0,5}(?:this[ \t]{1,3}(?:article|story|interview|conversation|transcript|piece|post|newsletter|q&a|live[ \t]{1,3}blog|(?:press|news)[ \t]{1,3}release)[ \t]{1,3}(?:was|has[ \t]{1,3}been|have[ \t]{1,3}been|will|is[ \t]{1,3}(?:part|a[ \t]{1,3}developing|being[ \t]{1,3}updated|updated)|originally|first[ \t]{1,3}appeared|appeared|contains|includes)|this[ \t]{1,3}is[ \t]{1,3}a[ \t]{1,3}(?:developing|breaking)[ \t]{1,3}(?:news[ \t]{1,3})?story)\b/i
// A wire service's sign-off under a press release: "SOURCE Acme Water Co." (capitals, no colon).
const WIRE_SOURCE = /^[\s*_]{0,4}SOURCE[ \t]{1,3}\p{Lu}[^\n]{0,120}$/u
// The newsroom on its own reporting: "We are working to verify them.", "We have reached out to the
// company.", "We will update this story." About the reporting, not a claim to source; in quotes,
// a speaker's words ("“We are working to confirm the cause,” the chief said").
const REPORTING_NOTE =
  /^[\s*_>#(-]{0,5}we(?:(?:[ \t]{1,3}are|['’]re)[ \t]{1,3}(?:working|trying|seeking|attempting)[ \t]{1,3}to[ \t]{1,3}(?:independently[ \t]{1,3})?(?:verify|confirm|learn|find[ \t]{1,3}out|reach)|(?:[ \t]{1,3}have|['’]ve)[ \t]{1,3}(?:reached[ \t]{1,3}out|asked|contacted)|(?:[ \t]{1,3}will|['’]ll)[ \t]{1,3}(?:update|bring[ \t]{1,3}you|have[ \t]{1,3}more))\b/i
// Longer than this, a sentence says more than how the reporting goes.
const LONGEST_REPORTING_NOTE = 160
// A sentence that only says someone did not answer the reporter: "Feld did not respond to repeated
// requests for comment.", "The company declined to comment.", "She could not be reached." About
// the reporting, not a claim to source. Anchored at the sentence's end.
const NO_COMMENT =
  /\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not)[ \t]{1,3}(?:immediately[ \t]{1,3})?(?:respond|reply)[ \t]{1,3}to[ \t]{1,3}(?:(?:a|an|the|repeated|multiple|several|emailed|written|phone|our)[ \t]{1,3}){0,2}(?:requests?|messages?|calls?|emails?|inquiries|questions)(?:[ \t]{1,3}(?:for|seeking)[ \t]{1,3}comment)?|(?:did not|didn['’]t)[ \t]{1,3}(?:immediately[ \t]{1,3})?return[ \t]{1,3}(?:(?:a|repeated|multiple|several|phone)[ \t]{1,3}){0,2}(?:calls?|messages?|emails?|requests?[ \t]{1,3}for[ \t]{1,3}comment)|declined[ \t]{1,3}(?:to[ \t]{1,3}comment|comment|an[ \t]{1,3}interview|interview[ \t]{1,3}requests?)|could[ \t]{1,3}not[ \t]{1,3}(?:immediately[ \t]{1,3})?be[ \t]{1,3}reached(?:[ \t]{1,3}for[ \t]{1,3}comment)?)(?:[ \t]{1,3}(?:on|about)[ \t]{1,3}[^.!?\n]{1,60})?[ \t]{0,3}[.!]?["”'’)*_]{0,3}$/i
// A time stamp: "Last updated 4:15 p.m. ET", "Published March 3, 2025 at 9:00 AM EST".
const TIMESTAMP_START =
  /^[\s*_(|-]{0,5}(?:(?:last[ \t]{1,3})?(?:updated|modified)|(?:first[ \t]{1,3}|originally[ \t]{1,3})?published|posted)\b[ \t]{0,3}:?/i
// Words a time stamp may hold besides numbers, months and weekdays ("on", "a.m.", "ET", "GMT").
const TIMESTAMP_WORDS: ReadonlySet<string> = new Set(['on', 'at', 'a', 'p', 'm', 'am', 'pm', 'and', 'noon'])
// Longer than this, a sentence says more than that someone did not comment.
const LONGEST_NO_COMMENT = 200
// Longer than this, a line is more than a time stamp.
const LONGEST_TIMESTAMP = 100
// A contributors' line that ends the sentence: "Associated Press writers Lisa Mascaro and Kevin
// Freking contributed to this report.", "Ana Ruiz contributed reporting from Kyiv."
const CONTRIBUTED =
  /\bcontributed[ \t]{1,3}(?:to[ \t]{1,3}(?:this|the)[ \t]{1,3}(?:report|story|article)|(?:additional[ \t]{1,3})?reporting(?:[ \t]{1,3}(?:from|in)[ \t]{1,3}[^.!?\n]{1,80})?)[ \t]{0,3}\.?[ \t"”'’)]{0,4}$/i
// Labels that open an editors' note about the article: a correction, a clarification. Not an
// "Update:", which in a live story brings news ("Update: Police say two people were killed.").
const EDITORS_NOTE =
  /^[\s*_>#-]{0,5}(?:corrections?|clarifications?|editor['’]s[ \t]{1,3}note|editors['’][ \t]{1,3}note|correction[ \t]{1,3}(?:and|&)[ \t]{1,3}clarification)[ \t]{0,3}(?:\([^)\n]{1,40}\))?[ \t]{0,3}[:—–-]/i

/**
 * Does a paragraph open as an editors' note: "Correction:", "Clarification (Nov. 3):",
 * "Editor's note:"? Then every sentence of it is about the article (`meta`).
 */
export function opensEditorsNote(paragraph: string): boolean {
  return EDITORS_NOTE.test(paragraph.slice(0, 120))
}

// Phrases that mark the writer's stance: "one thing is clear", "I think".
const STANCE_PHRASES: readonly string[] = [
  'i think',
  'i believe',
  'i feel',
  'i guess',
  "i'd argue",
  'in my opinion',
  'in my view',
  'in our view',
  'we believe',
  'we think',
  'one thing is clear',
  'one thing is certain',
  'it is clear that',
  "it's clear that",
  'it is obvious that',
  'there is no doubt',
  'there can be no doubt',
  'needless to say',
  'of course',
  'without a doubt',
  'it is important to',
  "it's important to",
  'it is worth noting',
  "it's worth noting",
  'it is essential',
  'it is crucial',
  'it is time',
  "it's time",
  'the bottom line',
  'make no mistake',
  'ought to',
  // Comparative evaluation: "a more balanced approach".
  'more balanced',
  'a balanced approach',
  'more reasonable',
  'more sensible',
  'a step in the right direction',
  'a step backward',
  'a step backwards',
]
// Single words that evaluate rather than report ("reasonable arguments"). Words that are as
// often descriptive or verbal are left out: "balanced budget", "essential workers",
// "best known", "promising to cut taxes".
const EVALUATIVE_WORDS = new Set([
  'reasonable',
  'unreasonable',
  'unfair',
  'excellent',
  'terrible',
  'awful',
  'wonderful',
  'horrible',
  'crucial',
  'wise',
  'unwise',
  'foolish',
  'ridiculous',
  'absurd',
  'shameful',
  'disgraceful',
  'admirable',
  'commendable',
  'troubling',
  'alarming',
  'outrageous',
  'appalling',
  'remarkable',
  'impressive',
  'disappointing',
  'reckless',
  'irresponsible',
  'misguided',
  'flawed',
  'laudable',
  'praiseworthy',
  'regrettable',
  'deplorable',
  'brilliant',
  'baffling',
  'inexcusable',
  'unacceptable',
  'ambitious',
  'bold',
  'courageous',
  'cowardly',
  'hypocritical',
  'sensible',
  'stupid',
  'pathetic',
  'clearly',
  'obviously',
  'undoubtedly',
  'unfortunately',
  'fortunately',
  'sadly',
  'thankfully',
  'hopefully',
  'frankly',
  'arguably',
  'shockingly',
  'importantly',
])
// Words before "will" that make it the noun: "the will of the people", "free will".
const WILL_AS_NOUN_AFTER = new Set([
  'the',
  ...POSSESSIVE_DETERMINERS,
  'free',
  'political',
  'good',
  'ill',
  'own',
  'a',
  'itself',
])
// "is expected to", "is set to", "are poised to".
const FUTURE_ADJECTIVES = new Set([
  'expected',
  'set',
  'poised',
  'likely',
  'projected',
  'forecast',
  'scheduled',
  'slated',
  'bound',
  'due',
])
const BE_FORMS = new Set([
  'is',
  'are',
  'was',
  'were',
  "it's",
  "he's",
  "she's",
  "they're",
  "we're",
  "'s",
  'be',
  'am',
  "i'm",
])
const NOT_A_VERB_AFTER_TO = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'school',
  'work',
  'church',
  'bed',
  'court',
  'war',
  'jail',
  'prison',
])
const QUOTE_OR_BRACKET = /["'”’“‘)\]»\s*_]/

/** The last character that is not a quote mark, bracket, space or citation marker like `[3]`. */
function lastMeaningfulChar(sentence: string): string {
  let i = sentence.length - 1
  for (let steps = 0; i >= 0 && steps < 64; steps++) {
    const c = sentence.charAt(i)
    if (c === ']') {
      const open = sentence.lastIndexOf('[', i)
      if (open !== -1 && i - open <= 24) {
        i = open - 1
        continue
      }
    }
    if (!QUOTE_OR_BRACKET.test(c)) return c
    i--
  }
  return i >= 0 ? sentence.charAt(i) : ''
}

function joinedAt(sentence: string, words: readonly WordToken[], i: number, length: number): boolean {
  for (let k = i + 1; k < i + length; k++) {
    if (!isWhitespaceGap(sentence, words[k - 1]!.end, words[k]!.start)) return false
  }
  return true
}

const STANCE_TOKENS: readonly (readonly string[])[] = STANCE_PHRASES.map((p) => p.split(' '))
// Per word: true when it is evaluative, else the stance phrases it starts. One look-up per word of
// every sentence ("the", "of", "in" start phrases).
const OPINION_CUES = new Map<string, true | (readonly string[])[]>()
for (const tokens of STANCE_TOKENS) {
  const list = OPINION_CUES.get(tokens[0]!)
  if (list === undefined) OPINION_CUES.set(tokens[0]!, [tokens])
  else if (list !== true) list.push(tokens)
}
// An evaluative word makes the sentence an opinion whatever phrase it starts.
for (const word of EVALUATIVE_WORDS) OPINION_CUES.set(word, true)

/** Do the words from `i` on spell `phrase` (lower case)? */
function spellsAt(words: readonly WordToken[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k]!.lower !== phrase[k]) return false
  return true
}

function isOpinion(sentence: string, words: readonly WordToken[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const cue = OPINION_CUES.get(words[i]!.lower)
    if (cue === undefined) continue
    if (cue === true) return true
    for (const phrase of cue) {
      if (i + phrase.length > words.length) continue
      if (spellsAt(words, i, phrase) && joinedAt(sentence, words, i, phrase.length)) return true
    }
  }
  return false
}

function isPrediction(words: readonly WordToken[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower
    const prev = i > 0 ? words[i - 1]!.lower : ''
    const next = words[i + 1]?.lower ?? ''
    if (w === 'will' && !WILL_AS_NOUN_AFTER.has(prev) && next !== 'of') return true
    if (w === "won't" || w === 'shall' || w.endsWith("'ll")) return true
    if (FUTURE_ADJECTIVES.has(w) && BE_FORMS.has(prev) && next === 'to') {
      const after = words[i + 2]?.lower ?? ''
      if (!NOT_A_VERB_AFTER_TO.has(after)) return true
    }
    if (w === 'going' && next === 'to' && BE_FORMS.has(prev)) {
      const after = words[i + 2]?.lower ?? ''
      if (after !== '' && !NOT_A_VERB_AFTER_TO.has(after)) return true
    }
  }
  return false
}

function quoteCoverage(sentence: string): number {
  const trimmed = sentence.trim().length
  if (trimmed === 0) return 0
  let covered = 0
  for (const span of findQuoteSpans(sentence)) covered += span.end - span.start
  return covered / trimmed
}

// A contributors' line is one short sentence.
const LONGEST_CONTRIBUTORS_LINE = 300
// A credit line opens with "By" or "Reporting by", "Editing by", "Photos by" …
const CREDIT_START =
  /^[\s*_>#|(-]{0,5}(?:(?:additional\s{1,3})?(?:reporting|writing|editing|written|compiled|photos?|words|text|interview)\s{1,3})?by\s/i
// Words a credit line may hold besides names, dates and numbers: "By Sam Lee and Ana Ruiz, Staff",
// and the roles of a second credit: "Reporting by Jane Doe; editing by Ann Park".
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'by',
  'and',
  'of',
  'the',
  'at',
  'for',
  'in',
  'with',
  'additional',
  'reporting',
  'writing',
  'editing',
  'photos',
  'photography',
  'graphics',
  'illustrations',
  'video',
  'design',
  'production',
  'research',
])
// Longer than this, a line is more than a credit.
const LONGEST_CREDIT = 160

/**
 * A byline or credit line: "By Sam Lee | December 1, 2026", "By Jane Doe, Staff Writer",
 * "Reporting by Jane Doe; Editing by Sam Lee". After "by" comes a capitalised name that is no
 * month or weekday ("By Monday, the firm had …" is a sentence), and then only capitalised words,
 * numbers and a few joining words: a sentence would have a lower-case verb.
 */
function isCreditLine(sentence: string): boolean {
  if (sentence.length > LONGEST_CREDIT || !CREDIT_START.test(sentence)) return false
  const words = findWords(sentence)
  const by = words.findIndex((word) => word.lower === 'by')
  const name = words[by + 1]
  if (name === undefined || !isCapitalised(name.text) || MONTHS.has(name.lower) || WEEKDAYS.has(name.lower))
    return false
  return words
    .slice(by + 1)
    .every((word) => isCapitalised(word.text) || /^\d/.test(word.text) || CREDIT_WORDS.has(word.lower))
}

// A label line: a field of the page, named by one of these labels, and a short value with no digit
// and no closing full stop: a fact-check's "**Rating:** False", "Verdict: Mostly false",
// "Category: Politics", "Topics: Health, Water". "Result: Prices rose" is a sentence, and "Death
// toll: 42" a figure.
const LABEL_LINE =
  /^[\s*_>-]{0,6}(\p{L}[\p{L}'’ ]{0,30}?)[*_]{0,2}:[*_]{0,2}[ \t]{1,3}[*_]{0,2}([^\d\n.!?:;*_]{1,60}?)[*_]{0,2}[ \t]{0,3}$/u
const LABELS: ReadonlySet<string> = new Set([
  'rating',
  'our rating',
  'truth rating',
  'verdict',
  'our verdict',
  'ruling',
  'our ruling',
  'category',
  'categories',
  'topic',
  'topics',
  'tag',
  'tags',
  'filed under',
  'section',
  'status',
  'type',
  'genre',
  'format',
  'language',
])
// The most words a label line's value has.
const LABEL_VALUE_WORDS = 4

/** A label line ("Rating: False"): a field of the page, not a claim. */
function isLabelLine(sentence: string): boolean {
  if (sentence.length > 100) return false
  const line = LABEL_LINE.exec(sentence)
  return (
    line !== null &&
    LABELS.has(line[1]!.toLowerCase().replace(/\s{1,10}/g, ' ')) &&
    findWords(line[2]!).length <= LABEL_VALUE_WORDS
  )
}

/**
 * A time stamp: "Updated" or "Published" followed by nothing but a date and time ("Last updated
 * 4:15 p.m. ET", "Published Mon, March 3, 2025 at 9:00 AM EST"). "Updated figures show …" is a
 * sentence.
 */
function isTimestamp(sentence: string): boolean {
  if (sentence.length > LONGEST_TIMESTAMP) return false
  const opening = TIMESTAMP_START.exec(sentence)
  if (!opening) return isDateLine(sentence)
  const words = findWords(sentence.slice(opening[0].length))
  return words.length > 0 && words.every((word) => isDateWord(word) || /^[A-Z]{2,4}$/.test(word.text))
}

/**
 * A line that is only a date, perhaps with an issue number or a reading time: a newsletter's
 * "*Issue #112 · November 30, 2026*", "Nov. 30, 2026 · 5 min read", "Vol. 3, No. 12, December 2026".
 * It must name a month or a year, and hold a digit; "2,000." alone is a figure.
 */
function isDateLine(sentence: string): boolean {
  // A date line has a day, a year or an issue number: without a digit, no need to tokenise.
  if (!/\d/.test(sentence)) return false
  const words = findWords(sentence)
  return (
    words.length > 0 &&
    words.some(
      (word) =>
        MONTHS.has(word.lower) || MONTH_AND_DAY_ABBREVIATIONS.has(word.lower) || isYearWord(word.text),
    ) &&
    words.every((word) => isDateWord(word) || ISSUE_WORDS.has(word.lower))
  )
}

function isDateWord(word: { text: string; lower: string }): boolean {
  return (
    /^\d/.test(word.text) ||
    MONTHS.has(word.lower) ||
    WEEKDAYS.has(word.lower) ||
    MONTH_AND_DAY_ABBREVIATIONS.has(word.lower) ||
    TIMESTAMP_WORDS.has(word.lower)
  )
}

// Words a newsletter's date line may hold besides the date: "Issue #112", "Vol. 3, No. 12", "5 min read".
const ISSUE_WORDS: ReadonlySet<string> = new Set([
  'issue',
  'no',
  'vol',
  'volume',
  'edition',
  'min',
  'mins',
  'minute',
  'minutes',
  'read',
])

// "Sept", "Mon": the short forms a time stamp uses.
const MONTH_AND_DAY_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...MONTHS, ...WEEKDAYS].flatMap((name) => [name.slice(0, 3), name.slice(0, 4)]),
)

// Verbs that open a call to action, in the imperative: "Call your council member", "Sign the
// petition", "Tell us what you think".
const IMPERATIVES: ReadonlySet<string> = new Set([
  'call',
  'contact',
  'email',
  'write',
  'tell',
  'ask',
  'urge',
  'vote',
  'join',
  'sign',
  'donate',
  'visit',
  'register',
  'attend',
  'share',
  'support',
  'follow',
  'watch',
  'listen',
  'send',
  'text',
  'forward',
  'read',
])
// What an imperative's object starts with: the reader, us, or a lower-case determiner ("the petition").
const IMPERATIVE_OBJECTS: ReadonlySet<string> = new Set([
  'your',
  'you',
  'yourself',
  'us',
  'our',
  'the',
  'a',
  'an',
  'this',
  'it',
  'them',
])

/**
 * An imperative addressed to the reader that opens the sentence: "Call your council member before
 * the Dec. 9 vote.", "Sign the petition at …". The verb, capitalised, then its object in lower
 * case: "Support for the plan fell" and "Vote counts were late" are statements.
 */
function isCallToAction(sentence: string): boolean {
  const words = findWords(sentence, 2)
  const [verb, object] = words
  if (verb === undefined || object === undefined || !IMPERATIVES.has(verb.lower)) return false
  if (!/^[\s"“'‘*_>#-]{0,5}$/.test(sentence.slice(0, verb.start))) return false
  return object.text === object.lower && IMPERATIVE_OBJECTS.has(object.lower)
}

/**
 * The people a byline names: "By Maria Chen" → ["Maria Chen"], "By Sam Lee and Ana Ruiz, Staff
 * Writers" → ["Sam Lee", "Ana Ruiz", "Staff Writers"]. Runs of two or more capitalised words after
 * "by", not an outlet that starts with "The"; none when the line is no credit line.
 */
export function bylineNames(line: string): string[] {
  if (!isCreditLine(line)) return []
  const words = findWords(line)
  const names: string[] = []
  let run: WordToken[] = []
  const close = () => {
    if (run.length >= 2 && run[0]!.lower !== 'the')
      names.push(line.slice(run[0]!.start, run[run.length - 1]!.end))
    run = []
  }
  for (const word of words.slice(words.findIndex((w) => w.lower === 'by') + 1)) {
    const joined = run.length === 0 || isWhitespaceGap(line, run[run.length - 1]!.end, word.start)
    if (!isCapitalised(word.text) || !joined) close()
    if (isCapitalised(word.text)) run.push(word)
  }
  close()
  return names
}

// What follows the author's name in a note about the author: "Maria Chen is a retired librarian",
// "Sam Lee, a former mayor, …", "Ana Ruiz writes about …".
const ABOUT_THE_AUTHOR =
  /^[ \t]{0,3}(?:,[ \t]{0,3}(?:a|an|the)\b|(?:is|was|has been|writes|teaches|covers|lives|works|serves|served|reports|edits)\b)/i

/**
 * Is the sentence a note about one of the article's authors ("Maria Chen is a retired librarian
 * and a member of …"), as opinion pieces end? Not a claim the article has to source.
 */
export function isAboutTheAuthor(sentence: string, authors: readonly string[]): boolean {
  const text = sentence.replace(/^[\s*_]{0,4}/, '')
  return authors.some((name) => text.startsWith(name) && ABOUT_THE_AUTHOR.test(text.slice(name.length)))
}

/**
 * The kind of claim one sentence makes. In order: `headline` (from context), `meta` (calls
 * to action and notes to the reader: "Stay tuned for more updates", "Remember, …", "Read
 * more", "Call your council member …"; bylines and credit lines: "By Sam Lee | December 1,
 * 2026"; contributors' lines; corrections and editors' notes; time stamps, "Last updated
 * 4:15 p.m. ET", and date lines, "Issue #112 · November 30, 2026"; label lines, "Rating:
 * False"; the article speaking of itself, "This is a developing story"; media contact lines;
 * "X did not respond to requests for comment"; the newsroom on its reporting, "We are working to
 * verify them"; a press release's "SOURCE Acme Water Co."), `question` (ends with "?", before
 * any closing quote or citation marker), `quote` (has a direct quote that is most of the sentence
 * or is attributed to a speaker), `opinion` (stance and evaluation: "one thing is clear", "a more
 * balanced approach", "I think"), `prediction` ("will", "is expected to", "is set to", "going
 * to"), else `factual`.
 */
export function classifyClaimKind(sentence: string, context: ClaimKindContext): ClaimKind {
  if (context.isHeadline) return 'headline'
  if (
    context.inEditorsNote === true ||
    META_START.test(sentence) ||
    META_ANYWHERE.test(sentence) ||
    ABOUT_THIS_ARTICLE.test(sentence) ||
    (sentence.length <= LONGEST_NO_COMMENT && NO_COMMENT.test(sentence)) ||
    (sentence.length <= LONGEST_REPORTING_NOTE && REPORTING_NOTE.test(sentence)) ||
    WIRE_SOURCE.test(sentence) ||
    isTimestamp(sentence) ||
    isCreditLine(sentence) ||
    isLabelLine(sentence) ||
    (sentence.length <= LONGEST_CONTRIBUTORS_LINE && CONTRIBUTED.test(sentence)) ||
    isCallToAction(sentence)
  )
    return 'meta'
  if (lastMeaningfulChar(sentence) === '?') return 'question'
  if (context.hasDirectQuote) {
    if (quoteCoverage(sentence) >= 0.5) return 'quote'
    if (findAttribution(sentence)?.kind === 'direct-quote') return 'quote'
  }
  const words = findWords(sentence)
  if (isOpinion(sentence, words)) return 'opinion'
  if (isPrediction(words)) return 'prediction'
  return 'factual'
}
