/**
 * Feature extraction for the check-worthiness scorer.
 *
 * Shared verbatim by `scripts/train-checkworthiness.mjs` (which bundles this file with esbuild) and by
 * `check-worthiness.ts`, so the weights are always applied to the features they were fitted on.
 * Pure: no `node:` imports, no globals, no per-call regex compilation. Work per call is bounded by
 * `maxChars` and `maxTokens`, so a pathological "sentence" costs no more than a long ordinary one.
 */

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
const YEAR_PATTERN = /^(?:1[89]\d\d|20\d\d)$/
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
  if (YEAR_PATTERN.test(raw)) return '<year>'
  // Keep the shape (length, separators) but not the value: "1,000" -> "0,000".
  return raw.replace(DIGIT_PATTERN, '0')
}

function tokenise(text: string, maxTokens: number): Token[] {
  const tokens: Token[] = []
  TOKEN_PATTERN.lastIndex = 0
  let match: RegExpExecArray | null = TOKEN_PATTERN.exec(text)
  while (match !== null && tokens.length < maxTokens) {
    const raw = match[0]
    const first = raw.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) {
      tokens.push({ norm: normaliseNumber(raw), raw, kind: 'number' })
    } else if (SYMBOLS.has(raw)) {
      tokens.push({ norm: raw === '“' || raw === '”' ? '"' : raw, raw, kind: 'symbol' })
    } else {
      // Also numbers in non-ASCII digits ("٣٠"): kept verbatim as words; the training data has none.
      tokens.push({ norm: raw.toLowerCase().replace('’', "'"), raw, kind: 'word' })
    }
    match = TOKEN_PATTERN.exec(text)
  }
  TOKEN_PATTERN.lastIndex = 0
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
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'first',
  'second',
  'third',
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

function bucketCount(count: number): string {
  if (count === 0) return '0'
  if (count === 1) return '1'
  if (count <= 3) return '2-3'
  return '4+'
}

function bucketLength(count: number): string {
  if (count <= 3) return '1-3'
  if (count <= 6) return '4-6'
  if (count <= 10) return '7-10'
  if (count <= 20) return '11-20'
  if (count <= 40) return '21-40'
  return '41+'
}

// `text` is only read at its last 16 characters (end punctuation), so passing a huge string is cheap.
function cueNames(tokens: Token[], text: string): string[] {
  const cues: string[] = []
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
    const capitalised = UPPER_START_PATTERN.test(token.raw)
    if (capitalised && i > 0 && norm !== 'i' && !norm.startsWith("i'")) {
      capitalisedInside++
      if (!inNameRun) nameRuns++
      inNameRun = true
    } else {
      inNameRun = false
    }
    if (ALL_UPPER_PATTERN.test(token.raw)) cues.push('acronym')
    if (COMPARATIVE_WORDS.has(norm)) comparatives++
    if (MAGNITUDE_WORDS.has(norm)) magnitudes++
    if (NUMBER_WORDS.has(norm)) numberWords++
    if (EVENT_VERBS.has(norm)) eventVerbs++
    if (norm.length > 4 && norm.endsWith('ed')) pastTense++
    if (OPINION_MARKERS.has(norm)) opinion++
    if (FIRST_SECOND_PERSON.has(norm)) person++
    if (META_WORDS.has(norm)) meta++
  }
  cues.push('numbers:' + bucketCount(numbers))
  if (years > 0) cues.push('year')
  if (numbers + numberWords > 0) cues.push('any-number')
  cues.push('capitalised-inside:' + bucketCount(capitalisedInside))
  cues.push('name-runs:' + bucketCount(nameRuns))
  cues.push('comparatives:' + bucketCount(comparatives))
  cues.push('magnitudes:' + bucketCount(magnitudes))
  cues.push('event-verbs:' + bucketCount(eventVerbs))
  cues.push('past-tense:' + bucketCount(pastTense))
  cues.push('opinion:' + bucketCount(opinion))
  cues.push('person:' + bucketCount(person))
  if (meta > 0) cues.push('meta')
  if (quotes > 0) cues.push('quote')
  if (questionMarks > 0) cues.push('question-mark')
  const first = tokens[0]
  if (first !== undefined && WH_WORDS.has(first.norm)) cues.push('starts-wh')
  cues.push('length:' + bucketLength(words))
  const last = lastVisibleChar(text)
  cues.push('ends:' + (last === '.' || last === '?' || last === '!' || last === ':' ? last : 'other'))
  if (numbers > 0 && comparatives > 0) cues.push('number+comparative')
  if (nameRuns > 0 && eventVerbs + pastTense > 0) cues.push('name+event')
  if (opinion > 0 && numbers + magnitudes === 0) cues.push('opinion-without-number')
  return cues
}

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
 * Turns a sentence into hashed sparse features: lower-cased word n-grams, character n-grams inside padded
 * words, and cue features (numbers, years, capitalised names, comparatives, event verbs, opinion and
 * first/second-person markers, questions, length). Each family is scaled by 1/sqrt(its feature count) so
 * long sentences do not outweigh short ones. Pure and deterministic; linear in `min(length, maxChars)`.
 */
export function extractCheckWorthinessFeatures(
  sentence: string,
  options: Readonly<CheckWorthinessFeatureOptions> = DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS,
): SparseFeatures {
  const mask = (1 << options.hashBits) - 1
  const head = sentence.length > options.maxChars ? sentence.slice(0, options.maxChars) : sentence
  const tokens = tokenise(head, options.maxTokens)
  const indices: number[] = []
  const values: number[] = []

  // Word n-grams, with sentence boundary markers so "well ," at the start differs from mid-sentence.
  const wordStart = indices.length
  // Int32Array: hashes outside the small-integer range would otherwise be boxed one by one.
  const tokenHashes = new Int32Array(tokens.length + 2)
  tokenHashes[0] = fnvString(FNV_OFFSET, '<s>')
  for (let i = 0; i < tokens.length; i++) tokenHashes[i + 1] = fnvString(FNV_OFFSET, tokens[i]!.norm)
  tokenHashes[tokens.length + 1] = fnvString(FNV_OFFSET, '</s>')
  for (let i = 1; i <= tokens.length; i++) indices.push(finalise(fnvStep(tokenHashes[i]!, NS_WORD)) & mask)
  for (let n = 2; n <= options.maxWordNgram; n++) {
    for (let i = 0; i + n <= tokenHashes.length; i++) {
      let h = fnvStep(FNV_OFFSET, NS_WORD + n)
      for (let k = 0; k < n; k++) h = fnvStep(Math.imul(h, 31) ^ tokenHashes[i + k]!, NGRAM_SEPARATOR)
      indices.push(finalise(h) & mask)
    }
  }
  fillScaled(values, indices.length - wordStart)

  // Character n-grams inside " word " (padded), computed by rolling FNV: no substrings are allocated.
  if (options.minCharNgram > 0) {
    const charStart = indices.length
    const seed = fnvStep(FNV_OFFSET, NS_CHAR)
    const { minCharNgram, maxCharNgram } = options
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      if (token.kind === 'symbol') continue
      // The word padded with a space on each side, read in place: position p is word[p - 1].
      const word = token.norm
      const paddedLength = word.length + 2
      for (let start = 0; start < paddedLength; start++) {
        let h = seed
        const end = Math.min(paddedLength, start + maxCharNgram)
        for (let p = start; p < end; p++) {
          h = fnvStep(h, p === 0 || p === paddedLength - 1 ? 0x20 : word.charCodeAt(p - 1))
          if (p - start + 1 >= minCharNgram) indices.push(finalise(h) & mask)
        }
      }
    }
    fillScaled(values, indices.length - charStart)
  }

  if (options.handFeatures) {
    for (const cue of cueNames(tokens, sentence)) {
      indices.push(finalise(fnvString(fnvStep(FNV_OFFSET, NS_CUE), cue)) & mask)
      values.push(1)
    }
  }
  return { indices, values }
}

function fillScaled(values: number[], count: number): void {
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0
  for (let i = 0; i < count; i++) values.push(scale)
}
