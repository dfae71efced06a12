/**
 * Choosing between Markdown and plain text when the caller says `auto`.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.

import { frontMatterEnd } from './front-matter.js'

// Constructs that plain-text drafts do not use: ATX headings, fences, links, emphasis,
// footnote and reference definitions, blockquotes, setext underlines, tables, and block-level HTML
// at a line start (a page converted to Markdown: `<ol class="footnotes">`, `<hr>`).
const MARKDOWN_SIGNALS = [
  /^#{1,6}[ \t]{1,100}\S/m,
  /^[ \t]{0,3}(?:```|~~~)/m,
  /\]\([^)\s]{1,2000}\)/,
  /(?:^|\s)(?:\*\*|__)\S[^\n]{0,200}?(?:\*\*|__)/m,
  /^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,10}\S/m,
  /^[ \t]{0,3}>[ \t]?\S/m,
  /^\S[^\n]{0,200}\r?\n[ \t]{0,3}(?:={3,200}|-{3,200})[ \t]{0,100}$/m,
  /^[ \t]{0,3}\|[^\n]{1,1000}\|[ \t]{0,100}\r?\n[ \t]{0,3}\|?[ \t]{0,10}:?-{3,100}/m,
  /^[ \t]{0,3}<\/?(?:ol|ul|li|div|p|hr|table|section|aside|article|blockquote|h[1-6])\b[^<>\n]{0,300}>/im,
]

/**
 * 'markdown' when the input opens with front matter or uses Markdown constructs, else 'text'.
 * Looks at the first 100 kB only.
 */
export function detectFormat(input: string): 'markdown' | 'text' {
  if (frontMatterEnd(input) > 0) return 'markdown'
  const head = input.length > 100_000 ? input.slice(0, 100_000) : input
  return MARKDOWN_SIGNALS.some((signal) => signal.test(head)) ? 'markdown' : 'text'
}
