/**
 * Title, publisher and date of one source entry, read from the common citation styles:
 *
 * - AP / news: `Reuters, "Rubio seeks partners," March 3, 2025.`
 * - APA: `Smith, J. (2025, March 3). Rubio seeks partners. Reuters.`
 * - Chicago / MLA: `Smith, Jane. "Rubio Seeks Partners." *Reuters*, March 3, 2025.`
 * - Chicago / MLA books: `Smith, A. *Spanning the Gap*. Yale University Press, 2012.`
 * - Wikipedia: `^ a b "Rubio seeks partners". Reuters. 3 March 2025. Retrieved 5 March 2025.`
 * - link lists: `[Rubio seeks partners](https://…) — Reuters`, `Rubio seeks partners | Reuters`.
 *
 * Heuristics over a short string (an entry is at most a few hundred characters): every pattern is
 * bounded, and an entry that fits no style keeps its whole text as the title.
 */

/** What an entry says about its source, besides the URL. */
export interface EntryFields {
  title: string | null
  publisher: string | null
  /** ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// Capitalised only: "may" in lower case is a verb.
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const YEAR = '((?:1[5-9]|2[0-9])\\d\\d)'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'

/** Each date form with the order of its groups: y(ear), m(onth name or number), d(ay). */
const DATE_FORMS: { pattern: RegExp; order: string }[] = [
  { pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`), order: 'ymd' },
  { pattern: new RegExp(`\\(${YEAR},[ \\t]{0,3}${MONTH}(?:[ \\t]{1,3}${DAY})?\\)`), order: 'ymd' },
  { pattern: new RegExp(`\\b${MONTH}[ \\t]{1,3}${DAY},?[ \\t]{1,3}${YEAR}\\b`), order: 'mdy' },
  { pattern: new RegExp(`\\b${DAY}[ \\t]{1,3}${MONTH},?[ \\t]{1,3}${YEAR}\\b`), order: 'dmy' },
  { pattern: new RegExp(`\\b${MONTH},?[ \\t]{1,3}${YEAR}\\b`), order: 'my' },
  { pattern: new RegExp(`\\(${YEAR}[a-z]?\\)`), order: 'y' },
  // A year standing alone between separators: "Reuters, 2024." (not "the 2024 election").
  { pattern: new RegExp(`(?:^|[,.;][ \\t]{1,3})${YEAR}(?=[.,;]?[ \\t]{0,3}$|[.,;][ \\t])`), order: 'y' },
]

// "Retrieved 5 March 2025", "Accessed on March 5, 2025", "Archived from the original on …",
// "obtained Oct. 2026" (a date after "obtained" only: "obtained by the Register" stays): when the
// writer looked, not when the source was published.
const RETRIEVAL_DATE = `${MONTH}[ \\t]{1,3}${DAY},?[ \\t]{1,3}${YEAR}|${DAY}[ \\t]{1,3}${MONTH},?[ \\t]{1,3}${YEAR}|${YEAR}-\\d{2}-\\d{2}|${MONTH},?[ \\t]{1,3}${YEAR}`
const RETRIEVAL = new RegExp(
  `\\b(?:retrieved|accessed|last accessed|archived(?: from the original)?|viewed)(?: on)?[ \\t]{0,3}:?[ \\t]{0,3}(?:${RETRIEVAL_DATE})?[.,;]?|\\bobtained(?: on| in)?[ \\t]{1,3}(?:${RETRIEVAL_DATE})[.,;]?`,
  'gi',
)
const MAY_RETRIEVE = /retriev|access|archiv|viewed|obtained/i
const HAS_WORD = /[\p{L}\p{N}]/u
// Wikipedia's back-links before a reference: "^", "^ a b c", "↑ Jump up to: a b".
const BACK_LINKS =
  /^[ \t]{0,3}[\^↑][ \t]{0,3}(?:Jump up(?: to)?:?[ \t]{0,3})?(?:[a-z]{1,2}[ \t]{1,3}(?=\S)){0,60}/
const QUOTED = /"([^"\n]{2,400})"|“([^”\n]{2,400})”/
const EMPHASIS = /(?:\*{1,2}|_{1,2})([^*_\n]{2,200})(?:\*{1,2}|_{1,2})/
// Punctuation left alone at the end once the outlet is taken out.
const STRANDED_PUNCTUATION = /[ \t]{1,6}[.,;:]{1,3}[ \t]{0,3}$/
// Authors before a title, as citation styles write them: "Smith, A.", "Smith, Jane.",
// "Smith, A. B., and C. Lee.", "Dunster, G. P., et al.": a surname, a comma, initials or given
// names, and a closing full stop.
const AUTHORS =
  /^[ \t]{0,3}\p{Lu}[\p{L}'’-]{1,40},[ \t]{1,3}\p{Lu}[\p{L}'’.-]{0,40}(?:[ \t,]{1,3}(?:and|&|et al\.?|\p{Lu}[\p{L}'’.-]{0,40})){0,12}\.[ \t]{0,3}$/u
// A note's author, given name first, before the title: "Jane Roe,", "Robert A. Caro,". A single
// word ("Reuters,") and a name with "The" ("The Guardian,") are outlets.
const AUTHOR_IN_NOTE =
  /^[ \t]{0,3}(?!The[ \t])\p{Lu}[\p{L}'’-]{1,40}(?:[ \t]{1,3}(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]{1,40})){1,3},[ \t]{0,3}$/u
// A book's city before its publisher: ". New York: Knopf, 2019", ". London: Verso." A city is one to
// three capitalised words.
const PLACE_THEN_PUBLISHER =
  /^[ \t]{0,3}[.,][ \t]{1,3}\p{Lu}[\p{L}.'’-]{1,30}(?:[ \t]{1,3}\p{Lu}[\p{L}.'’-]{1,30}){0,2}:[ \t]{1,3}([^.,;:()\n]{2,80})/u
// "Title — Publisher", "Title | Publisher", "Title - Publisher": a short last part is the publisher.
const TITLE_THEN_PUBLISHER = /^(.{2,400}?)[ \t]{1,3}(?:\||–|—|-|::)[ \t]{1,3}([^|–—\n]{2,60})$/
// The sentences of an APA entry after its date: split at ". " unless the full stop closes an
// initial ("J. Smith") or a dotted abbreviation ("U.S. Army").
const SENTENCE_BREAK = /(?<!\b\p{Lu}|\b\p{Lu}\.\p{Lu})[.?!][ \t]{1,3}(?=\S)/gu

/** Reads title, publisher and date from an entry's text (its label and URL already removed). */
export function readEntryFields(text: string, linkText: string | null = null): EntryFields {
  // Most entries are a bare URL: nothing is left to read.
  if (linkText === null && !HAS_WORD.test(text)) return { title: null, publisher: null, date: null }
  let rest = text.replace(BACK_LINKS, '')
  if (MAY_RETRIEVE.test(rest)) rest = rest.replace(RETRIEVAL, ' ')
  const book = rest.includes(')') ? readBookNote(rest) : null
  if (book) return book
  const dated = /\d/.test(rest) ? findDate(rest) : null
  const date = dated?.iso ?? null
  // A journal's volume and year after a quoted title ("Journal 4 (2019): 12.") are no APA date.
  const apa = dated?.apa && !QUOTED.test(rest.slice(0, dated.start)) ? readApa(rest, dated) : null
  if (apa) return { ...apa, date }
  if (dated) rest = withoutDate(rest, dated)

  const quoted = QUOTED.exec(rest)
  if (quoted) {
    // Chicago and AP close the title's own punctuation inside the quotes: "Title," / "Title."
    const title = clean((quoted[1] ?? quoted[2]!).replace(/[.,]$/, ''))
    const before = rest.slice(0, quoted.index)
    const after = rest.slice(quoted.index + quoted[0].length)
    return { title, publisher: publisherAfter(after) ?? publisherBefore(before), date }
  }
  if (linkText !== null && clean(linkText)) {
    // The link is the whole entry: its text is read as an entry of its own ("[Reuters, "Rubio
    // seeks partners"](…)", "[Rubio seeks partners - Reuters](…)").
    if (!HAS_WORD.test(rest)) {
      const inner = readEntryFields(linkText)
      return { title: inner.title, publisher: inner.publisher, date: date ?? inner.date }
    }
    return { title: clean(linkText), publisher: publisherAfter(rest) ?? publisherBefore(rest), date }
  }
  const emphasis = EMPHASIS.exec(rest)
  const authors = emphasis ? rest.slice(0, emphasis.index) : ''
  if (emphasis && (AUTHORS.test(authors) || AUTHOR_IN_NOTE.test(authors))) {
    // Chicago and MLA books: `Smith, A. *Spanning the Gap*. Yale University Press.`, and a note's
    // `Jane Roe, *Rivers*, 2019`. After the authors, the italics are the title and what follows is
    // the publisher, after its city: `New York: Knopf`.
    const after = rest.slice(emphasis.index + emphasis[0].length)
    const published = PLACE_THEN_PUBLISHER.exec(after)
    return {
      title: clean(emphasis[1]!),
      publisher: published ? clean(published[1]!) : publisherAfter(after),
      date,
    }
  }
  if (emphasis && clean(rest.replace(emphasis[0], ''))) {
    // `Rubio seeks partners. *Reuters*.`: the emphasised part names the outlet.
    return {
      // The outlet's own full stop goes with it: "Rubio seeks partners. *Reuters*." → "… partners."
      title: clean(rest.replace(emphasis[0], ' ').replace(STRANDED_PUNCTUATION, '')),
      publisher: withoutFullStop(clean(emphasis[1]!)),
      date,
    }
  }
  const flat = clean(rest)
  if (flat === null) return { title: null, publisher: null, date }
  const split = TITLE_THEN_PUBLISHER.exec(flat)
  if (split && wordCount(split[2]!) <= 6) {
    return { title: clean(split[1]!), publisher: withoutFullStop(clean(split[2]!)), date }
  }
  return { title: flat, publisher: null, date }
}

// Chicago's note for a book or report gives place, publisher and year in parentheses:
// `Robert Caro, *The Power Broker* (New York: Knopf, 1974), 123.`; the place may be left out:
// `(Knopf, 1974)`, but a court and a date are no publisher: `(9th Cir. Dec. 1, 2026)`.
const PUBLICATION_FACTS =
  /[ \t]{0,3}\((?:[^():\n]{2,60}:[ \t]{1,3}([^()\n]{2,80}?)|([^()\n,\d]{2,80}?)),[ \t]{1,3}(\d{4})\)/
// A report's number after its title: ", GAO-22-104611", ", FCC 21-18".
const REPORT_NUMBER = /,[ \t]{1,3}\p{Lu}{2,10}[- ]\d{1,4}(?:-\d{1,8}){0,3}$/u

/**
 * A Chicago note for a book or report: the author before the first comma, the title up to the
 * parenthesis (without a report number), the publisher and year inside it. Null for any other
 * entry, and for an article's note, whose title is quoted.
 */
function readBookNote(text: string): EntryFields | null {
  const facts = PUBLICATION_FACTS.exec(text)
  if (facts === null || QUOTED.test(text.slice(0, facts.index))) return null
  const before = text.slice(0, facts.index).replace(REPORT_NUMBER, '')
  const comma = before.indexOf(', ')
  const title = clean((comma > 0 && comma < 80 ? before.slice(comma + 2) : before).replace(EMPHASIS, '$1'))
  return title === null ? null : { title, publisher: clean(facts[1] ?? facts[2]!), date: facts[3]! }
}

/**
 * The entry without its date. A date that ends the entry takes the separator before it along
 * ("Interview with Jane Whitfield, May 12, 2025." → "Interview with Jane Whitfield"), so no ", ."
 * is left over. A date inside a phrase, with words on both sides and no separator, is part of the
 * title and stays: "Minutes of Feb. 24, 2025 meeting".
 */
function withoutDate(text: string, date: FoundDate): string {
  const after = text.slice(date.end)
  if (ONLY_SEPARATORS.test(after)) return text.slice(0, date.start).replace(TRAILING_SEPARATORS, '')
  const before = text.slice(0, date.start)
  if (WORD_BEFORE.test(before) && WORD_AFTER.test(after)) return text
  // "(9th Cir. Dec. 1, 2026)": the parenthesis closes on what is left, with no space before it.
  if (after.startsWith(')'))
    return `${before.replace(TRAILING_SEPARATORS, '')}${after}`.replace(EMPTY_PARENTHESES, '')
  // "Press, 2011, p. 45": one comma stays where the date was, not two, and no space before it.
  if (ENDS_WITH_SEPARATOR.test(before)) return `${before} ${after.replace(LEADING_SEPARATOR, '')}`
  return LEADING_SEPARATOR.test(after) ? `${before}${after}` : `${before} ${after}`
}

const EMPTY_PARENTHESES = /[ \t]{0,3}\([ \t]{0,3}\)/g
const WORD_BEFORE = /[\p{L}\p{N}][ \t]{1,3}$/u
const WORD_AFTER = /^[ \t]{1,3}[\p{L}\p{N}]/u
const ENDS_WITH_SEPARATOR = /[,;:]\s{0,20}$/
const LEADING_SEPARATOR = /^\s{0,20}[,;:]/

const ONLY_SEPARATORS = /^[\s.,;:]{0,20}$/
const TRAILING_SEPARATORS = /[\s,;:]{1,20}$/

interface FoundDate {
  iso: string
  start: number
  end: number
  /** True for APA's "(2025, March 3)" or "(2025)" after the authors. */
  apa: boolean
}

function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null
  for (const { pattern, order } of DATE_FORMS) {
    const match = pattern.exec(text)
    if (!match || (best !== null && match.index >= best.start)) continue
    const iso = toIso(match.slice(1), order)
    if (iso === null) continue
    const start = match.index + (match[0].length - match[0].trimStart().length)
    best = {
      iso,
      start,
      end: match.index + match[0].length,
      apa: match[0].startsWith('(') && match.index > 0,
    }
  }
  return best
}

function toIso(groups: (string | undefined)[], order: string): string | null {
  const value: Record<string, string | undefined> = {}
  for (let index = 0; index < order.length; index++) value[order[index]!] = groups[index]
  const year = value.y
  if (year === undefined) return null
  if (value.m === undefined) return year
  const month = /^\d{1,4}$/.test(value.m)
    ? Number(value.m)
    : MONTHS.indexOf(value.m.slice(0, 3).toLowerCase()) + 1
  if (month < 1 || month > 12) return null
  const mm = String(month).padStart(2, '0')
  if (value.d === undefined) return `${year}-${mm}`
  const day = Number(value.d)
  if (day < 1 || day > 31) return null
  return `${year}-${mm}-${String(day).padStart(2, '0')}`
}

/** APA: `Authors. (date). Title. Publisher.` — the two sentences after the date. */
function readApa(text: string, dated: FoundDate): Omit<EntryFields, 'date'> | null {
  const after = text.slice(dated.end).replace(/^[ \t]{0,3}\.?[ \t]{0,3}/, '')
  const parts = sentences(after)
  if (parts.length === 0) return null
  // The format named after a title is no part of it: `"Atlas" (PDF).`, as Wikipedia writes it.
  const title = withoutFullStop(clean(parts[0]!.replace(FILE_FORMAT, '').replace(EMPHASIS, '$1')))
  const second = parts[1] === undefined ? null : withoutFullStop(clean(parts[1].replace(EMPHASIS, '$1')))
  return { title, publisher: second !== null && wordCount(second) <= 8 ? second : null }
}

// A file format named at the end of a title: " (PDF)", " [PDF]"; " (in German)" is not one.
const FILE_FORMAT =
  /[ \t]{1,3}[([](?:PDF|DOCX?|XLSX?|PPTX?|CSV|EPUB|video|audio|podcast)[)\]][ \t]{0,3}\.?[ \t]{0,3}$/i

function sentences(text: string): string[] {
  const parts: string[] = []
  let from = 0
  SENTENCE_BREAK.lastIndex = 0
  for (let match = SENTENCE_BREAK.exec(text); match; match = SENTENCE_BREAK.exec(text)) {
    // Keep "?" and "!" with the title; a full stop is only a separator.
    const keep = match[0][0] === '.' ? 0 : 1
    parts.push(text.slice(from, match.index + keep))
    from = match.index + match[0].length
  }
  parts.push(text.slice(from))
  return parts.map((part) => part.trim()).filter((part) => /[\p{L}\p{N}]/u.test(part))
}

/** The outlet named right after a quoted title: `"Title." *Reuters*, March 3` / `"Title". Reuters.` */
function publisherAfter(after: string): string | null {
  const emphasis = EMPHASIS.exec(after)
  if (emphasis && emphasis.index <= 4) return clean(emphasis[1]!)
  // Up to the next separator; a full stop inside a name ("Space.com") does not end it.
  // A colon ends it too: "Journal 4 (2019): 12" gives its pages after one.
  const first = /^[ \t]{0,3}[.,:;|–—-]{0,2}[ \t]{0,3}((?:[^.,;:|()\n]|\.(?=\w)){2,80})/.exec(after)
  if (!first) return null
  const candidate = withoutFullStop(clean(first[1]!))
  return candidate !== null && wordCount(candidate) <= 8 && /\p{Lu}/u.test(candidate[0] ?? '')
    ? candidate
    : null
}

/** The outlet before a title when it leads the entry: `Reuters, "Title"` or `Jane Doe, AP: "Title"`. */
function publisherBefore(before: string): string | null {
  const trimmed = before.trimEnd()
  // "Smith, Jane." before the title is an author; "Reuters," or "AP:" is an outlet.
  if (!/[,:–—-]$/.test(trimmed)) return null
  const segments = trimmed.slice(0, -1).split(/[,:]/)
  const last = withoutFullStop(clean(segments[segments.length - 1] ?? ''))
  return last !== null && wordCount(last) <= 6 ? last : null
}

/** "The Lancet." → "The Lancet": a full stop that separates parts, not one that ends "Inc." or "J.". */
function withoutFullStop(text: string | null): string | null {
  if (
    text === null ||
    !text.endsWith('.') ||
    /(?:\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros)|\b\p{Lu})\.$/u.test(text)
  )
    return text
  return text.slice(0, -1).trimEnd() || null
}

function wordCount(text: string): number {
  return text.split(/\s{1,100}/).filter(Boolean).length
}

/** Strips separators, quotes, emphasis and dangling punctuation; null when nothing is left. */
export function clean(text: string): string | null {
  const cleaned = text
    .replace(/\s{1,1000}/g, ' ')
    .replace(/^[\s:;,.–—|-]{1,20}|[\s:;,–—|(-]{1,20}$/g, '')
    .replace(/^["“'‘](.{1,2000})["”'’]$/, '$1')
    .replace(/^(?:\*{1,3}|_{1,3})(.{1,2000}?)(?:\*{1,3}|_{1,3})$/, '$1')
    .replace(/^\*{1,3}|\*{1,3}$/g, '')
    .replace(/[,;:]$/, '')
    .trim()
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : null
}
