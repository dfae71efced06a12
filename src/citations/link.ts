/**
 * Sources as report records, and the link from each marker label (or inline link) to its source.
 */
import type { Block, Locator } from '../document/index.js'
import type { Source } from '../report/schema.js'
import { type AuthorDateCitation, findAuthorDateCitations } from './author-date.js'
import type { InlineLink } from './inline.js'
import { findNoteNumbers, findParenthesisMarkers } from './markers.js'
import type { SourceEntry } from './sources.js'
import { describeUrl } from './url.js'

/** An inline link resolved to its source. */
export interface ResolvedInlineLink extends InlineLink {
  source: Source
}

/** The article's sources and a way to look one up by the label a marker uses. */
export interface SourceIndex {
  /** Every source, listed and inline, in order of appearance (ids `s1`, `s2`, …). */
  sources: Source[]
  /**
   * The listed source a label points to. When two share a label, one that is written in its entry
   * wins over one counted from its place in a section; then the first wins.
   */
  byLabel(label: string): Source | undefined
  /** The body's links with their sources, in document order. */
  inlineLinks: readonly ResolvedInlineLink[]
  /** True when some listed source has a number for a label (superscript markers need one). */
  hasNumberedLabels: boolean
  /** True when some listed source has a word for a label (`[reuters]: https://…`). */
  hasNamedLabels: boolean
  /** Source id → an ISBN its entry gives that fails the check digit, as written. */
  misprintedIsbns: ReadonlyMap<string, string>
  /** Ids of the sources listed under "Further reading": no claim needs to cite them. */
  furtherReading: ReadonlySet<string>
  /** The listed source an author–date citation names ("Landis et al., 2021"), if any. */
  byAuthorDate(citation: Pick<AuthorDateCitation, 'first' | 'names' | 'year'>): Source | undefined
  /** Source label → how the article would cite it by author and date ("Landis et al., 2021"). */
  authorDateLabels: ReadonlyMap<string, string>
  /**
   * True when the body cites a listed source by author and date: the article uses the style, so
   * an author–date citation that names no listed source is dangling. Set by {@link withCitationStyles}.
   */
  authorDateStyle: boolean
  /**
   * True when the body cites a numbered source with a number in parentheses at the end of a clause
   * ("… cell damage (1)."): such numbers are then read as markers. Set by {@link withCitationStyles}.
   */
  parenthesisStyle: boolean
  /**
   * True when the body cites a numbered source with a note number set on the line, as a pasted
   * superscript becomes ("… benchmark speeds.1 The …"): such numbers are then read as markers.
   * Set by {@link withCitationStyles}.
   */
  noteNumberStyle: boolean
}

/**
 * Turns source entries and the body's links into report sources. A link whose URL (normalized)
 * matches a listed entry cites that entry; links to one page share one inline source, labelled
 * with the first link's text. Ids `s1`, `s2`, … follow the order of appearance in the input.
 */
export function indexSources(
  entries: readonly SourceEntry[],
  links: readonly InlineLink[],
  locator: Locator,
): SourceIndex {
  const labels = new Map<string, Source>()
  const byUrl = new Map<string, Source>()
  // "surname|year" (also by the surname's last word, the body's initials, the year without its letter).
  const byAuthor = new Map<string, { source: Source; names: readonly string[] }[]>()
  const authorDateLabels = new Map<string, string>()
  const starts = new Map<Source, number>()
  const sources: Source[] = []
  // Sources whose labels are counted, not written: they take a label no written one has.
  const counted: Source[] = []
  const misprinted = new Map<Source, string>()
  const onlyFurtherReading = new Set<Source>()
  const add = (source: Source, start: number): Source => {
    sources.push(source)
    starts.set(source, start)
    return source
  }
  // Each entry's source: its own, or the one an "Ibid." or a short note names.
  const entrySources: Source[] = []
  for (const entry of entries) {
    // "Ibid." and "Id. at 7." cite what the note before cites, a short note ("Doe, Rural
    // Broadband, 19.") what its full note cites: their numbers name that source.
    const named =
      entry.shortens !== null
        ? entrySources[entry.shortens]
        : entry.repeatsPrevious
          ? entrySources[entrySources.length - 1]
          : undefined
    if (named !== undefined) {
      entrySources.push(named)
      const key = normalizeLabel(entry.label)
      if (!labels.has(key)) labels.set(key, named)
      continue
    }
    const facts = describeUrl(entry.url, entry.placeholder)
    const source = add(
      {
        id: '',
        label: entry.label,
        title: entry.title,
        url: entry.url,
        urlStatus: facts.status,
        domain: facts.domain,
        publisher: entry.publisher,
        date: entry.date,
        isbn: entry.isbn,
        position: locator.position(entry.start, entry.end),
        citedBy: [],
      },
      entry.start,
    )
    entrySources.push(source)
    if (entry.misprintedIsbn !== null) misprinted.set(source, entry.misprintedIsbn)
    if (entry.furtherReading) onlyFurtherReading.add(source)
    if (entry.authorDate) {
      const { first, year } = entry.authorDate
      const names = [first, lastWord(first), entry.acronym]
      for (const name of names) {
        if (name === null) continue
        for (const when of [year, year.slice(0, 4)]) {
          const list = byAuthor.get(`${name}|${when}`)
          // A source is added under one key at most once, and only right after itself ("Smith"
          // as surname and as last word): comparing with the last is enough, and 1e5 works of
          // "Aa (2019)" stay linear.
          if (list === undefined) byAuthor.set(`${name}|${when}`, [{ source, names: entry.authorDate.names }])
          else if (list[list.length - 1]!.source !== source)
            list.push({ source, names: entry.authorDate.names })
        }
      }
      authorDateLabels.set(entry.label, entry.authorDate.written)
    }
    const key = normalizeLabel(entry.label)
    if (entry.counted) counted.push(source)
    else if (!labels.has(key)) labels.set(key, source)
    if (facts.key !== null && !byUrl.has(facts.key)) byUrl.set(facts.key, source)
  }
  for (const source of counted) {
    const key = normalizeLabel(source.label)
    if (!labels.has(key)) labels.set(key, source)
  }
  const inlineLinks = links.map((link): ResolvedInlineLink => {
    const facts = describeUrl(link.url, false)
    const key = facts.key ?? link.url
    let source = byUrl.get(key)
    if (!source) {
      source = add(
        {
          id: '',
          label: link.text,
          title: link.title ?? (link.text === link.url ? null : link.text),
          url: link.url,
          urlStatus: facts.status,
          domain: facts.domain,
          publisher: null,
          date: null,
          isbn: null,
          position: locator.position(link.start, link.end),
          citedBy: [],
        },
        link.start,
      )
      byUrl.set(key, source)
    }
    return { ...link, source }
  })
  sources.sort((a, b) => starts.get(a)! - starts.get(b)!)
  sources.forEach((source, index) => {
    source.id = `s${index + 1}`
  })
  const keys = [...labels.keys()]
  // By id, now that ids are given ("Ibid." notes make no source, so entries and sources differ).
  const misprintedIsbns = new Map<string, string>()
  for (const [source, isbn] of misprinted) misprintedIsbns.set(source.id, isbn)
  const furtherReading = new Set([...onlyFurtherReading].map((source) => source.id))
  return {
    sources,
    byLabel: (label) => labels.get(normalizeLabel(label)),
    inlineLinks,
    hasNumberedLabels: keys.some((key) => /^\d{1,100}$/.test(key)),
    hasNamedLabels: keys.some((key) => !/^\d{1,100}$/.test(key)),
    misprintedIsbns,
    furtherReading,
    byAuthorDate: (citation) => {
      const found =
        byAuthor.get(`${citation.first}|${citation.year}`) ??
        byAuthor.get(`${lastWord(citation.first)}|${citation.year}`)
      if (found === undefined) return undefined
      // "Smith & Lee, 2019" and "Smith & Park, 2019": the second name tells them apart, among the
      // first few works of that author and year (no article lists more; 1e5 would make 1e5
      // citations quadratic).
      const second = citation.names[1]
      const named =
        second === undefined
          ? undefined
          : found.slice(0, SAME_AUTHOR_AND_YEAR).find((known) => known.names.includes(second))
      return (named ?? found[0]!).source
    },
    authorDateLabels,
    authorDateStyle: false,
    parenthesisStyle: false,
    noteNumberStyle: false,
  }
}

// How many works by one first author in one year a citation's second name is looked for among.
const SAME_AUTHOR_AND_YEAR = 100

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1)
}

/**
 * The index, marked with the citation styles the body shows: author and date when a body block
 * cites a listed source that way ("(Landis et al., 2021)" with "Landis, E. A., et al. (2021). …"
 * in the list), numbers in parentheses when one such number names a numbered source ("(1)"), and
 * note numbers set on the line when one of them does ("speeds.1 The").
 */
export function withCitationStyles(index: SourceIndex, input: string, blocks: readonly Block[]): SourceIndex {
  const authorDate = index.authorDateLabels.size > 0
  const numbered = index.hasNumberedLabels
  if (!authorDate && !numbered) return index
  let authorDateStyle = false
  let parenthesisStyle = false
  let noteNumberStyle = false
  const names = (found: { label: string }) => index.byLabel(found.label) !== undefined
  for (const block of blocks) {
    if (block.role !== 'body') continue
    const text = input.slice(block.start, block.end)
    if (authorDate && !authorDateStyle)
      authorDateStyle = findAuthorDateCitations(text, block.start).some((found) => index.byAuthorDate(found))
    if (numbered && !parenthesisStyle)
      parenthesisStyle = findParenthesisMarkers(text, block.start, []).some(names)
    if (numbered && !noteNumberStyle) noteNumberStyle = findNoteNumbers(text, block.start, []).some(names)
    if ((authorDateStyle || !authorDate) && ((parenthesisStyle && noteNumberStyle) || !numbered)) break
  }
  return authorDateStyle || parenthesisStyle || noteNumberStyle
    ? { ...index, authorDateStyle, parenthesisStyle, noteNumberStyle }
    : index
}

/**
 * Labels compare without case, extra spaces and leading zeros: `[01]` cites source 1, `[^Note]`
 * cites `[^note]:`, `[Reuters  story]` cites `[reuters story]:`.
 */
export function normalizeLabel(label: string): string {
  return /^\d{1,10}$/.test(label)
    ? String(Number(label))
    : label
        .replace(/\s{1,100}/g, ' ')
        .trim()
        .toLowerCase()
}
