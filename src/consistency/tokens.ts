/**
 * Tokens of one claim for the consistency stage: words (with their capitalisation, whether they
 * start a sentence, and a possessive), dotted abbreviations ("U.S.") and numbers ("1,500", "2.5").
 *
 * One bounded regular expression, scanned once: linear in the length of the claim.
 */

/** One token of a claim; offsets are into the claim's text, `end` exclusive. */
export interface Token {
  /** As written, possessive dropped ("Rubio" for "Rubio's"). */
  readonly text: string
  /** Lower case, curly apostrophes read as straight ones. */
  readonly lower: string
  /** `lower` without dots, for matching abbreviations ("u.s." → "us", "sen" for "Sen."). */
  readonly bare: string
  readonly kind: 'word' | 'abbreviation' | 'number'
  readonly start: number
  /** End of the whole token, possessive included. */
  readonly end: number
  /** Starts with a capital letter (or is an abbreviation such as "U.S."). */
  readonly capital: boolean
  /** First word of the claim, or first after a colon, a dash or an opening quote. */
  readonly initial: boolean
  /** Ends in "'s" or "’s". */
  readonly possessive: boolean
  /** A full stop follows at once ("Sen." , "Jr."). */
  readonly dotAfter: boolean
}

// Dotted abbreviations first ("U.S.", "U.S.A."), then words with an optional apostrophe part
// ("Rubio's", "isn't"), then numbers with thousands separators or decimals. Every repetition is
// bounded; a megabyte of letters is read in slices of 64.
const TOKEN =
  /(?:\p{Lu}\.){2,4}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,63}(?:['’][\p{L}\p{M}]{1,3})?|\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?/gu
/** Ends in "'s" or "’s" (either case of the s): a character test, no regex per token. */
function endsPossessive(raw: string): boolean {
  const n = raw.length
  if (n < 2) return false
  const s = raw.charCodeAt(n - 1)
  if (s !== 115 && s !== 83) return false
  const q = raw.charCodeAt(n - 2)
  return q === 39 || q === 0x2019
}
const CAPITAL = /^\p{Lu}/u
// After these a capital letter says nothing about a name: it starts a clause.
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '‘', '(', '—', '–', '-', '•', '*'])

/** The tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // An exec loop, not matchAll (which clones the regex on every call); the hot path of a profile.
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    tokens.push(makeToken(text, match[0], match.index))
  }
  TOKEN.lastIndex = 0
  return tokens
}

/**
 * The tokens of `text` whose offsets {@link addCapitalisedInside} recorded in `bounds`, from pair
 * `from` to pair `to` (exclusive): what `tokenize(text)` gives, without reading the text again.
 */
export function tokensAt(text: string, bounds: readonly number[], from: number, to: number): Token[] {
  const tokens: Token[] = []
  for (let k = 2 * from; k < 2 * to; k += 2) {
    const start = bounds[k]!
    tokens.push(makeToken(text, text.slice(start, bounds[k + 1]!), start))
  }
  return tokens
}

function makeToken(text: string, raw: string, start: number): Token {
  const end = start + raw.length
  const first = raw.charCodeAt(0)
  const kind: Token['kind'] =
    first >= 48 && first <= 57 ? 'number' : raw.includes('.') ? 'abbreviation' : 'word'
  const possessive = kind === 'word' && endsPossessive(raw)
  const base = possessive ? raw.slice(0, -2) : raw
  const lowered = base.toLowerCase()
  const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered
  return {
    text: base,
    lower,
    bare: kind === 'abbreviation' ? lower.replace(/\./g, '') : lower,
    kind,
    start,
    end,
    // ASCII first: the Unicode property test only for letters outside it.
    capital: kind !== 'number' && (first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(raw)),
    initial: isClauseStart(text, start),
    possessive,
    dotAfter: text.charCodeAt(end) === 46,
  }
}

/**
 * Adds to `into` the lower case (`Token.lower`) of every token of `text` that is `capital` and not
 * `initial`: what `tokenize(text).filter(…)` would give, without building the tokens. With
 * `bounds`, appends every token's start and end to it (two numbers a token) for {@link tokensAt};
 * `into` may then be null to record offsets only.
 */
export function addCapitalisedInside(text: string, into: Set<string> | null, bounds?: number[]): void {
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0]
    if (bounds !== undefined) bounds.push(match.index, match.index + raw.length)
    if (into === null) continue
    const first = raw.charCodeAt(0)
    if (first >= 48 && first <= 57) continue
    if (!(first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(raw))) continue
    if (isClauseStart(text, match.index)) continue
    const possessive = !raw.includes('.') && endsPossessive(raw)
    const lowered = (possessive ? raw.slice(0, -2) : raw).toLowerCase()
    into.add(lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered)
  }
  TOKEN.lastIndex = 0
}

function isClauseStart(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at < 8; at--) {
    const c = text[at]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') continue
    return OPENERS.has(c)
  }
  return start < 8 && text.slice(0, start).trim() === ''
}

/** True when only spaces (or one hyphen) stand between two tokens: they may form one phrase. */
export function adjacent(text: string, left: Token, right: Token, allowHyphen = false): boolean {
  const gap = right.start - left.end
  if (gap < 0 || gap > 3) return false
  if (gap === 0) return false
  for (let at = left.end; at < right.start; at++) {
    const c = text[at]!
    if (c === ' ' || c === '\u00a0') continue
    if (allowHyphen && (c === '-' || c === '‐' || c === '‑') && gap === 1) continue
    return false
  }
  return true
}
