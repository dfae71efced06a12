/**
 * Footnote markers in the raw text of a sentence: `[1]`, `[1][5]`, `[1, 2]`, `[1–3]`, `[^note]`,
 * superscript digits (`¹²`, `¹⁻³`), numbers in parentheses (`(1)`, `(2, 3)`), and editors'
 * `[citation needed]` tags.
 *
 * Markers are found in the raw input, not in mdast text nodes: when a document has reference
 * definitions, remark turns `[1][5]` into one linkReference and the 1 disappears from the tree
 * (../shared/GUIDE.md).
 */
import { NOTE_NUMBER_BEFORE_SOURCE, NOTE_NUMBER_SOURCE } from '../document/index.js'
import { HTML_FOOTNOTE_CALL_SOURCE, NEVER_FINAL } from '../segment/index.js'
import { EDITOR_TAGS, EDITOR_TEMPLATES } from './editor-tags.js'

/** One label of a marker; a range or list marker gives one per label, all with the marker's span. */
export interface MarkerMatch {
  label: string
  /** Offset of the marker's `[` (or first superscript digit). */
  start: number
  /** Offset just past the marker's `]` (or last superscript digit). */
  end: number
}

/** An editor's tag asking for a source, such as `[citation needed]` or `[who?]`. */
export interface EditorTagMatch {
  /** The tag as written, brackets included. */
  tag: string
  start: number
  end: number
}

// Every repetition is bounded: an unbounded `(\d+(?:,\d+)*)` throws "Maximum call stack size
// exceeded" on a long run of "1,1,1,…". A marker lists at most 50 labels of at most 4 digits.
// `(?![(:])`: `[1](url)` is link text; `[1]: url` at a line start is a definition.
const MARKER = /\[(?:\^([^\]\s^[]{1,100})|(\d{1,4}(?:[ \t]{0,3}[,;–—-][ \t]{0,3}\d{1,4}){0,49}))\](?!\()/g
const RANGE = /^(\d{1,4})[ \t]{0,3}[–—-][ \t]{0,3}(\d{1,4})$/
// A range that expands to more than this is text, not a marker ("[1-9999]").
const LONGEST_RANGE = 100
const INLINE_CODE = /`{1,10}[^`]{0,2000}`{1,10}/g
// Superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹, lists "¹,²" and ranges "¹⁻³".
const SUPERSCRIPT =
  /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,4}(?:[ \t]?[\u207B,˒‐–][ \t]?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,4}){0,20}/g
const HAS_SUPERSCRIPT = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]|<sup\b/i
// HTML superscripts from converted pages: "<sup>1</sup>", "<sup>2, 3</sup>", "<sup>1–3</sup>",
// "<sup><a href="#fn1">1</a></sup>" (../segment/html-footnote-calls.ts).
const HTML_SUPERSCRIPT = new RegExp(HTML_FOOTNOTE_CALL_SOURCE, 'gi')
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0',
  '\u00B9': '1',
  '\u00B2': '2',
  '\u00B3': '3',
  '\u2074': '4',
  '\u2075': '5',
  '\u2076': '6',
  '\u2077': '7',
  '\u2078': '8',
  '\u2079': '9',
  '\u207B': '-',
  '˒': ',',
  '‐': '-',
  '–': '-',
}
// What comes before an exponent rather than a footnote: a digit ("10²"), a unit or variable of
// one or two letters ("km²", "m³", "mc²"), a caret or a closing bracket ("(a+b)²").
const EXPONENT_BASE = /(?:\d|(?:^|[^\p{L}])\p{L}{1,2}|[\^)])$/u

const escapeTag = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]{1,3}')
// `[citation needed]`, `[citation needed, March 2024]`, `[dubious – discuss]`, `{{cn|date=…}}`.
const EDITOR_TAG = new RegExp(
  `\\[[ \\t]{0,2}(?:${EDITOR_TAGS.map(escapeTag).join('|')})(?:[ \\t]{0,2}[,;:–—-][^\\[\\]\\n]{0,60})?[ \\t]{0,2}\\]|\\{\\{[ \\t]{0,2}(?:${EDITOR_TEMPLATES.map(escapeTag).join('|')})[ \\t]{0,2}(?:\\|[^{}\\n]{0,100})?\\}\\}`,
  'gi',
)

/** Finds the bracketed markers in `input` between `start` and `end`, skipping inline code. */
export function findMarkers(input: string, start: number, end: number): MarkerMatch[] {
  const text = input.slice(start, end)
  return findMarkersInText(text, start, codeSpans(text))
}

/** {@link findMarkers} on an already sliced `text` that starts at `offset`, with its code spans. */
export function findMarkersInText(text: string, offset: number, code: readonly CodeSpan[]): MarkerMatch[] {
  if (!text.includes('[')) return []
  const markers: MarkerMatch[] = []
  MARKER.lastIndex = 0
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    const at = match.index
    if (inSpans(code, at)) continue
    const markerStart = offset + at
    const markerEnd = markerStart + match[0].length
    // A definition line `[^1]: …` or `[1]: url` is a source entry, not a marker.
    if (text[at + match[0].length] === ':' && (at === 0 || text[at - 1] === '\n')) continue
    if (match[1] !== undefined) {
      markers.push({ label: match[1], start: markerStart, end: markerEnd })
      continue
    }
    for (const label of expandLabels(match[2]!)) markers.push({ label, start: markerStart, end: markerEnd })
  }
  return markers
}

/**
 * Superscript markers ("grew 4%²", "¹⁻³", "<sup>2</sup>") in `text`, which starts at `offset`.
 * Exponents are left alone: a superscript digit right after a digit or a one- or two-letter unit
 * ("10²", "km²") is not a marker.
 */
export function findSuperscriptMarkers(
  text: string,
  offset: number,
  code: readonly CodeSpan[],
): MarkerMatch[] {
  if (!HAS_SUPERSCRIPT.test(text)) return []
  const markers: MarkerMatch[] = []
  SUPERSCRIPT.lastIndex = 0
  for (let match = SUPERSCRIPT.exec(text); match; match = SUPERSCRIPT.exec(text)) {
    const at = match.index
    if (inSpans(code, at) || EXPONENT_BASE.test(text.slice(Math.max(0, at - 3), at))) continue
    for (const label of expandLabels(fromSuperscript(match[0]))) {
      markers.push({ label, start: offset + at, end: offset + at + match[0].length })
    }
  }
  if (text.includes('<')) {
    HTML_SUPERSCRIPT.lastIndex = 0
    for (let match = HTML_SUPERSCRIPT.exec(text); match; match = HTML_SUPERSCRIPT.exec(text)) {
      if (inSpans(code, match.index)) continue
      for (const label of expandLabels(match[1]!)) {
        markers.push({ label, start: offset + match.index, end: offset + match.index + match[0].length })
      }
    }
    markers.sort((a, b) => a.start - b.start)
  }
  return markers
}

// "(1)", "(2, 3)", "(5–7)": numbered citations in parentheses, as health sites and medical writing
// (Vancouver style) give them. After a space and at the end of a clause, before punctuation or the
// sentence's end: "you can (1) boil it, (2) steep it" enumerates. Not after "]": `[text](1)` is a link.
const PARENTHESIS_MARKER =
  /(?<=[ \t\u00a0])\((\d{1,4}(?:[ \t]{0,3}[,;–—-][ \t]{0,3}\d{1,4}){0,49})\)(?=[ \t]{0,3}(?:[.,;:!?)"”’*_]|$))/g

/**
 * Numbered citations in parentheses at the end of a clause ("… cell damage (1).", "(2, 3)",
 * "(5–7)") in `text`, which starts at `offset`. The caller reads them only where the article shows
 * the style (some resolve against a numbered source list).
 */
export function findParenthesisMarkers(
  text: string,
  offset: number,
  code: readonly CodeSpan[],
): MarkerMatch[] {
  if (!text.includes('(')) return []
  const markers: MarkerMatch[] = []
  PARENTHESIS_MARKER.lastIndex = 0
  for (let match = PARENTHESIS_MARKER.exec(text); match; match = PARENTHESIS_MARKER.exec(text)) {
    if (inSpans(code, match.index)) continue
    const start = offset + match.index
    for (const label of expandLabels(match[1]!)) markers.push({ label, start, end: start + match[0].length })
  }
  return markers
}

// "speeds.1 The", "mistakes,2 but", "he said.”4": note numbers set on the line
// (../document/note-numbers.ts), before a space or the end.
// Found in two steps: a digit right after punctuation or a closing quote (rare, and cheap to look
// for), then the whole pattern, sticky, at that digit.
const NOTE_NUMBER_CANDIDATE = /[.,;:!?…"”’')]\d/g
const NOTE_NUMBER = new RegExp(`${NOTE_NUMBER_BEFORE_SOURCE}(${NOTE_NUMBER_SOURCE})(?=[ \\t\\r\\n]|$)`, 'y')
const WORD_BEFORE_NUMBER = /(\p{L}{1,12})[.,;:!?…"”’')]{1,5}$/u
// What may follow a note that ends a sentence: the end, or a space and no lower-case letter.
const NEXT_SENTENCE_OR_END = /^(?:\s{0,3}$|\s{1,3}[^\s\p{Ll}])/u

/**
 * Note numbers set on the line ("… benchmark speeds.1 The …", a superscript that lost its raise in
 * a paste) in `text`, which starts at `offset`. A number after an abbreviation that takes one is
 * its argument, not a note: "No.1", "Vol.2", "Fig.3". The caller reads them only where the
 * article shows the style (some resolve against a numbered source list).
 */
export function findNoteNumbers(text: string, offset: number, code: readonly CodeSpan[]): MarkerMatch[] {
  const markers: MarkerMatch[] = []
  NOTE_NUMBER_CANDIDATE.lastIndex = 0
  for (let found = NOTE_NUMBER_CANDIDATE.exec(text); found; found = NOTE_NUMBER_CANDIDATE.exec(text)) {
    NOTE_NUMBER.lastIndex = found.index + 1
    const match = NOTE_NUMBER.exec(text)
    if (match === null || inSpans(code, match.index)) continue
    NOTE_NUMBER_CANDIDATE.lastIndex = match.index + match[0].length
    const word = WORD_BEFORE_NUMBER.exec(text.slice(Math.max(0, match.index - 17), match.index))
    if (word !== null && NEVER_FINAL.has(word[1]!.toLowerCase())) continue
    // After a year ("in 2021.1 The") the note must end the sentence: "release 2021.1 is out" is a version.
    if (
      word === null &&
      !NEXT_SENTENCE_OR_END.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))
    )
      continue
    const start = offset + match.index
    for (const label of expandLabels(match[1]!)) markers.push({ label, start, end: start + match[0].length })
  }
  return markers
}

/** Superscript digits, dashes and commas as plain ones: "¹⁻³" → "1-3", "²" → "2". */
export function fromSuperscript(text: string): string {
  let plain = ''
  for (const char of text) plain += SUPERSCRIPT_DIGITS[char] ?? (char === ',' ? ',' : '')
  return plain
}

/** Editors' tags (`[citation needed]`, `[who?]`, `{{cn}}`) in `text`, which starts at `offset`. */
export function findEditorTags(text: string, offset: number, code: readonly CodeSpan[]): EditorTagMatch[] {
  if (!text.includes('[') && !text.includes('{{')) return []
  const tags: EditorTagMatch[] = []
  EDITOR_TAG.lastIndex = 0
  for (let match = EDITOR_TAG.exec(text); match; match = EDITOR_TAG.exec(text)) {
    if (inSpans(code, match.index)) continue
    tags.push({ tag: match[0], start: offset + match.index, end: offset + match.index + match[0].length })
  }
  return tags
}

/** "1, 3-5" → ["1", "3", "4", "5"]; labels are returned without leading zeros. */
export function expandLabels(list: string): string[] {
  // Most markers hold one number ("[3]"): no splitting for them.
  if (isDigits(list)) return [String(Number(list))]
  const labels: string[] = []
  for (const part of list.split(/[,;]/)) {
    const trimmed = part.trim()
    const range = RANGE.exec(trimmed)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      if (to >= from && to - from <= LONGEST_RANGE) {
        for (let label = from; label <= to; label++) labels.push(String(label))
        continue
      }
    }
    for (const piece of trimmed.split(/[–—-]/)) if (piece.trim()) labels.push(String(Number(piece.trim())))
  }
  return labels
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** An inline code span, `[start, end)` relative to the text it was found in. */
export type CodeSpan = readonly [number, number]

/** The inline code spans (`` `arr[1]` ``) of a text: nothing inside them is a marker or a link. */
export function codeSpans(text: string): CodeSpan[] {
  if (!text.includes('`')) return []
  const spans: CodeSpan[] = []
  INLINE_CODE.lastIndex = 0
  for (let match = INLINE_CODE.exec(text); match; match = INLINE_CODE.exec(text)) {
    spans.push([match.index, match.index + match[0].length])
  }
  return spans
}

/** True when `at` falls inside one of `spans` (sorted, not overlapping): a binary search. */
export function inSpans(spans: readonly CodeSpan[], at: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = spans[middle]!
    if (at < from) high = middle - 1
    else if (at >= to) low = middle + 1
    else return true
  }
  return false
}
