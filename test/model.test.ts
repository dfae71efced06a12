import { describe, expect, it } from 'vitest'
import { analyze, CitecheckError, type Claim, parseModelWeights } from '../src/index.js'
import {
  type ClaimFacts,
  claimFeatures,
  classifyDomain,
  DEFAULT_SUPPORTED_THRESHOLD,
  defaultModelWeights,
  FEATURE_NAMES,
  FEATURES,
  type ModelWeights,
  scoreConfidence,
  sharedSourceWords,
} from '../src/model/index.js'
import weightsFile from '../src/model/weights.json'
import { analyzeChecked, claimStartingWith, readFixture } from './helpers.js'

const seed = analyzeChecked(readFixture('seed-article.txt'))

const hasResolvedCitation = (claim: Claim) => claim.citations.some((citation) => citation.sourceId !== null)
const isHedged = (claim: Claim) => claim.hedges.some((hedge) => !hedge.inQuote)

describe('the seed article, scored', () => {
  it('puts every cited, unhedged claim above every uncited check-worthy claim', () => {
    const cited = seed.claims.filter((claim) => hasResolvedCitation(claim) && !isHedged(claim))
    const uncited = seed.claims.filter(
      (claim) => !hasResolvedCitation(claim) && claim.status !== 'not-check-worthy',
    )
    expect(cited.length).toBeGreaterThanOrEqual(6)
    expect(uncited.length).toBeGreaterThanOrEqual(4)
    const lowestCited = Math.min(...cited.map((claim) => claim.confidence))
    const highestUncited = Math.max(...uncited.map((claim) => claim.confidence))
    expect(lowestCited).toBeGreaterThan(highestUncited)
  })

  it('puts "Rumors suggest … Rwanda[3] …" below "Already, Trump has taken action … [2][4]"', () => {
    const rumor = claimStartingWith(seed, 'Rumors suggest')
    const action = claimStartingWith(seed, 'Already, Trump has taken action')
    expect(rumor.confidence).toBeLessThan(action.confidence)
    expect(rumor.reasons.find((reason) => reason.factor === 'hedge-rumor')?.contribution).toBeLessThan(0)
  })

  it('gives every claim citing only placeholder sources a reason naming the placeholder', () => {
    const placeholderOnly = seed.claims.filter((claim) => {
      const ids = claim.citations.map((citation) => citation.sourceId).filter((id) => id !== null)
      return (
        ids.length > 0 &&
        ids.every((id) => seed.sources.find((source) => source.id === id)?.urlStatus === 'placeholder')
      )
    })
    expect(placeholderOnly.length).toBeGreaterThanOrEqual(7)
    for (const claim of placeholderOnly) {
      const reason = claim.reasons.find((each) => each.factor === 'only-placeholder-urls')
      expect(reason, claim.text).toBeDefined()
      expect(reason!.contribution).toBeLessThan(0)
      expect(reason!.detail).toMatch(
        /^cites sources? [\d, ]+, whose URLs? (is a placeholder|are placeholders)$/,
      )
    }
  })

  it('explains "Already, Trump …" in a reporter’s words, largest first', () => {
    const claim = claimStartingWith(seed, 'Already, Trump has taken action')
    expect(claim.reasons[0]!.factor).toBe('cites-source')
    expect(claim.reasons.map((reason) => reason.detail)).toEqual(
      expect.arrayContaining([
        'cites sources 2, 4',
        'cites sources 2, 4, whose URLs are placeholders',
        'source 4 also backs 3 other claims of the article',
        '2 distinct sources',
      ]),
    )
    const magnitudes = claim.reasons.map((reason) => Math.abs(reason.contribution))
    expect([...magnitudes].sort((a, b) => b - a)).toEqual(magnitudes)
  })
})

describe('features', () => {
  const base: ClaimFacts = {
    kind: 'factual',
    text: 'The council approved the budget.',
    checkWorthiness: 0.5,
    citedSources: [],
    danglingLabels: [],
    hedges: [],
    attributionKind: null,
    afterSources: false,
  }
  const working = {
    label: '1',
    urlStatus: 'ok' as const,
    domain: 'reuters.com',
    url: 'https://www.reuters.com/x',
  }
  const cases: { name: string; facts: Partial<ClaimFacts>; expected: Record<string, number> }[] = [
    { name: 'uncited claim: check-worthiness only', facts: {}, expected: { 'check-worthiness': 0.5 } },
    {
      name: 'one working news source',
      facts: { citedSources: [working] },
      expected: { 'cites-source': 1, 'source-news': 1, 'check-worthiness': 0.5 },
    },
    {
      name: 'two sources, one placeholder: no placeholder penalty while one works',
      facts: { citedSources: [working, { label: '2', urlStatus: 'placeholder', domain: null }] },
      expected: { 'cites-source': 1, 'extra-sources': 1, 'source-news': 1, 'check-worthiness': 0.5 },
    },
    {
      name: 'only placeholders',
      facts: { citedSources: [{ label: '3', urlStatus: 'placeholder', domain: null }] },
      expected: { 'cites-source': 1, 'only-placeholder-urls': 1, 'check-worthiness': 0.5 },
    },
    {
      name: 'a source the article cites for three other claims',
      facts: { citedSources: [{ ...working, domain: null, citedByOthers: 3 }] },
      expected: { 'cites-source': 1, 'source-cited-elsewhere': 2, 'check-worthiness': 0.5 },
    },
    {
      name: 'address words shared with the claim, capped at 3',
      facts: {
        text: 'The city council approved the annual budget for schools.',
        citedSources: [
          { ...working, domain: null, url: 'https://x.org/news/city-council-approves-annual-budget-schools' },
        ],
      },
      expected: { 'cites-source': 1, 'source-words-match': 3, 'check-worthiness': 0.5 },
    },
    {
      name: 'dangling marker, editor tag, rumour in and out of quotes',
      facts: {
        danglingLabels: ['7'],
        citationNeeded: ['[citation needed]'],
        hedges: [
          { cue: 'Rumors suggest', category: 'rumor', inQuote: false },
          { cue: 'rumour', category: 'rumor', inQuote: true },
        ],
      },
      expected: {
        'dangling-citation': 1,
        'citation-needed-tag': 1,
        'hedge-rumor': 1,
        'quoted-hedge-rumor': 1,
        'check-worthiness': 0.5,
      },
    },
    {
      name: 'an opinion after the source list',
      facts: { kind: 'opinion', afterSources: true, attributionKind: 'anonymous' },
      expected: {
        'kind-opinion': 1,
        'after-source-list': 1,
        'attribution-anonymous': 1,
        'check-worthiness': 0.5,
      },
    },
    {
      name: 'a 50-word sentence (markers are not words)',
      facts: { text: `${'word '.repeat(50)}[1][2][3]` },
      expected: { 'long-claim': 1, 'check-worthiness': 0.5 },
    },
  ]
  it.each(cases)('$name', ({ facts, expected }) => {
    const values = Object.fromEntries(
      Object.entries(claimFeatures({ ...base, ...facts })).map(([name, feature]) => [name, feature.value]),
    )
    expect(values).toEqual(expected)
  })

  it('every feature it can produce is documented and known to the weights schema', () => {
    for (const name of FEATURE_NAMES) expect(FEATURES[name]!.length).toBeGreaterThan(20)
    const produced = new Set<string>()
    for (const { facts } of cases)
      for (const name of Object.keys(claimFeatures({ ...base, ...facts }))) produced.add(name)
    for (const name of produced) expect(FEATURE_NAMES).toContain(name)
  })
})

describe('domain classes', () => {
  const cases: [string | null, string | null][] = [
    ['reuters.com', 'news'],
    ['bbc.co.uk', 'news'],
    ['nih.gov', 'government'],
    ['betterhealth.vic.gov.au', 'government'],
    ['who.int', 'government'],
    ['stanford.edu', 'academic'],
    ['ox.ac.uk', 'academic'],
    ['nature.com', 'academic'],
    ['academia.edu', 'user-content'],
    ['someone.blogspot.com', 'user-content'],
    ['wikipedia.org', 'reference'],
    ['bing.com', 'search-page'],
    ['example-shop.com', null],
    [null, null],
  ]
  it.each(cases)('%s → %s', (domain, expected) => {
    expect(classifyDomain(domain)).toBe(expected)
  })
})

describe('source words', () => {
  const cases: { claim: string; source: { url?: string; title?: string }; expected: string[] }[] = [
    {
      claim: 'Exposure to domestic violence harms children.',
      source: { url: 'https://youaremom.com/children/impact-of-domestic-violence/' },
      expected: ['children', 'domestic', 'violence'],
    },
    { claim: 'Wikipedia says so.', source: { url: 'https://en.wikipedia.org/wiki/Index' }, expected: [] },
    {
      claim: 'Rates rose in March.',
      source: { title: 'Central bank rates: what rose in March' },
      expected: ['march', 'rate', 'rose'],
    },
    { claim: 'A claim.', source: { url: 'https://a.org/%E0%A4%A' }, expected: [] },
    { claim: 'Nothing shared.', source: {}, expected: [] },
  ]
  it.each(cases)('$claim', ({ claim, source, expected }) => {
    expect(sharedSourceWords(claim, source)).toEqual(expected)
  })
})

describe('scoring', () => {
  it('adds up: bias + Σ contributions is the logit, calibration slope folded in', () => {
    const weights: ModelWeights = {
      version: 1,
      provenance: {},
      bias: -1,
      weights: { 'cites-source': { weight: 2 }, 'hedge-rumor': { weight: -1.5 } },
      calibration: { slope: 0.5, intercept: 0.25 },
    }
    const result = scoreConfidence(
      {
        'cites-source': { value: 1, detail: 'cites source 1' },
        'hedge-rumor': { value: 1, detail: 'rumour' },
        'check-worthiness': { value: 0.9, detail: 'weight 0: no reason' },
      },
      weights,
    )
    expect(result.bias).toBe(-0.25)
    expect(result.reasons).toEqual([
      { factor: 'cites-source', contribution: 1, detail: 'cites source 1' },
      { factor: 'hedge-rumor', contribution: -0.75, detail: 'rumour' },
    ])
    expect(result.logit).toBeCloseTo(0, 12)
    expect(result.confidence).toBe(0.5)
  })

  it('on the seed, every claim’s reasons add up to its confidence', () => {
    const bias =
      (defaultModelWeights.calibration?.slope ?? 1) * defaultModelWeights.bias +
      (defaultModelWeights.calibration?.intercept ?? 0)
    for (const claim of seed.claims) {
      const logit = bias + claim.reasons.reduce((sum, reason) => sum + reason.contribution, 0)
      expect(claim.confidence).toBeCloseTo(1 / (1 + Math.exp(-logit)), 3)
    }
  })
})

describe('the shipped weights file', () => {
  it('says where it came from: data, license, date, method and dev metrics', () => {
    const provenance = defaultModelWeights.provenance as Record<string, unknown>
    expect(provenance.kind).toBe('fitted')
    expect(provenance.date).toBe('2026-11-27')
    expect(String(provenance.data)).toMatch(/ExpertQA.*MIT/)
    const metrics = provenance.devMetrics as {
      model: { auroc: number; ece: number; brier: number }
      baseline: { brier: number }
    }
    expect(metrics.model.auroc).toBeGreaterThan(0.75)
    expect(metrics.model.brier).toBeLessThan(metrics.baseline.brier)
  })

  it('marks every hand-set weight as a prior with a note, and every fitted one with its count', () => {
    for (const [name, weight] of Object.entries(weightsFile.weights) as [
      string,
      { prior?: boolean; note?: string; count?: number },
    ][]) {
      if (weight.prior) expect(weight.note, name).toBeTruthy()
      else expect(weight.count, name).toBeGreaterThanOrEqual(15)
    }
  })

  it('keeps the signs the properties rely on', () => {
    const weight = (name: string) => defaultModelWeights.weights[name]?.weight ?? 0
    expect(weight('cites-source')).toBeGreaterThan(0)
    expect(weight('only-placeholder-urls')).toBeLessThan(0)
    for (const name of [
      'hedge-rumor',
      'hedge-unconfirmed',
      'quoted-hedge-rumor',
      'quoted-hedge-unconfirmed',
    ]) {
      expect(weight(name), name).toBeLessThan(0)
    }
    expect(defaultModelWeights.calibration?.slope).toBeGreaterThan(0)
  })
})

describe('when doubt makes a claim unconfirmed', () => {
  const statusOf = (text: string, thresholds?: { checkWorthy: number }) =>
    analyze(text, { format: 'text', thresholds }).claims[0]!.status

  it.each([
    {
      name: 'speculation in an uncited claim with nothing to check',
      text: "That's a complex question that may not have a definitive answer.",
      status: 'not-check-worthy',
    },
    { name: 'a hedged answer to a question', text: 'Probably not.', status: 'not-check-worthy' },
    {
      name: 'speculation in a check-worthy claim',
      text: 'The drug may cause liver damage in 4% of patients.',
      status: 'unconfirmed',
    },
    {
      name: 'speculation in a cited claim, however little it says',
      text: 'It may rain tomorrow.[1]\n\n[1] https://www.weather.gov/forecast',
      status: 'unconfirmed',
    },
    {
      name: 'vague authority, however little the claim says',
      text: 'Some experts argue the model is unsustainable.',
      status: 'unconfirmed',
    },
    {
      name: 'a rumour, however little it says',
      text: 'Rumors suggest the mayor will step down.',
      status: 'unconfirmed',
    },
  ])('$name', ({ text, status }) => {
    expect(statusOf(text)).toBe(status)
  })

  it('follows thresholds.checkWorthy', () => {
    const text = "That's a complex question that may not have a definitive answer."
    expect(statusOf(text, { checkWorthy: 0 })).toBe('unconfirmed')
  })
})

describe('your own weights and thresholds', () => {
  it('reads a weights file from its JSON text', () => {
    const weights = parseModelWeights(JSON.stringify(weightsFile))
    expect(weights.bias).toBe(defaultModelWeights.bias)
  })

  const bad: { name: string; file: unknown; message: RegExp }[] = [
    { name: 'not JSON', file: '{ "version": 1,', message: /^Invalid model weights file: not JSON/ },
    {
      name: 'an unknown feature',
      file: { ...weightsFile, weights: { 'cites-sorce': { weight: 1 } } },
      message: /Unknown feature "cites-sorce"/,
    },
    { name: 'a weight that is not a number', file: { ...weightsFile, bias: 'high' }, message: /bias/ },
    { name: 'a wrong version', file: { ...weightsFile, version: 2 }, message: /version/ },
  ]
  it.each(bad)('refuses $name with a CitecheckError saying what is wrong', ({ file, message }) => {
    expect(() => parseModelWeights(file)).toThrow(CitecheckError)
    expect(() => parseModelWeights(file)).toThrow(message)
  })

  it('refuses a bad `model` option in analyze with a CitecheckError', () => {
    expect(() => analyze('A claim.', { model: { version: 1 } as never })).toThrow(CitecheckError)
  })

  it('scores with the weights it is given', () => {
    const flat: ModelWeights = { version: 1, provenance: {}, bias: 0, weights: {} }
    const report = analyze('The council approved the budget[1].\n\n[1] https://example.org/a\n', {
      model: flat,
    })
    expect(report.claims.map((claim) => claim.confidence)).toEqual([0.5])
  })

  it('thresholds.supported decides when a cited claim counts as supported', () => {
    const text = 'The council approved the budget[1].\n\n[1] https://www.reuters.com/council-budget\n'
    expect(DEFAULT_SUPPORTED_THRESHOLD).toBe(0.25)
    expect(analyze(text).claims[0]!.status).toBe('supported')
    const strict = analyze(text, { thresholds: { supported: 0.99 } })
    expect(strict.claims[0]!.status).toBe('unsupported')
    expect(() => analyze(text, { thresholds: { supported: 2 } })).toThrow(CitecheckError)
  })

  it('an unsafe link alone does not make a claim supported, and the finding says why', () => {
    const report = analyze('The council approved the budget[1].\n\n[1] javascript:alert(1)\n')
    expect(report.claims[0]!.status).toBe('unsupported')
    expect(report.claims[0]!.reasons.map((reason) => reason.factor)).toContain('unsafe-url')
    const finding = report.findings.find((each) => each.ruleId === 'unsupported-claim')
    expect(finding?.message).toMatch(
      /^Unsupported claim: “The council approved the budget\[1\]\.” cites \[1\], but its confidence 0\.\d\d is below thresholds\.supported \(cites 1, whose URL is unsafe\); expected a source that can back it$/,
    )
  })
})

describe('citation scope', () => {
  const ARTICLE = [
    'Bus fares rose 12% in Springfield in 2024. Rail fares rose 4% the same year.[1]',
    '',
    'Parking fees doubled in 2023.[2] Taxi fares fell 3% in 2022.',
    '',
    '[1] https://www.springfield.gov/transit/fares-2024',
    '[2] https://www.springfield.gov/parking/fees',
  ].join('\n')
  const read = (citationScope: 'sentence' | 'paragraph') => {
    const report = analyze(ARTICLE, { format: 'text', citationScope })
    return report.claims.map((claim) => ({
      text: claim.text.slice(0, 15),
      status: claim.status,
      borrowed: claim.reasons.some((reason) => reason.factor === 'citation-from-paragraph'),
    }))
  }

  it('in sentence scope, each sentence stands on its own markers', () => {
    expect(read('sentence')).toEqual([
      { text: 'Bus fares rose ', status: 'unsupported', borrowed: false },
      { text: 'Rail fares rose', status: 'supported', borrowed: false },
      { text: 'Parking fees do', status: 'supported', borrowed: false },
      { text: 'Taxi fares fell', status: 'unsupported', borrowed: false },
    ])
  })

  it('in paragraph scope, the closing citation covers the earlier sentences only', () => {
    const claims = read('paragraph')
    expect(claims[0]).toMatchObject({ text: 'Bus fares rose ', borrowed: true })
    expect(claims[0]!.status).not.toBe('unsupported')
    // A citation in the middle covers nothing after it; the last sentence lends only backwards.
    expect(claims.slice(1)).toEqual([
      { text: 'Rail fares rose', status: 'supported', borrowed: false },
      { text: 'Parking fees do', status: 'supported', borrowed: false },
      { text: 'Taxi fares fell', status: 'unsupported', borrowed: false },
    ])
  })
})
