import { describe, expect, it } from 'vitest'
import { analyzeChecked, citedLabels, claimStartingWith, readFixture } from './helpers.js'

const input = readFixture('seed-article.txt')
const report = analyzeChecked(input)

describe('the seed article', () => {
  it('is read as plain text', () => {
    expect(report.format).toBe('text')
  })

  it('has five placeholder sources labelled 1–5, titled "Source 1"…"Source 5"', () => {
    expect(
      report.sources.map((source) => [source.label, source.title, source.url, source.urlStatus]),
    ).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), `Source ${n}`, null, 'placeholder']))
  })

  it('reports placeholder-url once per source, and no unused source or dangling citation', () => {
    const byRule = (ruleId: string) => report.findings.filter((finding) => finding.ruleId === ruleId)
    expect(byRule('placeholder-url').map((finding) => finding.sourceId)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
    ])
    expect(byRule('unused-source')).toEqual([])
    expect(byRule('dangling-citation')).toEqual([])
  })

  it('reads the two title lines as headlines that need no citation', () => {
    for (const prefix of ['United States actively searching', "Let's Talk About Migration"]) {
      const claim = claimStartingWith(report, prefix)
      expect(claim.kind).toBe('headline')
      expect(claim.status).toBe('not-check-worthy')
    }
  })

  it('links "Secretary of State Marco Rubio recently revealed …[1][5]." to 1 and 5; supported', () => {
    const claim = claimStartingWith(report, 'Secretary of State Marco Rubio recently revealed')
    expect(claim.text.endsWith('beyond El Salvador[1][5].')).toBe(true)
    expect(citedLabels(claim)).toEqual(['1', '5'])
    expect(claim.citations.map((citation) => citation.sourceId)).toEqual(['s1', 's5'])
    expect(claim.status).toBe('supported')
  })

  it("keeps Rubio's two-sentence quote as ONE claim: a quote by Rubio citing 1 and 5", () => {
    const claim = claimStartingWith(report, 'During a White House meeting, Rubio stated')
    expect(claim.text).toBe(
      'During a White House meeting, Rubio stated, "We\'re not just focusing on El Salvador. We\'re working hard to find other countries willing to help out"[1][5].',
    )
    expect(claim.kind).toBe('quote')
    expect(claim.attribution?.kind).toBe('direct-quote')
    expect(claim.attribution?.speaker).toMatch(/Rubio$/)
    expect(citedLabels(claim)).toEqual(['1', '5'])
  })

  it('links "Already, Trump has taken action … facility[2][4]." to 2 and 4; supported', () => {
    const claim = claimStartingWith(report, 'Already, Trump has taken action')
    expect(citedLabels(claim)).toEqual(['2', '4'])
    expect(claim.status).toBe('supported')
  })

  it('marks "But it seems that El Salvador isn\'t the only target." unconfirmed by "it seems", uncited', () => {
    const claim = claimStartingWith(report, 'But it seems')
    expect(claim.text).toBe("But it seems that El Salvador isn't the only target.")
    expect(claim.status).toBe('unconfirmed')
    expect(claim.hedges.map((hedge) => hedge.cue.toLowerCase())).toContain('it seems')
    expect(claim.citations).toEqual([])
  })

  it('gives "Rumors suggest …" two citations of 3 at their own positions, a rumor cue, and unconfirmed status', () => {
    const claim = claimStartingWith(report, 'Rumors suggest')
    expect(citedLabels(claim)).toEqual(['3', '3'])
    const [first, second] = claim.citations
    expect(first!.position.start.offset).not.toBe(second!.position.start.offset)
    for (const citation of claim.citations) {
      expect(input.slice(citation.position.start.offset, citation.position.end.offset)).toBe('[3]')
    }
    expect(claim.hedges.some((hedge) => hedge.category === 'rumor')).toBe(true)
    expect(claim.status).toBe('unconfirmed')
  })

  it('marks "These arrangements aim to distribute the burden …" unsupported', () => {
    expect(claimStartingWith(report, 'These arrangements aim').status).toBe('unsupported')
  })

  it('reads "Who knows …?" as a question and "Stay tuned …" as meta, neither check-worthy', () => {
    const question = claimStartingWith(report, 'Who knows what other arrangements')
    expect(question.kind).toBe('question')
    expect(question.status).toBe('not-check-worthy')
    const meta = claimStartingWith(report, 'Stay tuned for more updates')
    expect(meta.kind).toBe('meta')
    expect(meta.status).toBe('not-check-worthy')
  })

  it('splits the run-in enrichment bullets into three claims with their citations', () => {
    expect(citedLabels(claimStartingWith(report, 'The US is actively looking for other countries'))).toEqual([
      '3',
    ])
    expect(
      claimStartingWith(report, 'The US is actively looking').text.endsWith('key among them is Rwanda[3].'),
    ).toBe(true)
    expect(citedLabels(claimStartingWith(report, 'In January, President Trump returned'))).toEqual(['4'])
    expect(citedLabels(claimStartingWith(report, 'During his tenure, Trump has already expelled'))).toEqual([
      '2',
      '4',
    ])
  })

  it('marks "Critics are expressing …" unconfirmed by "unconfirmed reports", uncited', () => {
    const claim = claimStartingWith(report, 'Critics are expressing')
    expect(claim.status).toBe('unconfirmed')
    expect(claim.citations).toEqual([])
    expect(
      claim.hedges.some(
        (hedge) => hedge.category === 'unconfirmed' && /unconfirmed reports/i.test(hedge.cue),
      ),
    ).toBe(true)
  })

  it('marks "Senator Marco Rubio\'s remarks …" unsupported', () => {
    expect(claimStartingWith(report, "Senator Marco Rubio's remarks").status).toBe('unsupported')
  })

  it('does not turn the source list into claims', () => {
    expect(report.claims.some((claim) => claim.text.includes('Source 1'))).toBe(false)
  })

  it('gives every claim a confidence in [0, 1] with reasons', () => {
    for (const claim of report.claims) {
      expect(claim.confidence).toBeGreaterThanOrEqual(0)
      expect(claim.confidence).toBeLessThanOrEqual(1)
      expect(claim.reasons.length).toBeGreaterThan(0)
    }
  })
})
