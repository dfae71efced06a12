/**
 * Reading plain text (like the seed article) into blocks: one paragraph per line, title lines
 * without a full stop, `- ` bullets, run-in bullets ("Label:- One.- Two."), and source lines.
 */
import { type Block, SOURCE_ENTRY_START, SOURCE_HEADING } from './block.js'

// A line ends in sentence punctuation, optionally followed by closing quotes and markers.
const ENDS_LIKE_SENTENCE = /[.!?…:;,]["”’')\]]{0,3}(?:\[[^\]\n]{1,20}\]){0,20}[ \t]{0,20}$/
// A bullet at the start of a line.
const BULLET = /^([ \t]{0,8})([-*•–+]|\d{1,3}[.)])[ \t]{1,8}/
// "Label:- first item" — a label that opens run-in bullets.
const RUN_IN_LABEL = /^([^.!?\n]{1,80}):[ \t]{0,3}-[ \t]{0,3}(?=\S)/
// Where one run-in bullet ends and the next begins: ".- In January". The dash is found first and
// what precedes it is checked on a bounded slice, so a long line costs one pass.
const RUN_IN_DASH = /-[ \t]{0,3}(?=[A-Z0-9"“'‘(])/g
const SENTENCE_END_BEFORE_DASH = /[.!?]["”’)]{0,3}(?:\[[^\]\n]{1,20}\]){0,20}$/

/** Cuts plain text into blocks. Blank lines and one-line paragraphs both separate blocks. */
export function readTextBlocks(input: string): Block[] {
  const blocks: Block[] = []
  let inSources = false
  let sawSources = false
  let title: string | undefined
  let label: string | undefined
  const section = (): string[] => [title, label].filter((part): part is string => part !== undefined)

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
    const add = (block: Omit<Block, 'sectionPath' | 'afterSources'>) =>
      blocks.push({ ...block, sectionPath: section(), afterSources: sawSources && !inSources })

    if (trimmedEnd > trimmedStart) {
      const text = input.slice(trimmedStart, trimmedEnd)
      if (SOURCE_HEADING.test(text)) {
        inSources = true
        sawSources = true
        add({ kind: 'heading', role: 'sources', start: trimmedStart, end: trimmedEnd, depth: 2 })
      } else if (SOURCE_ENTRY_START.test(text)) {
        inSources = true
        sawSources = true
        add({ kind: 'definition', role: 'sources', start: trimmedStart, end: trimmedEnd })
      } else if (inSources && /^(?:[-*•]|\d{1,3}[.)])[ \t]/.test(text)) {
        // Numbered or bulleted entries under a Sources label.
        add({ kind: 'definition', role: 'sources', start: trimmedStart, end: trimmedEnd })
      } else {
        if (inSources) inSources = false
        const runIn = RUN_IN_LABEL.exec(text)
        if (runIn) {
          const labelText = runIn[1]!.trim()
          label = labelText
          const labelStart = trimmedStart
          add({ kind: 'heading', role: 'body', start: labelStart, end: labelStart + runIn[1]!.trimEnd().length, depth: 2 })
          pushRunInBullets(input, trimmedStart + runIn[0].length, trimmedEnd, add)
        } else {
          const bullet = BULLET.exec(text)
          if (bullet) {
            pushRunInBullets(input, trimmedStart + bullet[0].length, trimmedEnd, add)
          } else if (!ENDS_LIKE_SENTENCE.test(text) && text.length <= 200 && !text.includes('. ')) {
            if (title === undefined && blocks.every((block) => block.kind === 'heading')) title = text
            add({ kind: 'heading', role: 'body', start: trimmedStart, end: trimmedEnd, depth: 1 })
          } else {
            add({ kind: 'paragraph', role: 'body', start: trimmedStart, end: trimmedEnd })
          }
        }
      }
    }
    lineStart = next
  }
  return blocks
}

/** Splits one line of run-in bullets ("One.- Two.- Three.") into list-item blocks. */
function pushRunInBullets(
  input: string,
  start: number,
  end: number,
  add: (block: Omit<Block, 'sectionPath' | 'afterSources'>) => void,
): void {
  const text = input.slice(start, end)
  let itemStart = 0
  RUN_IN_DASH.lastIndex = 0
  for (let match = RUN_IN_DASH.exec(text); match; match = RUN_IN_DASH.exec(text)) {
    if (!SENTENCE_END_BEFORE_DASH.test(text.slice(Math.max(itemStart, match.index - 200), match.index))) continue
    pushTrimmed(input, start + itemStart, start + match.index, add)
    itemStart = match.index + match[0].length
  }
  pushTrimmed(input, start + itemStart, end, add)
}

function pushTrimmed(
  input: string,
  start: number,
  end: number,
  add: (block: Omit<Block, 'sectionPath' | 'afterSources'>) => void,
): void {
  let from = start
  let to = end
  while (from < to && /\s/.test(input[from]!)) from++
  while (to > from && /\s/.test(input[to - 1]!)) to--
  if (to > from) add({ kind: 'list-item', role: 'body', start: from, end: to })
}
