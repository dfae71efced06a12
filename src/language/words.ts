/**
 * Word tokens of one string, with offsets: the one tokenizer every language signal uses.
 *
 * A word is a run of letters, marks and digits, optionally joined by apostrophes or hyphens
 * ("don't", "Rubio's", "so-called"). Every repetition is bounded, so a megabyte of letters is
 * scanned in slices of 64 and never backtracks far.
 */

/** One word of a string: its text, lower-cased form (with `’` read as `'`) and offsets. */
export interface WordToken {
  /** The word exactly as written. */
  readonly text: string
  /** Lower-cased, curly apostrophes and non-ASCII hyphens normalised, for lexicon look-up. */
  readonly lower: string
  /** Offset of the first character, 0-based. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
}

const WORD = /[\p{L}\p{M}\p{N}]{1,64}(?:['’\-‐‑][\p{L}\p{M}\p{N}]{1,64}){0,4}/gu
const WORD_SCAN = new RegExp(WORD.source, 'gu')
const FANCY_PUNCT = /[’‐‑]/g

/** Lower-case a word, skipping the allocation when it is plain lower-case ASCII already. */
function toLower(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c > 127 || (c >= 65 && c <= 90)) return word.toLowerCase()
  }
  return word
}

/** A word's `WordToken.lower`: lower case, `’` read as `'` and non-ASCII hyphens as `-`. */
export function lowerWord(raw: string): string {
  let lower = toLower(raw)
  if (lower !== raw && (lower.includes('’') || lower.includes('‐') || lower.includes('‑'))) {
    lower = lower.replace(FANCY_PUNCT, (c) => (c === '’' ? "'" : '-'))
  }
  // Treebank-style text splits "could n't": read the stray "n't" as "not".
  return lower === "n't" ? 'not' : lower
}

// Up to this length, `wordTexts` reads a text with one `match` (no match object per word); beyond
// it, word by word, stopping at the limit.
const MATCH_ALL_CHARS = 100_000

/**
 * The first `limit` words of `text` as written (`WordToken.text`), without offsets or token
 * objects: for a sample that only counts and looks words up (the language guess).
 */
export function wordTexts(text: string, limit: number): string[] {
  if (text.length <= MATCH_ALL_CHARS) {
    const all = text.match(WORD_SCAN) ?? []
    if (all.length > limit) all.length = limit
    return all
  }
  const words: string[] = []
  WORD_SCAN.lastIndex = 0
  for (let m = WORD_SCAN.exec(text); m !== null && words.length < limit; m = WORD_SCAN.exec(text))
    words.push(m[0])
  WORD_SCAN.lastIndex = 0
  return words
}

// The last sentence's words: hedges, attribution and claim kind each read the same sentence in
// turn, so it is tokenized once instead of three times (a profile's hot path).
let lastText: string | undefined
let lastWords: WordToken[] = []

/**
 * All words of `text`, in order. Linear in the length of `text`; `limit` stops early (a
 * language guess needs only a sample). The array is shared with the next caller asking for the
 * same text: read it, never change it.
 */
export function findWords(text: string, limit = Number.POSITIVE_INFINITY): WordToken[] {
  const whole = limit === Number.POSITIVE_INFINITY
  if (whole && text === lastText) return lastWords
  const words: WordToken[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0]
    words.push({ text: raw, lower: lowerWord(raw), start: m.index, end: m.index + raw.length })
    if (words.length >= limit) break
  }
  WORD.lastIndex = 0
  if (whole) {
    lastText = text
    lastWords = words
  }
  return words
}

/**
 * Call `visit` for every word of `text` without building token objects: for whole-document
 * scans where most words are skipped at once.
 */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  // Its own regex object, so a `visit` that calls findWords cannot disturb the scan.
  WORD_SCAN.lastIndex = 0
  for (let m = WORD_SCAN.exec(text); m !== null; m = WORD_SCAN.exec(text)) visit(m[0], m.index)
  WORD_SCAN.lastIndex = 0
}

/** True when the text between two words is whitespace only (so they form one phrase). */
export function isWhitespaceGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x202f && c !== 0x2009)
      return false
  }
  return true
}

/** True when a word starts with an upper-case letter ("Rubio", "May"). */
export function isCapitalised(word: string): boolean {
  // ASCII (most words): no case-mapped strings to make.
  const c = word.charCodeAt(0)
  if (c < 0x80) return c >= 65 && c <= 90
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Possessive determiners, lower case: "his", "their" … (after "the" in several word lists). */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['his', 'her', 'their', 'its', 'our', 'my', 'your']
