/**
 * Reading Markdown into blocks with remark-parse, used for block structure only: the text of
 * each block is always sliced from the input by node offsets, never re-serialised.
 */
import type { Heading, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import {
  type Block,
  type BlockKind,
  LOOKS_LIKE_ENTRY,
  LOOKS_LIKE_REFERENCE,
  SOURCE_ENTRY_START,
  SOURCE_HEADING,
} from './block.js'
import { capContainerDepth, MARKDOWN_CHUNK_SIZE, shiftBlockOffsets, splitMarkdownChunks } from './chunk.js'

// The depth of a label line or bold pseudo-heading ("**Sources:**"): below every real heading.
const PSEUDO_HEADING = 7

// The block walk needs block structure only, and CommonMark settles block structure before any
// inline parsing. So the walk's parsers switch inline constructs off (emphasis, links, code spans,
// escapes, references, autolinks, HTML, footnote calls, strikethrough): their text stays raw, and
// remark-parse runs about a fifth faster. The few places that read a block's text (heading titles,
// label lines) get it from `inlineText`, which parses inline syntax again where there is any.
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

/** A unified plugin that stops micromark from parsing inline constructs. */
function blockStructureOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] }
  data.micromarkExtensions ??= []
  data.micromarkExtensions.push({ disable: { null: INLINE_CONSTRUCTS } })
}

// remark-gfm roughly halves remark's speed, so it is used only when the text has a table row,
// the one GFM construct whose block structure we need. Footnote definitions read well enough
// without it: `[^1]: https://…` is a CommonMark definition, `[^1]: Reuters, …` a paragraph that
// starts like an entry, and a definition's indented continuation paragraphs (which CommonMark
// reads as indented code) are joined back to it below.
const NEEDS_GFM = /^[ \t]{0,3}\|.{0,1000}\|[ \t]{0,100}$/m

/** The parsers of one flavour: block structure only (the walk), and full (text of a heading or label). */
interface Parsers {
  blocks: Parser
  full: Parser
}

/** What the walk needs of a unified processor. */
interface Parser {
  parse(text: string): unknown
}

const plain: Parsers = {
  blocks: unified().use(remarkParse).use(blockStructureOnly),
  full: unified().use(remarkParse),
}
const gfm: Parsers = {
  blocks: unified().use(remarkParse).use(remarkGfm).use(blockStructureOnly),
  full: unified().use(remarkParse).use(remarkGfm),
}

// Characters that can start inline syntax whose text differs from its source (emphasis, code,
// links and footnote calls, escapes, character references, HTML and autolinks, strikethrough).
// Text without any of them reads the same with inline parsing on or off.
const INLINE_SYNTAX = /[\\`*_[\]<&~]/

/** Parses Markdown and returns its blocks (headings, paragraphs, list items, quotes, cells, definitions). */
export function readMarkdownBlocks(input: string, offsetBase = 0, chunkSize = MARKDOWN_CHUNK_SIZE): Block[] {
  const parsers = NEEDS_GFM.test(input) ? gfm : plain
  const walker = new BlockWalker(input, parsers.full)
  // A large document is parsed in block-aligned pieces (./chunk.ts); the one walker carries the
  // heading and source-list state from piece to piece.
  for (const chunk of splitMarkdownChunks(input, { size: chunkSize })) {
    const whole = chunk.start === 0 && chunk.end === input.length
    const text = capContainerDepth(whole ? input : input.slice(chunk.start, chunk.end))
    const tree = parsers.blocks.parse(text) as Root
    shiftBlockOffsets(tree, chunk.start)
    walker.walk(tree, 'paragraph', { text, start: chunk.start })
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

/** A node still to read, or the list-item number to give the next list-item block. */
type Work = { node: RootContent; kind: BlockKind } | { ordinal: number | undefined }

/**
 * Walks the tree in document order with an explicit stack, not recursion: 20,000 nested
 * blockquotes must not overflow the call stack.
 */
class BlockWalker {
  readonly blocks: Block[] = []
  private readonly headings: { depth: number; title: string }[] = []
  private sourcesDepth: number | undefined
  private sawSources = false
  private ordinal: number | undefined

  private readonly stack: Work[] = []
  /** The piece being walked: its text as parsed (offsets relative to `start`), and its full parse once needed. */
  private piece: Piece = { text: '', start: 0, reparsed: 0 }

  /** `full` parses inline syntax too: it gives the text of a heading or label line. */
  constructor(
    private readonly input: string,
    private readonly full: Parser,
  ) {}

  walk(root: Parent, kind: BlockKind, piece: { text: string; start: number }): void {
    this.piece = { ...piece, reparsed: 0 }
    this.pushChildren(root, kind)
    for (let work = this.stack.pop(); work !== undefined; work = this.stack.pop()) {
      if ('ordinal' in work) this.ordinal = work.ordinal
      else this.node(work.node, work.kind)
    }
  }

  /** Queues a parent's children so that they are read next, first child first. */
  private pushChildren(parent: Parent, kind: BlockKind): void {
    const children = parent.children as RootContent[]
    for (let index = children.length - 1; index >= 0; index--)
      this.stack.push({ node: children[index]!, kind })
  }

  private node(node: RootContent, kind: BlockKind): void {
    switch (node.type) {
      case 'heading': {
        const title = this.inlineText(node).trim()
        while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.depth >= node.depth) {
          this.headings.pop()
        }
        if (this.sourcesDepth !== undefined && node.depth <= this.sourcesDepth) this.sourcesDepth = undefined
        if (isSourceLabel(this.raw(node), () => title)) {
          this.sourcesDepth = node.depth
          this.sawSources = true
        }
        this.push(node, 'heading', node.depth)
        this.headings.push({ depth: node.depth, title })
        return
      }
      case 'paragraph': {
        // A bold pseudo-heading or label line ("**Sources:**", "Sources:") opens a source list.
        const raw = this.sourcesDepth === undefined ? this.raw(node) : ''
        if (isSourceLabel(raw, () => this.inlineText(node).trim())) {
          this.openSources()
          this.push(node, 'heading', PSEUDO_HEADING)
          return
        }
        const start = node.position?.start.offset ?? 0
        const end = node.position?.end.offset ?? start
        if (SOURCE_ENTRY_START.test(this.input.slice(start, start + 50))) {
          // "[1] https://…" lines after the body: an appended source list with no heading.
          this.sawSources = true
          this.push(node, 'definition')
          return
        }
        // A list opened by a label line ("Sources:") ends at the first paragraph that is no
        // reference ("Enrichment Data Integration: …"); one under a real heading runs to the next.
        if (
          this.sourcesDepth === PSEUDO_HEADING &&
          !LOOKS_LIKE_REFERENCE.test(this.input.slice(start, end))
        ) {
          this.sourcesDepth = undefined
        }
        if (this.sourcesDepth === undefined && this.splitAtSources(start, end, kind)) return
        this.push(node, kind)
        return
      }
      case 'list': {
        const ordinalOf = (index: number) => (node.ordered ? (node.start ?? 1) + index : undefined)
        if (this.sourcesDepth !== undefined) {
          // In a source list an item is one entry, however many paragraphs it wraps over.
          node.children.forEach((item, index) => {
            this.ordinal = ordinalOf(index)
            const start = item.children[0]?.position?.start.offset ?? item.position?.start.offset
            const end = item.position?.end.offset
            if (start !== undefined && end !== undefined) this.pushSpan(start, end, 'list-item')
            this.ordinal = undefined
          })
          return
        }
        for (let index = node.children.length - 1; index >= 0; index--) {
          this.stack.push({ ordinal: undefined })
          this.pushChildren(node.children[index]!, 'list-item')
          this.stack.push({ ordinal: ordinalOf(index) })
        }
        return
      }
      case 'blockquote':
        this.pushChildren(node, 'blockquote')
        return
      case 'footnoteDefinition':
      case 'definition':
        // Definitions are sources wherever they stand; one in mid-article (a footnote written
        // after its paragraph) does not make what follows an appended part.
        this.push(node, 'definition')
        return
      case 'table':
        for (const row of node.children) for (const cell of row.children) this.push(cell, 'table-cell')
        return
      case 'code':
        this.joinFootnoteContinuation(node)
        return
      default:
        // html, thematic breaks, front matter: not prose.
        return
    }
  }

  /**
   * The text of a heading or paragraph as a reader sees it, with emphasis marks, escapes and link
   * syntax gone: what mdast-util-to-string gives from a parse with inline constructs on.
   */
  private inlineText(node: Heading | Paragraph): string {
    const text = mdastToString(node)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (!INLINE_SYNTAX.test(text) || start === undefined || end === undefined) return text
    const piece = this.piece
    const from = start - piece.start
    // Alone, a block's source parses to the same block (a heading line, a label line). A setext
    // heading inside a quote does not (its underline line starts with `>`), and a piece with many
    // such blocks is cheaper to parse once: then the block is looked up in a full parse of its piece.
    if (piece.fullBlocks === undefined && piece.reparsed < MOST_BLOCKS_PARSED_ALONE) {
      piece.reparsed++
      const alone = this.full.parse(piece.text.slice(from, end - piece.start)) as Root
      const only = alone.children.length === 1 ? alone.children[0] : undefined
      if (only?.type === node.type && only.position?.end.offset === end - start) return mdastToString(only)
    }
    piece.fullBlocks ??= indexTextBlocks(this.full.parse(piece.text) as Root)
    const same = piece.fullBlocks.get(`${node.type}:${from}`)
    return same === undefined ? text : mdastToString(same)
  }

  private raw(node: Nodes): string {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    return end - start > 200 ? '' : this.input.slice(start, end)
  }

  /**
   * Without remark-gfm, a footnote definition's second paragraph (indented four spaces) parses as
   * indented code; when it follows the definition, it belongs to it.
   */
  private joinFootnoteContinuation(node: Nodes): void {
    const last = this.blocks[this.blocks.length - 1]
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (last?.kind !== 'definition' || start === undefined || end === undefined) return
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

  private push(node: Nodes, kind: BlockKind, depth?: number): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    this.pushSpan(start, end, kind, depth)
  }

  private pushSpan(rawStart: number, rawEnd: number, kind: BlockKind, depth?: number): void {
    let start = rawStart
    let end = rawEnd
    // A table cell's position takes in its pipes ("| 61%[^n] |"); the claim is what is between them.
    const edge = kind === 'table-cell' ? /[\s|]/ : /\s/
    while (start < end && edge.test(this.input[start]!)) start++
    while (end > start && edge.test(this.input[end - 1]!)) end--
    if (end <= start) return
    const inSources = this.sourcesDepth !== undefined || kind === 'definition'
    const block: Block = {
      kind,
      role: inSources ? 'sources' : 'body',
      start,
      end,
      sectionPath: this.headings.map((heading) => heading.title),
      afterSources: this.sawSources && !inSources,
    }
    if (depth !== undefined) block.depth = depth
    if (this.ordinal !== undefined && kind === 'list-item') {
      block.ordinal = this.ordinal
      this.ordinal = undefined // only the item's first paragraph carries its number
    }
    this.blocks.push(block)
  }
}
