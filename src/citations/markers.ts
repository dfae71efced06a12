/**
 * Footnote markers in the raw text of a sentence: `[1]`, `[1][5]`, `[1, 2]`, `[1-3]`, `[^note]`.
 *
 * Markers are found in the raw input, not in mdast text nodes: when a document has reference
 * definitions, remark turns `[1][5]` into one linkReference and the 1 disappears from the tree
 * (../shared/GUIDE.md).
 */

/** One label of a marker; a range or list marker gives one per label, all with the marker's span. */
export interface MarkerMatch {
  label: string
  /** Offset of the marker's `[`. */
  start: number
  /** Offset just past the marker's `]`. */
  end: number
}

// Every repetition is bounded: an unbounded `(\d+(?:,\d+)*)` throws "Maximum call stack size
// exceeded" on a long run of "1,1,1,…". A marker lists at most 50 labels of at most 4 digits.
const MARKER = /\[(?:\^([^\]\s^[]{1,100})|(\d{1,4}(?:[ \t]{0,3}[,;–—-][ \t]{0,3}\d{1,4}){0,49}))\](?!\()/g
const RANGE = /^(\d{1,4})[ \t]{0,3}[–—-][ \t]{0,3}(\d{1,4})$/
// A range that expands to more than this is text, not a marker ("[1-9999]").
const LONGEST_RANGE = 100
const INLINE_CODE = /`{1,10}[^`]{0,2000}`{1,10}/g

/** Finds the markers in `input` between `start` and `end`, skipping inline code. */
export function findMarkers(input: string, start: number, end: number): MarkerMatch[] {
  const text = input.slice(start, end)
  if (!text.includes('[')) return []
  const code = codeSpans(text)
  const markers: MarkerMatch[] = []
  MARKER.lastIndex = 0
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    const at = match.index
    if (code.some(([from, to]) => at >= from && at < to)) continue
    const markerStart = start + at
    const markerEnd = markerStart + match[0].length
    // A definition line `[^1]: …` or `[1]: url` is a source entry, not a marker.
    if (text[at + match[0].length] === ':' && (at === 0 || text[at - 1] === '\n')) continue
    if (match[1] !== undefined) {
      markers.push({ label: match[1], start: markerStart, end: markerEnd })
      continue
    }
    for (const label of expandLabels(match[2]!)) markers.push({ label, start: markerStart, end: markerEnd })
  }
  return markers
}

/** "1, 3-5" → ["1", "3", "4", "5"]; labels are returned without leading zeros. */
export function expandLabels(list: string): string[] {
  const labels: string[] = []
  for (const part of list.split(/[,;]/)) {
    const trimmed = part.trim()
    const range = RANGE.exec(trimmed)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      if (to >= from && to - from <= LONGEST_RANGE) {
        for (let label = from; label <= to; label++) labels.push(String(label))
        continue
      }
    }
    for (const piece of trimmed.split(/[–—-]/)) if (piece.trim()) labels.push(String(Number(piece.trim())))
  }
  return labels
}

function codeSpans(text: string): [number, number][] {
  if (!text.includes('`')) return []
  const spans: [number, number][] = []
  INLINE_CODE.lastIndex = 0
  for (let match = INLINE_CODE.exec(text); match; match = INLINE_CODE.exec(text)) {
    spans.push([match.index, match.index + match[0].length])
  }
  return spans
}
