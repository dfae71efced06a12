/**
 * Chicago short notes: after a work is cited once in full, later notes give only the author's
 * surname (or the body's initials), a short title and perhaps a page: "Doe, Rural Broadband, 19.",
 * "GAO, *Broadband*, 7.", "Smith, "Sales Fall," 4.". Such a note names the source of the full note
 * it shortens and makes no source of its own.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// and is run on pathological input by test/pathological.test.ts.

/** The author and the short title a short note gives. */
export interface ShortNote {
  /** The surname, or the body's initials ("GAO"). */
  author: string
  title: string
}

// Author (one capitalised word, or two joined by "and"), a comma, the short title (quoted, in
// italics or plain, without a full stop of its own), and perhaps a page or a range of pages.
const SHORT_NOTE = new RegExp(
  String.raw`^[ \t]{0,3}(\p{Lu}[\p{L}'’-]{1,40})(?:[ \t]{1,3}(?:and|&)[ \t]{1,3}\p{Lu}[\p{L}'’-]{1,40})?,[ \t]{1,3}` +
    String.raw`(?:"([^"\n]{2,150}?),?"|“([^”\n]{2,150}?),?”|\*{1,2}([^*\n]{2,150})\*{1,2}|_{1,2}([^_\n]{2,150})_{1,2}|([^,.\n"“”*_\d]{2,150}))` +
    String.raw`(?:,?[ \t]{1,3}(?:pp?\.[ \t]{0,3})?\d{1,5}(?:[ \t]{0,3}[–—-][ \t]{0,3}\d{1,5})?)?[ \t]{0,3}\.?[ \t]{0,3}$`,
  'u',
)

/** The author and short title of an entry's text when it is a short note, else null. */
export function readShortNote(body: string): ShortNote | null {
  if (body.length > 400) return null
  const found = SHORT_NOTE.exec(body)
  if (found === null) return null
  const title = (found[2] ?? found[3] ?? found[4] ?? found[5] ?? found[6]!).trim()
  return comparable(title).length >= 3 ? { author: found[1]!, title } : null
}

/** What a full note must show to be the one a short note shortens. */
export interface FullNote {
  title: string | null
  /** The full note as written. */
  text: string
}

// How many earlier notes whose titles start with the same word a short note looks at, nearest
// first: enough for any real article, and linear on 1e5 notes that all start "The".
const CANDIDATES = 50

/** The notes read so far, by the first word of their titles. */
export interface FullNoteIndex {
  /** Adds the next note (its number is its place among those added, from 0). */
  add(note: FullNote): void
  /**
   * The place of the full note `short` shortens, or -1: the nearest one whose title starts with
   * the short title and that names the author, by surname or by the initials of a body ("GAO" for
   * "Government Accountability Office").
   */
  find(short: ShortNote): number
}

/** An empty index of full notes. */
export function createFullNoteIndex(): FullNoteIndex {
  const byFirstWord = new Map<string, { place: number; title: string; text: string }[]>()
  let count = 0
  return {
    add(note) {
      const place = count++
      if (note.title === null) return
      const title = comparable(note.title)
      const first = firstWord(title)
      const list = byFirstWord.get(first)
      const entry = { place, title, text: note.text }
      if (list === undefined) byFirstWord.set(first, [entry])
      else list.push(entry)
    },
    find(short) {
      const title = comparable(short.title)
      const list = byFirstWord.get(firstWord(title)) ?? []
      for (let at = list.length - 1; at >= 0 && at >= list.length - CANDIDATES; at--) {
        const note = list[at]!
        if (startsWithWords(note.title, title) && namesAuthor(note.text, short.author)) return note.place
      }
      return -1
    },
  }
}

function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space < 0 ? text : text.slice(0, space)
}

/** Lower case, letters and digits only, one space between words. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]{1,100}/gu, ' ')
    .trim()
}

/** "rural broadband a status report" starts with "rural broadband", not with "rural broad". */
function startsWithWords(full: string, start: string): boolean {
  return full === start || full.startsWith(`${start} `)
}

// Small words a body's initials skip: "Bureau of Labor Statistics" → BLS.
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&'])

function namesAuthor(text: string, author: string): boolean {
  const words = text.split(/[^\p{L}'’&-]{1,100}/u).filter(Boolean)
  if (words.includes(author)) return true
  if (!/^\p{Lu}{2,8}$/u.test(author)) return false
  // Initials of a run of capitalised words, small words skipped.
  for (let start = 0; start < words.length; start++) {
    let initials = ''
    for (let at = start; at < words.length && initials.length < author.length; at++) {
      const word = words[at]!
      if (SMALL_WORDS.has(word)) {
        if (initials === '') break
        continue
      }
      if (!/^\p{Lu}/u.test(word)) break
      initials += word[0]
    }
    if (initials === author) return true
  }
  return false
}
