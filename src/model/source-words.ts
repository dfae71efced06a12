/**
 * Words a claim shares with the address or title of a source it cites, read without fetching.
 *
 * A page whose address says `/impact-of-domestic-violence-on-children/` is more likely to back a claim
 * about domestic violence and children than `/2023/05/17/index.html`. On the ExpertQA dev set the
 * claims whose cited address shares two or more content words with them are fully supported more often
 * (see the README's model card), so the confidence model counts the shared words, capped.
 */

// Words that say nothing about a page's topic: URL furniture and very common English words of 4+ letters.
const STOP_WORDS = new Set(
  (
    'http https html shtml aspx index default article articles story stories news page pages post posts blog ' +
    'view full text abstract content contents document documents download files file item items amp utm ' +
    'source sources title untitled home main topic topics category categories search query result results ' +
    'with that this from about what have were been their there which when where will your into more than ' +
    'also they them these those other some such only over most many much after before between because ' +
    'while each very does would could should being here just like make made years year said says according'
  ).split(' '),
)

/** The content words of a text: letters only, lower case, 4+ letters, not a stop word, light suffixes off. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  // Bounded so one pathological "word" cannot cost more than its length. One match(): no match
  // object per word (matchAll would also clone the regex on every call).
  const found = text.toLowerCase().match(CONTENT_WORD)
  if (found === null) return words
  for (const word of found) {
    if (STOP_WORDS.has(word)) continue
    words.add(stem(word))
  }
  return words
}

const CONTENT_WORD = /\p{L}{4,40}/gu

/** Light plural and verb endings off: "rates"/"rate", "studies"/"study", "approves"/"approve", "taxes"/"tax". */
// Endings told by character codes, not a regex per word: this runs on every word of every claim.
function stem(word: string): string {
  const n = word.length
  const last = word.charCodeAt(n - 1)
  if (last === S) {
    if (word.endsWith('ies') && n > 5) return `${word.slice(0, -3)}y`
    const before = word.charCodeAt(n - 2)
    // -sses, -xes, -zes, -ches, -shes lose their "es".
    if (before === E && n >= 3) {
      const c = word.charCodeAt(n - 3)
      if (c === X || c === Z) return word.slice(0, -2)
      if (n >= 4) {
        const b = word.charCodeAt(n - 4)
        if ((c === S && b === S) || (c === H && (b === C || b === S))) return word.slice(0, -2)
      }
    }
    // -ss, -us, -is keep their "s".
    if (n >= 2 && (before === S || before === U || before === I)) return word
    return word.slice(0, -1)
  }
  if (word.endsWith('ing') && n >= 7) return word.slice(0, -3)
  if (word.endsWith('ed') && n >= 6) return word.slice(0, -2)
  return word
}

const [C, E, H, I, S, U, X, Z] = [...'cehisuxz'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
]

/** The words of a URL's path and query (not its host: "wikipedia" in a claim is no match), decoded. */
export function urlWords(url: string): Set<string> {
  const rest = url.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#]{0,300}/i, '')
  let decoded = rest
  try {
    decoded = decodeURIComponent(rest)
  } catch {
    // A stray "%" is no reason to lose the rest of the address.
  }
  return contentWords(decoded.replace(/[_+\-./?=&#%]{1,100}/g, ' '))
}

/**
 * The content words a claim shares with a source's URL path and title, sorted, as written in the
 * source's address (stemmed). Empty when the source has neither.
 */
export function sharedSourceWords(
  claim: string,
  source: { url?: string | null; title?: string | null },
): string[] {
  const page = pageWords(source.url ?? null, source.title ?? null)
  if (page.size === 0) return []
  if (claim !== lastClaim) {
    lastClaim = claim
    lastClaimWords = contentWords(claim)
  }
  const shared: string[] = []
  for (const word of lastClaimWords) if (page.has(word)) shared.push(word)
  return shared.sort()
}

// Every claim that cites a source reads the same address and title again; a claim citing several
// sources is read once. Both are kept (the page words for a bounded number of sources).
const pageCache = new Map<string, ReadonlySet<string>>()
let lastClaim: string | undefined
let lastClaimWords: ReadonlySet<string> = new Set()

function pageWords(url: string | null, title: string | null): ReadonlySet<string> {
  const key = `${url ?? ''}\u0000${title ?? ''}`
  const known = pageCache.get(key)
  if (known) return known
  const page = new Set<string>()
  if (url) for (const word of urlWords(url)) page.add(word)
  if (title) for (const word of contentWords(title)) page.add(word)
  if (pageCache.size >= 1024) pageCache.clear()
  pageCache.set(key, page)
  return page
}
