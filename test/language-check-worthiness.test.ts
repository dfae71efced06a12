import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreCheckWorthiness } from '../src/language/check-worthiness.js'
import {
  DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS,
  extractCheckWorthinessFeatures,
} from '../src/language/check-worthiness-features.js'
import weightsFile from '../src/language/check-worthiness-weights.json'

type Case = readonly [name: string, sentence: string]

/** Sentences that state something that needs a source: score >= 0.5. */
const checkWorthy: readonly Case[] = [
  ['a percentage of a world total', "We're consuming 50 percent of the world's cocaine."],
  [
    'an action with a count and a place',
    'Already, Trump has taken action, expelling over 250 immigrants accused of gang affiliations to El Salvador, where they are now imprisoned in a maximum-security facility.',
  ],
  [
    'a named official revealing a policy',
    'Secretary of State Marco Rubio recently revealed that the United States is actively seeking other countries to help take in migrants from third-party nations.',
  ],
  ['a comparison with a year', 'Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.'],
  ['money and a vote', 'The Senate voted 52 to 48 on Tuesday to cut $1.5 billion from the program.'],
]

/** Opinion, meta talk, calls to action and questions: score < 0.5. */
const notCheckWorthy: readonly Case[] = [
  ['a debate courtesy', 'Let me help the governor.'],
  ['meta: stay tuned', 'Stay tuned for more updates as the situation develops.'],
  ['a rhetorical question', 'Who knows what other arrangements might be in the works behind the scenes?'],
  ['thanks', 'Thank you very much.'],
  ['an opinion', 'I think we have to do better than that.'],
]

/** Headline-like short texts: no claim of their own, so below 0.5. */
const headlines: readonly Case[] = [
  ['a topic label', 'Immigration policy'],
  ['a section heading', 'What happens next'],
  ['a title', 'The road ahead for the governor'],
]

describe('scoreCheckWorthiness', () => {
  it.each(checkWorthy)('high: %s', (_name, sentence) => {
    expect(scoreCheckWorthiness(sentence)).toBeGreaterThanOrEqual(0.5)
  })

  it.each(notCheckWorthy)('low: %s', (_name, sentence) => {
    expect(scoreCheckWorthiness(sentence)).toBeLessThan(0.5)
  })

  it.each(headlines)('lowish headline: %s', (_name, sentence) => {
    expect(scoreCheckWorthiness(sentence)).toBeLessThan(0.5)
  })

  it('ranks a number-bearing claim above the same topic as an opinion', () => {
    expect(scoreCheckWorthiness('Crime in Texas fell by 20 percent between 1990 and 1998.')).toBeGreaterThan(
      scoreCheckWorthiness('I feel that crime in Texas is a serious problem.'),
    )
  })

  it.each([
    ['empty string', ''],
    ['whitespace', '   \n\t '],
    ['punctuation only', '?!...'],
    ['non-Latin script', '東京は日本の首都です。'],
  ])('returns a finite number in [0,1] for %s', (_name, sentence) => {
    const score = scoreCheckWorthiness(sentence)
    expect(Number.isFinite(score)).toBe(true)
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(1)
  })

  it.each([
    ['a 5 MB word', 'a'.repeat(5_000_000)],
    ['100,000 words', 'word '.repeat(100_000)],
    ['100,000 numbers', '1,'.repeat(100_000)],
    ['a 3 MB run of hyphenated letters', 'a-'.repeat(1_500_000)],
    ['a 1 MB run of quotes and question marks', '"?'.repeat(500_000)],
  ])('finishes without throwing on %s', (_name, sentence) => {
    const score = scoreCheckWorthiness(sentence)
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(1)
  })

  it('is deterministic', () => {
    const sentence = 'The Senate voted 52 to 48 on Tuesday.'
    const first = scoreCheckWorthiness(sentence)
    for (let i = 0; i < 5; i++) expect(scoreCheckWorthiness(sentence)).toBe(first)
  })

  it('reads only the first maxTokens tokens', () => {
    const head = 'The Senate voted 52 to 48 on Tuesday. '
    const filler = 'word '.repeat(DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS.maxTokens)
    // Same first 200 tokens and same last characters: same features, whatever lies between.
    expect(scoreCheckWorthiness(head + filler + 'x '.repeat(50) + '.')).toBe(
      scoreCheckWorthiness(head + filler + 'y '.repeat(50) + '.'),
    )
  })
})

describe('extractCheckWorthinessFeatures', () => {
  it('keeps every index inside the hash space and every value finite', () => {
    const { indices, values } = extractCheckWorthinessFeatures(
      "We're consuming 50 percent of the world's cocaine.",
    )
    expect(indices.length).toBe(values.length)
    const size = 2 ** DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS.hashBits
    for (const index of indices) expect(index >= 0 && index < size && Number.isInteger(index)).toBe(true)
    for (const value of values) expect(Number.isFinite(value)).toBe(true)
  })

  it('has defaults equal to the options the shipped weights were fitted with', () => {
    // Changing a default without re-running the trainer would silently mismatch features and weights.
    expect(weightsFile.options).toEqual(DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS)
  })
})

// The trainer measured dev F1 with the same features and the same quantised weights; the shipped scorer
// must reproduce it exactly. Skipped when ../shared/data is not beside the repository.
const devPath = new URL('../../shared/data/checkthat-ct24-en-checkworthiness/dev.jsonl', import.meta.url)
describe.skipIf(!existsSync(devPath))('CheckThat! dev split', () => {
  it('reproduces the dev F1 recorded in the weights file', () => {
    const rows = readFileSync(devPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; label: boolean })
    let tp = 0
    let fp = 0
    let fn = 0
    for (const row of rows) {
      const predicted = scoreCheckWorthiness(row.text) >= 0.5
      if (predicted && row.label) tp++
      else if (predicted) fp++
      else if (row.label) fn++
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn)
    expect(f1).toBeCloseTo(weightsFile.provenance.metrics.dev.f1, 4)
  })
})
