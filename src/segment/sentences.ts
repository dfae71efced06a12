/**
 * Sentences inside one block, with exact offsets.
 *
 * A hand-written scanner rather than Intl.Segmenter: the segmenter splits inside
 * "Washington.[1][5] The", after "U.S." and "Mr.", and is quadratic on one huge string in
 * Node 20 (../shared/GUIDE.md). This one is linear: one pass over the terminators.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.

import { NOTE_NUMBER_BEFORE_SOURCE, NOTE_NUMBER_SOURCE } from '../document/index.js'
import { BEFORE_A_NUMBER, NEVER_FINAL, SENTENCE_OPENERS, SOMETIMES_FINAL } from './abbreviations.js'
import { HTML_FOOTNOTE_CALL_PLAIN_SOURCE } from './html-footnote-calls.js'
import { findQuoteSpans, type QuoteSpan } from './quotes.js'

/** One sentence: offsets into the input (`end` exclusive), whitespace trimmed. */
export interface SentenceSpan {
  start: number
  end: number
}

const TERMINATOR = /[.!?…]{1,10}/g
// After the terminator: closing quotes/brackets, then footnote markers, then whitespace.
// Markers include editors' tags ("[who?]", "{{cn}}"), superscripts ("²", "<sup>2</sup>") and note
// numbers set on the line ("speeds.1 The", ../document/note-numbers.ts).
const AFTER_TERMINATOR = new RegExp(
  String.raw`["”’')\]»]{0,4}(?:\[\^?[\w ,–—?'’-]{1,40}\]|\{\{[^{}\n]{1,60}\}\}|[¹²³⁰⁴-⁹⁻]{1,10}|<sup>[^<>\n]{1,20}<\/sup>|${HTML_FOOTNOTE_CALL_PLAIN_SOURCE}|${NOTE_NUMBER_BEFORE_SOURCE}${NOTE_NUMBER_SOURCE}){0,20}["”’')»]{0,2}(?=(\s{1,1000})(\S)?|$)`,
  'y',
)
// A terminator inside brackets ("[who?]", "[Ed.]", "[...]") ends no sentence.
const INSIDE_BRACKETS = /\[[^[\]\n]{0,60}$/
// Nor one inside parentheses that close later on the line: "(9th Cir. Dec. 1, 2026)", "(approx.
// 40 km)". "(See below.) Next" ends at its closing parenthesis, as before.
const PARENTHESIS_WINDOW = 200
const WORD_BEFORE = /([\p{L}.]{1,12})$/u
const WORD_AFTER = /[\p{L}']{1,20}/uy
// What "No.", "Vol.", "Art." take: a number, a roman one ("Art. III"), a range or a list.
const NUMBER_AFTER = /\d|[IVXLC]{2,6}\b/y
const HAS_CONTENT = /[\p{L}\p{N}]/u
// A Markdown image alone on its line ("![Mary Teller at the lighthouse](https://…/teller.jpg)"):
// its alt text describes a picture for readers who cannot see it; it claims nothing. The caption
// on the next line starts the sentence.
const IMAGE_LINE =
  /^!\[[^\]\n]{0,500}\]\([ \t]{0,3}<?[^\s()<>]{1,2000}>?(?:[ \t]{1,3}"[^"\n]{0,300}")?[ \t]{0,3}\)[ \t]{0,3}(?:\r\n|\r|\n|$)/

/**
 * Splits `input.slice(start, end)` into sentences. A direct quote that spans sentences stays in
 * one; footnote markers after the full stop belong to the sentence they follow.
 */
export function splitSentences(input: string, start: number, end: number): SentenceSpan[] {
  const quotes = findQuoteSpans(input, { from: start, to: end, mode: 'block' })
  const sentences: SentenceSpan[] = []
  let sentenceStart = start
  let quoteIndex = 0
  // Terminators are searched in the block's own text: searching the whole input from `start`
  // would run to the next full stop anywhere after the block, quadratic over many short blocks.
  const text = input.slice(start, end)
  TERMINATOR.lastIndex = 0

  for (let match = TERMINATOR.exec(text); match; match = TERMINATOR.exec(text)) {
    const at = start + match.index
    const afterTerminator = at + match[0].length
    if (
      input[afterTerminator] === ']' &&
      INSIDE_BRACKETS.test(input.slice(Math.max(sentenceStart, at - 60), at))
    ) {
      continue
    }
    if (input[afterTerminator] !== ')' && insideParentheses(input, sentenceStart, at)) continue
    while (quoteIndex < quotes.length && quotes[quoteIndex]!.end <= at) quoteIndex++
    const quote: QuoteSpan | undefined = quotes[quoteIndex]
    const insideQuote = quote !== undefined && quote.start < at && at < quote.end
    // Inside a quote, only a terminator right before the closing mark can end the sentence.
    if (insideQuote && afterTerminator < quote.end - 1) continue

    AFTER_TERMINATOR.lastIndex = afterTerminator
    const after = AFTER_TERMINATOR.exec(input)
    if (!after) continue
    const sentenceEnd = afterTerminator + after[0].length
    if (sentenceEnd > end) continue
    const atBlockEnd = sentenceEnd === end || after[1] === undefined || sentenceEnd + after[1].length >= end
    if (!atBlockEnd) {
      const nextChar = after[2]
      if (nextChar === undefined || !startsSentence(nextChar)) continue
      if (
        match[0] === '.' &&
        !isBoundaryAfterFullStop(input, sentenceStart, at, sentenceEnd + after[1]!.length)
      ) {
        continue
      }
    }
    pushSentence(input, sentenceStart, sentenceEnd, sentences)
    sentenceStart = sentenceEnd
    TERMINATOR.lastIndex = sentenceEnd - start
  }
  pushSentence(input, sentenceStart, end, sentences)
  return sentences
}

/**
 * Is the terminator at `at` inside parentheses opened after `from` that close later on its line?
 * Two bounded scans of character codes, one back and one forward: no slice, no expression.
 */
function insideParentheses(input: string, from: number, at: number): boolean {
  const stop = Math.max(from, at - PARENTHESIS_WINDOW)
  let opened = false
  for (let i = at - 1; i >= stop; i--) {
    const code = input.charCodeAt(i)
    if (code === 40 /* ( */) {
      opened = true
      break
    }
    if (code === 41 /* ) */ || code === 10 || code === 13) return false
  }
  if (!opened) return false
  const end = Math.min(input.length, at + 1 + PARENTHESIS_WINDOW)
  for (let i = at + 1; i < end; i++) {
    const code = input.charCodeAt(i)
    if (code === 41) return true
    if (code === 40 || code === 10 || code === 13) return false
  }
  return false
}

function startsSentence(char: string): boolean {
  return /[\p{Lu}\p{N}"“‘'([¿¡«]/u.test(char) || !/[\p{Ll}]/u.test(char)
}

/** Decides whether the full stop at `at` ends a sentence, looking at the word before and after. */
function isBoundaryAfterFullStop(
  input: string,
  sentenceStart: number,
  at: number,
  nextStart: number,
): boolean {
  const before = WORD_BEFORE.exec(input.slice(Math.max(sentenceStart, at - 12), at))
  if (!before) return true
  const word = before[1]!.toLowerCase().replace(/^\.{1,12}/, '')
  if (BEFORE_A_NUMBER.has(word)) {
    // "No. 5", and "No.1 Hit", whose number the terminator's markers took.
    if (/\d/.test(input[at + 1] ?? '')) return false
    NUMBER_AFTER.lastIndex = nextStart
    return !NUMBER_AFTER.test(input)
  }
  if (NEVER_FINAL.has(word)) return false
  // A single capital is an initial ("John F. Kennedy"), unless it closes a dotted abbreviation.
  if (/^\p{Lu}$/u.test(before[1]!)) return false
  if (SOMETIMES_FINAL.has(word)) {
    WORD_AFTER.lastIndex = nextStart
    const next = WORD_AFTER.exec(input)
    return next !== null && SENTENCE_OPENERS.has(next[0].toLowerCase())
  }
  return true
}

function pushSentence(input: string, start: number, end: number, sentences: SentenceSpan[]): void {
  let from = start
  let to = end
  while (from < to && isSpace(input.charCodeAt(from))) from++
  while (to > from && isSpace(input.charCodeAt(to - 1))) to--
  if (to <= from) return
  if (input.charCodeAt(from) === 33 /* ! */) {
    const image = IMAGE_LINE.exec(input.slice(from, Math.min(to, from + 3000)))
    if (image) {
      from += image[0].length
      while (from < to && isSpace(input.charCodeAt(from))) from++
      if (to <= from) return
    }
  }
  if (
    !HAS_CONTENT.test(input.slice(from, Math.min(to, from + 2000))) ||
    isOnlyMarkers(input.slice(from, to))
  ) {
    // Stray markers or punctuation: attach to the sentence before, if any.
    const last = sentences[sentences.length - 1]
    if (last) last.end = to
    return
  }
  sentences.push({ start: from, end: to })
}

function isOnlyMarkers(text: string): boolean {
  return (
    text.length <= 200 &&
    /^(?:\s{0,5}(?:\[\^?[\w ,–—?'’-]{1,40}\]|\{\{[^{}\n]{1,60}\}\}|[¹²³⁰⁴-⁹⁻]{1,10})){1,20}[.,;:!?]{0,3}$/.test(
      text,
    )
  )
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029
  )
}
