/**
 * The facts about a claim that the confidence model weighs, as named numeric features.
 *
 * Every feature is listed in `FEATURES` with what it means; the README's model card repeats the list
 * with each weight and how often the training data shows it. A feature that does not apply is absent
 * (value 0). Nothing here fetches a source: the model judges citations by how they look.
 */
import { plainMarker } from '../citations/written-markers.js'
import type { ClaimKind, HedgeCategory, UrlStatus } from '../report/schema.js'
import { classifyDomain, DOMAIN_CLASS_WORDS, DOMAIN_CLASSES, type DomainClass } from './domain-classes.js'
import { sharedSourceWords } from './source-words.js'

/** One source a claim cites, as the model sees it. */
export interface CitedSourceFacts {
  label: string
  urlStatus: UrlStatus
  /** Registrable domain ("bbc.co.uk"), when the URL has one. */
  domain: string | null
  url?: string | null
  title?: string | null
  /** The book's ISBN, when the entry gives a valid one: such a source needs no URL. */
  isbn?: string | null
  /** How many OTHER claims of the article cite this source. */
  citedByOthers?: number
}

/** What the pipeline knows about a claim, in the form the model reads. */
export interface ClaimFacts {
  kind: ClaimKind
  /** The claim's text, for the words it shares with its sources' addresses and titles. */
  text?: string
  checkWorthiness: number
  /** The sources its citations resolve to (deduplicated), with how their URLs look. */
  citedSources: readonly CitedSourceFacts[]
  /** Labels of markers that resolve to no source. */
  danglingLabels: readonly string[]
  /** How to write a marker in a reason (default `[label]`). */
  marker?: (label: string) => string
  /** Hedge categories outside quotes, and inside quotes. */
  hedges: readonly {
    cue: string
    category: HedgeCategory
    inQuote: boolean
    inReportedSpeech?: boolean
    inQuestion?: boolean
  }[]
  attributionKind: 'direct-quote' | 'reported' | 'according-to' | 'anonymous' | null
  /** True when the claim sits after the source list (an appended summary or "enrichment" part). */
  afterSources: boolean
  /** True when the claim borrows its citation from the end of its paragraph (paragraph scope). */
  citationFromParagraph?: boolean
  /** Editors' tags in the claim asking for a source ("[citation needed]", "[who?]"). */
  citationNeeded?: readonly string[]
}

/** A feature's value and the words that explain it to a reporter. */
export interface FeatureValue {
  value: number
  detail: string
}

const HEDGE_CATEGORIES: readonly HedgeCategory[] = [
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
  'weasel',
  'conditional',
  'vague-quantity',
]

/** What each hedge category means, in a reporter's words ("presented as rumour"). */
export const HEDGE_WORDS: Readonly<Record<HedgeCategory, string>> = {
  rumor: 'presented as rumour',
  unconfirmed: 'described as unconfirmed',
  speculative: 'speculative wording',
  doxastic: 'stated as belief or allegation',
  'anonymous-source': 'rests on unnamed sources',
  weasel: 'vague attribution',
  conditional: 'conditional wording',
  'vague-quantity': 'a count left vague, such as “many” or “some”',
}

const ATTRIBUTION_KINDS = ['direct-quote', 'reported', 'according-to', 'anonymous'] as const
const NON_FACTUAL_KINDS = ['quote', 'opinion', 'question', 'prediction', 'meta', 'headline'] as const

/** Shared words counted by `source-words-match` at most: a long slug is no stronger evidence. */
export const MAX_SHARED_WORDS = 3

/**
 * Every feature the model knows, with what it means. Weights files may only name these; a feature a
 * weights file leaves out weighs 0.
 */
export const FEATURES: Readonly<Record<string, string>> = {
  'cites-source':
    'At least one of the claim’s markers resolves to an entry of the source list (or it is a link). 1 or 0.',
  'extra-sources':
    'More than one distinct source: log2(number of distinct cited sources), so 2 sources = 1, 4 = 2.',
  'source-words-match': `Content words (4+ letters, not stop words, light suffixes off) the claim shares with a cited source’s URL path or title, best source, capped at ${MAX_SHARED_WORDS}.`,
  'source-cited-elsewhere':
    'The article leans on the source for other claims too: log2(1 + number of other claims citing the most-cited of its sources).',
  'only-placeholder-urls':
    'Every cited source with a URL-like field has a placeholder such as "(URL)" or example.com, none works. 1 or 0.',
  'only-sources-without-url':
    'No cited source has a working URL and some have none or a malformed one. 1 or 0.',
  'unsafe-url': 'A cited source’s URL uses a javascript:, data:, vbscript: or file: scheme. 1 or 0.',
  'dangling-citation': 'A marker of the claim points to no source of the list. 1 or 0.',
  'citation-from-paragraph':
    'In paragraph scope: the claim has no marker of its own and borrows its paragraph’s closing citation. 1 or 0.',
  'citation-needed-tag': 'An editor tagged the claim [citation needed], [who?] or the like. 1 or 0.',
  ...Object.fromEntries(
    DOMAIN_CLASSES.map((name) => [
      `source-${name}`,
      `A cited source’s registrable domain is ${DOMAIN_CLASS_WORDS[name]} (hand-curated list, src/model/domain-classes.json). 1 or 0.`,
    ]),
  ),
  ...Object.fromEntries(
    HEDGE_CATEGORIES.flatMap((category) => [
      [
        `hedge-${category}`,
        `A ${category} hedge cue outside direct quotes (${HEDGE_WORDS[category]}). 1 or 0.`,
      ],
      [
        `quoted-hedge-${category}`,
        `A ${category} hedge cue inside a direct quote: the speaker hedges, not the article. 1 or 0.`,
      ],
    ]),
  ),
  ...Object.fromEntries(
    ATTRIBUTION_KINDS.map((kind) => [
      `attribution-${kind}`,
      `The claim is attributed: ${kind.replace('-', ' ')}. 1 or 0.`,
    ]),
  ),
  ...Object.fromEntries(
    NON_FACTUAL_KINDS.map((kind) => [
      `kind-${kind}`,
      `The claim is a ${kind}, not a plain statement of fact. 1 or 0.`,
    ]),
  ),
  'check-worthiness':
    'The check-worthiness score of the sentence, in [0, 1] (src/language/check-worthiness.ts).',
  'long-claim': 'Length beyond 25 words: (words − 25) / 25, capped at 2; long sentences pack several facts.',
  'after-source-list':
    'The claim comes after the source list, in an appended summary or “enrichment” part. 1 or 0.',
}

/** Names of all features, in the order of {@link FEATURES}. */
export const FEATURE_NAMES: readonly string[] = Object.keys(FEATURES)

const list = (labels: readonly string[]): string => labels.join(', ')
const sourcesWord = (count: number): string => (count === 1 ? 'source' : 'sources')

/** Whose a hedge cue is, when it is not the article's own assertion. */
function whose(hedge: ClaimFacts['hedges'][number]): string {
  if (hedge.inQuote) return ' (inside a quote)'
  if (hedge.inReportedSpeech) return ' (in the speaker’s reported words)'
  if (hedge.inQuestion) return ' (in a question the article asks, not asserts)'
  return ''
}

/** Computes the model's features for one claim. Absent features are 0 and omitted. */
export function claimFeatures(facts: ClaimFacts): Record<string, FeatureValue> {
  const features: Record<string, FeatureValue> = {}
  citationFeatures(facts, features)
  for (const hedge of facts.hedges) {
    const name = `${hedge.inQuote ? 'quoted-' : ''}hedge-${hedge.category}`
    if (features[name]) continue
    features[name] = {
      value: 1,
      detail: `"${hedge.cue}": ${HEDGE_WORDS[hedge.category]}${whose(hedge)}`,
    }
  }
  if (facts.attributionKind) {
    features[`attribution-${facts.attributionKind}`] = {
      value: 1,
      detail: `${facts.attributionKind.replace('-', ' ')} attribution`,
    }
  }
  if (facts.kind !== 'factual') {
    const article = /^[aeiou]/.test(facts.kind) ? 'an' : 'a'
    features[`kind-${facts.kind}`] = {
      value: 1,
      detail: `${article} ${facts.kind}, not a plain statement of fact`,
    }
  }
  features['check-worthiness'] = {
    value: facts.checkWorthiness,
    detail: `check-worthiness ${facts.checkWorthiness.toFixed(2)}`,
  }
  const words = facts.text ? countWords(facts.text) : 0
  if (words > 25) {
    features['long-claim'] = {
      value: Math.min(2, (words - 25) / 25),
      detail: `a long sentence (${words} words)`,
    }
  }
  if (facts.afterSources) {
    features['after-source-list'] = { value: 1, detail: 'appears after the source list, in an appended part' }
  }
  return features
}

function citationFeatures(facts: ClaimFacts, features: Record<string, FeatureValue>): void {
  const sources = facts.citedSources
  // A source as the reasons name it: its label, or in an article that cites by author and date,
  // its citation ("cites source (Ripari et al., 2016)"), since the list shows no numbers.
  const named = (label: string): string => {
    const written = facts.marker?.(label)
    return written?.startsWith('(') ? written : label
  }
  if (sources.length > 0) {
    const labels = sources.map((source) => named(source.label))
    features['cites-source'] = { value: 1, detail: `cites ${sourcesWord(sources.length)} ${list(labels)}` }
    if (sources.length > 1) {
      features['extra-sources'] = {
        value: Math.log2(sources.length),
        detail: `${sources.length} distinct sources`,
      }
    }
    const working = sources.filter((source) => source.urlStatus === 'ok')
    const placeholders = sources.filter((source) => source.urlStatus === 'placeholder')
    // A book with a valid ISBN has no URL but is found in any catalogue.
    const noUrl = sources.filter(
      (source) =>
        (source.urlStatus === 'missing' && (source.isbn ?? null) === null) ||
        source.urlStatus === 'malformed',
    )
    const unsafe = sources.filter((source) => source.urlStatus === 'unsafe')
    if (working.length === 0 && placeholders.length > 0) {
      const placeholderLabels = list(placeholders.map((source) => named(source.label)))
      features['only-placeholder-urls'] = {
        value: 1,
        detail: `cites ${sourcesWord(placeholders.length)} ${placeholderLabels}, whose ${placeholders.length === 1 ? 'URL is a placeholder' : 'URLs are placeholders'}`,
      }
    }
    if (working.length === 0 && noUrl.length > 0) {
      features['only-sources-without-url'] = {
        value: 1,
        detail: `cites ${sourcesWord(noUrl.length)} ${list(noUrl.map((source) => named(source.label)))}, with no usable URL`,
      }
    }
    if (unsafe.length > 0) {
      features['unsafe-url'] = {
        value: 1,
        detail: `cites ${list(unsafe.map((source) => named(source.label)))}, whose URL is unsafe`,
      }
    }
    sourceWordsFeature(facts.text, working, features, named)
    reuseFeature(sources, features, named)
    domainFeatures(working, features, named)
  }
  if (facts.danglingLabels.length > 0) {
    features['dangling-citation'] = {
      value: 1,
      detail: `marker ${facts.danglingLabels.map((label) => (facts.marker ?? plainMarker)(label)).join('')} points to no source`,
    }
  }
  if (facts.citationFromParagraph) {
    features['citation-from-paragraph'] = {
      value: 1,
      detail: 'relies on the citation at the end of its paragraph',
    }
  }
  if (facts.citationNeeded && facts.citationNeeded.length > 0) {
    features['citation-needed-tag'] = {
      value: 1,
      detail: `an editor tagged it ${facts.citationNeeded.join(' ')}`,
    }
  }
}

function sourceWordsFeature(
  text: string | undefined,
  working: readonly CitedSourceFacts[],
  features: Record<string, FeatureValue>,
  named: (label: string) => string,
): void {
  if (!text) return
  let best: { label: string; words: string[] } | null = null
  for (const source of working) {
    const words = sharedSourceWords(text, source)
    if (words.length > (best?.words.length ?? 0)) best = { label: source.label, words }
  }
  if (!best) return
  const shown = best.words.slice(0, 5).map((word) => `"${word}"`)
  features['source-words-match'] = {
    value: Math.min(MAX_SHARED_WORDS, best.words.length),
    detail: `source ${named(best.label)}'s address or title shares ${best.words.length === 1 ? 'the word' : `${best.words.length} words`} ${shown.join(', ')} with the claim`,
  }
}

function reuseFeature(
  sources: readonly CitedSourceFacts[],
  features: Record<string, FeatureValue>,
  named: (label: string) => string,
): void {
  let best: CitedSourceFacts | null = null
  for (const source of sources) if ((source.citedByOthers ?? 0) > (best?.citedByOthers ?? 0)) best = source
  const others = best?.citedByOthers ?? 0
  if (!best || others === 0) return
  features['source-cited-elsewhere'] = {
    value: Math.log2(1 + others),
    detail: `source ${named(best.label)} also backs ${others} other ${others === 1 ? 'claim' : 'claims'} of the article`,
  }
}

function domainFeatures(
  working: readonly CitedSourceFacts[],
  features: Record<string, FeatureValue>,
  named: (label: string) => string,
): void {
  const byClass = new Map<DomainClass, string[]>()
  for (const source of working) {
    const found = classifyDomain(source.domain)
    if (found)
      byClass.set(found, [...(byClass.get(found) ?? []), `${named(source.label)} (${source.domain})`])
  }
  for (const [name, labels] of byClass) {
    features[`source-${name}`] = {
      value: 1,
      detail: `cites ${list(labels)}: ${DOMAIN_CLASS_WORDS[name]}`,
    }
  }
}

const MARKER = /\[[^\]\n]{1,40}\]/g
const COUNTED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,60}/gu

function countWords(text: string): number {
  // Markers ("[12]", "[citation needed]") are not words of the claim.
  const plain = text.includes('[') ? text.replace(MARKER, ' ') : text
  // Counted with test(), which builds no match objects; every match is at least one character.
  let count = 0
  COUNTED_WORD.lastIndex = 0
  while (COUNTED_WORD.test(plain)) count++
  COUNTED_WORD.lastIndex = 0
  return count
}
