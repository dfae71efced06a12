/**
 * How findings, reasons and the HTML report write a marker: as the article writes it. A Markdown
 * footnote's label loses its caret (`[^note]` and `[note]` point to the same source), so they put
 * it back where the article uses footnotes: "Unexpected marker `[^4]`", not "`[4]`". An article
 * that cites by author and date gets "(Landis et al., 2021)", and one that cites numbers in
 * parentheses "(4)".
 */
import type { Citation, Source } from '../report/schema.js'
import { readAuthorDateLabel } from './author-date.js'

/**
 * Writes the marker for a label: `[^note]` for a footnote, `[1]` otherwise. With `at`, the offset
 * of one marker in the article, it writes that marker as it is written there; with a source's start
 * offset, it writes that source's label (see {@link writeSourceLabel}).
 */
export type MarkerWriter = (label: string, at?: number) => string

/** `[label]`: the writer for articles without footnotes. */
export const plainMarker: MarkerWriter = (label) => `[${label}]`

// A footnote definition or call starts with "[^" (a definition may be indented by up to 3 spaces).
const FOOTNOTE_START = /^[ \t]{0,3}\[\^/

// An author–date citation's label starts with a capital: "Landis et al., 2021", "WHO, 2020a".
const CAPITAL_FIRST = /^\p{Lu}/u

/**
 * The marker writer for one article: a label is written `[^label]` when its source is defined as
 * a footnote (`[^note]: …`) or a marker for it is written `[^note]`. In an article that cites by
 * author and date, `authorDate` maps each such source's label to its citation ("Landis et al.,
 * 2021"): sources are written as that citation in parentheses, and so are author–date labels.
 * With `parentheses`, numbered sources and the markers written "(4)" are written in parentheses.
 */
export function articleMarkers(
  input: string,
  sources: readonly Pick<Source, 'label' | 'position'>[],
  claims: readonly { citations: readonly Pick<Citation, 'label' | 'position'>[] }[],
  authorDate: ReadonlyMap<string, string> | null = null,
  parentheses = false,
): MarkerWriter {
  const footnotes = new Set<string>()
  const isFootnote = (offset: number) => FOOTNOTE_START.test(input.slice(offset, offset + 8))
  // Labels a footnote and a listed item both have (`[^1]:` beside "Further reading" counted 1, 2):
  // written at a source's start, such a label is written as that source's entry writes it.
  const notFootnotes = new Set<string>()
  const sourceStarts = new Set<number>()
  const shared = new Set<number>()
  for (const source of sources) {
    if (isFootnote(source.position.start.offset)) footnotes.add(source.label)
    else notFootnotes.add(source.label)
    sourceStarts.add(source.position.start.offset)
  }
  for (const source of sources)
    if (footnotes.has(source.label) && notFootnotes.has(source.label))
      shared.add(source.position.start.offset)
  for (const claim of claims)
    for (const citation of claim.citations)
      if (isFootnote(citation.position.start.offset)) footnotes.add(citation.label)
  const bracketed: MarkerWriter =
    footnotes.size === 0
      ? plainMarker
      : (label, at) =>
          (at === undefined ? footnotes.has(label) : isFootnote(at)) ? `[^${label}]` : `[${label}]`
  // A source's start stands for its label, unless a footnote and a list item share that label.
  const asLabel = (at: number | undefined) =>
    at !== undefined && sourceStarts.has(at) && !shared.has(at) ? undefined : at
  if (authorDate === null && !parentheses) return (label, at) => bracketed(label, asLabel(at))
  return (label, rawAt) => {
    const at = asLabel(rawAt)
    const written = at === undefined ? authorDate?.get(label) : undefined
    if (written !== undefined) return `(${written})`
    if (
      authorDate !== null &&
      CAPITAL_FIRST.test(label) &&
      readAuthorDateLabel(label) !== null &&
      (at === undefined || input[at] !== '[')
    )
      return `(${label})`
    // "(1)": a numbered source, or a number in parentheses where the article writes one.
    if (parentheses && (at === undefined ? /^\d{1,10}$/.test(label) : input[at] === '(')) return `(${label})`
    return bracketed(label, at)
  }
}

/**
 * Writes a source's label the way the article would cite it: `[^3]` for a footnote, `[3]` for an
 * item of the list, even when the two share the number.
 */
export function writeSourceLabel(marker: MarkerWriter, source: Pick<Source, 'label' | 'position'>): string {
  return marker(source.label, source.position.start.offset)
}
