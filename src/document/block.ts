/**
 * The document stage's output: the article cut into blocks that point into the input.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.

/** What kind of block a run of text is. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table-cell' | 'definition'

/**
 * Whether a block belongs to the article's body, to its source list, or to a reading list ("See
 * also", "External links"): pointers for readers, neither claims nor sources.
 */
export type BlockRole = 'body' | 'sources' | 'reading'

/** One block of the article: a heading, a paragraph, a list item, a quote, or a source-list entry. */
export interface Block {
  kind: BlockKind
  /**
   * 'sources' for blocks under a Sources/References heading, label lines and `[1] …` entries;
   * 'reading' for a reading list's heading and items.
   */
  role: BlockRole
  /** Offset of the block's first character in the input. */
  start: number
  /** Offset just past the block's last character. */
  end: number
  /** Heading level for headings (1 for a plain-text title line). */
  depth?: number
  /** For a table cell: the offset where its row starts, the same for every cell of the row. */
  row?: number
  /** For a table cell: true in the header row, which names the columns ("Region", "Turnout"). */
  header?: boolean
  /** The item's number, for items of an ordered list (the label of a numbered source entry). */
  ordinal?: number
  /**
   * The number written before a Markdown list item, when readers are shown another: a list
   * numbers its items on from its first one, so "1. 2. 4." shows 1, 2, 3. Offsets span the digits.
   * Not set for lazy numbering that repeats the first number ("1. 1. 1.").
   */
  writtenNumber?: { value: number; start: number; end: number }
  /** Titles of the headings this block sits under, outermost first. */
  sectionPath: readonly string[]
  /** True when the block comes after the article's source list (an appended summary or "enrichment" part). */
  afterSources: boolean
}

/** The input cut into blocks, with the format that was used to read it. */
export interface ArticleDocument {
  format: 'markdown' | 'text'
  blocks: Block[]
}

// The names a source list goes by, alone or paired ("Notes and references", "Sources & further reading").
const SOURCE_LIST_NAME =
  '(?:sources?(?: cited| used)?|references?(?: list)?|notes|end ?notes|bibliography|citations?|footnotes?|works cited|further reading|links)'

/**
 * Headings and label lines that open a source list ("Sources", "References:", "**Works cited**",
 * "## 5. Notes and references"), in any case. A lone "Note:" is not one: it introduces a remark.
 */
export const SOURCE_HEADING = new RegExp(
  `^[\\s#*_]{0,8}(?:\\d{1,2}[.)]?[ \\t]{1,3})?${SOURCE_LIST_NAME}(?:[ \\t]{1,3}(?:and|&)[ \\t]{1,3}${SOURCE_LIST_NAME})?[\\s*_]{0,4}:?[\\s*_]{0,4}$`,
  'i',
)

/**
 * Headings and label lines that open a reading list: "See also", "External links", "Related
 * articles", "Read more", "Additional resources". "Further reading" stays a source list name: its
 * numbered items may go on from the sources' numbers and be cited.
 */
export const READING_HEADING =
  /^[\s#*_]{0,8}(?:see[ \t]{1,3}also|external[ \t]{1,3}links|(?:additional|more|recommended)[ \t]{1,3}(?:reading|resources)|related(?:[ \t]{1,3}(?:articles|links|stories|coverage|reading))?|read[ \t]{1,3}more|learn[ \t]{1,3}more)[\s*_]{0,4}:?[\s*_]{0,4}$/i

// A label that points readers elsewhere, and its colon: "Read more:", "Related:", "See also:".
const READING_LABEL =
  /^[\s*_>]{0,6}(?:see[ \t]{1,3}also|related(?:[ \t]{1,3}(?:articles?|links?|stories|story|coverage|reading))?|read[ \t]{1,3}(?:more|also|next)|also[ \t]{1,3}read|more[ \t]{1,3}(?:coverage|reading)|learn[ \t]{1,3}more|external[ \t]{1,3}links?)[*_]{0,2}[ \t]{0,3}:[*_]{0,2}/i
/**
 * A Markdown link or image in a line of prose, `[text](https://… "title")`, with its text in the
 * first group. Bounded, for the document stage and for readers of a claim's words.
 */
export const MARKDOWN_LINK_SOURCE = String.raw`!?\[([^[\]\n]{0,300})\]\([^()\s]{0,2000}(?:[ \t]{1,3}"[^"\n]{0,300}")?\)`
// What a reading line's links may be: Markdown links, autolinks and bare URLs, and what separates them.
const READING_LINK = new RegExp(
  String.raw`${MARKDOWN_LINK_SOURCE}|<https?:\/\/[^\s>]{1,2000}>|https?:\/\/[^\s|,;·•]{1,2000}`,
  'gi',
)
const ONLY_SEPARATORS = /^[\s|,;·•*_–—-]{0,200}$/
// Longer than this, a line says more than where to read on.
const LONGEST_READING_LINE = 2000

/**
 * A line that only points readers elsewhere: a reading label and links, "Read more: [How the
 * drought is changing Spain](https://…)", "Related: https://… | https://…". Neither a claim nor
 * a source.
 */
export function isReadingLine(text: string): boolean {
  if (text.length > LONGEST_READING_LINE) return false
  const label = READING_LABEL.exec(text)
  if (label === null) return false
  const rest = text.slice(label[0].length)
  const links = rest.replace(READING_LINK, ' ')
  return links.length < rest.length && ONLY_SEPARATORS.test(links)
}

/**
 * A source list that is only "Further reading" (not "Sources and further reading"): works the
 * reader may turn to, which no claim needs to cite.
 */
export const FURTHER_READING_HEADING =
  /^[\s#*_]{0,8}(?:\d{1,2}[.)]?[ \t]{1,3})?further[ \t]{1,3}reading[\s*_]{0,4}:?[\s*_]{0,4}$/i

/**
 * A line that starts with a footnote label, the way source-list entries do: `[1] …`, `[1]: …`,
 * `[^1]: …`, or a reference definition with a word label and a URL (`[reuters]: https://…`).
 */
export const SOURCE_ENTRY_START =
  /^[ \t]{0,3}(?:\[\^[^\]\s]{1,40}\]:|\[\d{1,4}\](?=[\s:\-–—]|$)|\[[^\]\n]{1,40}\]:[ \t]{0,3}<?(?:https?:|www\.))/

/**
 * An item that reads like a source entry rather than prose, for source lists with no heading at
 * the end of an article: it has a URL, or starts with Wikipedia's `^` back-link.
 */
export const LOOKS_LIKE_ENTRY = /https?:\/\/|www\.[\w-]{1,63}\.|^[ \t]{0,3}[\^↑][ \t]/i

/**
 * An unnumbered paragraph or line under a Sources label that reads like a reference: a URL, a
 * link placeholder, a quoted title or a year.
 */
export const LOOKS_LIKE_REFERENCE =
  /https?:\/\/|www\.|\((?:url|link)\)|"[^"\n]{3,300}"|“[^”\n]{3,300}”|\b(?:1[6-9]|20)\d\d\b/i
