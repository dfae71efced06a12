/**
 * Unit tables for the citation forms of issue #3: superscripts, editors' tags, inline links,
 * entry fields in common citation styles, registrable domains, source-list blocks, and a
 * pathological input for every new pattern.
 */
import { describe, expect, it } from 'vitest'
import {
  citeSpan,
  findEditorTags,
  findInlineLinks,
  findSuperscriptMarkers,
  indexSources,
  readEntryFields,
  readSourceEntries,
  registrableDomain,
} from '../src/citations/index.js'
import { createLocator, readDocument } from '../src/document/index.js'
import { analyze } from '../src/index.js'
import { splitSentences } from '../src/segment/index.js'

function superscripts(text: string): string[] {
  return findSuperscriptMarkers(text, 0, []).map((marker) => marker.label)
}

function tags(text: string): string[] {
  return findEditorTags(text, 0, []).map((tag) => tag.tag)
}

/** Labels cited by the whole body of `input`, resolved: `label→source label` or `label→null`. */
function cited(input: string, format: 'auto' | 'markdown' | 'text' = 'auto'): string[] {
  const document = readDocument(input, format)
  const locator = createLocator(input)
  const index = indexSources(
    readSourceEntries(input, document.blocks),
    findInlineLinks(input, document.blocks),
    locator,
  )
  const labels = new Map(index.sources.map((source) => [source.id, source.label]))
  const out: string[] = []
  for (const block of document.blocks) {
    if (block.role !== 'body') continue
    for (const span of splitSentences(input, block.start, block.end)) {
      for (const citation of citeSpan(input, span.start, span.end, index, locator).citations) {
        out.push(`${citation.label}→${citation.sourceId === null ? null : labels.get(citation.sourceId)}`)
      }
    }
  }
  return out
}

describe('findSuperscriptMarkers', () => {
  const valid: { text: string; expected: string[] }[] = [
    { text: 'The river rose.¹', expected: ['1'] },
    { text: 'towns²,³ and', expected: ['2', '3'] },
    { text: 'two days¹⁻³.', expected: ['1', '2', '3'] },
    { text: 'a claim¹² here', expected: ['12'] },
    { text: '“We are done.”⁴', expected: ['4'] },
    { text: 'rose.<sup>1</sup> Then<sup>2, 3</sup>', expected: ['1', '2', '3'] },
    { text: 'rose<sup>1–2</sup>.', expected: ['1', '2'] },
  ]
  for (const { text, expected } of valid) {
    it(`finds ${expected.join(',')} in ${JSON.stringify(text)}`, () => {
      expect(superscripts(text)).toEqual(expected)
    })
  }
  for (const text of ['40 km²', '10⁶ cubic metres', 'E = mc²', '(a+b)²', 'x^²', 'no digits']) {
    it(`finds no marker in ${JSON.stringify(text)}`, () => {
      expect(superscripts(text)).toEqual([])
    })
  }
  it('cites superscripts only when the source list is numbered', () => {
    expect(cited('Rain fell.¹\n\n[1] https://a.org/x', 'text')).toEqual(['1→1'])
    expect(cited('Rain fell.¹ CO² rose.', 'text')).toEqual([])
  })
})

describe('findEditorTags', () => {
  const valid: { text: string; expected: string[] }[] = [
    { text: 'It grew.[citation needed]', expected: ['[citation needed]'] },
    { text: 'Many say so[who?].', expected: ['[who?]'] },
    { text: 'It was praised [according to whom?].', expected: ['[according to whom?]'] },
    { text: 'A blog said so [unreliable source?].', expected: ['[unreliable source?]'] },
    { text: 'It grew [Citation Needed, March 2024].', expected: ['[Citation Needed, March 2024]'] },
    { text: 'It was odd [dubious – discuss].', expected: ['[dubious – discuss]'] },
    {
      text: 'Tall.{{citation needed|date=May 2024}} Old.{{cn}}',
      expected: ['{{citation needed|date=May 2024}}', '{{cn}}'],
    },
  ]
  for (const { text, expected } of valid) {
    it(`finds ${expected.join(' ')} in ${JSON.stringify(text)}`, () => {
      expect(tags(text)).toEqual(expected)
    })
  }
  for (const text of [
    'a [sic] quote',
    'the [president] said',
    'a [clarification needed] note',
    'who? nobody',
  ]) {
    it(`finds no tag in ${JSON.stringify(text)}`, () => {
      expect(tags(text)).toEqual([])
    })
  }
  it('keeps a tag in the sentence it follows', () => {
    const text = 'Profits doubled.[who?] The board met. Sales grew[according to whom?] Then fell.'
    expect(splitSentences(text, 0, text.length).map((span) => text.slice(span.start, span.end))).toEqual([
      'Profits doubled.[who?]',
      'The board met.',
      'Sales grew[according to whom?] Then fell.',
    ])
  })
})

describe('inline citations', () => {
  const table: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'a Markdown link',
      input: 'It fell, said [Reuters](https://www.reuters.com/a).',
      expected: ['Reuters→Reuters'],
    },
    {
      name: 'a link with a title and parentheses in the URL',
      input: 'See [the pitch](https://en.wikipedia.org/wiki/A440_(pitch_standard) "A440").',
      expected: ['the pitch→the pitch'],
    },
    {
      name: 'a bare URL',
      input: 'The ruling is at https://www.supremecourt.gov/x.pdf. It was 6-3.',
      expected: ['https://www.supremecourt.gov/x.pdf→https://www.supremecourt.gov/x.pdf'],
    },
    {
      name: 'an autolink',
      input: 'Data: <https://data.worldbank.org/x>.',
      expected: ['https://data.worldbank.org/x→https://data.worldbank.org/x'],
    },
    { name: 'no link: attribution only', input: 'According to Reuters, talks collapsed.', expected: [] },
    {
      name: 'an image is not a citation',
      input: '![Chart](https://example.org/chart.png) Prices rose.',
      expected: [],
    },
    { name: 'a relative link is not a citation', input: 'See [below](#sources) for more.', expected: [] },
    {
      name: 'a link asking the reader to subscribe, donate or follow is not a citation',
      input:
        'If you were forwarded this, [subscribe here](https://x.substack.com/subscribe). [Donate today](https://a.org/give). [Follow us on Bluesky](https://bsky.app/x).',
      expected: [],
    },
    {
      name: 'a link whose text only starts like a call to action is a citation',
      input:
        'Prices rose, per [the share data](https://a.org/d) and [Support Services Inc.](https://b.org/s).',
      expected: ['the share data→the share data', 'Support Services Inc.→Support Services Inc.'],
    },
    {
      name: 'a link in inline code is not a citation',
      input: 'Run `curl https://api.x.org/v1` daily.',
      expected: [],
    },
    {
      name: 'two links to one page share a source',
      input:
        'Down 8% ([FT](https://www.ft.com/a?utm_source=x)). Out $2bn ([Financial Times](https://ft.com/a/)).',
      expected: ['FT→FT', 'Financial Times→FT'],
    },
    {
      name: 'a link to a listed page cites the listed source',
      input: 'Approved, [the FDA said](https://www.fda.gov/a). Ships soon [1].\n\n[1] https://www.fda.gov/a',
      expected: ['the FDA said→1', '1→1'],
    },
  ]
  for (const { name, input, expected } of table) {
    it(name, () => {
      expect(cited(input)).toEqual(expected)
    })
  }
})

describe('readEntryFields', () => {
  const table: {
    style: string
    text: string
    expected: { title: string | null; publisher: string | null; date: string | null }
  }[] = [
    {
      style: 'AP',
      text: 'Associated Press, "Inflation slows to 2.9 percent," Aug. 14, 2024.',
      expected: {
        title: 'Inflation slows to 2.9 percent',
        publisher: 'Associated Press',
        date: '2024-08-14',
      },
    },
    {
      style: 'APA',
      text: 'Walker, M. P. (2024, March 3). Sleep and memory. The Lancet.',
      expected: { title: 'Sleep and memory', publisher: 'The Lancet', date: '2024-03-03' },
    },
    {
      style: 'APA, year only, italic title',
      text: 'Pew Research Center. (2023). *Teens and sleep*.',
      expected: { title: 'Teens and sleep', publisher: null, date: '2023' },
    },
    {
      style: 'Chicago',
      text: 'Smith, Jane. "The Canal at Capacity." *The Economist*, June 2, 2023.',
      expected: { title: 'The Canal at Capacity', publisher: 'The Economist', date: '2023-06-02' },
    },
    {
      style: 'MLA',
      text: 'Smith, Jane. “The Canal at Capacity.” The Economist, 2 June 2023.',
      expected: { title: 'The Canal at Capacity', publisher: 'The Economist', date: '2023-06-02' },
    },
    {
      style: 'Wikipedia with back-links and a retrieval date',
      text: '^ a b "Population estimates 2023". Statistics Canada. 15 February 2024. Retrieved 3 March 2024.',
      expected: { title: 'Population estimates 2023', publisher: 'Statistics Canada', date: '2024-02-15' },
    },
    {
      style: 'Wikipedia author–date with a quoted title and its file format',
      text: '^ a b UNEP (2008). "Africa: Atlas of Our Changing Environment" (PDF). United Nations Environment Programme. p. 42.',
      expected: {
        title: 'Africa: Atlas of Our Changing Environment',
        publisher: 'United Nations Environment Programme',
        date: '2008',
      },
    },
    {
      style: 'Wikipedia author–date with its file format last, the URL taken out',
      text: 'UNEP (2008). "Africa: Atlas of Our Changing Environment" (PDF).  ',
      expected: { title: 'Africa: Atlas of Our Changing Environment', publisher: null, date: '2008' },
    },
    {
      style: 'APA with a file format after the title',
      text: 'Smith, J. (2020). Annual report 2019 [PDF]. Agency for Things.',
      expected: { title: 'Annual report 2019', publisher: 'Agency for Things', date: '2020' },
    },
    {
      style: 'a language note is part of the title',
      text: 'Doe, A. (2021). Über alles (in German). Verlag.',
      expected: { title: 'Über alles (in German)', publisher: 'Verlag', date: '2021' },
    },
    {
      style: 'Chicago note for a book: place, publisher and year in parentheses',
      text: 'Robert Caro, *The Power Broker* (New York: Knopf, 1974), 123.',
      expected: { title: 'The Power Broker', publisher: 'Knopf', date: '1974' },
    },
    {
      style: 'Chicago note for a book without its city',
      text: 'Jane Roe, _Rivers_ (Knopf, 2019), 4.',
      expected: { title: 'Rivers', publisher: 'Knopf', date: '2019' },
    },
    {
      style: 'a court and a date in parentheses are no publisher',
      text: 'Smith v. Jones, No. 19-1 (9th Cir. Dec. 1, 2026).',
      expected: { title: 'Smith v. Jones, No. 19-1 (9th Cir.).', publisher: null, date: '2026-12-01' },
    },
    {
      style: 'a note’s author, given name first, then the book’s title in italics',
      text: 'Jane Roe, *A Book About Rivers*, 2019',
      expected: { title: 'A Book About Rivers', publisher: null, date: '2019' },
    },
    {
      style: 'Chicago bibliography for a book: the city before the publisher is left out',
      text: 'Roe, Jane. *A Book About Rivers*. New York: Knopf, 2019.',
      expected: { title: 'A Book About Rivers', publisher: 'Knopf', date: '2019' },
    },
    {
      style: 'Chicago note for a report, with its number',
      text: 'Government Accountability Office, Broadband: FCC Should Improve Its Mapping, GAO-22-104611 (Washington, DC: GAO, 2022), 12.',
      expected: { title: 'Broadband: FCC Should Improve Its Mapping', publisher: 'GAO', date: '2022' },
    },
    {
      style: 'Chicago note for an article: the year after the volume is no APA date',
      text: 'Jane Doe, "An Article," Journal 4 (2019): 12.',
      expected: { title: 'An Article', publisher: 'Journal 4', date: '2019' },
    },
    {
      style: 'a date inside parentheses leaves them closed on what is left',
      text: 'Doe v. Mayorkas, No. 23-15544 (9th Cir. Dec. 1, 2026).',
      expected: { title: 'Doe v. Mayorkas, No. 23-15544 (9th Cir.).', publisher: null, date: '2026-12-01' },
    },
    {
      style: 'an outlet and a date in parentheses',
      text: 'Rubio seeks partners (Reuters, March 3, 2025)',
      expected: { title: 'Rubio seeks partners (Reuters)', publisher: null, date: '2025-03-03' },
    },
    {
      style: 'ISO date and a dash before the outlet',
      text: 'Rover finds ice — NASA, 2024-05-02',
      expected: { title: 'Rover finds ice', publisher: 'NASA', date: '2024-05-02' },
    },
    {
      style: 'month and year',
      text: 'Budget report, March 2025',
      expected: { title: 'Budget report', publisher: null, date: '2025-03' },
    },
    {
      style: 'a date that ends the entry takes its comma along',
      text: 'Interview with Jane Whitfield, May 12, 2025.',
      expected: { title: 'Interview with Jane Whitfield', publisher: null, date: '2025-05-12' },
    },
    {
      style: 'the date a document was obtained is no publication date',
      text: 'Springfield Department of Public Works, inspection reports, obtained Oct. 2026.',
      expected: {
        title: 'Springfield Department of Public Works, inspection reports',
        publisher: null,
        date: null,
      },
    },
    {
      style: 'obtained by someone, with no date after it, stays',
      text: 'Invoices obtained by the Register through a public records request.',
      expected: {
        title: 'Invoices obtained by the Register through a public records request.',
        publisher: null,
        date: null,
      },
    },
    {
      style: 'a date inside a phrase is part of the title',
      text: 'Springfield City Council, Minutes of Feb. 24, 2025 meeting.',
      expected: {
        title: 'Springfield City Council, Minutes of Feb. 24, 2025 meeting.',
        publisher: null,
        date: '2025-02-24',
      },
    },
    {
      style: 'a date that ends the entry after a full stop',
      text: 'Whitfield, Jane. Interview by the author. May 12, 2025.',
      expected: { title: 'Whitfield, Jane. Interview by the author.', publisher: null, date: '2025-05-12' },
    },
    {
      style: 'the seed placeholder',
      text: 'Source 1: ',
      expected: { title: 'Source 1', publisher: null, date: null },
    },
    {
      style: 'only a retrieval date',
      text: 'Retrieved March 5, 2025.',
      expected: { title: null, publisher: null, date: null },
    },
    {
      style: 'Chicago book: authors, the title in italics, the publisher',
      text: 'Smith, A. *Spanning the Gap*. Yale University Press, 2012.',
      expected: { title: 'Spanning the Gap', publisher: 'Yale University Press', date: '2012' },
    },
    {
      style: 'Chicago book with "et al."',
      text: 'Dunster, G. P., et al. *Sleepmore in Seattle*. Science Advances, 2018.',
      expected: { title: 'Sleepmore in Seattle', publisher: 'Science Advances', date: '2018' },
    },
    {
      style: 'MLA book with two authors',
      text: 'Lee, Anna, and Tom Park. _River Towns_. Penguin, 2001.',
      expected: { title: 'River Towns', publisher: 'Penguin', date: '2001' },
    },
    {
      style: 'a book in italics with only a year',
      text: 'Strauss, J. *The Bridge and I*. 1941.',
      expected: { title: 'The Bridge and I', publisher: null, date: '1941' },
    },
    {
      style: 'the outlet in italics after a headline takes its full stop along',
      text: 'Rubio seeks partners. *Reuters*.',
      expected: { title: 'Rubio seeks partners.', publisher: 'Reuters', date: null },
    },
    {
      style: 'a date between a publisher and a page leaves one comma',
      text: 'Lee, M. The Tower Book. Oxford University Press, 2011, p. 45.',
      expected: {
        title: 'Lee, M. The Tower Book. Oxford University Press, p. 45.',
        publisher: null,
        date: '2011',
      },
    },
    {
      style: 'an impossible date',
      text: 'Report, 2024-13-45',
      expected: { title: 'Report, 2024-13-45', publisher: null, date: null },
    },
  ]
  for (const { style, text, expected } of table) {
    it(style, () => {
      expect(readEntryFields(text)).toEqual(expected)
    })
  }
})

describe('an entry that is one link', () => {
  it.each([
    ['Lawmakers pass rent cap', { title: 'Lawmakers pass rent cap', publisher: null, date: null }],
    ['Rubio seeks partners - Reuters', { title: 'Rubio seeks partners', publisher: 'Reuters', date: null }],
    [
      'Springfield Register, "Police budget tops $300 million"',
      { title: 'Police budget tops $300 million', publisher: 'Springfield Register', date: null },
    ],
  ])('reads the link text as the entry: %s', (linkText, expected) => {
    expect(readEntryFields('  ', linkText)).toEqual(expected)
  })

  it('keeps the link text whole when the entry says more', () => {
    expect(readEntryFields(', Reuters, March 3, 2025.', 'Rubio seeks partners - an analysis')).toEqual({
      title: 'Rubio seeks partners - an analysis',
      publisher: 'Reuters',
      date: '2025-03-03',
    })
  })
})

describe('a source note after a sentence cites that sentence', () => {
  const claimsOf = (input: string) =>
    analyze(input, { format: 'text' }).claims.map((claim) => [claim.text, claim.citations.length])
  const CLAIM = 'Two doses of the vaccine are 97% effective against measles.'
  const URL = 'https://www.cdc.gov/measles/vaccines/index.html'

  it.each([
    { name: 'in the same paragraph', note: ` Source: ${URL}` },
    { name: 'on the next line', note: `\nSource: ${URL}` },
    { name: 'in brackets, with the outlet named', note: ` (Source: CDC, ${URL})` },
    { name: 'as "Via" and a link', note: ` Via [CDC](${URL}).` },
    { name: 'as "Sources:" and two links', note: ` Sources: ${URL}, https://www.who.int/news-room/measles` },
  ])('$name', ({ note }) => {
    const [claim, ...rest] = claimsOf(`${CLAIM}${note}\n`)
    expect(claim?.[0]).toBe(`${CLAIM}${note}`)
    expect(claim?.[1]).toBeGreaterThan(0)
    expect(rest).toEqual([])
  })

  it.each([
    { name: 'not after a blank line (a paragraph of its own)', note: `\n\nSource: ${URL}` },
    { name: 'not "Sources say …", a sentence', note: ` Sources say the figure is 93% (${URL}).` },
    {
      name: 'not a long sentence that opens with "Via"',
      note: ` Via satellite images, researchers mapped every outbreak (${URL}).`,
    },
    { name: 'not a note with no link', note: ' Source: CDC.' },
  ])('$name', ({ note }) => {
    expect(claimsOf(`${CLAIM}${note}\n`)[0]).toEqual([CLAIM, 0])
  })
})

describe('messages write markers as the article writes them', () => {
  const messages = (input: string) =>
    analyze(input, { format: 'markdown' }).findings.map((finding) => [finding.ruleId, finding.message])

  it('puts the caret back on footnotes: dangling, unused, expected', () => {
    const found = messages(
      'Fares rose 5% in 2023.[^4] Fares fell in 2024.[^x] Fares rose again in 2025.[4]\n\n[^x]: https://a.org/x\n[^y]: https://a.org/y\n',
    )
    expect(found).toContainEqual([
      'dangling-citation',
      'Unexpected marker `[^4]`: no source is labelled 4; expected one of [^x], [^y]',
    ])
    // The same label written without a caret is shown as written.
    expect(found).toContainEqual([
      'dangling-citation',
      'Unexpected marker `[4]`: no source is labelled 4; expected one of [^x], [^y]',
    ])
    expect(found).toContainEqual(['unused-source', 'Unused source [^y]: no claim cites it'])
  })

  it('and so do the reasons of a claim', () => {
    const [claim] = analyze('Fares rose 5% in 2023.[^4]\n\n[^x]: https://a.org/x\n', {
      format: 'markdown',
    }).claims
    const reason = claim?.reasons.find((r) => r.factor === 'dangling-citation')
    expect(reason?.detail).toBe('marker [^4] points to no source')
  })

  it('and so does a citation mismatch between a claim and its restatement', () => {
    const found = messages(
      'The Brightwater plant will close in March, cutting 450 jobs.[^a]\n\nThe Brightwater plant will close in March, cutting 450 jobs, officials confirmed.[^b]\n\n[^a]: https://brightwater.com/news/closure\n[^b]: https://sgazette.com/plant-close\n',
    ).filter(([ruleId]) => ruleId === 'citation-mismatch')
    expect(found).toHaveLength(1)
    expect(found[0]?.[1]).toContain('which cites [^a], but cites [^b]; expected [^a] as well')
  })

  it('leaves numbered sources as they are', () => {
    expect(messages('Fares rose 5% in 2023.[2]\n\n[1]: https://a.org/x\n')).toContainEqual([
      'dangling-citation',
      'Unexpected marker `[2]`: no source is labelled 2; expected one of [1]',
    ])
  })
})

describe('sources that were never published', () => {
  const findingsFor = (entry: string) =>
    analyze(`Prices rose 5% in May.[1]\n\nSources\n[1] ${entry}\n`, { format: 'text' }).findings.map(
      (finding) => finding.ruleId,
    )

  it.each([
    'Interview with Jane Whitfield, May 12, 2025.',
    'Whitfield, Jane. Interview by the author. May 12, 2025.',
    'Jane Whitfield, phone interview, May 12, 2025.',
    'Jane Whitfield, personal communication, May 12, 2025.',
    'Email from Jane Whitfield to the author, May 12, 2025.',
    'Press conference, Springfield City Hall, May 12, 2025.',
    // the author's own aside, which cites nothing
    'I should say that I still have friends there, and nothing here is meant as a criticism.',
    "Full disclosure: my sister works for the company's rival.",
    'To be clear, the figures below exclude part-time staff.',
  ])('need no link: %s', (entry) => {
    expect(findingsFor(entry)).toEqual([])
  })

  it.each([
    'Reuters, March 3.',
    'Smith, Jane. "Interviews and their uses." *The Economist*, June 2, 2023.',
    'The Whitfield interviews, Meridian Capital, 2024.',
    'I, Robot: a history of the machine age.',
    'We the People, Acme Press.',
    'Our World in Data, "Newsroom employment", 2021.',
  ])('still need one: %s', (entry) => {
    expect(findingsFor(entry)).toEqual(['missing-url'])
  })
})

describe('books with an ISBN', () => {
  const read = (entry: string) => {
    const report = analyze(`Prices rose 5% in May.[1]\n\nSources\n[1] ${entry}\n`, { format: 'text' })
    const source = report.sources[0]!
    return {
      title: source.title,
      publisher: source.publisher,
      isbn: source.isbn,
      findings: report.findings.map((finding) => finding.ruleId),
      reasons: report.claims[0]!.reasons.map((reason) => reason.factor),
    }
  }

  it.each([
    {
      name: 'ISBN-13 with hyphens, after an APA date',
      entry: 'Smith, J. (2019). The Iron Lady. Penguin. ISBN 978-0-14-312755-0.',
      isbn: '9780143127550',
      without: 'Smith, J. (2019). The Iron Lady. Penguin.',
    },
    {
      name: 'ISBN-10 ending in X, with "ISBN-10:"',
      entry: 'Lee, M. The Tower Book. Oxford University Press, 2011. ISBN-10: 0-8044-2957-X',
      isbn: '080442957X',
      without: 'Lee, M. The Tower Book. Oxford University Press, 2011.',
    },
    {
      name: 'ISBN-13 with spaces, before the date',
      entry: 'Paris Towers, Gallimard, ISBN 978 2 07 036822 8, 1998.',
      isbn: '9782070368228',
      without: 'Paris Towers, Gallimard, 1998.',
    },
  ])('needs no link: $name', ({ entry, isbn, without }) => {
    const read_ = read(entry)
    expect(read_.isbn).toBe(isbn)
    // The ISBN leaves no trace in the title or publisher: they read as the entry without it.
    const fields = readEntryFields(without)
    expect([read_.title, read_.publisher]).toEqual([fields.title, fields.publisher])
    expect(`${read_.title} ${read_.publisher}`).not.toMatch(/ISBN|\d{5}/)
    expect(read_.findings).toEqual([])
    // The model does not count it among sources "with no usable URL".
    expect(read_.reasons).toContain('cites-source')
    expect(read_.reasons).not.toContain('only-sources-without-url')
  })

  it.each([
    { name: 'a wrong check digit', entry: 'The Iron Lady. Penguin, 2019. ISBN 978-0-14-312755-1.' },
    { name: 'too few digits', entry: 'The Iron Lady. Penguin, 2019. ISBN 978-0-14-3127.' },
    { name: 'an X that is not the check digit', entry: 'The Iron Lady. Penguin, 2019. ISBN 0-8X44-29570.' },
  ])('still needs one with $name', ({ entry }) => {
    const read_ = read(entry)
    expect(read_.isbn).toBeNull()
    expect(read_.findings).toEqual(['missing-url'])
    expect(read_.reasons).toContain('only-sources-without-url')
  })

  it('says when the ISBN fails its check digit', () => {
    const report = analyze(
      'Prices rose 5% in May.[1]\n\nSources\n[1] Smith, J. (2019). The Iron Lady. Penguin. ISBN 978-0-14-312755-1.\n',
      { format: 'text' },
    )
    expect(report.findings.map((finding) => [finding.message, finding.actual])).toEqual([
      [
        'Source [1] (“The Iron Lady”) has no URL, and its ISBN 978-0-14-312755-1 fails the check digit; expected a link or a correct ISBN so readers can find it',
        'ISBN 978-0-14-312755-1',
      ],
    ])
  })

  it('keeps the URL when the entry has both', () => {
    const source = analyze(
      'Prices rose 5% in May.[1]\n\n[1] The Iron Lady. Penguin. ISBN 978-0-14-312755-0. https://www.penguin.co.uk/books/iron-lady\n',
    ).sources[0]!
    expect([source.url, source.urlStatus, source.isbn]).toEqual([
      'https://www.penguin.co.uk/books/iron-lady',
      'ok',
      '9780143127550',
    ])
  })
})

describe('registrableDomain', () => {
  const table: [string | null, string | null][] = [
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ['www.reuters.com/world', 'reuters.com'],
    ['https://someone.github.io/post', 'someone.github.io'],
    ['http://192.168.0.1/x', null],
    ['javascript:alert(1)', null],
    ['(URL)', null],
    [null, null],
  ]
  for (const [url, expected] of table) {
    it(`${JSON.stringify(url)} → ${expected}`, () => {
      expect(registrableDomain(url)).toBe(expected)
    })
  }
})

describe('source lists', () => {
  function entries(input: string, format: 'text' | 'markdown' = 'text') {
    return readSourceEntries(input, readDocument(input, format).blocks).map(
      ({ label, url }) => `${label} ${url}`,
    )
  }
  const table: { name: string; input: string; format?: 'text' | 'markdown'; expected: string[] }[] = [
    {
      name: '1) items under a label line',
      input: 'Body [1].\n\nSources:\n1) https://a.org/x\n2) https://b.org/y',
      expected: ['1 https://a.org/x', '2 https://b.org/y'],
    },
    {
      name: 'bullets under a heading are numbered in order',
      input: 'Body [2].\n\n## Sources\n\n- https://a.org/x\n- https://b.org/y\n',
      format: 'markdown',
      expected: ['1 https://a.org/x', '2 https://b.org/y'],
    },
    {
      name: 'a trailing numbered list of links with no heading',
      input: 'Body [1].\n\n1. https://a.org/x\n2. https://b.org/y\n',
      format: 'markdown',
      expected: ['1 https://a.org/x', '2 https://b.org/y'],
    },
    {
      name: 'a trailing list of prose stays in the body',
      input: 'Body.\n\n1. First point.\n2. Second point.\n',
      format: 'markdown',
      expected: [],
    },
    {
      name: 'a label line inside the body paragraph',
      input: 'Body [1].\nSources:\n[1] https://a.org/x\n',
      format: 'markdown',
      expected: ['1 https://a.org/x'],
    },
    {
      name: 'an entry line right under the body',
      input: 'Body [1].\n[1] https://a.org/x\n',
      format: 'markdown',
      expected: ['1 https://a.org/x'],
    },
    {
      name: 'a wrapped sentence starting with a marker stays in the body',
      input: 'Body said\n[1] and more.\n',
      format: 'markdown',
      expected: [],
    },
    {
      name: 'a wrapped entry in text',
      input:
        'Body [1].\n\nSources:\n1. Doe, "Title," Reuters,\nMarch 3, 2025, https://a.org/x\n2. https://b.org/y',
      expected: ['1 https://a.org/x', '2 https://b.org/y'],
    },
    {
      name: 'a year at a line start inside a wrapped entry is no label',
      input: 'Body [1].\n\nNotes:\n1. Doe, "Title," Reuters, March 3,\n2025. https://a.org/x\n',
      expected: ['1 https://a.org/x'],
    },
    {
      name: 'a multi-paragraph footnote is one entry',
      input: 'Body.[^a]\n\n[^a]: Board, "Count."\n\n    More text. https://a.org/x\n',
      format: 'markdown',
      expected: ['a https://a.org/x'],
    },
    {
      name: 'Notes and references heading',
      input: 'Body [1].\n\n## Notes and references\n\n1. https://a.org/x\n',
      format: 'markdown',
      expected: ['1 https://a.org/x'],
    },
    {
      name: 'a Note: label line is not a source list',
      input: 'Body.\n\nNote:\nThis story was updated in 2024.',
      expected: [],
    },
  ]
  for (const { name, input, format, expected } of table) {
    it(name, () => {
      expect(entries(input, format)).toEqual(expected)
    })
  }

  it('links [1][5] when reference definitions turn it into one linkReference', () => {
    const input = 'Flights went on[1][5].\n\n[1]: https://a.org/x\n[5]: https://b.org/y\n'
    expect(cited(input, 'markdown')).toEqual(['1→1', '5→5'])
  })

  it('the seed’s five placeholder sources still parse', () => {
    const input =
      'Body[1][5].\n[1] - Source 1: (URL)[2] - Source 2: (URL)[3] - Source 3: (URL)[4] - Source 4: (URL)[5] - Source 5: (URL)\nEnrichment Data Integration:- The US is looking[3].'
    expect(entries(input)).toEqual(['1 null', '2 null', '3 null', '4 null', '5 null'])
    expect(cited(input, 'text')).toEqual(['1→1', '5→5', '3→3'])
  })
})

describe('pathological inputs stay linear and never throw', () => {
  const inputs: [string, string][] = [
    ['superscript lists', `${'¹,'.repeat(500_000)}¹`],
    ['superscript runs', '¹'.repeat(1_000_000)],
    ['HTML superscripts', '<sup>1,'.repeat(200_000)],
    ['open brackets', '['.repeat(1_000_000)],
    ['nested link text', '[a'.repeat(300_000)],
    ['unclosed link destinations', '[a]('.repeat(200_000)],
    ['URL with open parentheses', `https://a.org/${'('.repeat(500_000)}`],
    ['URL with parenthesised groups', `https://a.org/${'(a)'.repeat(300_000)}`],
    ['long bare URL', `www.${'a'.repeat(1_000_000)}`],
    ['editor tag prefixes', '[citation needed,'.repeat(100_000)],
    ['wiki templates', '{{cn|'.repeat(200_000)],
    ['question marks in brackets', '[who?'.repeat(200_000)],
    ['many markers and code spans', '`a` [1] '.repeat(100_000)],
    ['quotes', '"'.repeat(500_000)],
    ['month names', 'March '.repeat(200_000)],
    ['dates', '(2024, March 3) '.repeat(50_000)],
  ]
  for (const [name, text] of inputs) {
    it(name, () => {
      expect(() => findSuperscriptMarkers(text, 0, [])).not.toThrow()
      expect(() => findEditorTags(text, 0, [])).not.toThrow()
      expect(() => cited(`${text}\n\n[1] https://a.org/x\n[r]: https://b.org/y`, 'text')).not.toThrow()
      expect(() => readEntryFields(text.slice(0, 5000))).not.toThrow()
      const asSources = `Body.\n\nSources:\n[1] ${text}`
      expect(() => readSourceEntries(asSources, readDocument(asSources, 'text').blocks)).not.toThrow()
    })
  }
  it('a huge Markdown paragraph with many lines', () => {
    const text = `${'A line of prose that goes on.\n'.repeat(10_000)}Sources:\n[1] https://a.org/x\n`
    expect(() => readDocument(text, 'markdown')).not.toThrow()
  })
})
