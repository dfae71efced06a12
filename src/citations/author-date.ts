/**
 * Author–date citations, as science writing and analysts' notes use them: "(Ripari et al.,
 * 2016)", "(De Vuyst & Neysens, 2005; Landis et al., 2021)", "(see Smith 2019, p. 4)", and in the
 * sentence, "Landis et al. (2021) found …". They point to a reference list in APA, Harvard or
 * Chicago author–date form ("Landis, E. A., et al. (2021). …", "Smith, J. 2019. …"), by the first
 * author's surname and the year.
 *
 * Read only where the article shows the style: its list has author–date entries and at least one
 * citation in the body names one of them. Elsewhere "(Ohio, 2019)" is no citation.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.
import { MONTHS, WEEKDAYS } from '../language/calendar.js'

/** What an author–date reference entry is known by. */
export interface AuthorDateKey {
  /** The first author's surname, or the body's name, folded: lower case, no diacritics ("de vuyst"). */
  first: string
  /** The year with its suffix letter, if any: "2019a". */
  year: string
  /** Every name of the author part, folded, to tell "Smith & Lee, 2019" from "Smith & Park, 2019". */
  names: readonly string[]
  /** The entry as a writer cites it: "De Vuyst & Neysens, 2005", "Landis et al., 2021". */
  written: string
}

/** One author–date citation in the body; offsets into the input. */
export interface AuthorDateCitation {
  /** The citation without brackets or page: "Ripari et al., 2016". */
  label: string
  /** Folded surname of the first author named, and the folded names after it. */
  first: string
  names: readonly string[]
  year: string
  /** Written with "et al.", "&" or "and": a citation in form whatever it resolves to. */
  formal: boolean
  /** "Landis et al. (2021) found …": the name stands in the sentence. */
  narrative: boolean
  start: number
  end: number
}

// A year of publication, with a suffix letter ("2019a"), where the author part of an entry ends:
// "(2021).", "(2016, March 3).", ". 2019." (Chicago), " 2019," (Harvard).
const ENTRY_YEAR =
  /(?:^|[\s(])((?:1[5-9]|20)\d\d)([a-z])?(?:,[ \t]{1,3}\p{Lu}\p{Ll}{2,9}\.?(?:[ \t]{1,3}\d{1,2})?)?\)?(?=[.,:;\s]|$)/u
// The author part is cut at commas, semicolons, "&" and "and".
const AUTHOR_SEPARATOR = /[ \t]{0,3}(?:[,;&]|\band\b)[ \t]{0,3}/
const ET_AL = /^et[ \t]{1,3}al\.?$/i
const TRAILING_ET_AL = /[ \t]{1,3}et[ \t]{1,3}al\.?$/i
// "L.", "M. G.", "J.-P.", "JA": a person's initials.
const INITIALS = /^(?:\p{Lu}\.?[ \t-]{0,2}){1,4}$/u
// "John", "Mary Ann", "John Q.": a given name, written after the surname it follows.
const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,20}(?:[ \t]{1,3}\p{Lu}(?:\p{Ll}{1,20}|\.))?\.?$/u
// Words a name may hold in lower case: "van der Berg", "Department of Health".
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'of',
  'for',
  'the',
  'on',
  'in',
])
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS])
// Longest author part read: beyond it, the year is not where an author–date entry has it.
const LONGEST_AUTHORS = 200

/**
 * The author–date key of a reference entry (its label and URL already removed), or null when the
 * entry does not open with authors and a year: "Landis, E. A., et al. (2021). The diversity …" →
 * landis 2021; "World Health Organization (WHO). (2020). …" → world health organization 2020,
 * also known as "WHO". "Reuters, March 3, 2025" and "Minutes of Feb. 24, 2025 meeting" have none.
 */
export function readEntryAuthors(entry: string): AuthorDateKey | null {
  const head = entry.slice(0, LONGEST_AUTHORS + 40)
  const year = ENTRY_YEAR.exec(head)
  if (!year || year.index > LONGEST_AUTHORS) return null
  const authors = head
    .slice(0, year.index)
    .replace(/^[\s*_]{0,4}/, '')
    .replace(/[\s.,(*_]{0,6}$/, '')
  const parts = readAuthorParts(authors, true)
  if (parts === null) return null
  const suffix = year[2] ?? ''
  return {
    first: parts.names[0]!,
    year: `${year[1]}${suffix}`,
    names: parts.names,
    written: `${citedForm(parts)}, ${year[1]}${suffix}`,
  }
}

/** Another name the entry is cited by: the initials of a body ("WHO" for World Health Organization). */
export function entryAcronym(key: AuthorDateKey, entry: string): string | null {
  const inParentheses = /^[^(]{1,120}\((\p{Lu}{2,8})\)/u.exec(entry)
  if (inParentheses) return fold(inParentheses[1]!)
  const words = key.first.split(' ')
  if (words.length < 2) return null
  const letters = words.filter((word) => !PARTICLES.has(word)).map((word) => word[0])
  return letters.length >= 2 ? letters.join('') : null
}

interface AuthorParts {
  /** Folded names, first author first. */
  names: string[]
  /** The names as written. */
  writtenNames: string[]
  etAl: boolean
}

function readAuthorParts(authors: string, entry: boolean): AuthorParts | null {
  if (authors === '' || authors.length > LONGEST_AUTHORS) return null
  const names: string[] = []
  const writtenNames: string[] = []
  let etAl = false
  const parts = authors.split(AUTHOR_SEPARATOR)
  for (let index = 0; index < parts.length; index++) {
    // "(WHO)" after a body's name is another name for it, not a part of it.
    let part = parts[index]!.replace(/[ \t]{0,3}\(\p{Lu}{2,8}\)$/u, '').trim()
    if (ET_AL.test(part)) {
      etAl = true
      continue
    }
    // "Ripari et al.": the names and "et al." in one part, as a citation writes them.
    const trailing = TRAILING_ET_AL.exec(part)
    if (trailing) {
      etAl = true
      part = part.slice(0, trailing.index)
    }
    if (part === '') continue
    if (index > 0 && INITIALS.test(part)) continue
    // "Smith, John. 2019.": the given name after an inverted first author.
    // "Reuters, March 2025": an outlet and a date, not an author.
    if (CALENDAR_WORDS.has(part.replace(/[ \t.].{0,80}$/, '').toLowerCase())) return null
    if (entry && index === 1 && names.length === 1 && GIVEN_NAME.test(part)) continue
    const name = nameOf(part, index === 0)
    if (name === null) return null
    names.push(fold(name))
    writtenNames.push(name)
  }
  return names.length > 0 ? { names, writtenNames, etAl } : null
}

/**
 * A person's surname or a body's name from one part of an author list, without a Vancouver
 * style's trailing initials ("Smith JA" → "Smith"); null when the part is no name ("Feb. 24",
 * "March", a quoted title).
 */
function nameOf(part: string, first: boolean): string | null {
  const words = part.split(/[ \t]{1,3}/)
  if (words.length > 8 || part.length > 80) return null
  if (words.length >= 2 && /^\p{Lu}{1,3}$/u.test(words[words.length - 1]!) && !first) words.pop()
  else if (words.length >= 2 && /^\p{Lu}{1,2}$/u.test(words[words.length - 1]!)) words.pop()
  let capitalised = 0
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase()) && word === word.toLowerCase()) continue
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]{0,40}$/u.test(word)) return null
    if (CALENDAR_WORDS.has(word.replace(/\.$/, '').toLowerCase())) return null
    capitalised++
  }
  return capitalised > 0 ? words.join(' ') : null
}

/** "De Vuyst & Neysens", "Landis et al.", "Smith": how a writer cites the authors. */
function citedForm(parts: AuthorParts): string {
  const [first, second] = parts.writtenNames
  if (parts.etAl || parts.writtenNames.length > 2) return `${first} et al.`
  return second === undefined ? first! : `${first} & ${second}`
}

// A citation's label as this module writes it: the authors, then ", " and the year.
const LABEL = /^([^[\]\n]{1,300}?)(?:(?: et al\.| & | and |, )[^[\]\n]{0,300}?)?, ((?:1[5-9]|20)\d\d[a-z]?)$/u

/**
 * The first author and the year of an author–date label ("Ripari et al., 2015" → Ripari and
 * 2015, "World Health Organization, 2020"), or null when the label is none ("4", "reuters").
 */
export function readAuthorDateLabel(label: string): { author: string; year: string } | null {
  const parts = LABEL.exec(label)
  return parts ? { author: parts[1]!, year: parts[2]! } : null
}

/** Lower case without diacritics or dots: names compare as "gänzle" = "ganzle". */
export function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[ \t-]{1,10}/g, ' ')
    .trim()
}

// A capitalised word of a name ("Ripari", "O’Brien", "Ellison-Park"), the particles written in lower
// case before a surname ("van der Berg"), and a year of publication.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]{0,40}`
const NAME_PARTICLE = 'van|von|de|der|den|del|da|di|du|la|le|al'
const YEAR = String.raw`(?:1[5-9]|20)\d\d`
// One cited work inside parentheses: an optional lead-in ("see", "e.g.,"), the authors, an
// optional comma, the year and its suffix, further years of the same authors ("2019, 2020a"), an
// optional page ("p. 4", "pp. 3–5"). The authors are capitalised words, particles, "et al.", "&"
// and "and", and commas between names.
const CITED_WORK = new RegExp(
  String.raw`^[ \t]{0,3}(?:(?:[Ss]ee(?:[ \t]{1,3}also)?|[Ee]\.g\.,?|[Cc]f\.|i\.e\.,?|[Ff]or example,?|[Aa]s cited in)[ \t]{1,3})?` +
    String.raw`((?:${NAME_WORD}|${NAME_PARTICLE})(?:[ \t]{1,3}(?:${NAME_WORD}|${NAME_PARTICLE}|of|for|the|et[ \t]{1,3}al\.|&|and)|,){0,16})` +
    String.raw`,?[ \t]{1,3}(${YEAR})([a-z])?((?:,[ \t]{1,3}${YEAR}[a-z]?){0,6})` +
    String.raw`(?:,[ \t]{1,3}(?:pp?\.|paras?\.|chap\.|ch\.)[ \t]{0,3}[\d–—-]{1,12})?[ \t]{0,3}$`,
  'du',
)
// The further years of "(Smith, 2019, 2020a)".
const MORE_YEARS = new RegExp(`${YEAR}[a-z]?`, 'g')
// A parenthesis: its content, read item by item at semicolons.
const PARENTHESIS = /\(([^()\n]{4,400})\)/g
// "(2021)" or "(2021a)" after a name: the narrative form; "(2019, 2020a)" names more works.
const NARRATIVE_YEAR = new RegExp(String.raw`\((${YEAR})([a-z])?((?:,[ \t]{1,3}${YEAR}[a-z]?){0,10})\)`, 'g')
// The name before a narrative year: "Landis et al.", "De Vuyst and Neysens", "Smith". A sentence's
// words may stand before a surname ("In Landis et al. (2021)"), so only its last word is read, with
// the particles before it ("De", "van der").
const NARRATIVE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]i|[Dd]u|[Dd]a|[Dd]el|[Ll]e|[Ll]a)[ \t]{1,3}){0,2}` +
    String.raw`${NAME_WORD}(?:[ \t]{1,3}et[ \t]{1,3}al\.|[ \t]{1,3}(?:&|and)[ \t]{1,3}${NAME_WORD})?[ \t]{1,3}$`,
  'u',
)

/**
 * Every author–date citation in `text` (which starts at `offset` in the input): each work in a
 * parenthesis, split at semicolons, and each name before a parenthesised year. Parentheses that
 * start at an offset `skip` accepts (code spans) are passed over.
 */
export function findAuthorDateCitations(
  text: string,
  offset: number,
  skip: (at: number) => boolean = () => false,
): AuthorDateCitation[] {
  const found: AuthorDateCitation[] = []
  if (!text.includes('(')) return found
  PARENTHESIS.lastIndex = 0
  for (let match = PARENTHESIS.exec(text); match; match = PARENTHESIS.exec(text)) {
    if (skip(match.index)) continue
    let at = match.index + 1
    for (const item of match[1]!.split(';')) {
      const work = CITED_WORK.exec(item)
      const cited = work ? citedWork(work[1]!, work[2]!, work[3] ?? '', false) : null
      if (work && cited) {
        const start = offset + at + work.indices![1]![0]
        const end = offset + at + item.trimEnd().length
        found.push({ ...cited, start, end })
        // "(Smith, 2019, 2020a)": more works of the same authors, sharing the citation's span.
        for (const more of work[4]!.match(MORE_YEARS) ?? []) {
          const again = citedWork(work[1]!, more.slice(0, 4), more.slice(4), false)
          if (again) found.push({ ...again, start, end })
        }
      }
      at += item.length + 1
    }
  }
  NARRATIVE_YEAR.lastIndex = 0
  for (let match = NARRATIVE_YEAR.exec(text); match; match = NARRATIVE_YEAR.exec(text)) {
    if (skip(match.index)) continue
    const before = text.slice(Math.max(0, match.index - 120), match.index)
    const name = NARRATIVE_NAME.exec(before)
    const cited = name ? citedWork(name[0], match[1]!, match[2] ?? '', true) : null
    if (!name || !cited) continue
    const start = offset + match.index - before.length + name.index
    const end = offset + match.index + match[0].length
    found.push({ ...cited, start, end })
    // "Smith (2019, 2020)": more works of the same author, sharing the citation's span.
    for (const more of match[3]!.match(MORE_YEARS) ?? []) {
      const again = citedWork(name[0], more.slice(0, 4), more.slice(4), true)
      if (again) found.push({ ...again, start, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function citedWork(
  authors: string,
  year: string,
  suffix: string,
  narrative: boolean,
): Omit<AuthorDateCitation, 'start' | 'end'> | null {
  const text = authors.replace(/[\s,]{0,6}$/, '').trim()
  const parts = readAuthorParts(text, false)
  if (parts === null) return null
  const formal = parts.etAl || parts.names.length > 1
  const written = text.replace(/[ \t]{1,10}/g, ' ')
  return {
    label: `${written}, ${year}${suffix}`,
    first: parts.names[0]!,
    names: parts.names,
    year: `${year}${suffix}`,
    formal,
    narrative,
  }
}
