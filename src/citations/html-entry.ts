/**
 * A source entry written in HTML, as footnotes of a page converted to Markdown are
 * (`City of Springfield, "Adopted Budget," <a href="https://…">springfield.gov</a>`), rewritten in
 * the Markdown the entry reader knows: a link becomes `[text](url)`, italics `*…*`, a back-link to
 * the text ("↩") and other tags nothing, and the common character references their characters.
 * Used only to read an entry's fields: positions come from the input, not from this text.
 */
// Every repetition is bounded (../shared/GUIDE.md); an entry is at most a few thousand characters.

// A link back to the footnote call ("↩", "^"): `href="#fnref1"`.
const BACK_LINK = /<a\b[^<>]{0,300}\bhref=["']#[^"'<>]{0,200}["'][^<>]{0,300}>[^<>]{0,40}<\/a\s{0,3}>/gi
const LINK = /<a\b[^<>]{0,300}?\bhref=["']([^"'<>\s]{1,2000})["'][^<>]{0,300}>([^<>]{0,300})<\/a\s{0,3}>/gi
// The tags an entry may hold: italics, and other inline and block tags. `<https://…>` (an
// autolink) is no tag here.
const ITALIC_NAMES = 'em|i|cite'
const OTHER_NAMES = 'a|b|strong|span|sup|sub|small|abbr|time|u|mark|q|p|div|br|li|ol|ul|font|bdi'
const tagOf = (names: string, flags: string) => new RegExp(String.raw`<\/?(?:${names})\b[^<>]{0,300}>`, flags)
const ITALIC = tagOf(ITALIC_NAMES, 'gi')
const OTHER_TAG = tagOf(OTHER_NAMES, 'gi')
const HTML_TAG = tagOf(`${ITALIC_NAMES}|${OTHER_NAMES}`, 'i')
const CHARACTER_REFERENCE = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  ndash: '–',
  mdash: '—',
  hellip: '…',
}

/**
 * Does the text hold HTML tags a source entry may be written in? (Character references alone do
 * not make an entry HTML: a URL copied with "&amp;" in it is left as written.)
 */
export function looksLikeHtmlEntry(text: string): boolean {
  return HTML_TAG.test(text)
}

/** The entry's text in the Markdown the entry reader knows. */
export function entryTextFromHtml(text: string): string {
  return text
    .replace(BACK_LINK, ' ')
    .replace(LINK, (_, url: string, label: string) =>
      label.trim() === '' ? `<${url}>` : `[${label}](${url})`,
    )
    .replace(ITALIC, '*')
    .replace(OTHER_TAG, ' ')
    .replace(CHARACTER_REFERENCE, (whole, name: string) => characterOf(name) ?? whole)
}

function characterOf(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : undefined
  }
  return NAMED[name.toLowerCase()]
}
