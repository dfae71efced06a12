/**
 * Footnote calls as HTML writes them, in Markdown converted from a CMS or a word processor:
 * `<sup>2</sup>`, `<sup><a href="#fn1" id="ref1">1</a></sup>`, `<sup>[2](#fn2)</sup>`,
 * `<sup><a href="#ftnt1">[1]</a></sup>`, `<a href="#fn3"><sup>3</sup></a>`, with lists and ranges
 * ("2, 3", "1–3"). The segment stage keeps them with the sentence they close; the citations stage
 * reads their labels.
 */
// Every repetition is bounded (../shared/GUIDE.md); test/pathological.test.ts runs them on
// pathological input.

/** One to twenty-one labels of at most four digits, in a list or range ("1", "2, 3", "1–3"). */
const LABELS = String.raw`\d{1,4}(?:[ \t]{0,2}[,–—-][ \t]{0,2}\d{1,4}){0,20}`

/** A tag's attributes, on one line. */
const ATTRIBUTES = String.raw`[^<>\n]{0,300}`

/**
 * The pattern source of one HTML footnote call, its labels in the one capture group. An anchor may
 * stand inside the `<sup>` or around it.
 */
export const HTML_FOOTNOTE_CALL_SOURCE = String.raw`(?:<a\b${ATTRIBUTES}>[ \t]{0,2})?<sup\b${ATTRIBUTES}>[ \t]{0,2}(?:<a\b${ATTRIBUTES}>[ \t]{0,2})?\[?(${LABELS})\]?(?:\(#[^()\s]{1,100}\))?[ \t]{0,2}(?:<\/a>[ \t]{0,2})?<\/sup>(?:[ \t]{0,2}<\/a>)?`

/** The same, with its group not capturing: to embed in a larger pattern. */
export const HTML_FOOTNOTE_CALL_PLAIN_SOURCE = HTML_FOOTNOTE_CALL_SOURCE.replace(`(${LABELS})`, LABELS)
