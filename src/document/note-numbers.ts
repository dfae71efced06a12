/**
 * Note numbers set on the line: superscript footnote calls that lost their raise when a report
 * was pasted from a PDF or a word processor as plain text ("… at federal benchmark speeds.1 The
 * program …", "… were never served.3"). The document stage reads a line that ends in one as a
 * sentence, not a title; the segment stage keeps them with the sentence they close; the citations
 * stage reads them as markers where the article's notes are numbered.
 *
 * Only digits glued to a word of two or more letters through punctuation or a closing quote
 * count: "speeds.1", "mistakes,2", "he said.”4", and after a year that ends a sentence, "in 2021.1".
 * Any other digit before the full stop makes a decimal ("$42.45"), and one letter makes a section
 * number ("Appendix A.1").
 */
// Every repetition is bounded (../shared/GUIDE.md); test/pathological.test.ts runs them on
// pathological input. Letters are spelled out, not `\p{L}`, so that the pattern also works in
// expressions without the `u` flag.
const LETTER = String.raw`[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]`

/**
 * What stands before a note number: two letters, then punctuation or a closing quote; or a year and
 * its full stop ("in 2021.1 The"), which no decimal in prose looks like ("$1999.5 million" has its sign).
 */
export const NOTE_NUMBER_BEFORE_SOURCE = `(?<=${LETTER}{2}(?:[.,;:!?…]{1,3}["”’')]{0,2}|["”’)]{1,2})|(?<![\\d,.$€£¥])(?:1[6-9]|20)\\d\\d\\.)`

/** One note number or a list or range of them ("1", "2,3", "4–6"), at most three digits each. */
export const NOTE_NUMBER_SOURCE = String.raw`\d{1,3}(?:[,–-]\d{1,3}){0,9}`
