import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import {
  type CitedSourceFacts,
  type ClaimFacts,
  claimFeatures,
  defaultModelWeights,
  scoreConfidence,
} from '../src/model/index.js'
import type { HedgeCategory } from '../src/report/schema.js'

// Fixed seeds and bounded runs: the same cases on every machine.
const settings = { seed: 20261127, numRuns: 300 }
const e2eSettings = { seed: 20261127, numRuns: 60 }

const score = (facts: ClaimFacts) => scoreConfidence(claimFeatures(facts), defaultModelWeights)

const domains = fc.constantFrom(
  'reuters.com',
  'nih.gov',
  'stanford.edu',
  'wikipedia.org',
  'bing.com',
  'scribd.com',
  'someone.blogspot.com',
  'example-shop.com',
)
const slugs = fc.constantFrom(
  '',
  '/news/council-approves-budget',
  '/2024/05/17/index.html',
  '/wiki/Migration',
  '/a?b=c',
)

const workingSource = (label: string): fc.Arbitrary<CitedSourceFacts> =>
  fc.record({
    label: fc.constant(label),
    urlStatus: fc.constant('ok' as const),
    domain: domains,
    url: fc.tuple(domains, slugs).map(([domain, slug]) => `https://www.${domain}${slug}`),
    title: fc.option(fc.constantFrom('Council approves budget', 'Source 1', 'Migration talks'), {
      nil: null,
    }),
    citedByOthers: fc.integer({ min: 0, max: 6 }),
  })

const anySource = (label: string): fc.Arbitrary<CitedSourceFacts> =>
  fc.oneof(
    workingSource(label),
    fc.record({
      label: fc.constant(label),
      urlStatus: fc.constantFrom(
        'placeholder' as const,
        'missing' as const,
        'malformed' as const,
        'unsafe' as const,
      ),
      domain: fc.constant(null),
      url: fc.constant(null),
      title: fc.option(fc.constant('Source 3'), { nil: null }),
      citedByOthers: fc.integer({ min: 0, max: 6 }),
    }),
  )

const hedge = fc.record({
  cue: fc.constantFrom('it seems', 'rumors suggest', 'allegedly', 'some say', 'if'),
  category: fc.constantFrom<HedgeCategory>(
    'rumor',
    'unconfirmed',
    'speculative',
    'doxastic',
    'anonymous-source',
    'weasel',
    'conditional',
  ),
  inQuote: fc.boolean(),
})

const texts = fc.oneof(
  fc.constantFrom(
    'The city council approved the annual budget for schools.',
    'Officials said migration talks with Rwanda continued in March.',
    'Exports rose 4% in 2024, according to the ministry.',
  ),
  fc.string({ maxLength: 400 }),
)

const facts: fc.Arbitrary<ClaimFacts> = fc.record({
  kind: fc.constantFrom('factual', 'quote', 'opinion', 'question', 'prediction', 'meta', 'headline' as const),
  text: texts,
  checkWorthiness: fc.double({ min: 0, max: 1, noNaN: true }),
  citedSources: fc
    .array(fc.integer({ min: 1, max: 9 }), { maxLength: 4 })
    .chain((labels) => fc.tuple(...[...new Set(labels)].map((label) => anySource(String(label))))),
  danglingLabels: fc.array(fc.constantFrom('7', '8'), { maxLength: 2 }),
  hedges: fc.array(hedge, { maxLength: 3 }),
  attributionKind: fc.constantFrom(null, 'direct-quote', 'reported', 'according-to', 'anonymous' as const),
  afterSources: fc.boolean(),
  citationFromParagraph: fc.boolean(),
  citationNeeded: fc.array(fc.constant('[citation needed]'), { maxLength: 1 }),
})

describe('properties of the confidence model (features and scoring)', () => {
  it('adding a resolving citation to an uncited factual claim never lowers its confidence', () => {
    fc.assert(
      fc.property(facts, anySource('1'), (claim, source) => {
        const uncited = { ...claim, kind: 'factual' as const, citedSources: [], citationFromParagraph: false }
        const cited = { ...uncited, citedSources: [source] }
        expect(score(cited).logit).toBeGreaterThanOrEqual(score(uncited).logit)
        expect(score(cited).confidence).toBeGreaterThanOrEqual(score(uncited).confidence)
      }),
      settings,
    )
  })

  it('adding a rumour or unconfirmed cue never raises it', () => {
    fc.assert(
      fc.property(
        facts,
        fc.constantFrom<HedgeCategory>('rumor', 'unconfirmed'),
        fc.boolean(),
        (claim, category, inQuote) => {
          const hedged = { ...claim, hedges: [...claim.hedges, { cue: 'rumours say', category, inQuote }] }
          expect(score(hedged).logit).toBeLessThanOrEqual(score(claim).logit)
          expect(score(hedged).confidence).toBeLessThanOrEqual(score(claim).confidence)
        },
      ),
      settings,
    )
  })

  it('a placeholder URL gives lower confidence than a working URL, all else equal', () => {
    fc.assert(
      fc.property(
        facts,
        fc
          .array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 })
          .chain((labels) => fc.tuple(...[...new Set(labels)].map((label) => workingSource(String(label))))),
        (claim, working) => {
          const placeholders = working.map((source) => ({
            ...source,
            urlStatus: 'placeholder' as const,
            domain: null,
            url: null,
          }))
          const withWorking = score({ ...claim, citedSources: working })
          const withPlaceholders = score({ ...claim, citedSources: placeholders })
          expect(withPlaceholders.logit).toBeLessThan(withWorking.logit)
          expect(withPlaceholders.confidence).toBeLessThanOrEqual(withWorking.confidence)
        },
      ),
      settings,
    )
  })

  it('confidence is a finite number in [0, 1], the same for the same input, and the reasons add up', () => {
    const slope = defaultModelWeights.calibration?.slope ?? 1
    const bias = slope * defaultModelWeights.bias + (defaultModelWeights.calibration?.intercept ?? 0)
    fc.assert(
      fc.property(facts, (claim) => {
        const first = score(claim)
        expect(Number.isFinite(first.confidence)).toBe(true)
        expect(first.confidence).toBeGreaterThanOrEqual(0)
        expect(first.confidence).toBeLessThanOrEqual(1)
        expect(score(structuredClone(claim))).toEqual(first)
        expect(first.bias).toBeCloseTo(bias, 12)
        const sum = first.reasons.reduce((total, reason) => total + reason.contribution, bias)
        expect(sum).toBeCloseTo(first.logit, 3)
      }),
      settings,
    )
  })
})

// End to end: generated articles through analyze, the claim of interest always the first sentence.
const subjects = fc.constantFrom(
  'The city council',
  'The ministry',
  'Senator Ada Jones',
  'The company',
  'Police',
)
const verbs = fc.constantFrom('approved', 'announced', 'rejected', 'reported', 'published')
const objects = fc.constantFrom(
  'a budget of $4 million for schools',
  'new rules on migration in March',
  'the contract with Rwanda',
  'a 12% rise in exports',
  'the plan to expel 250 people',
)
const sentence = fc
  .tuple(subjects, verbs, objects)
  .map(([subject, verb, object]) => `${subject} ${verb} ${object}`)
const workingUrl = fc
  .tuple(domains, slugs)
  .filter(([domain]) => domain !== 'bing.com')
  .map(([domain, slug]) => `https://www.${domain}${slug}`)
// English context, so the article is read as English (hedges are read only then).
const CONTEXT =
  ' The decision came after a long debate in the city. Officials said the vote was close and that the plan would be reviewed next year.'
const tail = fc
  .constantFrom('', ' Officials declined to comment.', ' The vote was 7 to 2[2].')
  .map((more) => `${more}${CONTEXT}`)

function firstClaim(text: string) {
  const report = analyze(text, { format: 'text' })
  return report.claims[0]!
}

describe('properties of the confidence model (end to end, through analyze)', () => {
  it('adding a resolving citation to an uncited factual claim never lowers its confidence', () => {
    fc.assert(
      fc.property(sentence, workingUrl, tail, (claim, url, more) => {
        const list = `\n\n[1] ${url}\n[2] https://www.reuters.com/vote\n`
        const uncited = firstClaim(`${claim}.${more}${list}`)
        const cited = firstClaim(`${claim}[1].${more}${list}`)
        expect(cited.confidence).toBeGreaterThanOrEqual(uncited.confidence)
      }),
      e2eSettings,
    )
  })

  it('adding a rumour or unconfirmed cue never raises it', () => {
    fc.assert(
      fc.property(
        sentence,
        workingUrl,
        fc.constantFrom('Rumors suggest that', 'Unconfirmed reports say that', 'It is rumored that'),
        (claim, url, cue) => {
          const list = `${CONTEXT}\n\n[1] ${url}\n`
          const plain = firstClaim(`${claim}[1].${list}`)
          const hedged = firstClaim(`${cue} ${claim.charAt(0).toLowerCase()}${claim.slice(1)}[1].${list}`)
          expect(
            hedged.hedges.some((each) => each.category === 'rumor' || each.category === 'unconfirmed'),
          ).toBe(true)
          expect(hedged.confidence).toBeLessThanOrEqual(plain.confidence)
        },
      ),
      e2eSettings,
    )
  })

  it('a placeholder URL gives lower confidence than a working URL, all else equal', () => {
    fc.assert(
      fc.property(sentence, workingUrl, tail, (claim, url, more) => {
        const article = (entry: string) =>
          `${claim}[1].${more}\n\n[1] ${entry}\n[2] https://www.reuters.com/vote\n`
        const working = firstClaim(article(url))
        const placeholder = firstClaim(article('Source 1: (URL)'))
        expect(placeholder.reasons.map((reason) => reason.factor)).toContain('only-placeholder-urls')
        expect(placeholder.confidence).toBeLessThan(working.confidence)
      }),
      e2eSettings,
    )
  })

  it('confidence is a finite number in [0, 1] and the same input gives the same number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence, fc.constantFrom('', '[1]', '[2]', '[1][2]', '[9]')), { maxLength: 6 }),
        workingUrl,
        (lines, url) => {
          const text = `${lines.map(([claim, marker]) => `${claim}${marker}.`).join(' ')}${CONTEXT}\n\n[1] ${url}\n[2] Source 2: (URL)\n`
          const first = analyze(text).claims.map((claim) => claim.confidence)
          for (const confidence of first) {
            expect(Number.isFinite(confidence)).toBe(true)
            expect(confidence).toBeGreaterThanOrEqual(0)
            expect(confidence).toBeLessThanOrEqual(1)
          }
          expect(analyze(text).claims.map((claim) => claim.confidence)).toEqual(first)
        },
      ),
      e2eSettings,
    )
  })
})
