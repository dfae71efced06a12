/**
 * The facts about a claim that the confidence model weighs, as named numeric features.
 *
 * Every feature is documented here and in the README's model card; the weights file gives each
 * one its log-odds weight.
 */
import type { ClaimKind, HedgeCategory, UrlStatus } from '../report/schema.js'

/** What the pipeline knows about a claim, in the form the model reads. */
export interface ClaimFacts {
  kind: ClaimKind
  checkWorthiness: number
  /** The sources its citations resolve to (deduplicated), with how their URLs look. */
  citedSources: readonly { label: string; urlStatus: UrlStatus; domain: string | null }[]
  /** Labels of markers that resolve to no source. */
  danglingLabels: readonly string[]
  /** Hedge categories outside quotes, and inside quotes. */
  hedges: readonly { cue: string; category: HedgeCategory; inQuote: boolean }[]
  attributionKind: 'direct-quote' | 'reported' | 'according-to' | 'anonymous' | null
  /** True when the claim sits after the source list (an appended summary or "enrichment" part). */
  afterSources: boolean
  /** True when the claim borrows its citation from the end of its paragraph (paragraph scope). */
  citationFromParagraph?: boolean
}

/** A feature's value and the words that explain it to a reporter. */
export interface FeatureValue {
  value: number
  detail: string
}

const HEDGE_WORDS: Record<HedgeCategory, string> = {
  rumor: 'presented as rumour',
  unconfirmed: 'described as unconfirmed',
  speculative: 'speculative wording',
  doxastic: 'stated as belief or allegation',
  'anonymous-source': 'rests on unnamed sources',
  weasel: 'vague attribution',
  conditional: 'conditional wording',
}

/** Computes the model's features for one claim. Absent features are 0 and omitted. */
export function claimFeatures(facts: ClaimFacts): Record<string, FeatureValue> {
  const features: Record<string, FeatureValue> = {}
  const sources = facts.citedSources
  const labels = (list: readonly { label: string }[]) => list.map((source) => source.label).join(', ')

  if (sources.length > 0) {
    features['cites-source'] = {
      value: 1,
      detail: `cites ${sources.length === 1 ? 'source' : 'sources'} ${labels(sources)}`,
    }
    if (sources.length > 1) {
      features['extra-sources'] = { value: Math.log2(sources.length), detail: `${sources.length} distinct sources` }
    }
    const working = sources.filter((source) => source.urlStatus === 'ok')
    const placeholders = sources.filter((source) => source.urlStatus === 'placeholder')
    const noUrl = sources.filter((source) => source.urlStatus === 'missing' || source.urlStatus === 'malformed')
    const unsafe = sources.filter((source) => source.urlStatus === 'unsafe')
    if (working.length === 0 && placeholders.length > 0) {
      features['only-placeholder-urls'] = {
        value: 1,
        detail: `cites ${placeholders.length === 1 ? 'source' : 'sources'} ${labels(placeholders)}, whose URL is a placeholder`,
      }
    }
    if (working.length === 0 && noUrl.length > 0) {
      features['only-sources-without-url'] = {
        value: 1,
        detail: `cites ${noUrl.length === 1 ? 'source' : 'sources'} ${labels(noUrl)}, with no usable URL`,
      }
    }
    if (unsafe.length > 0) {
      features['unsafe-url'] = { value: 1, detail: `cites ${labels(unsafe)}, whose URL is unsafe` }
    }
  }
  if (facts.danglingLabels.length > 0) {
    features['dangling-citation'] = {
      value: 1,
      detail: `marker ${facts.danglingLabels.map((label) => `[${label}]`).join('')} points to no source`,
    }
  }
  if (facts.citationFromParagraph) {
    features['citation-from-paragraph'] = { value: 1, detail: "relies on the citation at the end of its paragraph" }
  }
  for (const hedge of facts.hedges) {
    const name = `${hedge.inQuote ? 'quoted-' : ''}hedge-${hedge.category}`
    if (features[name]) continue
    features[name] = {
      value: 1,
      detail: `"${hedge.cue}": ${HEDGE_WORDS[hedge.category]}${hedge.inQuote ? ' (inside a quote)' : ''}`,
    }
  }
  if (facts.attributionKind) {
    features[`attribution-${facts.attributionKind}`] = {
      value: 1,
      detail: `${facts.attributionKind.replace('-', ' ')} attribution`,
    }
  }
  if (facts.kind !== 'factual') features[`kind-${facts.kind}`] = { value: 1, detail: `a ${facts.kind} claim` }
  features['check-worthiness'] = {
    value: facts.checkWorthiness,
    detail: `check-worthiness ${facts.checkWorthiness.toFixed(2)}`,
  }
  if (facts.afterSources) {
    features['after-source-list'] = { value: 1, detail: 'appears after the source list, in an appended part' }
  }
  return features
}
