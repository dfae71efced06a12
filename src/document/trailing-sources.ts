/**
 * Source lists with no heading: a run of list items at the very end of the article that each
 * read like a reference (a URL, or Wikipedia's `^` back-link) is the source list.
 */
import { type Block, LOOKS_LIKE_ENTRY } from './block.js'

/**
 * Marks the article's trailing run of reference-like list items as sources, when the article has
 * no other source list. The run must follow some body text: an article that is only a list of
 * links keeps it as its body. Changes `blocks` in place (they are still being built).
 */
export function markTrailingSourceRun(input: string, blocks: Block[]): void {
  if (blocks.some((block) => block.role === 'sources')) return
  let first = blocks.length
  while (first > 1) {
    const block = blocks[first - 1]!
    // A reading list ("See also", "External links") is no source list.
    if (block.role !== 'body' || (block.kind !== 'list-item' && block.kind !== 'paragraph')) break
    const text = input.slice(block.start, Math.min(block.end, block.start + 2000))
    const isEntry =
      block.kind === 'list-item' ? LOOKS_LIKE_ENTRY.test(text) : /^[ \t]{0,3}[\^↑][ \t]/.test(text)
    if (!isEntry) break
    first--
  }
  for (let index = first; index < blocks.length; index++) blocks[index]!.role = 'sources'
}
