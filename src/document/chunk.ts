/**
 * Cutting a large Markdown document into block-aligned pieces before micromark sees it.
 *
 * remark-parse needs ~100 MiB of memory per MB of ONE document (../shared/GUIDE.md), micromark's
 * events alone much of that, and both slow down on very large ones, so a 10 MB draft is parsed
 * piece by piece. A cut is made only where CommonMark starts a fresh block whatever came before:
 * at a line that follows a blank line, is not indented (so it cannot continue a list item, a
 * footnote definition or indented code), and lies outside fenced code and outside the HTML blocks
 * that run over blank lines (`<!-- … -->`, `<pre>`, `<script>`, `<style>`, `<textarea>`,
 * `<? … ?>`, `<!X … >`, `<![CDATA[ … ]]>`).
 * A cut before a list item is taken only when no list is open (a loose list's items, separated by
 * blank lines, are numbered from the list's start), or, in a list longer than {@link FORCED_CUT},
 * to bound memory: there an ordered list's items after the cut are numbered from the cut.
 *
 * Pieces are offsets into the one input string; nothing is copied or rewritten, so every position
 * the walker computes (piece offset + token offset) is exact. The scan is one linear pass over the
 * lines with no regular expression over unbounded text.
 */

/** A piece of the input, `[start, end)`; pieces are contiguous and cover the whole input. */
export interface Chunk {
  start: number
  end: number
}

/**
 * Pieces aim at this many UTF-16 code units. micromark's event splicing grows faster than linearly
 * with a document's size (measured: ~1.1 s/MB in 16 kB pieces, ~1.9 s/MB in 128 kB pieces), and
 * its events take a lot of memory per MB, so small pieces are both faster and lighter.
 */
export const MARKDOWN_CHUNK_SIZE = 16 * 1024

/** A run of one-line definitions is cut every this many lines (~1.5 ms each; quadratic within a run). */
const DEFINITION_RUN = 64

/** Past this length, a piece is cut before a list item even inside a list. */
export const FORCED_CUT = 2 * 1024 * 1024

/** How {@link splitMarkdownChunks} cuts. */
export interface ChunkOptions {
  /** Target piece length in UTF-16 code units (default {@link MARKDOWN_CHUNK_SIZE}). */
  size?: number
}

// HTML blocks of CommonMark kinds 1–5: they do not end at a blank line, only at their closing text.
const RAW_HTML_OPENERS = ['<script', '<pre', '<style', '<textarea'] as const

/**
 * Splits `input` into block-aligned pieces of about `options.size` code units. Returns one piece
 * for input no longer than the size. Linear in the input's length.
 */
export function splitMarkdownChunks(input: string, options: ChunkOptions = {}): Chunk[] {
  const size = Math.max(1, options.size ?? MARKDOWN_CHUNK_SIZE)
  const length = input.length
  if (length <= size) return [{ start: 0, end: length }]

  const chunks: Chunk[] = []
  let chunkStart = 0
  // Fenced code: the fence character code and its length, or 0 when no fence is open.
  let fenceChar = 0
  let fenceLength = 0
  // The text that ends an open raw HTML block, or '' when none is open.
  let htmlEnd = ''
  let previousBlank = false
  // True from a list item's line until a line after a blank line is neither indented nor an item.
  let inList = false
  // True while every line since the last blank one is a one-line link reference definition.
  let onlyDefinitions = true
  let previousDefinition = false
  // Definitions in a row in the current piece: micromark re-reads the whole run at every line.
  let definitionRun = 0
  let lineStart = 0
  while (lineStart < length) {
    const lineEnd = findLineEnd(input, lineStart)
    const next = skipLineBreak(input, lineEnd)
    const blank = isBlank(input, lineStart, lineEnd)

    const code = input.charCodeAt(lineStart)
    const indented = code === 32 || code === 9
    const listItem = !blank && fenceChar === 0 && htmlEnd === '' && startsListItem(input, lineStart, lineEnd)
    if (!blank && previousBlank && !indented && fenceChar === 0 && htmlEnd === '') {
      if (!listItem) inList = false
      if (lineStart - chunkStart >= size && (!inList || lineStart - chunkStart >= FORCED_CUT)) {
        chunks.push({ start: chunkStart, end: lineStart })
        chunkStart = lineStart
      }
    }
    if (listItem) inList = true
    // A long run of definitions ("[1]: https://…" lines, no blank line between) is one block that
    // micromark re-reads at every line: cut between two one-line definitions, where the next one is
    // a definition whatever precedes it.
    const definition =
      !blank && !inList && fenceChar === 0 && htmlEnd === '' && isDefinitionLine(input, lineStart, lineEnd)
    if (
      definition &&
      previousDefinition &&
      onlyDefinitions &&
      (definitionRun >= DEFINITION_RUN || lineStart - chunkStart >= size)
    ) {
      chunks.push({ start: chunkStart, end: lineStart })
      chunkStart = lineStart
      definitionRun = 0
    }
    if (blank) onlyDefinitions = true
    else if (!definition) onlyDefinitions = false
    definitionRun = definition ? definitionRun + 1 : 0
    previousDefinition = definition

    if (fenceChar !== 0) {
      if (closesFence(input, lineStart, lineEnd, fenceChar, fenceLength)) fenceChar = 0
    } else if (htmlEnd !== '') {
      if (includesIgnoringCase(input, lineStart, lineEnd, htmlEnd)) htmlEnd = ''
    } else if (!blank) {
      const fence = opensFence(input, lineStart, lineEnd)
      if (fence !== null) {
        fenceChar = fence.char
        fenceLength = fence.length
      } else {
        htmlEnd = openRawHtml(input, lineStart, lineEnd)
      }
    }
    previousBlank = blank
    lineStart = next
  }
  chunks.push({ start: chunkStart, end: length })
  return chunks
}

function findLineEnd(input: string, from: number): number {
  for (let index = from; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return input.length
}

function skipLineBreak(input: string, lineEnd: number): number {
  if (input.charCodeAt(lineEnd) === 13 && input.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2
  return lineEnd + 1
}

function isBlank(input: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = input.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/** Offset of the first character after up to three spaces of indentation, or -1 for more. */
function contentStart(input: string, start: number, end: number): number {
  let index = start
  while (index < end && index - start < 4 && input.charCodeAt(index) === 32) index++
  return index - start > 3 || input.charCodeAt(index) === 9 ? -1 : index
}

function opensFence(input: string, start: number, end: number): { char: number; length: number } | null {
  const at = contentStart(input, start, end)
  if (at === -1) return null
  const char = input.charCodeAt(at)
  if (char !== 96 /* ` */ && char !== 126 /* ~ */) return null
  let index = at
  while (index < end && input.charCodeAt(index) === char) index++
  const length = index - at
  if (length < 3) return null
  // A backtick fence's info string may not contain a backtick (then it is inline code).
  if (char === 96) for (let i = index; i < end; i++) if (input.charCodeAt(i) === 96) return null
  return { char, length }
}

function closesFence(input: string, start: number, end: number, char: number, length: number): boolean {
  const at = contentStart(input, start, end)
  if (at === -1) return false
  let index = at
  while (index < end && input.charCodeAt(index) === char) index++
  return index - at >= length && isBlank(input, index, end)
}

/** The closing text of a raw HTML block (kinds 1–5) that starts on this line, or ''. */
function openRawHtml(input: string, start: number, end: number): string {
  const at = contentStart(input, start, end)
  if (at === -1 || input.charCodeAt(at) !== 60 /* < */) return ''
  const head = input.slice(at, Math.min(end, at + 12)).toLowerCase()
  let closing = ''
  if (head.startsWith('<!--')) closing = '-->'
  else if (head.startsWith('<?')) closing = '?>'
  else if (head.startsWith('<![cdata[')) closing = ']]>'
  else if (/^<![a-z]/.test(head)) closing = '>'
  else {
    for (const opener of RAW_HTML_OPENERS) {
      if (!head.startsWith(opener)) continue
      const after = head.charCodeAt(opener.length)
      if (Number.isNaN(after) || after === 32 || after === 9 || after === 62 /* > */) {
        closing = `</${opener.slice(1)}>`
      }
    }
  }
  if (closing === '') return ''
  // The block may close on its own first line ("<!-- note -->", and micromark closes "<!-->" too).
  return includesIgnoringCase(input, at + 2, end, closing) ? '' : closing
}

function includesIgnoringCase(input: string, start: number, end: number, needle: string): boolean {
  if (end - start < needle.length) return false
  // Closing texts are lower case; only the tag names (`</pre>`) need the line lower-cased.
  const hay = input.slice(start, end)
  return (needle.includes('/') ? hay.toLowerCase() : hay).includes(needle)
}

/**
 * A link reference definition on one line, at the line's start: `[label]: destination`, optionally
 * with a title in quotes or brackets that closes on the same line.
 */
function isDefinitionLine(input: string, start: number, end: number): boolean {
  if (input.charCodeAt(start) !== 91 /* [ */) return false
  let at = start + 1
  let content = false
  while (at < end && at - start <= 1000) {
    const code = input.charCodeAt(at)
    if (code === 93 /* ] */) break
    if (code === 91) return false
    if (code === 92 /* \ */) at++
    else if (code !== 32 && code !== 9) content = true
    at++
  }
  if (!content || input.charCodeAt(at) !== 93 || input.charCodeAt(at + 1) !== 58 /* : */) return false
  at += 2
  while (at < end && (input.charCodeAt(at) === 32 || input.charCodeAt(at) === 9)) at++
  const destination = at
  if (input.charCodeAt(at) === 60 /* < */) {
    while (at < end && input.charCodeAt(at) !== 62 /* > */) at++
    if (at >= end) return false
    at++
  } else {
    while (at < end && input.charCodeAt(at) !== 32 && input.charCodeAt(at) !== 9) at++
  }
  if (at === destination) return false
  const titleStart = at
  while (at < end && (input.charCodeAt(at) === 32 || input.charCodeAt(at) === 9)) at++
  if (at === end) return true
  if (at === titleStart) return false
  let last = end - 1
  while (last > at && (input.charCodeAt(last) === 32 || input.charCodeAt(last) === 9)) last--
  const open = input.charCodeAt(at)
  const close = input.charCodeAt(last)
  return (
    last > at &&
    ((open === 34 && close === 34) || (open === 39 && close === 39) || (open === 40 && close === 41))
  )
}

/** A bullet (`-`, `*`, `+`) or ordered (`1.`, `1)`) list marker followed by a space or the line's end. */
function startsListItem(input: string, start: number, end: number): boolean {
  const at = contentStart(input, start, end)
  if (at === -1) return false
  const code = input.charCodeAt(at)
  let index = at
  if (code === 45 || code === 42 || code === 43) index++
  else {
    while (index < end && index - at < 10 && input.charCodeAt(index) >= 48 && input.charCodeAt(index) <= 57)
      index++
    if (index === at || index - at > 9) return false
    const delimiter = input.charCodeAt(index)
    if (delimiter !== 46 && delimiter !== 41) return false
    index++
  }
  return index === end || input.charCodeAt(index) === 32 || input.charCodeAt(index) === 9
}

/**
 * Deeper than this, a line's container markers (`>` and list markers) are read as spaces. micromark
 * copies its container stack at every construct it tries, so a line nested d deep costs d² (20,000
 * nested `>` took 12 s); real articles never nest more than a few levels.
 */
export const MAX_CONTAINER_DEPTH = 32

/**
 * A copy of `text` of the same length, with the container markers of any line nested deeper than
 * `max` replaced by spaces, or `text` itself when no line is. Offsets stay exact: the parse of the
 * copy points into the original, which is where every block's text is sliced from.
 */
export function capContainerDepth(text: string, max = MAX_CONTAINER_DEPTH): string {
  const blanks: number[] = []
  let lineStart = 0
  while (lineStart < text.length) {
    let at = lineStart
    let depth = 0
    for (;;) {
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
      const marker = containerMarkerLength(text, at)
      if (marker === 0) break
      depth++
      if (depth > max) for (let index = at; index < at + marker; index++) blanks.push(index)
      at += marker
    }
    const lineEnd = findLineEnd(text, at)
    lineStart = skipLineBreak(text, lineEnd)
  }
  if (blanks.length === 0) return text
  const parts: string[] = []
  let from = 0
  for (const index of blanks) {
    parts.push(text.slice(from, index), ' ')
    from = index + 1
  }
  parts.push(text.slice(from))
  return parts.join('')
}

/** The length of a `>` or list marker at `at` (followed by a space, a tab or the line's end), or 0. */
function containerMarkerLength(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code === 62 /* > */) return 1
  let end = at
  if (code === 45 || code === 42 || code === 43) end = at + 1
  else {
    while (end - at < 10 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
    if (end === at || end - at > 9) return 0
    const delimiter = text.charCodeAt(end)
    if (delimiter !== 46 && delimiter !== 41) return 0
    end++
  }
  const after = text.charCodeAt(end)
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13 ? end - at : 0
}
