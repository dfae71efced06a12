/**
 * Everything a stretch of the body cites: bracket and footnote markers, superscript markers,
 * reference-style labels, inline links, and the editors' tags that say a citation is missing.
 */
import type { Locator } from '../document/index.js'
import type { Citation, Position } from '../report/schema.js'
import { findAuthorDateCitations } from './author-date.js'
import type { SourceIndex } from './link.js'
import { normalizeLabel } from './link.js'
import {
  codeSpans,
  findEditorTags,
  findMarkersInText,
  findNoteNumbers,
  findParenthesisMarkers,
  findSuperscriptMarkers,
  inSpans,
  type MarkerMatch,
} from './markers.js'

/** An editor's `[citation needed]`-style tag, located. */
export interface EditorTag {
  tag: string
  position: Position
}

/** The citations of one sentence and any editors' tags in it. */
export interface SpanCitations {
  /** In the order they appear. */
  citations: Citation[]
  tags: EditorTag[]
}

// `[label]` with a word inside, for reference definitions like `[reuters]: https://…`
// cited as `[Reuters][reuters]` or `[reuters]`.
const NAMED_LABEL = /\[([^[\]\n^]{1,100})\](?!\()/g

/**
 * Finds what `input.slice(start, end)` cites and resolves it against `sources`. A year in brackets
 * ("[2024]") is not a marker unless a source carries that label; a superscript is a marker only
 * when the source list is numbered; a number in parentheses ("(1)", "(2, 3)") only when the
 * article cites that way; an author–date citation ("(Landis et al., 2021)") only when the list has
 * author–date entries.
 */
export function citeSpan(
  input: string,
  start: number,
  end: number,
  sources: SourceIndex,
  locator: Locator,
): SpanCitations {
  const text = input.slice(start, end)
  const code = codeSpans(text)
  const found: { at: number; citation: Citation }[] = []
  const cite = (marker: MarkerMatch) => {
    const source = sources.byLabel(marker.label)
    found.push({
      at: marker.start,
      citation: {
        label: marker.label,
        sourceId: source?.id ?? null,
        position: locator.position(marker.start, marker.end),
      },
    })
  }

  const superscripts = sources.hasNumberedLabels ? findSuperscriptMarkers(text, start, code) : []
  for (const marker of findMarkersInText(text, start, code)) {
    // "[2024]" is a year, not a marker, unless a source carries that label.
    if (isYear(marker.label) && !sources.byLabel(marker.label)) continue
    // `<sup><a href="#ftnt5">[5]</a></sup>` is one call: its brackets are read with it.
    if (superscripts.some((call) => marker.start >= call.start && marker.end <= call.end)) continue
    cite(marker)
  }
  for (const marker of superscripts) cite(marker)
  if (sources.noteNumberStyle) for (const marker of findNoteNumbers(text, start, code)) cite(marker)
  if (sources.parenthesisStyle) {
    for (const marker of findParenthesisMarkers(text, start, code)) {
      // "(2019)" is a year, not a marker, unless a source carries that label.
      if (isYear(marker.label) && !sources.byLabel(marker.label)) continue
      cite(marker)
    }
  }
  if (sources.hasNamedLabels && text.includes('[')) {
    NAMED_LABEL.lastIndex = 0
    for (let match = NAMED_LABEL.exec(text); match; match = NAMED_LABEL.exec(text)) {
      const label = match[1]!
      if (/^[\d\s,;–—-]{1,100}$/.test(label) || inSpans(code, match.index)) continue
      if (!sources.byLabel(normalizeLabel(label))) continue
      cite({ label, start: start + match.index, end: start + match.index + match[0].length })
    }
  }
  if (sources.authorDateLabels.size > 0) {
    for (const work of findAuthorDateCitations(text, start, (at) => inSpans(code, at))) {
      const source = sources.byAuthorDate(work)
      // In an article that cites by author and date, "(Smith, 2019)" with no Smith in the list is
      // dangling; a name before a year in the sentence only when written as one ("Lee et al. (2020)").
      if (!source && !(sources.authorDateStyle && (!work.narrative || work.formal))) continue
      found.push({
        at: work.start,
        citation: {
          label: work.label,
          sourceId: source?.id ?? null,
          position: locator.position(work.start, work.end),
        },
      })
    }
  }
  for (const link of linksIn(sources, start, end)) {
    found.push({
      at: link.start,
      citation: {
        label: link.text,
        sourceId: link.source.id,
        position: locator.position(link.start, link.end),
      },
    })
  }
  found.sort((a, b) => a.at - b.at)
  const tags = findEditorTags(text, start, code).map((tag) => ({
    tag: tag.tag,
    position: locator.position(tag.start, tag.end),
  }))
  return { citations: found.map((entry) => entry.citation), tags }
}

/** The inline links that start between `start` and `end`, by binary search over the sorted list. */
function linksIn(sources: SourceIndex, start: number, end: number): SourceIndex['inlineLinks'] {
  const links = sources.inlineLinks
  if (links.length === 0) return []
  let low = 0
  let high = links.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (links[middle]!.start < start) low = middle + 1
    else high = middle
  }
  let last = low
  while (last < links.length && links[last]!.start < end) last++
  return links.slice(low, last)
}

function isYear(label: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(label)
}
