/**
 * Reading Markdown into blocks with micromark, the tokenizer under remark-parse, used for block
 * structure only: the blocks are read straight from micromark's events (no syntax tree is built),
 * and the text of each block is always sliced from the input by offsets, never re-serialised.
 */
import type { Heading, Nodes, Paragraph, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { parse, type postprocess, preprocess } from 'micromark'
import { gfm as gfmSyntax } from 'micromark-extension-gfm'
import { subtokenize } from 'micromark-util-subtokenize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import {
  type Block,
  type BlockKind,
  isReadingLine,
  LOOKS_LIKE_ENTRY,
  LOOKS_LIKE_REFERENCE,
  READING_HEADING,
  SOURCE_ENTRY_START,
  SOURCE_HEADING,
} from './block.js'
import { capContainerDepth, MARKDOWN_CHUNK_SIZE, splitMarkdownChunks } from './chunk.js'

// The depth of a label line or bold pseudo-heading ("**Sources:**"): below every real heading.
const PSEUDO_HEADING = 7

// The block walk needs block structure only, and CommonMark settles block structure before any
// inline parsing. So the walk reads micromark's events without building an mdast tree and without
// tokenizing inline text (see `tokenize`): well under half the time of remark-parse. The few
// places that read a block's text (heading titles, label lines) get it from `inlineText`, which
// parses inline syntax again with remark-parse where there is any.
//
// The one text that is still tokenized, a GFM list item's first paragraph that starts with `[`
// (for its task box), is tokenized with inline constructs off (emphasis, links, code spans,
// escapes, references, autolinks, HTML, footnote calls, strikethrough): some of them are quadratic
// on unmatched delimiters (300,000 `*a` in a task item take minutes).
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'protocolAutolink',
  'strikethrough',
  'wwwAutolink',
]
const BLOCKS_ONLY = { disable: { null: INLINE_CONSTRUCTS } }

// GFM roughly halves the parser's speed, so it is used only when the text has a table row, the one
// GFM construct whose block structure we need. Footnote definitions read well enough without it:
// `[^1]: https://…` is a CommonMark definition, `[^1]: Reuters, …` a paragraph that starts like an
// entry, and a definition's indented continuation paragraphs (which CommonMark reads as indented
// code) are joined back to it below.
const NEEDS_GFM = /^[ \t]{0,3}\|.{0,1000}\|[ \t]{0,100}$/m

/** micromark's events for a text: `enter` and `exit` of each token, in document order. */
type Events = ReturnType<typeof postprocess>
type Token = Events[number][1]
type Extensions = NonNullable<NonNullable<Parameters<typeof parse>[0]>['extensions']>

/** One flavour of Markdown: its micromark extensions for the walk, and a full parser for inline text. */
interface Flavour {
  extensions: Extensions
  /** Whether list items can start with a task box ("[x] "), read from their first paragraph's text. */
  taskBoxes: boolean
  full: { parse(text: string): unknown }
}

const plain: Flavour = { extensions: [BLOCKS_ONLY], taskBoxes: false, full: unified().use(remarkParse) }
const gfm: Flavour = {
  extensions: [gfmSyntax(), BLOCKS_ONLY],
  taskBoxes: true,
  full: unified().use(remarkParse).use(remarkGfm),
}

/**
 * Tokenizes `text` the way remark-parse does, down to its blocks, without building a tree.
 *
 * micromark's `postprocess` expands embedded content level by level (document → flow → content →
 * text and string) until nothing is left. The walk reads blocks only, so this stops at the text
 * and string level: a paragraph's or heading's text stays one `chunkText` token per line instead
 * of being tokenized character by character (about a sixth of micromark's time on the bench
 * corpus). The one exception is a list item's first paragraph in GFM, tokenized for its task box.
 */
function tokenize(text: string, flavour: Flavour): Events {
  const parser = parserOf(flavour)
  const events = parser.document().write(preprocess()(text, undefined, true))
  do leaveInlineContent(events, text, flavour.taskBoxes)
  while (!subtokenize(events))
  return events
}

type Parser = ReturnType<typeof parse>

/** Each flavour's parser and the fields it was made with. */
const parsers = new Map<Flavour, { parser: Parser; fields: ReadonlySet<string> }>()

/**
 * The flavour's micromark parser, made once: making one combines every construct of its
 * extensions (a short article's analyze call took 199 µs with a new parser, 171 µs without). What
 * a parser keeps from one document to the next is reset before each: its defined identifiers and
 * lazy lines (micromark's ParseContext), and any field an extension added while parsing (GFM
 * footnotes keep their labels in one).
 */
function parserOf(flavour: Flavour): Parser {
  let made = parsers.get(flavour)
  if (made === undefined) {
    const parser = parse({ extensions: flavour.extensions })
    made = { parser, fields: new Set(Object.keys(parser)) }
    parsers.set(flavour, made)
  }
  const parser = made.parser as Parser & Record<string, unknown>
  for (const field of Object.keys(parser)) if (!made.fields.has(field)) delete parser[field]
  parser.defined = []
  parser.lazy = {}
  return parser
}

/**
 * Marks text and string content as already read, so `subtokenize` does not tokenize it. With
 * `taskBoxes` (GFM), a list item's first paragraph that starts with `[` is still tokenized.
 *
 * A text's lines are a chain of tokens (`next`); the chain is settled from its first token, so a
 * paragraph of 100,000 lines costs 100,000 steps, not a walk back to its start from every line.
 */
function leaveInlineContent(events: Events, text: string, taskBoxes: boolean): void {
  for (const [phase, token] of events) {
    if (phase !== 'enter' || token.previous !== undefined) continue
    if (token.contentType !== 'text' && token.contentType !== 'string') continue
    if (taskBoxes && mayStartWithTaskBox(token, text)) continue
    for (let line: Token | undefined = token; line !== undefined; line = line.next)
      line.contentType = undefined
  }
}

/** A list item's first paragraph that starts with `[`, from the first token of its text. */
function mayStartWithTaskBox(first: Token, text: string): boolean {
  return first._isInFirstContentOfListItem === true && text.charCodeAt(first.start.offset) === 91 /* [ */
}

// Characters that can start inline syntax whose text differs from its source (emphasis, code,
// links and footnote calls, escapes, character references, HTML and autolinks, strikethrough), and
// line breaks (a block's later lines carry its containers' prefixes). Text without any of them
// reads the same with inline parsing on or off.
const INLINE_SYNTAX = /[\\`*_[\]<&~\r\n]/

/** Parses Markdown and returns its blocks (headings, paragraphs, list items, quotes, cells, definitions). */
export function readMarkdownBlocks(input: string, offsetBase = 0, chunkSize = MARKDOWN_CHUNK_SIZE): Block[] {
  const flavour = NEEDS_GFM.test(input) ? gfm : plain
  const walker = new BlockWalker(input, flavour.full)
  // A large document is parsed in block-aligned pieces (./chunk.ts); the one walker carries the
  // heading and source-list state from piece to piece.
  for (const chunk of splitMarkdownChunks(input, { size: chunkSize })) {
    const whole = chunk.start === 0 && chunk.end === input.length
    const text = capContainerDepth(whole ? input : input.slice(chunk.start, chunk.end))
    walker.walk(tokenize(text, flavour), { text, start: chunk.start })
  }
  if (offsetBase !== 0) for (const block of walker.blocks) shift(block, offsetBase)
  return walker.blocks
}

/**
 * A heading or line that names a source list. Its raw text must have no brackets: with remark-gfm a
 * footnote reference vanishes from the text, and "References[^17]:" is a sentence citing note 17.
 */
function isSourceLabel(raw: string, text: () => string): boolean {
  return raw !== '' && !raw.includes('[') && SOURCE_HEADING.test(text())
}

function shift(block: Block, by: number): void {
  block.start += by
  block.end += by
}

// A line inside a paragraph where a source list begins: a label line ("Sources:") or an entry
// ("[1] https://…", "[1]: https://…"). An entry line further down must look like a reference,
// so a hard-wrapped sentence that happens to start with "[2] and" is not cut off.
const ENTRY_LINE_REFERENCE = /\]:|\((?:url|link)\)/i
// Lines longer than this are prose, never a label or an entry line worth testing.
const LONGEST_SOURCE_LINE = 2000

// After this many headings and labels with inline syntax in one piece, the piece is parsed whole
// once instead (a document of 50,000 "# *Heading*" lines must not cost 50,000 parser set-ups).
const MOST_BLOCKS_PARSED_ALONE = 16

/** A piece of the document being walked, with what has been parsed of it again for inline text. */
interface Piece {
  /** The piece's text as parsed; offsets in it are relative to `start`. */
  text: string
  start: number
  /** How many blocks were parsed alone. */
  reparsed: number
  /** The headings and paragraphs of a full parse of the piece, by `type:offset`. */
  fullBlocks?: Map<string, Heading | Paragraph>
}

/** The headings and paragraphs of a tree by `type:start offset`, found with an explicit stack. */
function indexTextBlocks(root: Root): Map<string, Heading | Paragraph> {
  const index = new Map<string, Heading | Paragraph>()
  const stack: Nodes[] = [root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'heading' || node.type === 'paragraph') {
      index.set(`${node.type}:${node.position?.start.offset}`, node)
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child)
    }
  }
  return index
}

// Tokens that are blocks of their own, children of the container (root, quote, list item) they sit in.
const CHILD_BLOCKS = new Set([
  'atxHeading',
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'content',
  'gfmFootnoteDefinition',
  'htmlFlow',
  'listOrdered',
  'listUnordered',
  'setextHeading',
  'table',
  'thematicBreak',
])
// Tokens between blocks: line endings and container prefixes. A list item ends where its last
// token that is none of these ends (as remark-parse's list items do).
const BETWEEN_BLOCKS = new Set([
  'blockQuoteMarker',
  'blockQuotePrefix',
  'blockQuotePrefixWhitespace',
  'lineEnding',
  'lineEndingBlank',
  'linePrefix',
  'listItemIndent',
])

/** An open container: the root, a quote or a list, and the kind of block its paragraphs are. */
interface Container {
  token: Token | undefined
  kind: BlockKind
  list?: { ordered: boolean; start: number; items: number }
}

/** The index of the `exit` event of the token entered at `index`. */
function exitOf(events: Events, index: number): number {
  const token = events[index]![1]
  let at = index + 1
  while (at < events.length && events[at]![1] !== token) at++
  return at
}

/** The number token of the list item whose prefix (or list) is entered at `index`, if it has one. */
function itemValue(events: Events, index: number): Token | undefined {
  for (let at = index + 1; at < events.length; at++) {
    const [phase, token] = events[at]!
    if (phase === 'enter' && token.type === 'listItemValue') return token
    if (phase === 'exit' && token.type === 'listItemPrefix') break
  }
  return undefined
}

/** An ordered list's first number, as remark-parse reads it (the first item's value). */
function listStart(events: Events, index: number, text: string): number {
  const value = itemValue(events, index)
  return value === undefined ? 1 : Number.parseInt(text.slice(value.start.offset, value.end.offset), 10)
}

// HTML footnote lists. Bounded like every pattern here; an HTML block is read item by item.
const HAS_LIST_ITEM = /<li\b/i
// What says a list holds footnotes: an item id like "fn1", "footnote-2", "ftnt3", "endnote-4",
// "cite_note-5", or a container class "footnotes" / "endnotes" / "references".
const FOOTNOTES_HTML =
  /\bid=["'](?:[\w-]{0,40}[-_])?(?:fn|ftn|ftnt|footnote|endnote|note|cite_note|ref)[-_]?\d{1,4}["']|\bclass=["'][^"'<>]{0,80}\b(?:footnotes?|endnotes?|references)\b/i
const LIST_OPEN = /<ol\b[^<>]{0,300}>/i
const LIST_ITEM = /<li\b[^<>]{0,300}>/gi
// An item ends at its closing tag, the next item, or the end of its list.
const ITEM_END = /<\/li\s{0,3}>|<li\b|<\/[ou]l\s{0,3}>/gi

/**
 * Reads micromark's events in document order, keeping the open containers on a stack: there is
 * no recursion, so 20,000 nested blockquotes cannot overflow the call stack.
 */
class BlockWalker {
  readonly blocks: Block[] = []
  private readonly headings: { depth: number; title: string }[] = []
  private sourcesDepth: number | undefined
  /** The depth of the open reading list's heading ("See also", "External links"), if any. */
  private readingDepth: number | undefined
  private sawSources = false
  /** The number the next unnumbered `<li>` of an HTML footnote list gets. */
  private htmlItem = 1
  private ordinal: number | undefined
  private written: Block['writtenNumber']
  /** The piece being walked: its text as parsed (offsets relative to `start`), and its full parse once needed. */
  private piece: Piece = { text: '', start: 0, reparsed: 0 }

  /** `full` parses inline syntax too: it gives the text of a heading or label line. */
  constructor(
    private readonly input: string,
    private readonly full: { parse(text: string): unknown },
  ) {}

  /**
   * The number written before a list item, when readers are shown `ordinal` instead. Lazy
   * numbering that repeats the list's first number ("1. 1. 1.") leaves the counting to Markdown.
   */
  private writtenNumber(
    list: NonNullable<Container['list']>,
    ordinal: number | undefined,
    value: Token | undefined,
  ): Block['writtenNumber'] {
    if (ordinal === undefined || value === undefined) return undefined
    const written = Number.parseInt(this.piece.text.slice(value.start.offset, value.end.offset), 10)
    if (written === ordinal || written === list.start) return undefined
    return { value: written, start: this.offset(value.start), end: this.offset(value.end) }
  }

  /** Reads the blocks of one piece of the document from its events. */
  walk(events: Events, piece: { text: string; start: number }): void {
    this.piece = { ...piece, reparsed: 0 }
    const containers: Container[] = [{ token: undefined, kind: 'paragraph' }]
    let index = 0
    while (index < events.length) {
      const [phase, token] = events[index]!
      const top = containers[containers.length - 1]!
      if (phase === 'exit') {
        if (token === top.token) {
          containers.pop()
          if (top.list !== undefined) {
            this.ordinal = undefined
            this.written = undefined
          }
        }
        index++
        continue
      }
      // As a string: the GFM token names ('table', …) are not in micromark's own token type map.
      switch (token.type as string) {
        case 'blockQuote':
          containers.push({ token, kind: 'blockquote' })
          index++
          continue
        case 'listOrdered':
        case 'listUnordered': {
          const list = {
            ordered: token.type === 'listOrdered',
            start: listStart(events, index, piece.text),
            items: 0,
          }
          if (this.sourcesDepth !== undefined) {
            index = this.sourceList(events, index, list)
            continue
          }
          containers.push({ token, kind: 'list-item', list })
          index++
          continue
        }
        case 'listItemPrefix':
          if (top.list !== undefined) {
            this.ordinal = top.list.ordered ? top.list.start + top.list.items : undefined
            this.written = this.writtenNumber(top.list, this.ordinal, itemValue(events, index))
            top.list.items++
          }
          break
        case 'atxHeading':
        case 'setextHeading':
          index = this.heading(events, index) + 1
          continue
        case 'paragraph':
          this.paragraph(events, index, top.kind)
          break
        case 'definition':
        case 'gfmFootnoteDefinition':
          // Definitions are sources wherever they stand; one in mid-article (a footnote written
          // after its paragraph) does not make what follows an appended part.
          this.pushToken(token, 'definition')
          break
        case 'table':
          index = this.table(events, index) + 1
          continue
        case 'codeFenced':
        case 'codeIndented':
          this.joinFootnoteContinuation(this.offset(token.start), this.offset(token.end))
          break
        case 'htmlFlow':
          // Not prose, but it may be the footnotes of a page converted from HTML.
          this.htmlFootnotes(this.offset(token.start), this.offset(token.end))
          break
        case 'thematicBreak':
          // Not prose.
          break
        default:
          // `content` (around paragraphs and definitions), line endings, prefixes: read on.
          index++
          continue
      }
      index = exitOf(events, index) + 1
    }
  }

  /** An offset in the input from a point in the piece. */
  private offset(point: Token['start']): number {
    return point.offset + this.piece.start
  }

  /** Reads a heading; returns the index of its `exit` event. */
  private heading(events: Events, index: number): number {
    const token = events[index]![1]
    const exit = exitOf(events, index)
    let depth = 0
    let content: Token | undefined
    for (let at = index + 1; at < exit; at++) {
      const [phase, inner] = events[at]!
      if (phase !== 'enter') continue
      if (inner.type === 'atxHeadingSequence' && depth === 0) depth = inner.end.offset - inner.start.offset
      else if (inner.type === 'setextHeadingLineSequence')
        depth = this.piece.text.charCodeAt(inner.start.offset) === 61 /* = */ ? 1 : 2
      else if (
        (inner.type === 'atxHeadingText' || inner.type === 'setextHeadingText') &&
        content === undefined
      )
        content = inner
    }
    const text = content === undefined ? '' : this.piece.text.slice(content.start.offset, content.end.offset)
    const title = this.inlineText('heading', token, text).trim()
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.depth >= depth) {
      this.headings.pop()
    }
    if (this.sourcesDepth !== undefined && depth <= this.sourcesDepth) this.sourcesDepth = undefined
    if (this.readingDepth !== undefined && depth <= this.readingDepth) this.readingDepth = undefined
    const start = this.offset(token.start)
    const end = this.offset(token.end)
    if (READING_HEADING.test(title)) this.readingDepth = depth
    else if (isSourceLabel(this.raw(start, end), () => title)) {
      this.sourcesDepth = depth
      this.sawSources = true
    }
    this.pushSpan(start, end, 'heading', depth)
    this.headings.push({ depth, title })
    return exit
  }

  private paragraph(events: Events, index: number, kind: BlockKind): void {
    const token = events[index]![1]
    let start = this.offset(token.start)
    const end = this.offset(token.end)
    // A GFM task list item's paragraph starts after its "[x] ", as remark-gfm reads it.
    const next = events[index + 1]
    if (
      next?.[0] === 'enter' &&
      (next[1].type as string) === 'taskListCheck' &&
      next[1].end.offset + 1 < token.end.offset
    ) {
      start = this.offset(next[1].end) + 1
    }
    // A bold pseudo-heading or label line ("**Sources:**", "Sources:") opens a source list.
    const raw = this.sourcesDepth === undefined ? this.raw(start, end) : ''
    if (isSourceLabel(raw, () => this.inlineText('paragraph', token, raw).trim())) {
      this.openSources()
      this.pushSpan(start, end, 'heading', PSEUDO_HEADING)
      return
    }
    if (SOURCE_ENTRY_START.test(this.input.slice(start, start + 50))) {
      // "[1] https://…" lines after the body: an appended source list with no heading.
      this.sawSources = true
      this.pushSpan(start, end, 'definition')
      return
    }
    // A list opened by a label line ("Sources:") ends at the first paragraph that is no
    // reference ("Enrichment Data Integration: …"); one under a real heading runs to the next.
    if (this.sourcesDepth === PSEUDO_HEADING && !LOOKS_LIKE_REFERENCE.test(this.input.slice(start, end))) {
      this.sourcesDepth = undefined
    }
    if (this.sourcesDepth === undefined && this.splitAtSources(start, end, kind)) return
    this.pushSpan(start, end, kind)
  }

  /**
   * A list in a source list: each item is one entry, however many paragraphs it wraps over.
   * Returns the index after the list's events.
   */
  private sourceList(events: Events, index: number, list: NonNullable<Container['list']>): number {
    const token = events[index]![1]
    let depth = 0
    let item: { start: number; firstBlock?: number; end: number; value?: Token } | undefined
    const finish = () => {
      if (item === undefined) return
      this.ordinal = list.ordered ? list.start + list.items - 1 : undefined
      this.written = this.writtenNumber(list, this.ordinal, item.value)
      const base = this.piece.start
      this.pushSpan(base + (item.firstBlock ?? item.start), base + item.end, 'list-item')
      this.ordinal = undefined
      this.written = undefined
    }
    for (let at = index + 1; at < events.length; at++) {
      const [phase, inner] = events[at]!
      if (phase === 'exit' && inner === token) {
        finish()
        return at + 1
      }
      if (phase === 'enter') {
        if (depth === 0 && inner.type === 'listItemPrefix') {
          finish()
          list.items++
          item = { start: inner.start.offset, end: inner.end.offset }
        } else if (depth === 1 && item !== undefined && inner.type === 'listItemValue') {
          item.value = inner
        } else if (
          depth === 0 &&
          item !== undefined &&
          item.firstBlock === undefined &&
          CHILD_BLOCKS.has(inner.type)
        ) {
          item.firstBlock = inner.start.offset
        }
        depth++
      } else {
        depth--
        if (depth === 0 && item !== undefined && !BETWEEN_BLOCKS.has(inner.type)) item.end = inner.end.offset
      }
    }
    finish()
    return events.length
  }

  /**
   * Each cell of a GFM table is a block of its own, with its row's offset as `row`. Returns the
   * index of the table's `exit` event.
   */
  private table(events: Events, index: number): number {
    const exit = exitOf(events, index)
    let row = -1
    for (let at = index + 1; at < exit; at++) {
      const [phase, inner] = events[at]!
      if (phase !== 'enter') continue
      const type = inner.type as string
      if (type === 'tableRow') row = this.offset(inner.start)
      else if (type === 'tableHeader' || type === 'tableData') {
        if (this.pushToken(inner, 'table-cell')) {
          const cell = this.blocks[this.blocks.length - 1]!
          cell.row = row
          if (type === 'tableHeader') cell.header = true
        }
      }
    }
    return exit
  }

  /**
   * The text of a heading or paragraph as a reader sees it, with emphasis marks, escapes and link
   * syntax gone: what mdast-util-to-string gives from remark-parse's tree. `text` is its source,
   * which is that already when it is one line with no inline syntax.
   */
  private inlineText(type: 'heading' | 'paragraph', token: Token, text: string): string {
    if (!INLINE_SYNTAX.test(text)) return text
    const piece = this.piece
    const from = token.start.offset
    const to = token.end.offset
    // Alone, a block's source parses to the same block (a heading line, a label line). A setext
    // heading inside a quote does not (its underline line starts with `>`), and a piece with many
    // such blocks is cheaper to parse once: then the block is looked up in a full parse of its piece.
    if (piece.fullBlocks === undefined && piece.reparsed < MOST_BLOCKS_PARSED_ALONE) {
      piece.reparsed++
      const alone = this.full.parse(piece.text.slice(from, to)) as Root
      const only = alone.children.length === 1 ? alone.children[0] : undefined
      if (only?.type === type && only.position?.end.offset === to - from) return mdastToString(only)
    }
    piece.fullBlocks ??= indexTextBlocks(this.full.parse(piece.text) as Root)
    const same = piece.fullBlocks.get(`${type}:${from}`)
    return same === undefined ? text : mdastToString(same)
  }

  /** The source of a short block (a possible label line), or '' for a long one. */
  private raw(start: number, end: number): string {
    return end - start > 200 ? '' : this.input.slice(start, end)
  }

  /**
   * Without GFM, a footnote definition's second paragraph (indented four spaces) parses as indented
   * code; when it follows the definition, it belongs to it.
   */
  private joinFootnoteContinuation(start: number, end: number): void {
    const last = this.blocks[this.blocks.length - 1]
    if (last?.kind !== 'definition') return
    if (!/^[ \t]{0,3}\[\^/.test(this.input.slice(last.start, last.start + 8))) return
    if (!/^(?: {4}|\t)/.test(this.input.slice(this.input.lastIndexOf('\n', start) + 1, start + 4))) return
    if (/\S/.test(this.input.slice(last.end, this.input.lastIndexOf('\n', start) + 1))) return
    let to = end
    while (to > start && /\s/.test(this.input[to - 1]!)) to--
    last.end = to
  }

  private openSources(): void {
    this.sourcesDepth = PSEUDO_HEADING
    this.sawSources = true
  }

  /**
   * Splits a body paragraph where a source list starts inside it ("…the end.\nSources:\n[1] …").
   * Returns false when it has no such line.
   */
  private splitAtSources(start: number, end: number, kind: BlockKind): boolean {
    const input = this.input
    let lineStart = input.indexOf('\n', start) + 1
    while (lineStart > 0 && lineStart < end) {
      const newline = input.indexOf('\n', lineStart)
      const lineEnd = newline === -1 || newline > end ? end : newline
      const line = lineEnd - lineStart <= LONGEST_SOURCE_LINE ? input.slice(lineStart, lineEnd).trimEnd() : ''
      const isHeading = line !== '' && SOURCE_HEADING.test(line)
      const isEntry =
        line !== '' &&
        !isHeading &&
        SOURCE_ENTRY_START.test(line) &&
        (LOOKS_LIKE_ENTRY.test(line) || ENTRY_LINE_REFERENCE.test(line))
      if (isHeading || isEntry) {
        this.pushSpan(start, lineStart, kind)
        if (isHeading) {
          this.openSources()
          this.pushSpan(lineStart, lineStart + line.length, 'heading', PSEUDO_HEADING)
          this.pushSpan(lineEnd, end, 'paragraph')
        } else {
          this.sawSources = true
          this.pushSpan(lineStart, end, 'definition')
        }
        return true
      }
      lineStart = newline === -1 ? -1 : newline + 1
    }
    return false
  }

  /**
   * The items of an HTML list of footnotes (`<ol><li id="fn1">…</li></ol>`, `<div
   * class="footnotes">`), as source-list blocks: one per `<li>`, its content only, numbered by the
   * digits that end its id ("fn1", "footnote-2", "easy-footnote-bottom-3") or else by its place in
   * the list (from an `<ol start="4">`). An HTML list is read as footnotes when it sits under a
   * Sources heading or says it holds footnotes; any other HTML stays out of the article.
   */
  private htmlFootnotes(start: number, end: number): void {
    const html = this.input.slice(start, end)
    if (!HAS_LIST_ITEM.test(html)) return
    if (this.sourcesDepth === undefined && !FOOTNOTES_HTML.test(html)) return
    const list = LIST_OPEN.exec(html)
    if (list !== null) this.htmlItem = Number(/\bstart=["']?(\d{1,4})/i.exec(list[0])?.[1] ?? 1)
    LIST_ITEM.lastIndex = 0
    for (let item = LIST_ITEM.exec(html); item !== null; item = LIST_ITEM.exec(html)) {
      const from = item.index + item[0].length
      ITEM_END.lastIndex = from
      const stop = ITEM_END.exec(html)
      const to = stop === null ? html.length : stop.index
      LIST_ITEM.lastIndex = to
      const id = /\bid=["'][^"'<>]{0,80}?(\d{1,4})["']/i.exec(item[0])
      const ordinal = id !== null ? Number(id[1]) : this.htmlItem
      this.htmlItem = ordinal + 1
      if (this.pushSpan(start + from, start + to, 'list-item', undefined, ordinal)) this.sawSources = true
    }
  }

  private pushToken(token: Token, kind: BlockKind): boolean {
    return this.pushSpan(this.offset(token.start), this.offset(token.end), kind)
  }

  /**
   * Pushes the block between `rawStart` and `rawEnd`, its edges trimmed; `footnote`, an HTML
   * footnote's number, makes it a numbered source-list entry. Returns whether there was text.
   */
  private pushSpan(
    rawStart: number,
    rawEnd: number,
    kind: BlockKind,
    depth?: number,
    footnote?: number,
  ): boolean {
    let start = rawStart
    let end = rawEnd
    // A table cell's position takes in its pipes ("| 61%[^n] |"); the claim is what is between them.
    const edge = kind === 'table-cell' ? /[\s|]/ : /\s/
    while (start < end && edge.test(this.input[start]!)) start++
    while (end > start && edge.test(this.input[end - 1]!)) end--
    if (end <= start) return false
    const inSources = this.sourcesDepth !== undefined || kind === 'definition' || footnote !== undefined
    const block: Block = {
      kind,
      role: inSources
        ? 'sources'
        : this.readingDepth !== undefined ||
            (kind === 'paragraph' && isReadingLine(this.input.slice(start, end)))
          ? 'reading'
          : 'body',
      start,
      end,
      sectionPath: this.headings.map((heading) => heading.title),
      afterSources: this.sawSources && !inSources,
    }
    if (depth !== undefined) block.depth = depth
    if (footnote !== undefined) block.ordinal = footnote
    else if (this.ordinal !== undefined && kind === 'list-item') {
      block.ordinal = this.ordinal
      if (this.written !== undefined) block.writtenNumber = this.written
      // Only the item's first paragraph carries its number.
      this.ordinal = undefined
      this.written = undefined
    }
    this.blocks.push(block)
    return true
  }
}
