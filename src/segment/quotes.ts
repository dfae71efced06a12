/**
 * Direct-quote spans in one sentence: where the words are someone else's.
 *
 * A single linear scan over the characters, no regular expression. Handles straight `"`
 * (deciding opening or closing from the characters around it), curly “ ” and „, guillemets
 * « », Penn-Treebank ``…'' and curly single quotes ‘ ’ (a `’` followed by a letter is an
 * apostrophe, as in "We’re"). Unbalanced quotes never throw: an opening mark without its
 * closing one runs to the end of the sentence, and a closing mark before any opening one
 * means the sentence began inside a quote that started in an earlier sentence.
 */

/** A quoted stretch of a sentence; `start`/`end` include the quote marks, `end` exclusive. */
export interface QuoteSpan {
  start: number
  end: number
}

// What is open: nothing, a double quote, a single quote, or a German „ (closed by “).
const Kind = { None: 0, Double: 1, Single: 2, LowDouble: 3 } as const
type Kind = (typeof Kind)[keyof typeof Kind]
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isSpaceOrStart(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0
}

// Characters after which a straight quote opens: start, space, brackets, dashes, colon.
function opensAfter(c: number): boolean {
  return (
    isSpaceOrStart(c) ||
    c === 40 ||
    c === 91 ||
    c === 123 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45 ||
    c === 58
  )
}

function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  return c > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(c))
}

/** How {@link findQuoteSpans} reads a stretch of text. */
export interface QuoteOptions {
  /** Where to start (default 0). Spans are offsets into the whole string. */
  from?: number
  /** Where to stop, exclusive (default the string's length). */
  to?: number
  /**
   * `sentence` (default): an opener without its closer runs to `to`, and a closer with no opener
   * means the text began inside a quote. `block`: both are dropped, and an opener with no closer
   * within a few thousand characters is dropped too, so that one stray mark cannot swallow the
   * rest of a long block when sentences are being cut.
   */
  mode?: 'sentence' | 'block'
}

// In block mode, a quote longer than this is more likely a stray mark than a quotation.
const LONGEST_BLOCK_QUOTE = 3000

/**
 * The direct-quote spans of `sentence`, sorted and non-overlapping, each including its quote
 * marks. Quotes nested inside a quote are part of the outer span. Linear time.
 */
export function findQuoteSpans(sentence: string, options?: QuoteOptions): QuoteSpan[] {
  // A whole sentence's spans are asked for by the claims, hedge, attribution and kind readers in
  // turn: the last answer is kept (shared: read it, never change it).
  if (options === undefined && sentence === lastSentence) return lastSpans
  const spans = scanQuoteSpans(sentence, options ?? {})
  if (options === undefined) {
    lastSentence = sentence
    lastSpans = spans
  }
  return spans
}

let lastSentence: string | undefined
let lastSpans: QuoteSpan[] = []

// Every character the scan acts on. The scan jumps from one to the next with a regex search
// (native code), faster than reading the characters between them one by one.
const QUOTE_MARK = /["“”«»„`'‘’]/g

/** Offset of the first quote mark of `text` at or after `from`, or -1. */
function nextQuoteMark(text: string, from: number): number {
  QUOTE_MARK.lastIndex = from
  const found = QUOTE_MARK.test(text) ? QUOTE_MARK.lastIndex - 1 : -1
  QUOTE_MARK.lastIndex = 0
  return found
}

function scanQuoteSpans(sentence: string, options: QuoteOptions): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const from = options.from ?? 0
  const n = options.to ?? sentence.length
  // The marks are searched for in the text up to `to` only (a slice shares the characters).
  const view = n === sentence.length ? sentence : sentence.slice(0, n)
  const firstMark = nextQuoteMark(view, from)
  if (firstMark === -1) return spans
  let openAt = -1
  let open: Kind = Kind.None
  const block = options.mode === 'block'
  const closeAt = (end: number): void => {
    spans.push({ start: openAt, end })
    openAt = -1
    open = Kind.None
  }
  // A closing mark with nothing open: the sentence started inside a quote from before.
  const orphanClose = (end: number): void => {
    if (spans.length === 0 && !block) spans.push({ start: from, end })
  }
  // Only quote marks change the state, so the scan visits them alone.
  for (let i = firstMark; i !== -1; i = nextQuoteMark(view, i + 1)) {
    const c = sentence.charCodeAt(i)
    if (block && openAt !== -1 && i - openAt > LONGEST_BLOCK_QUOTE) {
      // Drop the stray opener (the first mark past its reach is where the character-by-character
      // scan dropped it too); marks it passed over stay unread, so the scan stays linear.
      openAt = -1
      open = Kind.None
    }
    if (c === 0x22) {
      // straight double quote
      if (open === Kind.Double || open === Kind.LowDouble) {
        closeAt(i + 1)
        continue
      }
      if (open !== Kind.None) continue
      const before = i > from ? sentence.charCodeAt(i - 1) : Number.NaN
      const after = i + 1 < n ? sentence.charCodeAt(i + 1) : Number.NaN
      if (opensAfter(before) && !isSpaceOrStart(after)) {
        openAt = i
        open = Kind.Double
      } else if (before >= 48 && before <= 57) {
        // 5" is an inch mark, not a quote
      } else if (!opensAfter(before) && !isWordChar(after)) {
        orphanClose(i + 1)
      } else {
        openAt = i
        open = Kind.Double
      }
    } else if (c === 0x201c) {
      // “ opens, except that it closes a German „…“
      if (open === Kind.LowDouble) closeAt(i + 1)
      else if (open === Kind.None) {
        openAt = i
        open = Kind.Double
      }
    } else if (c === 0x201d || c === 0xbb) {
      // ” and »
      if (open === Kind.Double || open === Kind.LowDouble) closeAt(i + 1)
      else if (open === Kind.None) orphanClose(i + 1)
    } else if (c === 0x201e || c === 0xab) {
      // „ and «
      if (open === Kind.None) {
        openAt = i
        open = c === 0x201e ? Kind.LowDouble : Kind.Double
      }
    } else if (c === 0x60 && i + 1 < n && sentence.charCodeAt(i + 1) === 0x60) {
      // `` (Penn Treebank opening quote)
      if (open === Kind.None) {
        openAt = i
        open = Kind.Double
      }
      i++
    } else if (c === 0x27 && i + 1 < n && sentence.charCodeAt(i + 1) === 0x27) {
      // '' (Penn Treebank closing quote)
      if (open === Kind.Double) closeAt(i + 2)
      else if (open === Kind.None) orphanClose(i + 2)
      i++
    } else if (c === 0x2018) {
      // ‘ opens a single quote only at the start of a word
      const before = i > from ? sentence.charCodeAt(i - 1) : Number.NaN
      if (open === Kind.None && (opensAfter(before) || before === 0x201c)) {
        openAt = i
        open = Kind.Single
      }
    } else if (c === 0x2019 && open === Kind.Single) {
      // ’ closes a single quote unless a letter follows (then it is an apostrophe)
      const after = i + 1 < n ? sentence.charCodeAt(i + 1) : Number.NaN
      if (!isWordChar(after)) closeAt(i + 1)
    }
  }
  if (openAt !== -1 && !block) spans.push({ start: openAt, end: n })
  return spans
}

/** True when the stretch `[start, end)` lies inside one of `spans` (sorted, from findQuoteSpans). */
export function isInQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (end <= s.start) hi = mid - 1
    else if (start >= s.end) lo = mid + 1
    else return start >= s.start && end <= s.end
  }
  return false
}
