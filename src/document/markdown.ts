/**
 * Reading Markdown into blocks with remark-parse, used for block structure only: the text of
 * each block is always sliced from the input by node offsets, never re-serialised.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type Block, type BlockKind, SOURCE_ENTRY_START, SOURCE_HEADING } from './block.js'

const plainParser = unified().use(remarkParse)
const gfmParser = unified().use(remarkParse).use(remarkGfm)

// remark-gfm roughly halves remark's speed, so it is used only when the text has a footnote
// definition or a table row, the two GFM constructs whose block structure we need.
const NEEDS_GFM = /^[ \t]{0,3}(?:\[\^[^\]\n]{1,100}\]:|\|.{0,1000}\|[ \t]*$)/m

/** Parses Markdown and returns its blocks (headings, paragraphs, list items, quotes, cells, definitions). */
export function readMarkdownBlocks(input: string, offsetBase = 0): Block[] {
  const parser = NEEDS_GFM.test(input) ? gfmParser : plainParser
  const tree = parser.parse(input) as Root
  const walker = new BlockWalker(input, offsetBase)
  walker.children(tree, 'paragraph')
  return walker.blocks
}

class BlockWalker {
  readonly blocks: Block[] = []
  private readonly headings: { depth: number; title: string }[] = []
  private sourcesDepth: number | undefined
  private sawSources = false
  private ordinal: number | undefined

  constructor(
    private readonly input: string,
    private readonly offsetBase: number,
  ) {}

  children(parent: Parent, kind: BlockKind): void {
    for (const child of parent.children as RootContent[]) this.node(child, kind)
  }

  private node(node: RootContent, kind: BlockKind): void {
    switch (node.type) {
      case 'heading': {
        const title = mdastToString(node).trim()
        while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.depth >= node.depth) {
          this.headings.pop()
        }
        if (this.sourcesDepth !== undefined && node.depth <= this.sourcesDepth) this.sourcesDepth = undefined
        const isSources = SOURCE_HEADING.test(title)
        if (isSources) {
          this.sourcesDepth = node.depth
          this.sawSources = true
        }
        this.push(node, 'heading', node.depth)
        this.headings.push({ depth: node.depth, title })
        return
      }
      case 'paragraph': {
        const text = mdastToString(node).trim()
        // A bold pseudo-heading or label line ("**Sources:**", "Sources:") opens a source list.
        if (SOURCE_HEADING.test(text) && this.sourcesDepth === undefined) {
          this.sourcesDepth = 7
          this.sawSources = true
          this.push(node, 'heading', 7)
          return
        }
        const start = node.position?.start.offset ?? 0
        if (SOURCE_ENTRY_START.test(this.input.slice(start, start + 50))) {
          // "[1] https://…" lines after the body: an appended source list with no heading.
          this.sawSources = true
          this.push(node, 'definition')
          return
        }
        this.push(node, kind)
        return
      }
      case 'list':
        node.children.forEach((item, index) => {
          this.ordinal = node.ordered ? (node.start ?? 1) + index : undefined
          this.children(item, 'list-item')
          this.ordinal = undefined
        })
        return
      case 'blockquote':
        this.children(node, 'blockquote')
        return
      case 'footnoteDefinition':
      case 'definition':
        this.sawSources = true
        this.push(node, 'definition')
        return
      case 'table':
        for (const row of node.children) for (const cell of row.children) this.push(cell, 'table-cell')
        return
      default:
        // code, html, thematic breaks, front matter: not prose.
        return
    }
  }

  private push(node: Nodes, kind: BlockKind, depth?: number): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || end <= start) return
    const inSources = this.sourcesDepth !== undefined || kind === 'definition'
    const block: Block = {
      kind,
      role: inSources ? 'sources' : 'body',
      start: start + this.offsetBase,
      end: end + this.offsetBase,
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
