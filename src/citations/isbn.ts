/**
 * ISBNs in a source entry. A book with an ISBN is found in any library catalogue, so it needs no
 * link the way a web page does; the ISBN is only trusted when its check digit is right (ISO 2108:
 * ISBN-10 weights 10…1 modulo 11, with `X` for ten; ISBN-13 weights 1,3,1,3… modulo 10), so a
 * mistyped number is not taken for one.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// and is run on pathological input by test/pathological.test.ts.

// "ISBN 978-0-14-312755-0", "ISBN-13: 9780143127550", "ISBN 0 14 312755 X", "isbn:0143127551".
const ISBN_IN_TEXT = /\bISBN(?:[- ]?1[03])?[ \t]{0,3}:?[ \t]{0,3}(\d[\d \t-]{8,20}[\dXx])\b/i
const NOT_DIGITS = /[^\dX]/g

/** Where an ISBN is written in an entry, and its digits when the check digit is right. */
export interface IsbnMatch {
  /** The ISBN's digits (and a final `X`), without hyphens or spaces; `null` when it fails the check digit. */
  isbn: string | null
  /** The number as the entry writes it ("978-0-14-312755-0"). */
  written: string
  /** The span of "ISBN …" in the text, to leave out of the title. */
  start: number
  end: number
}

/** The first "ISBN …" in `text`, with its digits when they form a valid ISBN-10 or ISBN-13. */
export function findIsbn(text: string): IsbnMatch | null {
  const match = ISBN_IN_TEXT.exec(text)
  if (match === null) return null
  const digits = match[1]!.toUpperCase().replace(NOT_DIGITS, '')
  return {
    isbn: isValidIsbn(digits) ? digits : null,
    written: match[1]!.trim(),
    start: match.index,
    end: match.index + match[0].length,
  }
}

/** Is `digits` (no hyphens) an ISBN-10 or ISBN-13 whose check digit is right? */
export function isValidIsbn(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0
    for (let i = 0; i < 10; i++) {
      const c = digits[i]!
      // Only the check digit may be X.
      if (c === 'X' && i !== 9) return false
      sum += (c === 'X' ? 10 : Number(c)) * (10 - i)
    }
    return sum % 11 === 0
  }
  if (digits.length === 13 && !digits.includes('X')) {
    let sum = 0
    for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3)
    return sum % 10 === 0
  }
  return false
}
