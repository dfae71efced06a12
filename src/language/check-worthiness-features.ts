/**
 * Feature extraction for the check-worthiness scorer.
 *
 * Shared verbatim by `scripts/train-checkworthiness.mjs` (which bundles this file with esbuild) and by
 * `check-worthiness.ts`, so the weights are always applied to the features they were fitted on.
 * Pure: no `node:` imports, no global state but a reused scratch buffer, no per-call regex compilation.
 * Work per call is bounded by `maxChars` and `maxTokens`, so a pathological "sentence" costs no more than a long ordinary one.
 */

import { isYearWord } from './calendar.js'
import { NUMBER_WORDS } from './number-words.js'

/** Settings of the feature extractor; the weights file records the values it was fitted with. */
export interface CheckWorthinessFeatureOptions {
  /** log2 of the number of hash buckets (weights vector length is 2^hashBits). */
  hashBits: number
  /** Largest word n-gram (1 = unigrams only, 2 = uni+bigrams, 3 = up to trigrams). */
  maxWordNgram: number
  /** Smallest character n-gram inside a padded word; 0 disables character n-grams. */
  minCharNgram: number
  /** Largest character n-gram inside a padded word. */
  maxCharNgram: number
  /** Whether to add the hand-written cue features (numbers, years, names, opinion markers, …). */
  handFeatures: boolean
  /** Only the first `maxTokens` tokens are looked at. */
  maxTokens: number
  /** Only the first `maxChars` characters (and the last few, for end punctuation) are looked at. */
  maxChars: number
}

/** Options used when nothing else is given; the trainer writes the ones it used into the weights file. */
export const DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS: Readonly<CheckWorthinessFeatureOptions> = {
  hashBits: 18,
  maxWordNgram: 2,
  minCharNgram: 2,
  maxCharNgram: 5,
  handFeatures: true,
  maxTokens: 200,
  maxChars: 2000,
}

/**
 * A sparse feature vector: parallel arrays of bucket index and value. An index may repeat; a linear model
 * just sums `weight[index] * value` over the entries.
 */
export interface SparseFeatures {
  indices: number[]
  values: number[]
}

/** One token of a sentence as the extractor sees it. */
interface Token {
  /** Lower-cased form, digits normalised (`1990` -> `<year>`, `250` -> `000`). */
  norm: string
  /** Original spelling, for shape cues. */
  raw: string
  kind: 'word' | 'number' | 'symbol'
}

// Every repetition is bounded (see GUIDE: a 3 MB run must not blow the stack). Alternatives start with
// disjoint character classes, so matching is linear.
const TOKEN_PATTERN =
  /\p{N}{1,20}(?:[.,:]\p{N}{1,20}){0,6}|\p{L}[\p{L}\p{M}\p{N}]{0,63}(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]{0,63}){0,4}|[$%£€?!"“”:;]/gu
const SYMBOLS = new Set(['$', '%', '£', '€', '?', '!', '"', '“', '”', ':', ';'])
const DIGIT_PATTERN = /\p{N}/gu
const UPPER_START_PATTERN = /^\p{Lu}/u
const ALL_UPPER_PATTERN = /^\p{Lu}{2,64}$/u

// Namespaces keep a word, a character n-gram and a cue with the same spelling in different buckets.
const NS_WORD = 0x77
const NS_CHAR = 0x63
const NS_CUE = 0x68
const NGRAM_SEPARATOR = 0x20

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME)
}

function fnvString(hash: number, text: string): number {
  let h = hash
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i))
  return h
}

/** murmur3 finaliser: spreads FNV's weak low bits before masking. */
function finalise(hash: number): number {
  let h = hash
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function normaliseNumber(raw: string): string {
  if (isYearWord(raw)) return '<year>'
  // Keep the shape (length, separators) but not the value: "1,000" -> "0,000".
  return raw.replace(DIGIT_PATTERN, '0')
}

function tokenise(text: string, maxTokens: number): Token[] {
  const tokens: Token[] = []
  // One match() for all tokens: no match object per token (`text` is at most `maxChars` long).
  const found = text.match(TOKEN_PATTERN) ?? []
  const count = Math.min(found.length, maxTokens)
  for (let t = 0; t < count; t++) {
    const raw = found[t]!
    const first = raw.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) {
      tokens.push({ norm: normaliseNumber(raw), raw, kind: 'number' })
    } else if (raw.length === 1 && SYMBOLS.has(raw)) {
      tokens.push({ norm: raw === '“' || raw === '”' ? '"' : raw, raw, kind: 'symbol' })
    } else {
      // Also numbers in non-ASCII digits ("٣٠"): kept verbatim as words; the training data has none.
      const lower = raw.toLowerCase()
      tokens.push({ norm: lower.includes('’') ? lower.replace('’', "'") : lower, raw, kind: 'word' })
    }
  }
  return tokens
}

// Cue lexicons. Small on purpose: the n-grams carry most of the signal; these generalise it to news prose.
const COMPARATIVE_WORDS = new Set([
  'more',
  'less',
  'fewer',
  'than',
  'most',
  'least',
  'largest',
  'biggest',
  'highest',
  'lowest',
  'smallest',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'doubled',
  'tripled',
  'half',
  'twice',
  'record',
  'rose',
  'fell',
  'grew',
  'dropped',
  'percent',
  'average',
])
const MAGNITUDE_WORDS = new Set([
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'percent',
  'dollars',
  'dozen',
  'dozens',
])
const EVENT_VERBS = new Set([
  'said',
  'says',
  'voted',
  'passed',
  'signed',
  'announced',
  'reported',
  'revealed',
  'killed',
  'died',
  'arrested',
  'expelled',
  'cut',
  'raised',
  'created',
  'lost',
  'won',
  'spent',
  'paid',
  'built',
  'sent',
  'launched',
  'approved',
  'rejected',
  'vetoed',
  'cost',
  'costs',
  'taken',
  'took',
])
const OPINION_MARKERS = new Set([
  'think',
  'believe',
  'feel',
  'hope',
  'want',
  'wish',
  'guess',
  'suppose',
  'should',
  'must',
  'ought',
  'let',
  "let's",
  'going',
  'gonna',
  'will',
  "i'll",
  "we'll",
  'would',
  'could',
  'might',
  'maybe',
  'perhaps',
  'thank',
  'thanks',
  'please',
  'great',
  'wonderful',
  'terrible',
  'proud',
])
const FIRST_SECOND_PERSON = new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'you', "you're", 'your'])
const META_WORDS = new Set([
  'question',
  'answer',
  'debate',
  'tonight',
  'audience',
  'moderator',
  'minutes',
  'seconds',
  'stay',
  'tuned',
  'updates',
  'click',
  'subscribe',
  'read',
  'here',
])
const WH_WORDS = new Set(['who', 'what', 'why', 'how', 'when', 'where', 'which', 'whether'])

// Every word of the cue lexicons with the lexicons that list it, as bits: one look-up per word
// instead of seven.
const CUE_BIT = { comparative: 1, magnitude: 2, number: 4, event: 8, opinion: 16, person: 32, meta: 64 }
const CUES_OF_WORD = new Map<string, number>()
for (const [bit, words] of [
  [CUE_BIT.comparative, COMPARATIVE_WORDS],
  [CUE_BIT.magnitude, MAGNITUDE_WORDS],
  [CUE_BIT.number, NUMBER_WORDS],
  [CUE_BIT.event, EVENT_VERBS],
  [CUE_BIT.opinion, OPINION_MARKERS],
  [CUE_BIT.person, FIRST_SECOND_PERSON],
  [CUE_BIT.meta, META_WORDS],
] as const) {
  for (const word of words) CUES_OF_WORD.set(word, (CUES_OF_WORD.get(word) ?? 0) | bit)
}

// Cue hashes (FNV + finaliser of the cue's name, before masking), computed once: the cue names are fixed.
const CUE_SEED = fnvStep(FNV_OFFSET, NS_CUE)
function cueHash(name: string): number {
  return finalise(fnvString(CUE_SEED, name))
}
const COUNT_BUCKETS = ['0', '1', '2-3', '4+']
const LENGTH_BUCKETS = ['1-3', '4-6', '7-10', '11-20', '21-40', '41+']
function bucketedCues(prefix: string, buckets: string[]): number[] {
  return buckets.map((bucket) => cueHash(prefix + bucket))
}
const CUE_ACRONYM = cueHash('acronym')
const CUE_NUMBERS = bucketedCues('numbers:', COUNT_BUCKETS)
const CUE_YEAR = cueHash('year')
const CUE_ANY_NUMBER = cueHash('any-number')
const CUE_CAPITALISED_INSIDE = bucketedCues('capitalised-inside:', COUNT_BUCKETS)
const CUE_NAME_RUNS = bucketedCues('name-runs:', COUNT_BUCKETS)
const CUE_COMPARATIVES = bucketedCues('comparatives:', COUNT_BUCKETS)
const CUE_MAGNITUDES = bucketedCues('magnitudes:', COUNT_BUCKETS)
const CUE_EVENT_VERBS = bucketedCues('event-verbs:', COUNT_BUCKETS)
const CUE_PAST_TENSE = bucketedCues('past-tense:', COUNT_BUCKETS)
const CUE_OPINION = bucketedCues('opinion:', COUNT_BUCKETS)
const CUE_PERSON = bucketedCues('person:', COUNT_BUCKETS)
const CUE_META = cueHash('meta')
const CUE_QUOTE = cueHash('quote')
const CUE_QUESTION_MARK = cueHash('question-mark')
const CUE_STARTS_WH = cueHash('starts-wh')
const CUE_LENGTH = bucketedCues('length:', LENGTH_BUCKETS)
const CUE_ENDS = new Map(['.', '?', '!', ':', 'other'].map((end) => [end, cueHash('ends:' + end)]))
const CUE_NUMBER_COMPARATIVE = cueHash('number+comparative')
const CUE_NAME_EVENT = cueHash('name+event')
const CUE_OPINION_WITHOUT_NUMBER = cueHash('opinion-without-number')

/** Index into COUNT_BUCKETS: 0, 1, 2-3, 4+. */
function bucketCount(count: number): number {
  if (count === 0) return 0
  if (count === 1) return 1
  if (count <= 3) return 2
  return 3
}

/** Index into LENGTH_BUCKETS. */
function bucketLength(count: number): number {
  if (count <= 3) return 0
  if (count <= 6) return 1
  if (count <= 10) return 2
  if (count <= 20) return 3
  if (count <= 40) return 4
  return 5
}

// `/^\p{Lu}/u` on a word token, without the regex for ASCII letters (a token starts with a letter).
function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return UPPER_START_PATTERN.test(raw)
}

// `/^\p{Lu}{2,64}$/u` on a word token; a token starting with an ASCII lower-case letter never matches.
function allUpper(raw: string): boolean {
  const c = raw.charCodeAt(0)
  if (c >= 0x61 && c <= 0x7a) return false
  return ALL_UPPER_PATTERN.test(raw)
}

// The cue features' hashes (before masking), in the order the model was fitted with, appended to `out`
// from `at`; returns the new end. At most one per token plus CUE_LIMIT.
// `text` is only read at its last 16 characters (end punctuation), so passing a huge string is cheap.
function cueHashes(tokens: Token[], text: string, out: Int32Array, at: number): number {
  let n = at
  let numbers = 0
  let years = 0
  let capitalisedInside = 0
  let nameRuns = 0
  let inNameRun = false
  let comparatives = 0
  let magnitudes = 0
  let numberWords = 0
  let eventVerbs = 0
  let pastTense = 0
  let opinion = 0
  let person = 0
  let meta = 0
  let quotes = 0
  let questionMarks = 0
  let words = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'number') {
      numbers++
      if (token.norm === '<year>') years++
      inNameRun = false
      continue
    }
    if (token.kind === 'symbol') {
      if (token.norm === '"') quotes++
      else if (token.norm === '?') questionMarks++
      else if (token.norm === '%' || token.norm === '$' || token.norm === '€' || token.norm === '£')
        magnitudes++
      inNameRun = false
      continue
    }
    words++
    const norm = token.norm
    const capitalised = startsUpper(token.raw)
    if (capitalised && i > 0 && norm !== 'i' && !norm.startsWith("i'")) {
      capitalisedInside++
      if (!inNameRun) nameRuns++
      inNameRun = true
    } else {
      inNameRun = false
    }
    if (allUpper(token.raw)) out[n++] = CUE_ACRONYM
    if (norm.length > 4 && norm.endsWith('ed')) pastTense++
    const cues = CUES_OF_WORD.get(norm)
    if (cues === undefined) continue
    if (cues & CUE_BIT.comparative) comparatives++
    if (cues & CUE_BIT.magnitude) magnitudes++
    if (cues & CUE_BIT.number) numberWords++
    if (cues & CUE_BIT.event) eventVerbs++
    if (cues & CUE_BIT.opinion) opinion++
    if (cues & CUE_BIT.person) person++
    if (cues & CUE_BIT.meta) meta++
  }
  out[n++] = CUE_NUMBERS[bucketCount(numbers)]!
  if (years > 0) out[n++] = CUE_YEAR
  if (numbers + numberWords > 0) out[n++] = CUE_ANY_NUMBER
  out[n++] = CUE_CAPITALISED_INSIDE[bucketCount(capitalisedInside)]!
  out[n++] = CUE_NAME_RUNS[bucketCount(nameRuns)]!
  out[n++] = CUE_COMPARATIVES[bucketCount(comparatives)]!
  out[n++] = CUE_MAGNITUDES[bucketCount(magnitudes)]!
  out[n++] = CUE_EVENT_VERBS[bucketCount(eventVerbs)]!
  out[n++] = CUE_PAST_TENSE[bucketCount(pastTense)]!
  out[n++] = CUE_OPINION[bucketCount(opinion)]!
  out[n++] = CUE_PERSON[bucketCount(person)]!
  if (meta > 0) out[n++] = CUE_META
  if (quotes > 0) out[n++] = CUE_QUOTE
  if (questionMarks > 0) out[n++] = CUE_QUESTION_MARK
  const first = tokens[0]
  if (first !== undefined && WH_WORDS.has(first.norm)) out[n++] = CUE_STARTS_WH
  out[n++] = CUE_LENGTH[bucketLength(words)]!
  const last = lastVisibleChar(text)
  out[n++] = CUE_ENDS.get(last === '.' || last === '?' || last === '!' || last === ':' ? last : 'other')!
  if (numbers > 0 && comparatives > 0) out[n++] = CUE_NUMBER_COMPARATIVE
  if (nameRuns > 0 && eventVerbs + pastTense > 0) out[n++] = CUE_NAME_EVENT
  if (opinion > 0 && numbers + magnitudes === 0) out[n++] = CUE_OPINION_WITHOUT_NUMBER
  return n
}

/** The most cue features besides the per-token `acronym` ones. */
const CUE_LIMIT = 24

function lastVisibleChar(text: string): string {
  // Looks at most 16 characters back: trailing quotes, brackets and spaces are skipped.
  for (let i = text.length - 1, seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const c = text[i]!
    if (
      c !== ' ' &&
      c !== '"' &&
      c !== '”' &&
      c !== "'" &&
      c !== '’' &&
      c !== ')' &&
      c !== ']' &&
      c !== '\n'
    ) {
      return c
    }
  }
  return ''
}

/**
 * Scratch space of `collectFeatures`, grown on demand and reused: allocating two typed arrays per sentence
 * cost more than the hashing. Only read between a `collectFeatures` call and the caller's return, so reuse is
 * invisible (calls are synchronous and never nested).
 */
const scratch = {
  indices: new Int32Array(4096),
  tokenHashes: new Int32Array(256),
  codes: new Int32Array(128),
}

/** Family sizes of the features `collectFeatures` left in `scratch.indices`: words, then chars, then cues. */
interface FeatureCounts {
  /** Number of word n-gram features (the first ones). */
  words: number
  /** Number of character n-gram features (next). */
  chars: number
  /** Number of entries of `scratch.indices` in use: word, then character n-grams, then cue features. */
  total: number
}

// The bucket indices of the features, in order, into `scratch.indices`. Every feature of a family has the
// value 1/sqrt(the family's count) (cues: 1).
function collectFeatures(sentence: string, options: Readonly<CheckWorthinessFeatureOptions>): FeatureCounts {
  const mask = (1 << options.hashBits) - 1
  const head = sentence.length > options.maxChars ? sentence.slice(0, options.maxChars) : sentence
  const tokens = tokenise(head, options.maxTokens)
  const { minCharNgram, maxCharNgram } = options

  // Room for every feature: the word n-grams exactly, the character n-grams and cues at most.
  let capacity = 2 * tokens.length + CUE_LIMIT
  for (let n = 2; n <= options.maxWordNgram; n++) capacity += Math.max(0, tokens.length + 3 - n)
  if (minCharNgram > 0) {
    for (let t = 0; t < tokens.length; t++) {
      capacity += (tokens[t]!.norm.length + 2) * Math.max(0, maxCharNgram - minCharNgram + 1)
    }
  }
  if (scratch.indices.length < capacity) scratch.indices = new Int32Array(capacity * 2)
  const indices = scratch.indices
  let n = 0

  // Word n-grams, with sentence boundary markers so "well ," at the start differs from mid-sentence.
  // Int32Array: hashes outside the small-integer range would otherwise be boxed one by one.
  if (scratch.tokenHashes.length < tokens.length + 2)
    scratch.tokenHashes = new Int32Array(tokens.length * 2 + 2)
  const tokenHashes = scratch.tokenHashes
  const hashCount = tokens.length + 2
  tokenHashes[0] = SENTENCE_START_HASH
  for (let i = 0; i < tokens.length; i++) tokenHashes[i + 1] = fnvString(FNV_OFFSET, tokens[i]!.norm)
  tokenHashes[tokens.length + 1] = SENTENCE_END_HASH
  for (let i = 1; i <= tokens.length; i++) indices[n++] = finalise(fnvStep(tokenHashes[i]!, NS_WORD)) & mask
  for (let size = 2; size <= options.maxWordNgram; size++) {
    for (let i = 0; i + size <= hashCount; i++) {
      let h = fnvStep(FNV_OFFSET, NS_WORD + size)
      for (let k = 0; k < size; k++) h = fnvStep(Math.imul(h, 31) ^ tokenHashes[i + k]!, NGRAM_SEPARATOR)
      indices[n++] = finalise(h) & mask
    }
  }
  const words = n

  // Character n-grams inside " word " (padded), computed by rolling FNV: no substrings are allocated.
  if (minCharNgram > 0) {
    const seed = fnvStep(FNV_OFFSET, NS_CHAR)
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      if (token.kind === 'symbol') continue
      // The word padded with a space on each side, as character codes read once.
      const word = token.norm
      const paddedLength = word.length + 2
      if (scratch.codes.length < paddedLength) scratch.codes = new Int32Array(paddedLength * 2)
      const codes = scratch.codes
      codes[0] = 0x20
      for (let p = 1; p <= word.length; p++) codes[p] = word.charCodeAt(p - 1)
      codes[paddedLength - 1] = 0x20
      for (let start = 0; start < paddedLength; start++) {
        let h = seed
        const end = Math.min(paddedLength, start + maxCharNgram)
        // The first minCharNgram - 1 characters make no n-gram of their own yet.
        const first = Math.min(end, start + minCharNgram - 1)
        let p = start
        for (; p < first; p++) h = fnvStep(h, codes[p]!)
        for (; p < end; p++) {
          h = fnvStep(h, codes[p]!)
          indices[n++] = finalise(h) & mask
        }
      }
    }
  }
  const chars = n - words

  if (options.handFeatures) {
    const end = cueHashes(tokens, sentence, indices, n)
    for (; n < end; n++) indices[n] = indices[n]! & mask
  }
  return { words, chars, total: n }
}

const SENTENCE_START_HASH = fnvString(FNV_OFFSET, '<s>')
const SENTENCE_END_HASH = fnvString(FNV_OFFSET, '</s>')

// The value of each feature of a family of `count` features: 1/sqrt(count).
function familyScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0
}

/**
 * Turns a sentence into hashed sparse features: lower-cased word n-grams, character n-grams inside padded
 * words, and cue features (numbers, years, capitalised names, comparatives, event verbs, opinion and
 * first/second-person markers, questions, length). Each family is scaled by 1/sqrt(its feature count) so
 * long sentences do not outweigh short ones. Pure and deterministic; linear in `min(length, maxChars)`.
 */
export function extractCheckWorthinessFeatures(
  sentence: string,
  options: Readonly<CheckWorthinessFeatureOptions> = DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS,
): SparseFeatures {
  const { words, chars, total } = collectFeatures(sentence, options)
  const found = scratch.indices
  const indices: number[] = new Array(total)
  const values: number[] = new Array(total)
  const wordScale = familyScale(words)
  const charScale = familyScale(chars)
  for (let i = 0; i < total; i++) {
    indices[i] = found[i]!
    values[i] = i < words ? wordScale : i < words + chars ? charScale : 1
  }
  return { indices, values }
}

/**
 * `sum(weights[index] * value)` over the features `extractCheckWorthinessFeatures` would return, added in
 * the same order (so the same floating-point result), without building the feature arrays: what a linear
 * scorer needs. Pure; linear in `min(length, maxChars)`.
 */
export function sumCheckWorthinessFeatures(
  sentence: string,
  options: Readonly<CheckWorthinessFeatureOptions>,
  weights: Int16Array,
  scale: number,
  start: number,
): number {
  const { words, chars, total } = collectFeatures(sentence, options)
  const indices = scratch.indices
  let z = start
  const wordScale = familyScale(words)
  for (let i = 0; i < words; i++) z += weights[indices[i]!]! * scale * wordScale
  const charScale = familyScale(chars)
  for (let i = words; i < words + chars; i++) z += weights[indices[i]!]! * scale * charScale
  for (let i = words + chars; i < total; i++) z += weights[indices[i]!]! * scale * 1
  return z
}
