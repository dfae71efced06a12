/**
 * Author–date citations: the key of a reference entry, the citations of a sentence, and how an
 * article that cites this way is reported (resolution, dangling citations, how sources are named).
 */
import { describe, expect, it } from 'vitest'
import { findAuthorDateCitations, readEntryAuthors } from '../src/citations/author-date.js'
import { analyze } from '../src/index.js'
import { analyzeChecked } from './helpers.js'

describe('readEntryAuthors', () => {
  it.each([
    {
      style: 'APA, two authors',
      entry: 'De Vuyst, L., & Neysens, P. (2005). The sourdough microflora. Trends, 16, 43–56.',
      key: { first: 'de vuyst', year: '2005', written: 'De Vuyst & Neysens, 2005' },
    },
    {
      style: 'APA, et al.',
      entry: 'Landis, E. A., et al. (2021). The diversity of sourdough starter microbiomes. eLife.',
      key: { first: 'landis', year: '2021', written: 'Landis et al., 2021' },
    },
    {
      style: 'APA, three authors, diacritics folded',
      entry: 'Gänzle, M. G., Ripari, V., & Berardi, E. (2016). Evolution of sourdough microbiota.',
      key: { first: 'ganzle', year: '2016', written: 'Gänzle et al., 2016' },
    },
    {
      style: 'APA, date with month',
      entry: 'Walker, M. P. (2024, March 3). Sleep and memory. The Lancet.',
      key: { first: 'walker', year: '2024', written: 'Walker, 2024' },
    },
    {
      style: 'a body with its initials',
      entry: 'World Health Organization (WHO). (2020). Food safety.',
      key: { first: 'world health organization', year: '2020', written: 'World Health Organization, 2020' },
    },
    {
      style: 'Chicago author–date, given name after the surname',
      entry: 'Smith, John. 2019. A Book about Things. Chicago: Press.',
      key: { first: 'smith', year: '2019', written: 'Smith, 2019' },
    },
    {
      style: 'Vancouver-like initials without dots',
      entry: 'Smith J, Doe K (2016) Title of paper. Journal 4:1-3.',
      key: { first: 'smith', year: '2016', written: 'Smith & Doe, 2016' },
    },
    {
      style: 'particle and year suffix',
      entry: 'van der Berg, A. (2019a). Dutch things.',
      key: { first: 'van der berg', year: '2019a', written: 'van der Berg, 2019a' },
    },
  ])('reads $style', ({ entry, key }) => {
    expect(readEntryAuthors(entry)).toMatchObject(key)
  })

  it.each([
    ['a date inside a title', 'Springfield City Council, Minutes of Feb. 24, 2025 meeting.'],
    ['an outlet and a date', 'Reuters, March 3, 2025'],
    ['an outlet and a month', 'Reuters, March 2025. https://reuters.com/x'],
    ['a quoted title first', '"New York becomes first state," NPR, May 3, 2023.'],
    ['a title with a year in it', 'NVE annual report 2023.'],
    ['a URL only', 'https://example.com/2019/report'],
    ['no year', 'Smith, J. A book without a date.'],
  ])('finds no author–date key in %s', (_, entry) => {
    expect(readEntryAuthors(entry)).toBeNull()
  })
})

describe('findAuthorDateCitations', () => {
  it.each([
    ['It smells (Ripari et al., 2016).', [['Ripari et al., 2016', 'Ripari et al., 2016']]],
    ['They agree (Smith 2019).', [['Smith 2019', 'Smith, 2019']]],
    [
      'Esters form (De Vuyst & Neysens, 2005; see also Gänzle, 2014, p. 7).',
      [
        ['De Vuyst & Neysens, 2005', 'De Vuyst & Neysens, 2005'],
        ['Gänzle, 2014, p. 7', 'Gänzle, 2014'],
      ],
    ],
    ['Landis et al. (2021) found it.', [['Landis et al. (2021)', 'Landis et al., 2021']]],
    ['In Landis et al. (2021a), it is so.', [['Landis et al. (2021a)', 'Landis et al., 2021a']]],
    ['As De Vuyst and Neysens (2005) show.', [['De Vuyst and Neysens (2005)', 'De Vuyst and Neysens, 2005']]],
    ['It is safe (e.g., WHO, 2020).', [['WHO, 2020', 'WHO, 2020']]],
    [
      'It is so (Smith, 2019, 2020a).',
      [
        ['Smith, 2019, 2020a', 'Smith, 2019'],
        ['Smith, 2019, 2020a', 'Smith, 2020a'],
      ],
    ],
    [
      'Smith (2019, 2020a) found it.',
      [
        ['Smith (2019, 2020a)', 'Smith, 2019'],
        ['Smith (2019, 2020a)', 'Smith, 2020a'],
      ],
    ],
  ])('reads %s', (text, expected) => {
    expect(
      findAuthorDateCitations(text, 0).map((found) => [text.slice(found.start, found.end), found.label]),
    ).toEqual(expected)
  })

  it.each([
    ['a month and year', 'It opened (March 2019).'],
    ['a count', 'Most answered (n = 500).'],
    ['a lower-case aside', 'It fell (as expected, 2019).'],
    ['a year alone', 'The law (2019) passed.'],
    ['no parenthesis', 'Smith, 2019, said so.'],
  ])('reads no citation in %s', (_, text) => {
    expect(findAuthorDateCitations(text, 0)).toEqual([])
  })

  it('offsets every citation by where the text starts in the input', () => {
    const [found] = findAuthorDateCitations('It smells (Ripari et al., 2016).', 100)
    expect([found!.start, found!.end]).toEqual([111, 130])
  })
})

const REFERENCES = [
  '## References',
  '',
  '- Landis, E. A., et al. (2021). Starter microbiomes. *eLife*, 10. https://doi.org/10.7554/eLife.61644',
  '- Ripari, V., & Berardi, E. (2016). Sourdough microbiota. https://doi.org/10.1016/j.ijfoodmicro.2016.05.025',
].join('\n')

describe('analyze: an article that cites by author and date', () => {
  it('reads a Markdown reference list typed one entry per line as one source per line', () => {
    const report = analyzeChecked(
      [
        '# Sleep',
        '',
        'Smith (2019, 2020) found that sleep improves recall (Lee & Park, 2021).',
        '',
        '## References',
        '',
        'Lee, J., & Park, S. (2021). Sleep and recall. *Journal of Sleep*, 4(2),',
        '  1-10. https://doi.org/10.1/lee',
        'Smith, A. (2019). Sleep at night. Memory, 3, 1-5. https://doi.org/10.1/s19',
        'Smith, A. (2020). Sleep by day. Memory, 4, 6-9. https://doi.org/10.1/s20',
        '',
      ].join('\n'),
    )
    expect(report.sources.map((source) => [source.position.start.line, source.url])).toEqual([
      [7, 'https://doi.org/10.1/lee'],
      [9, 'https://doi.org/10.1/s19'],
      [10, 'https://doi.org/10.1/s20'],
    ])
    expect(report.sources.map((source) => source.citedBy)).toEqual([['c2'], ['c2'], ['c2']])
    expect(report.findings).toEqual([])
  })

  it('supports the claims the citations name and counts the sources cited', () => {
    const report = analyzeChecked(
      `# Starters\n\nA starter smells of acetone when the microbes are hungry (Ripari & Berardi, 2016). Landis et al. (2021) found that a baker's hands matter more than the flour.\n\n${REFERENCES}\n`,
    )
    expect(report.claims.filter((claim) => claim.kind !== 'headline').map((claim) => claim.status)).toEqual([
      'supported',
      'supported',
    ])
    expect(report.sources.map((source) => source.citedBy)).toEqual([['c3'], ['c2']])
    expect(report.findings.map((finding) => finding.ruleId)).toEqual([])
    // The list shows no numbers: reasons name a source by its citation.
    expect(report.claims[1]!.reasons.find((reason) => reason.factor === 'cites-source')?.detail).toBe(
      'cites source (Ripari & Berardi, 2016)',
    )
  })

  it('reports a citation that names no listed work, with the same author’s listed work as a hint', () => {
    const report = analyzeChecked(
      `It smells of acetone (Ripari & Berardi, 2015). Bakers' hands matter most (Landis et al., 2021).\n\n${REFERENCES}\n`,
    )
    const dangling = report.findings.filter((finding) => finding.ruleId === 'dangling-citation')
    expect(dangling.map((finding) => finding.message)).toEqual([
      'Unexpected citation `(Ripari & Berardi, 2015)`: no listed source is by Ripari from 2015; the list has (Ripari & Berardi, 2016); expected one of (Landis et al., 2021), (Ripari & Berardi, 2016)',
    ])
    expect(
      report.findings.filter((finding) => finding.ruleId === 'unused-source').map((f) => f.message),
    ).toEqual(['Unused source (Ripari & Berardi, 2016) (“Sourdough microbiota”): no claim cites it'])
    // The claim is told what to add in the article's own style.
    expect(report.findings.find((finding) => finding.ruleId === 'unsupported-claim')?.message).toBe(
      'Unsupported claim: nothing is cited for “It smells of acetone (Ripari & Berardi, 2015).”; expected a citation such as (Landis et al., 2021) naming a listed source',
    )
  })

  it('reads no author–date citation where no body citation names a listed work', () => {
    const report = analyze(`The levy failed in Ohio (Ohio, 2019).\n\n${REFERENCES}\n`)
    expect(report.claims[0]!.citations).toEqual([])
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('dangling-citation')
  })

  it('does not take a name before a year in the sentence for a citation unless written as one', () => {
    const report = analyze(
      `Bakers' hands matter most (Landis et al., 2021). The Affordable Care Act (2010) is unrelated. Park et al. (2018) disagree.\n\n${REFERENCES}\n`,
    )
    expect(report.claims.map((claim) => claim.citations.map((citation) => citation.label))).toEqual([
      ['Landis et al., 2021'],
      [],
      ['Park et al., 2018'],
    ])
    expect(report.claims[2]!.citations[0]!.sourceId).toBeNull()
  })

  it('reads author–date citations in a list numbered for bracket markers too', () => {
    const report = analyze(
      'Sleep loss impairs memory [1]. Teenagers need more sleep (Pew Research Center, 2023).\n\n## References\n\n1. Walker, M. P. (2024). Sleep and memory. https://www.thelancet.com/sleep\n2. Pew Research Center. (2023). *Teens and sleep*. https://www.pewresearch.org/teens-sleep\n',
    )
    expect(report.claims.map((claim) => claim.citations.map((citation) => citation.sourceId))).toEqual([
      ['s1'],
      ['s2'],
    ])
  })

  it('sees two wordings of one work as one source when a restatement cites it', () => {
    const report = analyze(
      `Bakers' hands shape a starter's bacteria more than flour does (Landis et al., 2021).\n\nAs Landis and colleagues found, bakers' hands shape a starter's bacteria more than flour does (see Landis et al. 2021, p. 4).\n\n${REFERENCES}\n`,
    )
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('citation-mismatch')
  })
})
