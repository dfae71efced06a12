/**
 * Inline citations: a Markdown link, an autolink or a bare URL in the article's body ("according
 * to [Reuters](https://…)") cites the page it points to. "According to Reuters" with no link is
 * attribution, read by the language stage, not a citation.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.
import type { Block } from '../document/index.js'
import { codeSpans, inSpans } from './markers.js'
import {
  BARE_URL_SOURCE,
  isCitableUrl,
  LINK_DESTINATION_SOURCE,
  trimUrl,
  UNSAFE_URL_SOURCE,
} from './url-patterns.js'

/** One link in the body that cites a page. */
export interface InlineLink {
  /** The link text ("Reuters"), or the URL as written for a bare URL or autolink. */
  text: string
  url: string
  /** The link's title attribute (`[t](url "Title")`), when it has one. */
  title: string | null
  /** Offsets of the whole link in the input. */
  start: number
  end: number
}

// `[text](url "title")` (text may hold one level of brackets), `<https://…>`, or a bare URL.
// Images (`![alt](src)`) are matched so they can be skipped.
const INLINE_LINK = new RegExp(
  String.raw`(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,500})\]\([ \t]{0,3}<?(${LINK_DESTINATION_SOURCE})>?(?:[ \t]{1,3}(?:"([^"\n]{0,300})"|'([^'\n]{0,300})'))?[ \t]{0,3}\)` +
    String.raw`|<((?:https?|javascript|data|vbscript):[^\s<>]{1,2000})>` +
    `|(${BARE_URL_SOURCE})|(?<![\\w/])(${UNSAFE_URL_SOURCE})`,
  'gi',
)
// Link text that asks the reader to act on the publication itself, not a page that backs a claim:
// "subscribe here", "Sign up now", "donate today", "Share this post", "follow us on Bluesky".
const CALL_TO_ACTION =
  /^[*_ \t]{0,3}(?:subscribe|sign[ -]?up|unsubscribe|donate|give|share|follow|support|join|become[ \t]{1,3}a[ \t]{1,3}(?:member|subscriber|supporter|patron)|upgrade|manage[ \t]{1,3}(?:your[ \t]{1,3})?subscription)(?:[ \t]{1,3}(?:here|now|today|for[ \t]{1,3}free|us|me|this[ \t]{1,3}(?:post|story|article|newsletter)|the[ \t]{1,3}newsletter|to[ \t]{1,3}(?:the[ \t]{1,3})?(?:newsletter|paid|premium)|on[ \t]{1,3}[\p{L}\p{N}.]{1,30})){0,3}[ \t]{0,3}[.!→»]{0,2}[*_ \t]{0,3}$/iu
const HAS_LINK = /\]\(|https?:\/\/|www\.|<(?:javascript|data|vbscript):|(?:javascript|data|vbscript):/i

/**
 * Finds the links of every body block, in document order. Links in inline code are skipped, and so
 * are links that only ask the reader to subscribe, donate or share.
 */
export function findInlineLinks(input: string, blocks: readonly Block[]): InlineLink[] {
  const links: InlineLink[] = []
  for (const block of blocks) {
    if (block.role !== 'body') continue
    const text = input.slice(block.start, block.end)
    if (!HAS_LINK.test(text)) continue
    const code = codeSpans(text)
    INLINE_LINK.lastIndex = 0
    for (let match = INLINE_LINK.exec(text); match; match = INLINE_LINK.exec(text)) {
      if (match[1] === '!' || inSpans(code, match.index)) continue
      const link = toLink(match, block.start)
      if (link) links.push(link)
    }
  }
  return links
}

function toLink(match: RegExpExecArray, offset: number): InlineLink | null {
  const start = offset + match.index
  if (match[3] !== undefined) {
    const url = match[3]
    if (!isCitableUrl(url)) return null
    const text = match[2]!.replace(/\s{1,100}/g, ' ').trim()
    if (CALL_TO_ACTION.test(text)) return null
    return {
      text: text || url,
      url,
      title: match[4] ?? match[5] ?? null,
      start,
      end: start + match[0].length,
    }
  }
  const raw = match[6] ?? match[7] ?? match[8]!
  const url = match[6] === undefined ? trimUrl(raw) : raw
  const end = match[6] === undefined ? start + url.length : start + match[0].length
  return { text: url, url, title: null, start, end }
}
