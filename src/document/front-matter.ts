/**
 * Front matter: the YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) block of metadata at
 * the very start of a Markdown file, as Jekyll, Hugo, Astro and most CMS exports write it
 * (remark-frontmatter reads the same). It is the file's metadata, not the article: no claims.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// and is run on pathological input by test/pathological.test.ts.

const OPENING = /^\uFEFF?(---|\+\+\+)[ \t]{0,100}(?:\r\n|\n|\r)/
// The first line inside must be a key: `title: …` (YAML) or `title = …` (TOML). A thematic break
// that opens an article ("---" then prose) is no front matter.
const FIRST_KEY = /^[ \t]{0,8}["']?[\w-]{1,100}["']?[ \t]{0,100}[:=](?:[ \t]|$)/
const TRAILING_BLANKS = /[ \t]{1,1000}$/
// Front matter longer than this is no front matter: a document is not its own metadata.
const LONGEST = 64 * 1024

/** Offset just past a front-matter block that opens `input` (its closing line included), or 0. */
export function frontMatterEnd(input: string): number {
  const open = OPENING.exec(input)
  if (open === null) return 0
  const fence = open[1]!
  const limit = Math.min(input.length, LONGEST)
  let at = open[0].length
  for (let first = true; at < limit; first = false) {
    let end = at
    while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++
    const line = input.slice(at, end).replace(TRAILING_BLANKS, '')
    const next = input[end] === '\r' && input[end + 1] === '\n' ? end + 2 : Math.min(end + 1, input.length)
    if (first && !FIRST_KEY.test(line)) return 0
    if (line === fence || (fence === '---' && line === '...')) return next
    at = next
  }
  return 0
}
