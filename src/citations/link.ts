/**
 * Sources as report records, and the link from each marker label to its source.
 */
import type { Locator } from '../document/index.js'
import type { Source } from '../report/schema.js'
import type { SourceEntry } from './sources.js'
import { classifyUrl } from './url.js'

/** The article's sources and a way to look one up by the label a marker uses. */
export interface SourceIndex {
  sources: Source[]
  /** The source a label points to; the first entry wins when two share a label. */
  byLabel(label: string): Source | undefined
}

/** Turns source entries into report sources (ids `s1`, `s2`, … in order of appearance). */
export function indexSources(entries: readonly SourceEntry[], locator: Locator): SourceIndex {
  const labels = new Map<string, Source>()
  const sources = entries.map((entry, index): Source => {
    const source: Source = {
      id: `s${index + 1}`,
      label: entry.label,
      title: entry.title,
      url: entry.url,
      urlStatus: classifyUrl(entry.url, entry.placeholder),
      domain: null,
      publisher: null,
      date: null,
      position: locator.position(entry.start, entry.end),
      citedBy: [],
    }
    const key = normalizeLabel(entry.label)
    if (!labels.has(key)) labels.set(key, source)
    return source
  })
  return { sources, byLabel: (label) => labels.get(normalizeLabel(label)) }
}

/** Labels compare without case and leading zeros: `[01]` cites source 1, `[^Note]` cites `[^note]:`. */
function normalizeLabel(label: string): string {
  return /^\d{1,10}$/.test(label) ? String(Number(label)) : label.toLowerCase()
}
