/**
 * The article's source list: entries read from the blocks the document stage marked as sources.
 *
 * Forms: `[1] - Source 1: (URL)` run in one after another (the seed), `[1] https://…`,
 * `[1] Title. https://…`, `[1]: https://… "Title"`, `[^1]: …`, and `1. …` / `1) …` items.
 */
import type { Block } from '../document/index.js'
import { classifyUrl, isPlaceholderText } from './url.js'

/** One source-list entry before ids and positions are assigned. */
export interface SourceEntry {
  label: string
  title: string | null
  url: string | null
  placeholder: boolean
  start: number
  end: number
}

// The label that opens an entry: `[1]`, `[^note]:`, `1.` or `1)` at the start of a line.
const ENTRY_LABEL = /\[\^?([\w-]{1,40})\]:?|(?<=^|\n)[ \t]{0,3}(\d{1,4})[.)](?=[ \t])/g
const SEPARATOR = /^[\s:–—-]{0,8}/
// URLs: a scheme or "www.", up to whitespace; Markdown links and angle brackets too.
const URL_IN_TEXT = /<((?:https?|javascript|data|vbscript|file):[^\s>]{1,4000})>|\]\(([^)\s]{1,4000})\)|((?:https?:\/\/|www\.)[^\s<>"'\])]{1,4000})|((?:javascript|data|vbscript):[^\s]{1,4000})/i
const PLACEHOLDER_IN_TEXT = /\((?:url|link|links|tbd|todo|tk|#|\.\.\.|…)\)|\b(?:URL|TBD|TODO|TK)\b|(?<=\s|^)#(?=\s|$)/i

/** Reads every entry of the source-list blocks. */
export function readSourceEntries(input: string, blocks: readonly Block[]): SourceEntry[] {
  const entries: SourceEntry[] = []
  for (const block of blocks) {
    if (block.role !== 'sources' || block.kind === 'heading') continue
    const text = input.slice(block.start, block.end)
    const starts = entryStarts(text)
    if (starts.length === 0) {
      if (block.ordinal !== undefined) {
        entries.push(parseEntry(input, String(block.ordinal), block.start, block.start, block.end))
      }
      continue
    }
    starts.forEach((entry, index) => {
      const next = starts[index + 1]
      const end = next ? block.start + next.at : block.end
      entries.push(parseEntry(input, entry.label, block.start + entry.at, block.start + entry.bodyAt, end))
    })
  }
  return entries
}

/**
 * Where entries start in one block. A label opens an entry at the block's start, at a line start,
 * or run in after the previous entry when it is the next number ("(URL)[2] - Source 2").
 */
function entryStarts(text: string): { label: string; at: number; bodyAt: number }[] {
  const starts: { label: string; at: number; bodyAt: number }[] = []
  ENTRY_LABEL.lastIndex = 0
  for (let match = ENTRY_LABEL.exec(text); match; match = ENTRY_LABEL.exec(text)) {
    const label = match[1] ?? match[2]!
    const at = match.index + (match[0].length - match[0].trimStart().length)
    const atLineStart = at === 0 || /\n[ \t]{0,3}$/.test(text.slice(Math.max(0, at - 4), at))
    const previous = starts[starts.length - 1]
    const isNextNumber = previous !== undefined && /^\d+$/.test(label) && Number(label) === Number(previous.label) + 1
    if (!atLineStart && !isNextNumber) continue
    const body = match.index + match[0].length
    const separator = SEPARATOR.exec(text.slice(body, body + 8))
    starts.push({ label, at, bodyAt: body + (separator ? separator[0].length : 0) })
  }
  return starts
}

function parseEntry(input: string, label: string, start: number, bodyStart: number, rawEnd: number): SourceEntry {
  let end = rawEnd
  while (end > start && /\s/.test(input[end - 1]!)) end--
  const body = input.slice(bodyStart, end)
  const found = URL_IN_TEXT.exec(body)
  let url: string | null = null
  let rest = body
  if (found) {
    url = (found[1] ?? found[2] ?? found[3] ?? found[4]!).replace(/[.,;:]+$/, '')
    rest = body.slice(0, found.index) + body.slice(found.index + found[0].length)
    if (found[2] !== undefined) {
      // [Title](url): keep the link text as the title.
      const open = body.lastIndexOf('[', found.index)
      if (open >= 0) rest = body.slice(0, open) + body.slice(open + 1, found.index) + body.slice(found.index + found[0].length)
    }
  }
  let placeholder = false
  if (url !== null && isPlaceholderText(url)) placeholder = true
  const placeholderMatch = url === null ? PLACEHOLDER_IN_TEXT.exec(rest) : null
  if (placeholderMatch) {
    placeholder = true
    rest = rest.slice(0, placeholderMatch.index) + rest.slice(placeholderMatch.index + placeholderMatch[0].length)
  }
  return { label, title: cleanTitle(rest), url, placeholder, start, end }
}

/** Strips separators, quotes and dangling punctuation from what is left of an entry. */
function cleanTitle(text: string): string | null {
  const title = text
    .replace(/\s{1,1000}/g, ' ')
    .replace(/^[\s:;,.–—-]{1,20}|[\s:;,–—-]{1,20}$/g, '')
    .replace(/^["“'‘](.{1,2000})["”'’]$/, '$1')
    .replace(/^\*{1,3}|\*{1,3}$/g, '')
    .replace(/(?:^\^(?: [a-z]){0,26} )/, '')
    .trim()
  return title.length > 0 ? title : null
}

export { classifyUrl }
