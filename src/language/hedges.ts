/**
 * Hedge cues in one sentence: the words with which a writer (or a quoted speaker) weakens a
 * claim — "rumors suggest", "it seems", "could not be confirmed", "critics say".
 *
 * The lexicon (./hedge-lexicon.ts) is compiled once, at module load, into a trie of word
 * tokens. A sentence is tokenized once and walked left to right; at each word the longest
 * lexicon phrase wins and its words are consumed, so cues never overlap. Linear in the length
 * of the sentence, no regular expression built per call.
 */
import type { HedgeCategory } from '../report/schema.js'
import { findQuoteSpans, isInQuote } from '../segment/index.js'
import {
  HEDGE_FILLER_WORDS,
  HEDGE_LEXICON,
  HEDGE_WORD_LISTS,
  type HedgeLexiconEntry,
} from './hedge-lexicon.js'
import { NUMBER_WORDS } from './number-words.js'
import { findWords, isCapitalised, isWhitespaceGap, POSSESSIVE_DETERMINERS, type WordToken } from './words.js'

/** One hedge cue found in a sentence; offsets are into that sentence, `end` exclusive. */
export interface HedgeMatch {
  /** The cue as written in the sentence ("Rumors suggest"). */
  cue: string
  category: HedgeCategory
  start: number
  end: number
  /** True when the cue stands inside a direct quote: the speaker hedges, not the writer. */
  inQuote: boolean
}

/** What a lexicon phrase does when it matches. */
interface HedgeTerminal {
  readonly category: HedgeCategory | null
  /** Number of words that belong to the cue; the rest were look-ahead. */
  readonly cueWords: number
  readonly negatable: boolean
  readonly pattern: string
}

/** A node of the compiled lexicon: the words that may follow, and the phrase ending here. */
export interface HedgeTrieNode {
  readonly next: Map<string, HedgeTrieNode>
  terminal?: HedgeTerminal
}

/** A compiled hedge lexicon, and the phrases that two entries gave different categories. */
export interface CompiledHedgeLexicon {
  readonly root: HedgeTrieNode
  /** One line per phrase that two entries disagree on (the first entry wins). */
  readonly conflicts: string[]
  /** How many concrete phrases the patterns expanded to. */
  readonly phrases: number
}

interface Slot {
  readonly words: readonly string[]
  readonly optional: boolean
  readonly lookahead: boolean
}

function parsePattern(pattern: string, lists: Readonly<Record<string, readonly string[]>>): Slot[] {
  let lookahead = false
  return pattern.split(' ').map((raw) => {
    let text = raw
    if (text.startsWith('>')) {
      lookahead = true
      text = text.slice(1)
    }
    const optional = text.endsWith('?')
    if (optional) text = text.slice(0, -1)
    const words: string[] = []
    for (const alt of text.split('|')) {
      if (alt.startsWith('@')) {
        const list = lists[alt.slice(1)]
        if (list === undefined)
          throw new Error(`Unknown word list \`${alt}\` in hedge pattern \`${pattern}\``)
        words.push(...list)
      } else words.push(alt.toLowerCase())
    }
    return { words, optional, lookahead }
  })
}

/**
 * Compile lexicon entries into a word trie. Exposed so tests can check the shipped lexicon
 * for contradictions and compile small lexicons of their own.
 */
export function compileHedgeLexicon(
  entries: readonly HedgeLexiconEntry[] = HEDGE_LEXICON,
  lists: Readonly<Record<string, readonly string[]>> = HEDGE_WORD_LISTS,
): CompiledHedgeLexicon {
  const root: HedgeTrieNode = { next: new Map() }
  const conflicts: string[] = []
  let phrases = 0
  for (const entry of entries) {
    const slots = parsePattern(entry.pattern, lists)
    const negatable = entry.negatable === true || entry.category === 'rumor'
    const walk = (node: HedgeTrieNode, index: number, cueWords: number): void => {
      if (index === slots.length) {
        if (cueWords === 0) return
        phrases++
        const terminal: HedgeTerminal = {
          category: entry.category,
          cueWords,
          negatable,
          pattern: entry.pattern,
        }
        if (node.terminal === undefined) node.terminal = terminal
        else if (node.terminal.category !== terminal.category || node.terminal.cueWords !== cueWords) {
          conflicts.push(`\`${entry.pattern}\` repeats a phrase of \`${node.terminal.pattern}\``)
        }
        return
      }
      const slot = slots[index]!
      if (slot.optional) walk(node, index + 1, cueWords)
      for (const word of slot.words) {
        let child = node.next.get(word)
        if (child === undefined) {
          child = { next: new Map() }
          node.next.set(word, child)
        }
        walk(child, index + 1, slot.lookahead ? cueWords : cueWords + 1)
      }
    }
    walk(root, 0, 0)
  }
  return { root, conflicts, phrases }
}

// Compiled on first use, so importing the module costs nothing.
let lexicon: CompiledHedgeLexicon | undefined
const FILLERS = new Set(HEDGE_FILLER_WORDS)
// At most this many filler adverbs in a row inside a phrase.
const MAX_FILLERS = 2

// Words before "might" that make it the noun: "the might of", "with all its might".
const MIGHT_AS_NOUN_AFTER = new Set(['the', ...POSSESSIVE_DETERMINERS, 'all', 'of', 'with'])
// Before a capitalised "May", these make it the month: "in May", "since May", "last May".
const MONTH_AFTER = new Set([
  'in',
  'on',
  'of',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'to',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'this',
  'that',
  'during',
  'before',
  'after',
  'between',
  'and',
  'or',
  'april',
  'june',
  'each',
  'every',
])
// After a capitalised "May" inside a sentence, these make it the modal in Title Case
// ("Talks May Be Over"); otherwise a capitalised "May" is the month or a name ("Theresa May").
const MODAL_AFTER = new Set([
  'be',
  'have',
  'not',
  'also',
  'well',
  'never',
  'soon',
  'already',
  'still',
  'even',
  'just',
  'yet',
  'only',
  'eventually',
  'ultimately',
  'no',
  'actually',
  'indeed',
])
// After a sentence-initial "May", these make it the month: "May was the wettest month".
const MONTH_BEFORE = new Set([
  'was',
  'is',
  'has',
  'had',
  'saw',
  'brought',
  'began',
  'begins',
  'ended',
  'ends',
  'marked',
  'marks',
  'and',
  'or',
  'through',
  'to',
  'will',
  'would',
  'also',
])
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'hardly', 'neither'])
// Words that may stand between a negation and the cue it negates: "not just a rumor".
const NEGATION_FILLERS = new Set([
  'a',
  'an',
  'the',
  'just',
  'merely',
  'only',
  'simply',
  'really',
  'longer',
  'even',
  'any',
])
const OPENING_PUNCT = /["“‘([:;—–]/
const SENTENCE_END = /[.!?]/

const PLAIN_WORD = /^[a-z][a-z'-]{0,63}$/

/** What a `*` in a lexicon pattern matches: a word of letters, not a number. */
function isPlainWord(lower: string): boolean {
  return PLAIN_WORD.test(lower)
}

function isDigit(word: string): boolean {
  const c = word.charCodeAt(0)
  return c >= 48 && c <= 57
}

/** Is the capitalised "May" at `i` the month (or the name), not the modal verb? */
function isMonthOrName(sentence: string, words: readonly WordToken[], i: number): boolean {
  const word = words[i]!
  if (word.text !== 'May') return false
  const prev = words[i - 1]
  const next = words[i + 1]
  if (next !== undefined && isDigit(next.text)) return true
  if (prev !== undefined && (isDigit(prev.text) || MONTH_AFTER.has(prev.lower))) return true
  if (!isClauseInitial(sentence, words, i)) return next === undefined || !MODAL_AFTER.has(next.lower)
  if (next === undefined) return true
  // A modal is never followed by a comma: "May, however, was dry".
  if (/^\s{0,3},/.test(sentence.slice(word.end, next.start))) return true
  return MONTH_BEFORE.has(next.lower)
}

/** Is the word at `i` the first of the sentence, or the first after an opening quote or colon? */
function isClauseInitial(sentence: string, words: readonly WordToken[], i: number): boolean {
  const prev = words[i - 1]
  if (prev === undefined) return true
  const gap = sentence.slice(prev.end, words[i]!.start)
  return OPENING_PUNCT.test(gap) || SENTENCE_END.test(gap)
}

function isNegated(words: readonly WordToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const lower = words[k]!.lower
    if (NEGATORS.has(lower) || lower.endsWith("n't")) return true
    if (!NEGATION_FILLERS.has(lower)) return false
  }
  return false
}

// Words of five or more letters in "-est" that are no superlative ("honest", "interest"): they do
// not make "possible" an intensifier. ("best possible" and the like are lexicon entries.)
const NOT_SUPERLATIVE = new Set([
  'honest',
  'modest',
  'interest',
  'request',
  'protest',
  'forest',
  'harvest',
  'suggest',
  'contest',
  'invest',
  'arrest',
  'digest',
  'manifest',
  'earnest',
  'conquest',
  'behest',
  'inquest',
  'unrest',
  'southwest',
  'northwest',
  'midwest',
])

const ONE_OR_ORDINAL = new Set(['one', 'first', 'second', 'third'])

/**
 * "the earliest possible date", "the severest possible crackdown": a superlative before
 * "possible" intensifies it, as "the best possible" does. "four possible patterns", "3 possible
 * chambers": a count before it lists the options there are. Nothing is in doubt either way.
 */
function isSuperlativeOrCount(word: string): boolean {
  // Two or more: "one possible explanation is that …" offers a hypothesis, and that hedges.
  if (NUMBER_WORDS.has(word) ? !ONE_OR_ORDINAL.has(word) : word === 'dozen' || word === 'several') return true
  const first = word.charCodeAt(0)
  if (first >= 48 && first <= 57) return true
  return word.length >= 5 && word.endsWith('est') && !NOT_SUPERLATIVE.has(word)
}

const NOT_COUNTED: ReadonlySet<string> = new Set(HEDGE_WORD_LISTS.notCounted)

/**
 * Does "many", "some", "several" … at `i` count things ("many residents", "some of the files")?
 * Not before a number ("some 500"), a duration, degree or comparison ("some time", "many more":
 * the lexicon's `notCounted`), nor at the end of a phrase, nor capitalised inside a sentence (a
 * title).
 */
function countsVaguely(sentence: string, words: readonly WordToken[], i: number): boolean {
  // A capital inside a sentence makes it part of a title: "the film Some Like It Hot".
  if (isCapitalised(words[i]!.text) && !isClauseInitial(sentence, words, i)) return false
  if (words[i]!.lower === 'a') return true
  const next = words[i + 1]
  return (
    next !== undefined &&
    isWhitespaceGap(sentence, words[i]!.end, next.start) &&
    isPlainWord(next.lower) &&
    !NOT_COUNTED.has(next.lower)
  )
}

// The crowds the lexicon reads as unnamed sources when they stand alone: see `namesTheCrowd`.
const CROWD_NOUNS: ReadonlySet<string> = new Set(HEDGE_WORD_LISTS.unnamedCrowd)

/**
 * "the art critics Roger Fry and Clive Bell": the crowd is named, so it is no unnamed source.
 * "the Critics Choice Award": a capital inside the sentence makes it part of a name.
 */
function namesTheCrowd(sentence: string, words: readonly WordToken[], i: number): boolean {
  const word = words[i]!
  if (isCapitalised(word.text) && !isClauseInitial(sentence, words, i)) return true
  const next = words[i + 1]
  return (
    next !== undefined &&
    next.lower !== 'i' &&
    isCapitalised(next.text) &&
    isWhitespaceGap(sentence, word.end, next.start)
  )
}

// How far after a crowd word "including …" may name a member: "Critics of the new transit plan,
// including …", and how many lower-case words may describe the member: "including council member".
const CROWD_PHRASE_WORDS = 6
const MEMBER_DESCRIPTION_WORDS = 3

/**
 * "Critics of the plan, including council member Tom Reyes, argued …", "critics such as Senator
 * Ann Lee", "critics, among them Reyes,": the crowd has a named member (or a named part,
 * "including Democrats in the Senate"), so the claim is not left to unnamed sources. The phrase
 * ends at any punctuation but a comma.
 */
function namesAMember(sentence: string, words: readonly WordToken[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + CROWD_PHRASE_WORDS; k++) {
    const word = words[k]!
    const gap = sentence.slice(words[k - 1]!.end, word.start)
    if (!isWhitespaceGap(sentence, words[k - 1]!.end, word.start) && gap.trim() !== ',') return false
    // Right after the crowd ("critics such as"), or set off by a comma ("critics of the plan,
    // including"): "critics of countries such as Libya" names the countries, not a critic.
    if (k > i + 1 && gap.trim() !== ',') continue
    const next = words[k + 1]?.lower
    const from =
      word.lower === 'including' || word.lower === 'like'
        ? k + 1
        : (word.lower === 'such' && next === 'as') || (word.lower === 'among' && next === 'them')
          ? k + 2
          : -1
    if (from === -1) continue
    for (let m = from; m < words.length && m <= from + MEMBER_DESCRIPTION_WORDS; m++)
      if (isCapitalised(words[m]!.text) && words[m]!.lower !== 'i') return true
    return false
  }
  return false
}

// Words that may stand between "of" and a crowd it governs: "the staunchest of his critics".
const CROWD_DETERMINERS = new Set(['the', ...POSSESSIVE_DETERMINERS, 'these', 'those'])

/**
 * "a poll of music critics", "the arrest of his political opponents and critics", "the critics'
 * poll": after "of", or as a possessive, the crowd is what the sentence is about, not who
 * vouches for it. "Critics of the plan say …" (the crowd before "of") still is a source.
 */
function crowdIsNoSource(sentence: string, words: readonly WordToken[], i: number): boolean {
  const after = sentence.charCodeAt(words[i]!.end)
  if (after === 39 || after === 0x2019) return true
  for (let k = i - 1, between = 0; k >= 0 && between <= 2; k--, between++) {
    const word = words[k]!
    if (word.lower === 'of') return true
    // Only determiners, and one describing word after one: "of his political critics".
    if (!CROWD_DETERMINERS.has(word.lower) && (between > 0 || isCapitalised(word.text))) return false
  }
  return false
}

const PAST_BE = new Set(['was', 'were', 'been'])

/**
 * "The approval, which had been expected, permits …", "Octel said the purchase was expected.":
 * a past "expected" with nothing after it (no "to …", no "that …", no time) reports that the event
 * was foreseen, and it happened; "is expected." and "was expected to …" still look ahead.
 */
function isFulfilledExpectation(sentence: string, words: readonly WordToken[], i: number): boolean {
  if (!PAST_BE.has(words[i]!.lower)) return false
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    if (words[k]!.lower !== 'expected') continue
    for (let at = words[k]!.end; at < sentence.length; at++) {
      const c = sentence[at]!
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
      return c === ',' || c === '.' || c === ';' || c === ':' || c === ')' || c === '!'
    }
    return true
  }
  return false
}

/** Context rules the lexicon cannot express; true when the match at `i` is not a hedge. */
// A percentage right before a word: "20% ", "20 % ".
const MEASURED_PERCENT_BEFORE = /\d[ \t]?%[ \t]{1,3}$/

// The nouns of research cited without a name ("studies show").
const RESEARCH_NOUNS: ReadonlySet<string> = new Set(['studies', 'research', 'science', 'evidence', 'experts'])

/** "of studies", "of 9 studies": the word before (a count aside) is "of". */
function followsOf(words: readonly WordToken[], i: number): boolean {
  let at = i - 1
  if (at >= 0 && isDigit(words[at]!.lower)) at--
  return at >= 0 && words[at]!.lower === 'of'
}

/**
 * "20% less likely" (the cue "less likely", or "likely" after it): a likelihood with a measured
 * ratio is a finding, as the lexicon has "40 percent less likely".
 */
function isMeasuredLikelihood(sentence: string, words: readonly WordToken[], i: number): boolean {
  const comparative = (at: number) => words[at]?.lower === 'more' || words[at]?.lower === 'less'
  let at = i
  if (words[at]!.lower.endsWith('likely') && comparative(at - 1)) at--
  if (!comparative(at) || words[at + 1]?.lower.endsWith('likely') !== true) return false
  const start = words[at]!.start
  return MEASURED_PERCENT_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))
}

function isFalseCue(
  sentence: string,
  words: readonly WordToken[],
  i: number,
  terminal: HedgeTerminal,
): boolean {
  const first = words[i]!
  if (first.lower === 'may' && isMonthOrName(sentence, words, i)) return true
  if (first.lower === 'might' && i > 0 && MIGHT_AS_NOUN_AFTER.has(words[i - 1]!.lower)) return true
  if (first.lower === 'possible' && i > 0 && isSuperlativeOrCount(words[i - 1]!.lower)) return true
  if (terminal.category === 'anonymous-source' && CROWD_NOUNS.has(first.lower)) {
    if (
      namesTheCrowd(sentence, words, i) ||
      crowdIsNoSource(sentence, words, i) ||
      namesAMember(sentence, words, i)
    )
      return true
  }
  if (terminal.pattern === '@be @beAdverb? expected' && isFulfilledExpectation(sentence, words, i))
    return true
  if (isMeasuredLikelihood(sentence, words, i)) return true
  // "One review of 9 studies found": the review finds; the studies are what it read.
  if (terminal.category === 'weasel' && RESEARCH_NOUNS.has(first.lower) && followsOf(words, i)) return true
  // "how many people": a question about the count, not a vague crowd or count.
  if (first.lower === 'many' && i > 0 && words[i - 1]!.lower === 'how') return true
  if (terminal.category === 'vague-quantity' && !countsVaguely(sentence, words, i)) return true
  if (terminal.negatable && isNegated(words, i)) return true
  return false
}

// The last sentence's cues: claims and attribution each ask for the same sentence in turn.
let lastSentence: string | undefined
let lastMatches: HedgeMatch[] = []

/**
 * All hedge cues in one sentence, non-overlapping and sorted by start; offsets are into
 * `sentence`. The month "May", fixed phrases ("be that as it may", "could not be reached"),
 * negated cues ("not a rumor") and verbs of saying are not hedges. Cues inside a direct
 * quote are returned with `inQuote: true`. The array and its matches are shared with the next
 * caller asking for the same sentence: read them, never change them.
 */
export function findHedges(sentence: string): HedgeMatch[] {
  if (sentence === lastSentence) return lastMatches
  const matches = scanHedges(sentence)
  lastSentence = sentence
  lastMatches = matches
  return matches
}

function scanHedges(sentence: string): HedgeMatch[] {
  const words = findWords(sentence)
  const matches: HedgeMatch[] = []
  if (words.length === 0) return matches
  lexicon ??= compileHedgeLexicon()
  const root = lexicon.root
  // positions[d] = index of the word that matched the d-th word of the phrase being tried.
  const positions: number[] = []
  const foundTerminals: HedgeTerminal[] = []
  const foundDepths: number[] = []
  let quotes: ReturnType<typeof findQuoteSpans> | undefined
  let i = 0
  while (i < words.length) {
    let node = root.next.get(words[i]!.lower)
    // Every phrase that ends along the path, shortest first: when the longest is ruled out by
    // its context ("many cities" is a weasel only at the start), a shorter one may still hold.
    let found = 0
    let depth = 0
    let last = i
    let fillers = 0
    if (node !== undefined) positions[depth++] = i
    while (node !== undefined) {
      if (node.terminal !== undefined) {
        foundTerminals[found] = node.terminal
        foundDepths[found++] = depth
      }
      const next = words[last + 1]
      if (next === undefined || !isWhitespaceGap(sentence, words[last]!.end, next.start)) break
      let child = node.next.get(next.lower)
      if (child === undefined) {
        const any = node.next.get('*')
        if (any !== undefined && isPlainWord(next.lower)) child = any
      }
      if (child !== undefined) {
        node = child
        positions[depth++] = last + 1
        fillers = 0
      } else if (FILLERS.has(next.lower) && fillers < MAX_FILLERS) {
        fillers++
      } else break
      last++
    }
    let best: HedgeTerminal | undefined
    let bestDepth = 0
    while (found > 0) {
      const candidate = foundTerminals[--found]!
      if (isFalseCue(sentence, words, i, candidate)) continue
      best = candidate
      bestDepth = foundDepths[found]!
      break
    }
    if (best === undefined) {
      i++
      continue
    }
    if (best.category === null) {
      i = positions[bestDepth - 1]! + 1
      continue
    }
    const cueLast = positions[best.cueWords - 1]!
    const start = words[i]!.start
    const end = words[cueLast]!.end
    quotes ??= findQuoteSpans(sentence)
    matches.push({
      cue: sentence.slice(start, end),
      category: best.category,
      start,
      end,
      inQuote: isInQuote(quotes, start, end),
    })
    // Look-ahead words are not consumed: "sources said" leaves "said" for the next cue.
    i = cueLast + 1
  }
  return matches
}
