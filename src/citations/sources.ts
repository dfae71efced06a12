/**
 * The article's source list: entries read from the blocks the document stage marked as sources.
 *
 * Forms: `[1] - Source 1: (URL)` run in one after another (the seed), `[1] https://…`,
 * `[1] Title. https://…`, `[1]: https://… "Title"`, `[^1]: …` (also over several paragraphs),
 * `1. …` / `1) …` items, `² …` notes numbered with a superscript, and unnumbered items or
 * paragraphs under a Sources heading, which are numbered in order (so `[2]` cites the second).
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.
import { type Block, FURTHER_READING_HEADING, LOOKS_LIKE_REFERENCE } from '../document/index.js'
import { type AuthorDateKey, entryAcronym, readEntryAuthors } from './author-date.js'
import { clean, readEntryFields } from './entry-fields.js'
import { entryTextFromHtml, looksLikeHtmlEntry } from './html-entry.js'
import { findIsbn } from './isbn.js'
import { fromSuperscript } from './markers.js'
import { createFullNoteIndex, readShortNote, type ShortNote } from './short-notes.js'
import { isPlaceholderText } from './url.js'
import { BARE_URL_SOURCE, LINK_DESTINATION_SOURCE, trimUrl, UNSAFE_URL_SOURCE } from './url-patterns.js'

/** One source-list entry before ids and positions are assigned. */
export interface SourceEntry {
  label: string
  title: string | null
  publisher: string | null
  /** ISO date the entry gives for the source (not the date it was retrieved). */
  date: string | null
  /** The book's ISBN when the entry gives a valid one (digits only). */
  isbn: string | null
  /** An ISBN the entry gives that fails its check digit, as written. */
  misprintedIsbn: string | null
  url: string | null
  placeholder: boolean
  /** The first author's surname and the year, when the entry opens in author–date form. */
  authorDate: AuthorDateKey | null
  /** Initials the entry's body is also cited by ("WHO"), when it has an author–date key. */
  acronym: string | null
  /**
   * True for a note that only repeats the one before it: "Ibid.", "Ibid., 14.", "Id. at 7." (Chicago
   * and legal style). Its number cites the source of the note before.
   */
  repeatsPrevious: boolean
  /** The author and short title when the entry is a Chicago short note ("Doe, Rural Broadband, 19."). */
  shortNote: ShortNote | null
  /**
   * For a short note, the place (among all entries read) of the earlier full note it shortens: its
   * number cites that note's source. Null for any other entry, and for a short note with no full note.
   */
  shortens: number | null
  /**
   * True when the label is the entry's place in its section, not written in it (an unnumbered item
   * under a Sources heading): a label written elsewhere in the list wins over it.
   */
  counted: boolean
  /** True for an entry under a "Further reading" heading: a work to read on, not one a claim needs. */
  furtherReading: boolean
  start: number
  end: number
}

// The label that opens an entry: `[1]`, `[1]:`, `[^note]:` anywhere (kept only at a line start or
// run in as the next number), `1.` / `1)` at the start of a line, or a superscript number there,
// as a word processor numbers its notes ("² Optoro, …"). `[Title](url)` is a link.
const ENTRY_LABEL =
  /\[(\^[^\]\s^[]{1,100}|[\w-]{1,40})\]:?(?![([])|(?<=^|\n)[ \t]{0,3}(\d{1,4})[.)](?=[ \t])|(?<=^|\n)[ \t]{0,3}([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?=[ \t])/g
const SEPARATOR = /^[\s:–—-]{0,8}/
// URLs: `<url>`, `[text](url)`, a bare URL or an unsafe scheme.
const URL_IN_TEXT = new RegExp(
  String.raw`<((?:https?|javascript|data|vbscript|file):[^\s>]{1,2000})>` +
    String.raw`|\[([^\[\]\n]{0,300})\]\([ \t]{0,3}<?(${LINK_DESTINATION_SOURCE})>?(?:[ \t]{1,3}"[^"\n]{0,300}")?[ \t]{0,3}\)` +
    `|(${BARE_URL_SOURCE})|(${UNSAFE_URL_SOURCE})`,
  'i',
)
// A DOI names a document for good: "doi:10.1000/jlh.2005.123", "DOI 10.1000/182". An entry with one
// and no URL is read as its https://doi.org/ link, which resolves to the document.
const DOI_IN_TEXT = /\bdoi\s{0,3}:?\s{0,3}(10\.\d{4,9}\/[^\s"<>]{1,300})/i
const PLACEHOLDER_IN_TEXT =
  /\((?:url|link|links|tbd|todo|tk|#|\.\.\.|…)\)|\b(?:URL|TBD|TODO|TK)\b|(?<=\s|^)#(?=\s|$)/i

/** Reads every entry of the source-list blocks. */
export function readSourceEntries(input: string, blocks: readonly Block[]): SourceEntry[] {
  const entries: SourceEntry[] = []
  // The label the next unnumbered entry gets; each source section counts from 1.
  let next = 1
  let furtherReading = false
  for (const block of blocks) {
    if (block.role !== 'sources') continue
    if (block.kind === 'heading') {
      next = 1
      furtherReading = FURTHER_READING_HEADING.test(input.slice(block.start, block.end))
      continue
    }
    const section = { furtherReading }
    const text = input.slice(block.start, block.end)
    const starts = entryStarts(text)
    if (starts.length === 0 || starts[0]!.at > 0) {
      // No label at the block's start: the block (up to its first labelled line) is one entry,
      // numbered by its list item or by its place in the section, if it reads like a reference.
      const label =
        block.ordinal !== undefined
          ? String(block.ordinal)
          : block.kind === 'list-item' || LOOKS_LIKE_REFERENCE.test(text)
            ? String(next)
            : undefined
      const end = starts.length > 0 ? block.start + starts[0]!.at : block.end
      if (label !== undefined && block.ordinal === undefined && block.kind === 'paragraph') {
        // A reference list typed one entry per line, with no blank lines between: in Markdown one
        // paragraph, but each line that opens with authors and a year starts an entry.
        for (const [from, to] of referenceLines(input, block.start, end)) {
          entries.push(parseEntry(input, String(next), from, from, to, { ...section, counted: true }))
          next++
        }
      } else if (label !== undefined) {
        const counted = block.ordinal === undefined
        entries.push(parseEntry(input, label, block.start, block.start, end, { ...section, counted }))
        next = Number(label) + 1
      }
    }
    starts.forEach((entry, index) => {
      const following = starts[index + 1]
      const end = following ? block.start + following.at : block.end
      // A footnote's definition belongs to no section, wherever it is written.
      const where = { furtherReading: section.furtherReading && !entry.footnote, counted: false }
      entries.push(
        parseEntry(input, entry.label, block.start + entry.at, block.start + entry.bodyAt, end, where),
      )
      if (/^\d{1,4}$/.test(entry.label)) next = Number(entry.label) + 1
    })
  }
  return withFullNotes(input, entries)
}

/**
 * The entries, each short note pointing to the full note it shortens when an earlier one matches.
 * A short note with no full note before it stands for its work: a later short note of the same
 * work names it, so the work is one source.
 */
function withFullNotes(input: string, entries: SourceEntry[]): SourceEntry[] {
  if (!entries.some((entry) => entry.shortNote !== null)) return entries
  const full = createFullNoteIndex()
  return entries.map((entry) => {
    const shortens = entry.shortNote === null ? -1 : full.find(entry.shortNote)
    const named = shortens >= 0 || entry.repeatsPrevious
    const title = named ? null : (entry.shortNote?.title ?? entry.title)
    full.add({ title, text: input.slice(entry.start, entry.end) })
    return shortens >= 0 ? { ...entry, shortens } : entry
  })
}

/**
 * The entries of an unlabelled paragraph between `start` and `end`: one per line that opens with
 * authors and a year ("Smith, A. (2019). …"), each running to the next such line, when the first
 * line opens so; else the whole paragraph. A wrapped entry's later lines ("Journal 4: 1–10.",
 * "https://doi.org/…") stay with it.
 */
function referenceLines(input: string, start: number, end: number): [number, number][] {
  const whole: [number, number][] = [[start, end]]
  const firstBreak = input.indexOf('\n', start)
  if (firstBreak < 0 || firstBreak >= end || readEntryAuthors(input.slice(start, firstBreak)) === null)
    return whole
  const ranges: [number, number][] = []
  let from = start
  for (let at = firstBreak; at >= 0 && at < end; at = input.indexOf('\n', at + 1)) {
    const lineEnd = input.indexOf('\n', at + 1)
    const line = input.slice(at + 1, lineEnd < 0 || lineEnd > end ? end : lineEnd)
    if (readEntryAuthors(line) === null) continue
    ranges.push([from, at])
    from = at + 1 + (line.length - line.trimStart().length)
  }
  ranges.push([from, end])
  return ranges
}

interface EntryStart {
  label: string
  /** Written as a footnote's label (`[^1]:`). */
  footnote: boolean
  at: number
  bodyAt: number
}

/**
 * Where entries start in one block. A label opens an entry at the block's start or at a line start,
 * or run in after the previous entry when it is the next number ("(URL)[2] - Source 2"). A bare
 * `2024.` at a line start inside a wrapped entry is not a label unless it is the next number.
 */
function entryStarts(text: string): EntryStart[] {
  const starts: EntryStart[] = []
  ENTRY_LABEL.lastIndex = 0
  for (let match = ENTRY_LABEL.exec(text); match; match = ENTRY_LABEL.exec(text)) {
    const rawLabel = match[1] ?? match[2] ?? String(Number(fromSuperscript(match[3]!)))
    const label = rawLabel.startsWith('^') ? rawLabel.slice(1) : rawLabel
    const at = match.index + (match[0].length - match[0].trimStart().length)
    const atLineStart = at === 0 || /\n[ \t]{0,3}$/.test(text.slice(Math.max(0, at - 4), at))
    const previous = starts[starts.length - 1]
    const isNextNumber =
      previous !== undefined && /^\d{1,100}$/.test(label) && Number(label) === Number(previous.label) + 1
    if (
      match[2] !== undefined
        ? !(starts.length === 0 && at === 0) && !isNextNumber
        : !atLineStart && !isNextNumber
    ) {
      continue
    }
    const body = match.index + match[0].length
    const separator = SEPARATOR.exec(text.slice(body, body + 8))
    const footnote = label !== rawLabel
    starts.push({ label, footnote, at, bodyAt: body + (separator ? separator[0].length : 0) })
  }
  return starts
}

/**
 * Is a link's text only its address, in full or as its host ("springfield.gov", "www.cdc.gov",
 * "cdc.gov/measles")? Then it names no title.
 */
function namesOnlyTheUrl(linkText: string, url: string | null): boolean {
  const text = clean(linkText)
  if (text === null || url === null) return text === null
  const bare = (address: string) =>
    address
      .toLowerCase()
      .replace(/^[a-z][a-z\d+.-]{0,20}:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '')
  const shown = bare(text)
  const target = bare(url)
  return shown === target || target.startsWith(`${shown}/`) || target.startsWith(`${shown}?`)
}

/** "10.1000/xyz)" from "(doi:10.1000/xyz)": a closing parenthesis the DOI did not open is not its own. */
function withoutUnbalancedParen(doi: string): string {
  if (!doi.endsWith(')')) return doi
  let depth = 0
  for (const c of doi) depth += c === '(' ? 1 : c === ')' ? -1 : 0
  return depth < 0 ? withoutUnbalancedParen(trimUrl(doi.slice(0, -1))) : doi
}

// "Ibid.", "Ibid., 14.", "Ibid., pp. 3–5.", "Id.", "Id. at 7.", "*Ibid.*": the note before, perhaps at
// another page. Anything more ("Id. 4 (2019) …") is a citation of its own.
const REPEATS_PREVIOUS =
  /^[ \t]{0,3}[*_]{0,2}(?:ibid(?:em)?|id)\.?[*_]{0,2}(?:[ \t]{0,3}[,;]?[ \t]{0,3}(?:at[ \t]{1,3})?(?:pp?\.[ \t]{0,3})?\d{1,5}(?:[ \t]{0,3}[–—-][ \t]{0,3}\d{1,5})?)?[ \t]{0,3}\.?[ \t]{0,3}$/i

function parseEntry(
  input: string,
  label: string,
  start: number,
  bodyStart: number,
  rawEnd: number,
  where: Pick<SourceEntry, 'counted' | 'furtherReading'>,
): SourceEntry {
  let end = rawEnd
  while (end > start && /\s/.test(input[end - 1]!)) end--
  const written = input.slice(bodyStart, end)
  // An entry in HTML (the footnotes of a converted page) is read as the Markdown it stands for.
  const body = looksLikeHtmlEntry(written) ? entryTextFromHtml(written) : written
  const found = URL_IN_TEXT.exec(body)
  let url: string | null = null
  let rest = body
  let linkText: string | null = null
  if (found) {
    const markdownLink = found[3] !== undefined
    url = found[1] ?? found[3] ?? (found[4] !== undefined ? trimUrl(found[4]) : trimUrl(found[5]!))
    if (markdownLink) linkText = found[2]!
    // A bare URL may have lost trailing punctuation; links and autolinks end where they matched.
    const bare = found[4] !== undefined || found[5] !== undefined
    const urlEnd = found.index + (bare ? url.length : found[0].length)
    rest = `${body.slice(0, found.index)} ${body.slice(urlEnd)}`
  }
  const doi = url === null ? DOI_IN_TEXT.exec(body) : null
  if (doi) {
    url = `https://doi.org/${withoutUnbalancedParen(trimUrl(doi[1]!))}`
    rest = `${body.slice(0, doi.index)} ${body.slice(doi.index + doi[0].length)}`
  }
  let placeholder = false
  if (url !== null && isPlaceholderText(url)) placeholder = true
  const placeholderMatch = url === null ? PLACEHOLDER_IN_TEXT.exec(rest) : null
  if (placeholderMatch) {
    placeholder = true
    rest =
      rest.slice(0, placeholderMatch.index) + rest.slice(placeholderMatch.index + placeholderMatch[0].length)
  }
  const isbn = findIsbn(rest)
  if (isbn) rest = `${rest.slice(0, isbn.start)} ${rest.slice(isbn.end)}`
  const fields = readEntryFields(rest, linkText !== null && !namesOnlyTheUrl(linkText, url) ? linkText : null)
  const authorDate = readEntryAuthors(body)
  // A short note has no link, no date and no author–date key of its own.
  const shortNote = url === null && fields.date === null && authorDate === null ? readShortNote(body) : null
  return {
    label,
    ...fields,
    // A short note is named by its author and short title: "Doe, *Rural Broadband*, 19." → "Doe,
    // Rural Broadband".
    ...(shortNote !== null && { title: `${shortNote.author}, ${shortNote.title}`, publisher: null }),
    isbn: isbn?.isbn ?? null,
    misprintedIsbn: isbn !== null && isbn.isbn === null ? isbn.written : null,
    url,
    placeholder,
    authorDate,
    acronym: authorDate ? entryAcronym(authorDate, body) : null,
    repeatsPrevious: url === null && REPEATS_PREVIOUS.test(body),
    shortNote,
    shortens: null,
    ...where,
    start,
    end,
  }
}
