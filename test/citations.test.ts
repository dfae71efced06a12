import { describe, expect, it } from 'vitest'
import {
  classifyUrl,
  createFullNoteIndex,
  expandLabels,
  findMarkers,
  findNoteNumbers,
  findParenthesisMarkers,
  normalizeUrl,
  readShortNote,
  readSourceEntries,
} from '../src/citations/index.js'
import { readDocument } from '../src/document/index.js'
import { analyze } from '../src/index.js'

function labels(text: string): string[] {
  return findMarkers(text, 0, text.length).map((marker) => marker.label)
}

describe('findMarkers', () => {
  const valid: { text: string; expected: string[] }[] = [
    { text: 'beyond El Salvador[1][5].', expected: ['1', '5'] },
    { text: 'a claim [1, 2, 7].', expected: ['1', '2', '7'] },
    { text: 'a claim [1,2].', expected: ['1', '2'] },
    { text: 'a range [1-3].', expected: ['1', '2', '3'] },
    { text: 'an en-dash range [1–3].', expected: ['1', '2', '3'] },
    { text: 'spaced range [1 – 3].', expected: ['1', '2', '3'] },
    { text: 'a footnote[^note].', expected: ['note'] },
    { text: 'two digits [12].', expected: ['12'] },
    { text: 'leading zero [01].', expected: ['1'] },
  ]
  for (const { text, expected } of valid) {
    it(`finds ${expected.join(',')} in ${JSON.stringify(text)}`, () => {
      expect(labels(text)).toEqual(expected)
    })
  }

  const invalid = [
    'a [sic] quote',
    'and so on [...]',
    'an [Ed.] note',
    'code `arr[1]` here',
    'a [link](https://x.org)',
    'none',
  ]
  for (const text of invalid) {
    it(`finds no marker in ${JSON.stringify(text)}`, () => {
      expect(labels(text)).toEqual([])
    })
  }

  it('gives each label the span of its marker', () => {
    const text = 'Libya[3], and Rwanda[3].'
    expect(findMarkers(text, 0, text.length).map((marker) => text.slice(marker.start, marker.end))).toEqual([
      '[3]',
      '[3]',
    ])
    expect(findMarkers(text, 0, text.length).map((marker) => marker.start)).toEqual([5, 20])
  })

  it('does not blow the stack on a long list (pathological)', () => {
    const text = `[${'1,'.repeat(1_000_000)}]`
    expect(() => findMarkers(text, 0, text.length)).not.toThrow()
    const brackets = '[1'.repeat(500_000)
    expect(findMarkers(brackets, 0, brackets.length)).toEqual([])
    const many = '[1]'.repeat(300_000)
    expect(findMarkers(many, 0, many.length)).toHaveLength(300_000)
  })

  it('expands ranges but not absurd ones', () => {
    expect(expandLabels('2-4, 7')).toEqual(['2', '3', '4', '7'])
    expect(expandLabels('1-9999')).toEqual(['1', '9999'])
  })
})

describe('findParenthesisMarkers', () => {
  it.each([
    ['Tea may reduce cell damage (1).', [['1', '(1)']]],
    [
      'It is linked to heart health (2, 3).',
      [
        ['2', '(2, 3)'],
        ['3', '(2, 3)'],
      ],
    ],
    [
      'Caffeine improves alertness (5–7), studies say.',
      [
        ['5', '(5–7)'],
        ['6', '(5–7)'],
        ['7', '(5–7)'],
      ],
    ],
    ['A cup has 30 mg (8)', [['8', '(8)']]],
    ['**It works (4).**', [['4', '(4)']]],
  ])('reads %s', (text, expected) => {
    expect(findParenthesisMarkers(text, 0, []).map((m) => [m.label, text.slice(m.start, m.end)])).toEqual(
      expected,
    )
  })

  it.each([
    ['an enumeration', 'You can (1) heat the water and (2) steep the leaves.'],
    ['a subsection', 'Section 5(2) does not apply.'],
    ['a link destination', 'See [the list](1).'],
    ['a figure reference', 'It turns bitter (see figure 2).'],
    ['a number with a unit', 'It weighs a lot (2 kg).'],
  ])('reads no marker in %s', (_, text) => {
    expect(findParenthesisMarkers(text, 0, [])).toEqual([])
  })
})

describe('findNoteNumbers', () => {
  it.each([
    ['Access lags at benchmark speeds.1 The program', [['1', '1']]],
    ['Nearly 40 percent were never served.3', [['3', '3']]],
    ['It repeats old mistakes,2 but the evidence is mixed.', [['2', '2']]],
    ['“We will not stop,” he said.”4 Then', [['4', '4']]],
    [
      'Several audits agree.5,6 Next',
      [
        ['5', '5,6'],
        ['6', '5,6'],
      ],
    ],
    [
      'Rates doubled.7–9 Then',
      [
        ['7', '7–9'],
        ['8', '7–9'],
        ['9', '7–9'],
      ],
    ],
    ['Prices climbed in Zürich.12 Then', [['12', '12']]],
    ['Only 61 percent had broadband in 2021.1 The program', [['1', '1']]],
    ['Usage peaked in 1999.4', [['4', '4']]],
  ])('reads %s', (text, expected) => {
    expect(findNoteNumbers(text, 0, []).map((m) => [m.label, text.slice(m.start, m.end)])).toEqual(expected)
  })

  it.each([
    ['a decimal', 'The program allocated $42.45 billion.'],
    ['a section number after one letter', 'See Appendix A.1 for details.'],
    ['a number an abbreviation takes', 'It was the No.1 song and in Vol.2 of the set, see Fig.3 below.'],
    ['a word with a digit in it', 'The H5N1 strain and COVID19 spread.'],
    ['a number before more digits or letters', 'It reached v.2.1 and speeds.1a today.'],
    ['a time', 'They met at 4:30 and left.'],
    ['a number in code', 'Run `speeds.1 now` to see.'],
    ['a version after a year-like number', 'The vendor said release 2021.1 is out now.'],
    ['an amount that looks like a year', 'Revenue hit $1999.5 Million last year.'],
    ['a decimal with a thousands separator', 'Output was 12,021.5 Megawatts.'],
  ])('reads no note number in %s', (_, text) => {
    const code = [...text.matchAll(/`[^`]*`/g)].map((m) => [m.index, m.index + m[0].length] as const)
    expect(findNoteNumbers(text, 0, code)).toEqual([])
  })
})

describe('classifyUrl', () => {
  const table: { url: string | null; placeholder?: boolean; expected: string }[] = [
    { url: 'https://www.reuters.com/world/x', expected: 'ok' },
    { url: 'www.bbc.co.uk/news', expected: 'ok' },
    { url: null, placeholder: true, expected: 'placeholder' },
    { url: null, expected: 'missing' },
    { url: '(URL)', expected: 'placeholder' },
    { url: '#', expected: 'placeholder' },
    { url: 'https://example.com/article', expected: 'placeholder' },
    { url: 'http://localhost:3000/x', expected: 'placeholder' },
    { url: 'javascript:alert(1)', expected: 'unsafe' },
    { url: 'data:text/html,hi', expected: 'unsafe' },
    { url: 'htp//broken', expected: 'malformed' },
    { url: 'https://nodot', expected: 'malformed' },
  ]
  for (const { url, placeholder, expected } of table) {
    it(`${JSON.stringify(url)} is ${expected}`, () => {
      expect(classifyUrl(url, placeholder ?? false)).toBe(expected)
    })
  }

  it('normalizes URLs for duplicate detection', () => {
    expect(normalizeUrl('https://www.Reuters.com/a/?utm_source=x#top')).toBe(
      normalizeUrl('http://reuters.com/a'),
    )
    expect(normalizeUrl('https://a.org/x?b=2&a=1')).toBe(normalizeUrl('https://a.org/x?a=1&b=2'))
  })
})

describe('notes that repeat the one before', () => {
  const repeats = (body: string) => {
    const input = `Sales fell.[2]\n\n[1] https://www.reuters.com/a\n[2] ${body}\n`
    return readSourceEntries(input, readDocument(input, 'text').blocks)[1]?.repeatsPrevious
  }

  it.each(['Ibid.', 'Ibid', 'Ibid., 14.', 'Ibid., pp. 3–5.', 'Ibidem.', 'Id.', 'Id. at 7.', '*Ibid.*'])(
    'reads %s as the note before',
    (body) => expect(repeats(body)).toBe(true),
  )

  it.each([
    'Idaho Statesman, https://www.idahostatesman.com/x',
    'Ibid. https://www.reuters.com/b',
    'Id. 4 (2019), Smith v. Jones.',
    'Ibid., see also Reuters, 2020.',
  ])('reads %s as a note of its own', (body) => expect(repeats(body)).toBe(false))

  it('cites the note before’s source, in text and in GFM footnotes, and makes no source of its own', () => {
    const markdown =
      'Sales fell.[^1] Profits fell too.[^2] Costs rose.[^3]\n\n[^1]: Reuters, "Sales fall", https://www.reuters.com/a\n[^2]: *Ibid.*, 4.\n[^3]: Ibid.\n'
    const report = analyze(markdown, { format: 'markdown' })
    expect(report.sources.map((source) => source.label)).toEqual(['1'])
    expect(report.claims.map((claim) => claim.citations.map((c) => c.sourceId))).toEqual([
      ['s1'],
      ['s1'],
      ['s1'],
    ])
    expect(report.findings).toEqual([])
  })

  it('keeps each later entry’s facts with its own source', () => {
    // An "Ibid." makes no source, so entries and sources no longer line up one to one: the
    // misprinted ISBN of note 3 once looked up a source that did not exist, and analyze threw.
    const input =
      'Homes were reached.1 It cost $12 million.2 Costs fell.3\n\nNotes\n1. Jane Doe, Rural Broadband (New York: Knopf, 2019), 12.\n2. Ibid., 14.\n3. John Roe, Wires West (Chicago: Acme, 2020), ISBN 978-0-306-40615-8.\n'
    const report = analyze(input, { format: 'text' })
    expect(report.sources.map((source) => [source.id, source.label])).toEqual([
      ['s1', '1'],
      ['s2', '3'],
    ])
    const isbn = report.findings.find((finding) => finding.actual === 'ISBN 978-0-306-40615-8')
    expect(isbn?.sourceId).toBe('s2')
  })

  it('keeps an “Ibid.” with no note before it as a source', () => {
    const report = analyze('Sales fell.[2]\n\n[1] Ibid.\n[2] https://www.reuters.com/a\n')
    expect(report.sources.map((source) => [source.label, source.title])).toEqual([
      ['1', 'Ibid.'],
      ['2', null],
    ])
  })
})

describe('Chicago short notes', () => {
  it.each([
    ['Doe, Rural Broadband, 19.', { author: 'Doe', title: 'Rural Broadband' }],
    ['GAO, *Broadband*, 7.', { author: 'GAO', title: 'Broadband' }],
    ['Smith, "Sales Fall," 4.', { author: 'Smith', title: 'Sales Fall' }],
    ['Smith, “Sales Fall,” pp. 4–6.', { author: 'Smith', title: 'Sales Fall' }],
    ['Doe and Roe, _Water_.', { author: 'Doe', title: 'Water' }],
  ])('reads %s as a short note', (body, expected) => {
    expect(readShortNote(body)).toEqual(expected)
  })

  it.each([
    ['a full note', 'Jane Doe, Rural Broadband (Washington, DC: Brookings, 2022), 12.'],
    ['a title of two letters', 'Doe, AB, 4.'],
    ['no comma after the author', 'Doe Rural Broadband 19.'],
    ['a sentence of prose', 'See the report for details.'],
  ])('reads no short note in %s', (_, body) => {
    expect(readShortNote(body)).toBeNull()
  })

  const index = (notes: [string | null, string][]) => {
    const full = createFullNoteIndex()
    for (const [title, text] of notes) full.add({ title, text })
    return full
  }

  it('finds the nearest full note that starts with the title and names the author', () => {
    const full = index([
      ['Rural Broadband: A Status Report', 'Jane Doe, Rural Broadband: A Status Report (Brookings, 2022).'],
      ['Rural Broadband Maps', 'Jane Doe, Rural Broadband Maps (Brookings, 2023).'],
      ['Rural Broadband', 'Ann Roe, Rural Broadband (Knopf, 2021).'],
      [
        'Broadband: FCC Should Improve Its Mapping',
        'Bureau of Labor Statistics and Government Accountability Office, Broadband: FCC Should Improve Its Mapping (GAO, 2022).',
      ],
    ])
    expect(full.find({ author: 'Doe', title: 'Rural Broadband' })).toBe(1)
    expect(full.find({ author: 'Roe', title: 'Rural Broadband' })).toBe(2)
    expect(full.find({ author: 'Doe', title: 'Rural Broadband: A Status Report' })).toBe(0)
    expect(full.find({ author: 'GAO', title: 'Broadband' })).toBe(3)
    expect(full.find({ author: 'BLS', title: 'Broadband' })).toBe(3)
  })

  it.each([
    ['another author', { author: 'Lee', title: 'Rural Broadband' }],
    ['a title that only starts a word', { author: 'Doe', title: 'Rural Broad' }],
    ['initials of no body in the note', { author: 'FCC', title: 'Rural Broadband' }],
  ])('finds no full note for %s', (_, short) => {
    const full = index([['Rural Broadband', 'Jane Doe, Rural Broadband (Brookings, 2022).']])
    expect(full.find(short)).toBe(-1)
  })

  it('cites the full note’s source from a GFM footnote, and keeps an unmatched one as one source', () => {
    const markdown =
      'It rose.[^1] It fell.[^2] It grew.[^3] It held.[^4]\n\n[^1]: Jane Doe, *Rural Broadband* (Brookings, 2022), https://www.brookings.edu/rb.\n[^2]: Doe, *Rural Broadband*, 19.\n[^3]: Roe, *Rural Broadband*, 3.\n[^4]: Roe, *Rural Broadband*, 8.\n'
    const report = analyze(markdown, { format: 'markdown' })
    expect(report.sources.map((source) => [source.id, source.label, source.title])).toEqual([
      ['s1', '1', 'Rural Broadband'],
      ['s2', '3', 'Roe, Rural Broadband'],
    ])
    expect(report.claims.map((claim) => claim.citations.map((c) => c.sourceId))).toEqual([
      ['s1'],
      ['s1'],
      ['s2'],
      ['s2'],
    ])
  })
})

describe('labels a footnote and a counted item share', () => {
  const input =
    '# Floods\n\nThe river rose.[^1] Homes flooded.[^2]\n\n## Further reading\n\n- A book about rivers, 2019\n- Another book, 2020\n\n[^1]: Water Agency, "River levels", https://water.example.gov/levels\n[^2]: City Council, "Flood update", https://city.example.gov/flood\n'
  const report = analyze(input, { format: 'markdown' })
  const title = (id: string | null) => report.sources.find((source) => source.id === id)?.title

  it('cites the footnote, whose label is written, not the item counted from its place', () => {
    expect(report.sources.map((source) => [source.label, source.title])).toEqual([
      ['1', 'A book about rivers'],
      ['2', 'Another book'],
      ['1', 'River levels'],
      ['2', 'Flood update'],
    ])
    expect(report.claims.flatMap((claim) => claim.citations.map((c) => title(c.sourceId)))).toEqual([
      'River levels',
      'Flood update',
    ])
  })

  it('asks no further reading to be cited or linked', () => {
    expect(report.findings).toEqual([])
  })

  it('lets a counted item keep a number no written label has', () => {
    const markdown =
      'It rose [1]. It fell [3].\n\n## Sources\n\n- https://b.org/y\n- https://c.org/z\n- https://d.org/w\n\n[1]: https://a.org/x\n'
    const cited = analyze(markdown, { format: 'markdown' })
    const url = (id: string | null) => cited.sources.find((source) => source.id === id)?.url
    expect(cited.claims.flatMap((claim) => claim.citations.map((c) => url(c.sourceId)))).toEqual([
      'https://a.org/x',
      'https://d.org/w',
    ])
  })
})

describe('readSourceEntries', () => {
  function entries(input: string, format: 'text' | 'markdown' = 'text') {
    return readSourceEntries(input, readDocument(input, format).blocks).map(
      ({ label, title, url, placeholder }) => ({
        label,
        title,
        url,
        placeholder,
      }),
    )
  }

  it('reads the seed’s run-in list', () => {
    expect(entries('Body.\n[1] - Source 1: (URL)[2] - Source 2: (URL)')).toEqual([
      { label: '1', title: 'Source 1', url: null, placeholder: true },
      { label: '2', title: 'Source 2', url: null, placeholder: true },
    ])
  })

  it('reads one URL per line', () => {
    expect(entries('Body text here.\n\n[1] https://a.org/x\n[2] https://b.org/y')).toEqual([
      { label: '1', title: null, url: 'https://a.org/x', placeholder: false },
      { label: '2', title: null, url: 'https://b.org/y', placeholder: false },
    ])
  })

  it('reads a title before the URL', () => {
    expect(entries('Body.\n[1] Rubio seeks partners. https://a.org/x')).toEqual([
      { label: '1', title: 'Rubio seeks partners.', url: 'https://a.org/x', placeholder: false },
    ])
  })

  it('reads numbered lists under a Sources heading in Markdown', () => {
    expect(
      entries('# T\n\nBody[1].\n\n## Sources\n\n1. Reuters, https://r.com/a\n2. AP (link)\n', 'markdown'),
    ).toEqual([
      { label: '1', title: 'Reuters', url: 'https://r.com/a', placeholder: false },
      { label: '2', title: 'AP', url: null, placeholder: true },
    ])
  })

  it('reads reference definitions', () => {
    expect(entries('Body[1].\n\n[1]: https://r.com/a "Reuters story"\n', 'markdown')).toEqual([
      { label: '1', title: 'Reuters story', url: 'https://r.com/a', placeholder: false },
    ])
  })
})
