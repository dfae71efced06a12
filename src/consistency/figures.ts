/**
 * Numbers and dates in a claim, read as ranges so two wordings of one figure can be compared:
 * "over 250 immigrants" is more than 250 (and, had the writer known 300, they would have said so),
 * "about 250" is within a tenth of 250, a round "250" may stand for 248.
 */
import {
  contentTerm,
  FIGURE_VERBS,
  FUNCTION_WORDS,
  looksPastTense,
  MONTHS,
  QUALIFIERS,
  type QualifierKind,
} from './lexicon.js'
import { adjacent, type Token } from './tokens.js'

/** One number in a claim, with what it counts and the range of values it allows. */
export interface Figure {
  /** The value, scale words applied ("2.5 billion" → 2500000000). */
  value: number
  /** Lowest and highest value the wording allows. */
  low: number
  high: number
  /** Terms for what is counted: content-word terms ("immigr"), or "%" and a currency sign. */
  units: string[]
  /**
   * For a bare percentage or amount (nothing counted after it), the terms of what it measures,
   * sorted: "Cloud revenue grew 29%" → ["cloud", "revenu"]. Empty when none is found.
   */
  subject: string[]
  /** Offsets into the claim's text: qualifier to counted noun ("over 250 immigrants"). */
  start: number
  end: number
}

/** One month or year in a claim. */
export interface DateMention {
  field: 'month' | 'year'
  /** "january", "2024". */
  key: string
  /** Day of the month when one follows ("January 20"). */
  day: number | null
  start: number
  end: number
}

// "May" and "March" are also a verb: a month only after one of these or before a number.
const DATE_WORDS_BEFORE = new Set([
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'of',
  'from',
  'through',
  'before',
  'after',
  'during',
  'this',
  'between',
  'and',
])
const AMBIGUOUS_MONTHS = new Set(['may', 'march'])
// Look-up tables of words: Maps, so a word such as "constructor" finds nothing inherited.
function mapOf<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries))
}
const SCALES: ReadonlyMap<string, number> = mapOf({
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
})
const NUMBER_WORDS: ReadonlyMap<string, number> = mapOf({
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
})
// "hundreds of migrants": a range, not a number.
const PLURAL_RANGES: ReadonlyMap<string, [number, number]> = mapOf({
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999e6],
})
const CURRENCY = new Set(['$', '€', '£', '¥'])
// Qualifiers by their last word, longest first: looked up from the word before a number.
const QUALIFIERS_BY_LAST_WORD = new Map<string, (typeof QUALIFIERS)[number][]>()
for (const qualifier of QUALIFIERS) {
  const last = qualifier.words[qualifier.words.length - 1]!
  const list = QUALIFIERS_BY_LAST_WORD.get(last) ?? []
  list.push(qualifier)
  QUALIFIERS_BY_LAST_WORD.set(last, list)
}

/**
 * Every number of a claim that is not a year, a day of a month, a time of day ("4:15 p.m.") or a
 * citation marker.
 */
export function findFigures(text: string, tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = []
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!
    let value: number | null = null
    let range: [number, number] | null = null
    // Maps, not objects and `in`: "constructor", "valueOf" and "toString" are words of an article too.
    if (token.kind === 'number') {
      const before = text[token.start - 1]
      if (before === '[' || before === '^' || isYear(tokens, at) || isDay(tokens, at)) continue
      if (isClockTime(text, tokens, at)) continue
      value = Number(token.text.replace(/,/g, ''))
    } else if (NUMBER_WORDS.has(token.lower) && token.kind === 'word') {
      value = NUMBER_WORDS.get(token.lower)!
    } else if (PLURAL_RANGES.has(token.lower) && tokens[at + 1]?.lower === 'of') {
      range = PLURAL_RANGES.get(token.lower)!
    } else continue
    let last = at
    const units: string[] = []
    if (value !== null) {
      const scale = tokens[at + 1]
      // "2.5 billion", and "2.5bn" written as one word.
      if (scale && SCALES.has(scale.lower) && (scale.start === token.end || adjacent(text, token, scale))) {
        value *= SCALES.get(scale.lower)!
        last = at + 1
      }
      const sign = text[token.start - 1]
      if (sign && CURRENCY.has(sign)) units.push(sign)
      if (text[tokens[last]!.end] === '%') units.push('%')
      const percent = tokens[last + 1]
      if (percent && (percent.lower === 'percent' || percent.lower === 'pct')) {
        units.push('%')
        last++
      }
    } else last = at + 1
    const counted = countedNouns(text, tokens, last)
    units.push(...counted.terms)
    const unitsEnd = counted.lastToken ?? last
    const percentSign = counted.lastToken === null && text[tokens[last]!.end] === '%' ? 1 : 0
    const qualifier = qualifierBefore(text, tokens, at)
    const [low, high] = range ?? interval(value!, qualifier?.kind ?? 'exact', last > at)
    figures.push({
      value: value ?? range![0],
      low,
      high,
      units: units.length > 0 ? units : nounsBefore(tokens, qualifier?.first ?? at),
      subject:
        units.length > 0 && counted.terms.length === 0
          ? measuredBefore(text, tokens, qualifier?.first ?? at)
          : [],
      start: qualifier
        ? tokens[qualifier.first]!.start
        : token.start - (units[0] && CURRENCY.has(units[0]) ? 1 : 0),
      end: tokens[unitsEnd]!.end + percentSign,
    })
    at = unitsEnd
  }
  return figures
}

/** Every month and year named in a claim. */
export function findDates(text: string, tokens: readonly Token[]): DateMention[] {
  const dates: DateMention[] = []
  tokens.forEach((token, at) => {
    if (token.kind === 'word' && token.capital && MONTHS.has(token.lower)) {
      const next = tokens[at + 1]
      const previous = tokens[at - 1]
      const day =
        next?.kind === 'number' && adjacent(text, token, next) && Number(next.text) <= 31
          ? Number(next.text)
          : null
      if (
        AMBIGUOUS_MONTHS.has(token.lower) &&
        day === null &&
        !(previous && DATE_WORDS_BEFORE.has(previous.lower)) &&
        !(next && isYear(tokens, at + 1))
      ) {
        return
      }
      dates.push({
        field: 'month',
        key: token.lower,
        day,
        start: token.start,
        end: day === null ? token.end : next!.end,
      })
    } else if (token.kind === 'number' && isYear(tokens, at) && text[token.start - 1] !== '[') {
      dates.push({ field: 'year', key: token.text, day: null, start: token.start, end: token.end })
    }
  })
  return dates
}

/** Do two figures' ranges overlap (with a little slack for rounding in the arithmetic)? */
export function figuresAgree(a: Figure, b: Figure): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value))
  return a.low <= b.high + slack && b.low <= a.high + slack
}

/**
 * Do two figures count the same thing? They share a unit term, and when both are bare percentages
 * or amounts whose measure is known, it is the same measure: "revenue rose 12%" and "profit rose
 * 15%" are two facts, and so are "revenue" and "cloud revenue".
 */
export function sameUnit(a: Figure, b: Figure): boolean {
  if (!a.units.some((unit) => b.units.includes(unit))) return false
  if (a.subject.length === 0 || b.subject.length === 0) return true
  return a.subject.length === b.subject.length && a.subject.every((term, k) => b.subject[k] === term)
}

function interval(value: number, kind: QualifierKind, scaled: boolean): [number, number] {
  switch (kind) {
    case 'approximate':
      return [value * 0.9, value * 1.1]
    // "over 250": more than 250, and short of the next figure a writer would round to.
    case 'above':
      return [value * 1.000001, value * 1.15]
    case 'at-least':
      return [value, value * 1.15]
    case 'nearly':
      return [value * 0.85, value]
    case 'below':
      return [value * 0.7, value * 0.999999]
    case 'at-most':
      return [0, value]
    default:
      return isRound(value) || scaled ? [value * 0.98, value * 1.02] : [value, value]
  }
}

/** 250, 3000: a number a writer may have rounded to. */
function isRound(value: number): boolean {
  return Number.isInteger(value) && value >= 10 && value % 10 === 0
}

function qualifierBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
): { kind: QualifierKind; first: number } | null {
  const before = tokens[at - 1]
  for (const qualifier of before ? (QUALIFIERS_BY_LAST_WORD.get(before.lower) ?? []) : []) {
    const first = at - qualifier.words.length
    if (first < 0) continue
    let fits = true
    for (let k = 0; k < qualifier.words.length && fits; k++) {
      const token = tokens[first + k]!
      const next = tokens[first + k + 1]!
      fits = token.lower === qualifier.words[k] && gapIsBlank(text, token.end, next.start)
    }
    if (fits) return { kind: qualifier.kind, first }
  }
  return null
}

// Spaces, or a currency sign before the number: "over $2 billion"; with `percent`, also the "%" of
// a figure read past ("rose 12% to $31.5 billion").
function gapIsBlank(text: string, from: number, to: number, percent = false): boolean {
  if (to - from > 3) return false
  for (let at = from; at < to; at++) {
    const c = text[at]!
    if (c !== ' ' && c !== '\u00a0' && !CURRENCY.has(c) && !(percent && c === '%')) return false
  }
  return to > from
}

/** Up to two content words right after a number: what it counts ("undocumented immigrants"). */
function countedNouns(
  text: string,
  tokens: readonly Token[],
  last: number,
): { terms: string[]; lastToken: number | null } {
  const terms: string[] = []
  let lastToken: number | null = null
  for (let at = last + 1; at < tokens.length && at <= last + 3 && terms.length < 2; at++) {
    const token = tokens[at]!
    if (!adjacent(text, tokens[at - 1]!, token, true) || token.kind !== 'word') break
    if (FUNCTION_WORDS.has(token.lower)) break
    // "250 immigrants accused of …": the verb after the noun is not what is counted.
    if (terms.length > 0 && looksPastTense(token.lower)) break
    terms.push(contentTerm(token.lower))
    lastToken = at
  }
  return { terms, lastToken }
}

/** When nothing follows the number ("the toll rose to 250."), the content words before it. */
function nounsBefore(tokens: readonly Token[], at: number): string[] {
  const terms: string[] = []
  for (let k = at - 1; k >= 0 && k >= at - 4 && terms.length < 2; k--) {
    const token = tokens[k]!
    if (token.kind === 'word' && !FUNCTION_WORDS.has(token.lower) && token.lower.length > 2)
      terms.push(contentTerm(token.lower))
  }
  return terms
}

/**
 * What a bare percentage or amount measures: the words of the noun phrase before it, past the verb
 * and prepositions that tie them ("Cloud revenue grew 29% to $9.8 billion" → cloud revenue, for
 * both figures). An owner ("Acme's", "the company's") is left out; a comma or any other mark
 * between them ends the search, and so does a name written with a capital mid-sentence.
 */
function measuredBefore(text: string, tokens: readonly Token[], at: number): string[] {
  let k = at - 1
  for (let skipped = 0; k >= 0 && skipped < 5; k--, skipped++) {
    const token = tokens[k]!
    if (!gapIsBlank(text, token.end, tokens[k + 1]!.start, true)) return []
    const tie =
      token.kind === 'number' ||
      FUNCTION_WORDS.has(token.lower) ||
      FIGURE_VERBS.has(token.lower) ||
      looksPastTense(token.lower)
    if (!tie) break
  }
  const subject: string[] = []
  for (; k >= 0 && subject.length < 3; k--) {
    const token = tokens[k]!
    const next = tokens[k + 1]!
    const joined =
      subject.length === 0 ? gapIsBlank(text, token.end, next.start, true) : adjacent(text, token, next, true)
    if (!joined) break
    if (token.kind !== 'word' || token.possessive || FUNCTION_WORDS.has(token.lower)) break
    if (looksPastTense(token.lower) || (token.capital && !token.initial)) break
    subject.push(contentTerm(token.lower))
  }
  return subject.sort()
}

/** "4:15 p.m.", "11:30", "3 pm": a time of day, hour or minutes, is no figure. */
function isClockTime(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!
  if (
    text[token.start - 1] === ':' &&
    tokens[at - 1]?.kind === 'number' &&
    tokens[at - 1]!.end === token.start - 1
  )
    return true
  const next = tokens[at + 1]
  if (
    text[token.end] === ':' &&
    next?.kind === 'number' &&
    next.start === token.end + 1 &&
    next.text.length === 2
  )
    return true
  return CLOCK_AFTER.test(text.slice(token.end, token.end + 6))
}

const CLOCK_AFTER = /^ ?(?:[ap]\.m\.|[ap]m\b|[AP]\.?M\b)/

/** A four-digit number between 1800 and 2100 that is not followed by what it counts. */
function isYear(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]
  if (token?.kind !== 'number' || !/^\d{4}$/.test(token.text)) return false
  const value = Number(token.text)
  if (value < 1800 || value > 2100) return false
  const previous = tokens[at - 1]
  if (previous && (DATE_WORDS_BEFORE.has(previous.lower) || MONTHS.has(previous.lower))) return true
  const next = tokens[at + 1]
  return !(next && next.kind === 'word' && !FUNCTION_WORDS.has(next.lower))
}

function isDay(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]
  return previous?.capital === true && MONTHS.has(previous.lower) && Number(tokens[at]!.text) <= 31
}

/** A figure or date of a later claim that no figure or date of the earlier claim agrees with. */
export interface FigureClash {
  kind: 'number' | 'date'
  /** Offsets into the later claim's text. */
  start: number
  end: number
  /** Offsets into the earlier claim's text. */
  earlierStart: number
  earlierEnd: number
}

/**
 * Compares the figures and dates of two claims that state the same fact: a figure of the later
 * claim clashes when the earlier one counts the same thing and none of its figures for it agree
 * ("300 immigrants" after "over 250 immigrants"); a month or year clashes when the earlier claim
 * names months (or years) and none is the same ("in March" after "in January").
 */
export function compareFigures(
  later: { figures: readonly Figure[]; dates: readonly DateMention[] },
  earlier: { figures: readonly Figure[]; dates: readonly DateMention[] },
): FigureClash | null {
  for (const figure of later.figures) {
    const counted = earlier.figures.filter((other) => sameUnit(figure, other))
    if (counted.length === 0 || counted.some((other) => figuresAgree(figure, other))) continue
    const other = counted[0]!
    return {
      kind: 'number',
      start: figure.start,
      end: figure.end,
      earlierStart: other.start,
      earlierEnd: other.end,
    }
  }
  for (const field of ['month', 'year'] as const) {
    const mine = later.dates.filter((date) => date.field === field)
    const theirs = earlier.dates.filter((date) => date.field === field)
    if (mine.length === 0 || theirs.length === 0) continue
    const clash = mine.find(
      (date) =>
        !theirs.some(
          (other) =>
            other.key === date.key && (date.day === null || other.day === null || date.day === other.day),
        ),
    )
    if (clash) {
      const other = theirs[0]!
      return {
        kind: 'date',
        start: clash.start,
        end: clash.end,
        earlierStart: other.start,
        earlierEnd: other.end,
      }
    }
  }
  return null
}
