/**
 * Reading plain text (like the seed article) into blocks: one paragraph per line, title lines
 * without a full stop, `- ` bullets, run-in bullets ("Label:- One.- Two."), and source lines.
 */
import {
  type Block,
  isReadingLine,
  LOOKS_LIKE_REFERENCE,
  READING_HEADING,
  SOURCE_ENTRY_START,
  SOURCE_HEADING,
} from './block.js'
import { NOTE_NUMBER_BEFORE_SOURCE, NOTE_NUMBER_SOURCE } from './note-numbers.js'

// A line ends in sentence punctuation, optionally followed by closing quotes and markers.
// Markers may be bracketed, superscript, note numbers set on the line ("served.3",
// ./note-numbers.ts) or editors' tags ("[citation needed]", "{{cn}}").
const ENDS_LIKE_SENTENCE = new RegExp(
  String.raw`[.!?…:;,]["”’')\]]{0,3}(?:\[[^\]\n]{1,40}\]|\{\{[^{}\n]{1,60}\}\}|[¹²³⁰⁴-⁹⁻]{1,10}|${NOTE_NUMBER_BEFORE_SOURCE}${NOTE_NUMBER_SOURCE}){0,20}[ \t]{0,20}$`,
)
// A bullet at the start of a line.
const BULLET = /^([ \t]{0,8})([-*•–+]|\d{1,3}[.)])[ \t]{1,8}/
// "Label:- first item" — a label that opens run-in bullets.
const RUN_IN_LABEL = /^([^.!?\n]{1,80}):[ \t]{0,3}-[ \t]{0,3}(?=\S)/
// Where one run-in bullet ends and the next begins: ".- In January". The dash is found first and
// what precedes it is checked on a bounded slice, so a long line costs one pass.
const RUN_IN_DASH = /-[ \t]{0,3}(?=[A-Z0-9"“'‘(])/g
const SENTENCE_END_BEFORE_DASH = /[.!?]["”’)]{0,3}(?:\[[^\]\n]{1,20}\]){0,20}$/
// A bulleted or numbered entry under a Sources label; group 1 is a bullet to leave out of the entry.
const SOURCE_ITEM = /^(?:([-*•+])[ \t]{1,8}|\d{1,3}[.)][ \t])/
const HAS_URL = /https?:\/\/|www\.[\w-]{1,63}\./i
// An entry line that ends like this, or with its URL, is finished; anything else ("…Reuters,
// March 3,") wraps on.
const ENDS_ENTRY = /[.!?)\]"”’>]$|(?:https?:\/\/|www\.)[^\s]{1,2000}$/i

/** Cuts plain text into blocks. Blank lines and one-line paragraphs both separate blocks. */
export function readTextBlocks(input: string): Block[] {
  const blocks: Block[] = []
  let inSources = false
  // True under a reading list's label ("See also", "External links"), until a line that is no item.
  let inReading = false
  // True when a Sources label opened the list: then unnumbered lines may be entries too.
  let underHeading = false
  let sawSources = false
  let previousBlank = true
  let title: string | undefined
  let label: string | undefined
  const section = (): string[] => [title, label].filter((part): part is string => part !== undefined)
  // Completes the fresh block literal in place (the same keys, in the same order, as a spread into a new
  // object, which cost more than the rest of reading the text).
  const add = (block: Omit<Block, 'sectionPath' | 'afterSources'>): void => {
    const full = block as Block
    full.sectionPath = section()
    full.afterSources = sawSources && !inSources
    blocks.push(full)
  }

  const lineBreak = /\r\n|\r|\n/g
  let lineStart = 0
  while (lineStart <= input.length) {
    lineBreak.lastIndex = lineStart
    const found = lineBreak.exec(input)
    const lineEnd = found ? found.index : input.length
    const next = found ? found.index + found[0].length : input.length + 1
    const line = input.slice(lineStart, lineEnd)
    const trimmedStart = lineStart + (line.length - line.trimStart().length)
    const trimmedEnd = lineStart + line.trimEnd().length
    const blank = trimmedEnd <= trimmedStart

    if (!blank) {
      const text = input.slice(trimmedStart, trimmedEnd)
      const sourceItem = inSources ? SOURCE_ITEM.exec(text) : null
      const isSourceItem = sourceItem !== null && (underHeading || LOOKS_LIKE_REFERENCE.test(text))
      const last = blocks[blocks.length - 1]
      if (inReading && !isReadingItem(text)) inReading = false
      if (READING_HEADING.test(text)) {
        inReading = true
        inSources = false
        underHeading = false
        add({ kind: 'heading', role: 'reading', start: trimmedStart, end: trimmedEnd, depth: 2 })
      } else if (inReading || isReadingLine(text)) {
        add({ kind: 'paragraph', role: 'reading', start: trimmedStart, end: trimmedEnd })
      } else if (SOURCE_HEADING.test(text)) {
        inSources = true
        underHeading = true
        sawSources = true
        add({ kind: 'heading', role: 'sources', start: trimmedStart, end: trimmedEnd, depth: 2 })
      } else if (SOURCE_ENTRY_START.test(text)) {
        inSources = true
        sawSources = true
        add({ kind: 'definition', role: 'sources', start: trimmedStart, end: trimmedEnd })
      } else if (sourceItem && isSourceItem) {
        // Numbered or bulleted entries under a Sources label; a number stays in as the entry's label.
        const start = sourceItem[1] === undefined ? trimmedStart : trimmedStart + sourceItem[0].length
        add({ kind: 'definition', role: 'sources', start, end: trimmedEnd })
      } else if (
        inSources &&
        last?.kind === 'definition' &&
        continuesEntry(input, last, text, line, previousBlank)
      ) {
        // An entry that wraps onto this line.
        last.end = trimmedEnd
      } else if (inSources && underHeading && LOOKS_LIKE_REFERENCE.test(text) && !RUN_IN_LABEL.test(text)) {
        add({ kind: 'definition', role: 'sources', start: trimmedStart, end: trimmedEnd })
      } else {
        inSources = false
        underHeading = false
        const runIn = RUN_IN_LABEL.exec(text)
        if (runIn) {
          const labelText = runIn[1]!.trim()
          label = labelText
          const labelStart = trimmedStart
          add({
            kind: 'heading',
            role: 'body',
            start: labelStart,
            end: labelStart + runIn[1]!.trimEnd().length,
            depth: 2,
          })
          pushRunInBullets(input, trimmedStart + runIn[0].length, trimmedEnd, add)
        } else {
          const bullet = BULLET.exec(text)
          if (bullet) {
            const ordinal = /^\d/.test(bullet[2]!) ? Number.parseInt(bullet[2]!, 10) : undefined
            pushRunInBullets(input, trimmedStart + bullet[0].length, trimmedEnd, add, ordinal)
          } else if (!ENDS_LIKE_SENTENCE.test(text) && text.length <= 200 && !text.includes('. ')) {
            if (title === undefined && blocks.every((block) => block.kind === 'heading')) title = text
            add({ kind: 'heading', role: 'body', start: trimmedStart, end: trimmedEnd, depth: 1 })
          } else {
            add({ kind: 'paragraph', role: 'body', start: trimmedStart, end: trimmedEnd })
          }
        }
      }
    }
    previousBlank = blank
    lineStart = next
  }
  return blocks
}

/**
 * A line of a reading list: a short title or link, not a sentence of prose nor the start of a
 * source list ("References", "[1] …").
 */
function isReadingItem(text: string): boolean {
  return (
    text.length <= LONGEST_READING_ITEM &&
    !text.includes('. ') &&
    !SOURCE_HEADING.test(text) &&
    !SOURCE_ENTRY_START.test(text)
  )
}

const LONGEST_READING_ITEM = 300

/**
 * Whether a line carries on the source entry before it: it is indented, the entry has not ended
 * ("…Reuters, March 3,"; an entry ends with a full stop, a bracket, a quote or its URL), or it
 * brings the URL the entry still lacks and does not open with authors and a year. A blank line
 * ends an entry.
 */
function continuesEntry(
  input: string,
  entry: Block,
  text: string,
  line: string,
  previousBlank: boolean,
): boolean {
  if (previousBlank) return false
  if (/^[ \t]{2}/.test(line)) return true
  const entryText = input.slice(Math.max(entry.start, entry.end - 2000), entry.end)
  if (!ENDS_ENTRY.test(entryText)) return true
  return (
    !HAS_URL.test(entryText) &&
    HAS_URL.test(text) &&
    !RUN_IN_LABEL.test(text) &&
    !OPENS_WITH_AUTHORS.test(text)
  )
}

// A line that opens an author–date entry: authors, then the year in parentheses ("World Health
// Organization. (2020). …", "Smith, J. (2019a)."). After a finished entry it starts the next one,
// even when it brings a URL the entry before lacked.
const OPENS_WITH_AUTHORS = /^\p{Lu}[^()\n]{0,160}\((?:1[5-9]|20)\d\d[a-z]?(?:,[^()\n]{1,20})?\)/u

/** Splits one line of run-in bullets ("One.- Two.- Three.") into list-item blocks. */
function pushRunInBullets(
  input: string,
  start: number,
  end: number,
  add: (block: Omit<Block, 'sectionPath' | 'afterSources'>) => void,
  ordinal?: number,
): void {
  const text = input.slice(start, end)
  let itemStart = 0
  let first = true
  RUN_IN_DASH.lastIndex = 0
  for (let match = RUN_IN_DASH.exec(text); match; match = RUN_IN_DASH.exec(text)) {
    if (!SENTENCE_END_BEFORE_DASH.test(text.slice(Math.max(itemStart, match.index - 200), match.index)))
      continue
    pushTrimmed(input, start + itemStart, start + match.index, add, first ? ordinal : undefined)
    first = false
    itemStart = match.index + match[0].length
  }
  pushTrimmed(input, start + itemStart, end, add, first ? ordinal : undefined)
}

function pushTrimmed(
  input: string,
  start: number,
  end: number,
  add: (block: Omit<Block, 'sectionPath' | 'afterSources'>) => void,
  ordinal: number | undefined,
): void {
  let from = start
  let to = end
  while (from < to && /\s/.test(input[from]!)) from++
  while (to > from && /\s/.test(input[to - 1]!)) to--
  if (to <= from) return
  add(
    ordinal === undefined
      ? { kind: 'list-item', role: 'body', start: from, end: to }
      : { kind: 'list-item', role: 'body', start: from, end: to, ordinal },
  )
}
