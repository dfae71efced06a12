/**
 * The document stage: the input cut into blocks (headings, paragraphs, list items, quotes,
 * source-list entries), each pointing into the input by offset.
 */
import type { ArticleDocument } from './block.js'
import { detectFormat } from './detect-format.js'
import { frontMatterEnd } from './front-matter.js'
import { readMarkdownBlocks } from './markdown.js'
import { readTextBlocks } from './text.js'
import { markTrailingSourceRun } from './trailing-sources.js'

export type { ArticleDocument, Block, BlockKind, BlockRole } from './block.js'
export { FURTHER_READING_HEADING, LOOKS_LIKE_REFERENCE, MARKDOWN_LINK_SOURCE } from './block.js'
export { detectFormat } from './detect-format.js'
export { createLocator, type Locator } from './locate.js'
export { NOTE_NUMBER_BEFORE_SOURCE, NOTE_NUMBER_SOURCE } from './note-numbers.js'

/**
 * Reads the input as Markdown or plain text (`auto` decides by looking) and returns its blocks;
 * Markdown front matter makes none.
 * A trailing run of reference-like items with no heading is marked as the source list here, over
 * the whole document (a Markdown document may be read in pieces).
 */
export function readDocument(input: string, format: 'auto' | 'markdown' | 'text'): ArticleDocument {
  const chosen = format === 'auto' ? detectFormat(input) : format
  // Front matter (`---` / `title: …` / `---`) is the file's metadata: the article starts after it.
  const metadata = chosen === 'markdown' ? frontMatterEnd(input) : 0
  const blocks =
    chosen === 'text'
      ? readTextBlocks(input)
      : metadata === 0
        ? readMarkdownBlocks(input)
        : readMarkdownBlocks(input.slice(metadata), metadata)
  markTrailingSourceRun(input, blocks)
  return { format: chosen, blocks }
}
