/**
 * No string breaks `analyze`: property tests over arbitrary text (control characters, lone
 * surrogates, BOM, every line ending, zero-width and right-to-left marks, emoji) and over
 * article-shaped text from a small grammar (sentences, markers, footnotes, source lists, headings,
 * lists, quotes balanced and not, code, tables, HTML). Every report is schema-valid, every claim's
 * text is the input at its offsets, every point in the report follows unist's line/column rules
 * for `\n`, `\r\n` and a lone `\r`, and the same input gives the same JSON.
 *
 * Fixed seeds and bounded runs: the same cases on every machine (test/properties.test.ts has the
 * first, smaller set).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, CitecheckError, type Report, ReportSchema } from '../src/index.js'

const SEED = 8_2026_11
const runs = (numRuns: number) => ({ seed: SEED, numRuns })

/** Line starts by unist's rule: `\r\n`, `\n` and a lone `\r` each end a line. */
function lineStarts(input: string): number[] {
  const starts = [0]
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 13 && input.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

/** Every `{ line, column, offset }` object anywhere in the report. */
function* points(value: unknown): Generator<{ line: number; column: number; offset: number }> {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) yield* points(item)
    return
  }
  const record = value as Record<string, unknown>
  if (
    typeof record.line === 'number' &&
    typeof record.column === 'number' &&
    typeof record.offset === 'number'
  ) {
    yield record as { line: number; column: number; offset: number }
    return
  }
  for (const item of Object.values(record)) yield* points(item)
}

/** Analyses and checks every invariant; returns the report's JSON. */
function check(input: string, options?: Parameters<typeof analyze>[1]): string {
  let report: Report
  try {
    report = analyze(input, options)
  } catch (error) {
    throw new Error(`analyze threw on ${JSON.stringify(input.slice(0, 300))}: ${(error as Error).stack}`)
  }
  ReportSchema.parse(report)
  const starts = lineStarts(input)
  for (const point of points(report)) {
    expect(point.offset).toBeGreaterThanOrEqual(0)
    expect(point.offset).toBeLessThanOrEqual(input.length)
    // The line is the last whose start is at or before the offset; the column counts from it.
    let line = starts.length
    while (starts[line - 1]! > point.offset) line--
    expect([point.line, point.column]).toEqual([line, point.offset - starts[line - 1]! + 1])
  }
  for (const claim of report.claims) {
    expect(input.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text)
    expect(claim.text.trim()).not.toBe('')
  }
  const json = JSON.stringify(report)
  expect(JSON.stringify(analyze(input, options))).toBe(json)
  return json
}

// Characters that have broken text tools: NUL and C0/C1 controls, BOM, lone surrogates, line and
// paragraph separators, zero-width and bidirectional marks, combining marks, emoji sequences.
const NASTY = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u0301',
  'e\u0301',
  '👍🏽',
  '👨‍👩‍👧',
  '🇺🇸',
  'שלום',
  'مرحبا',
  '中文。',
  '\t',
  '\v',
  '\f',
  '\r',
  '\n',
  '\r\n',
  '\n\n',
  ' ',
  '\u00a0',
]

const nastyString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom('[1]', '[^1]', '[1][5]', '¹', '"', '“', '”', '# ', '- ', '> ', '|', '`'),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          'Officials said',
          ' the rate rose 4%',
          '. ',
          'Rumors suggest',
          '\n[1] https://a.org/x',
        ),
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

// Object.prototype's names are words too: a lexicon kept in a plain object must not find them.
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype']

// An article grammar: each piece is a line or a block of a news article, well-formed or not.
const word = fc.constantFrom(
  ...PROTOTYPE_WORDS,
  'dozens of',
  'five',
  'million',
  'the',
  'officials',
  'said',
  'economy',
  'grew',
  'Rubio',
  'reportedly',
  'sources',
  'U.S.',
  'Mr.',
  '4%',
  '2024',
  'may',
  'according to',
)
const marker = fc.constantFrom(
  '[1]',
  '[2]',
  '[1][5]',
  '[1, 2]',
  '[1–3]',
  '[^1]',
  '[^note]',
  '¹',
  '²⁻³',
  '<sup>2</sup>',
  '[citation needed]',
  '[who?]',
  '{{cn}}',
  '[99]',
  '[',
  ']',
  '[1',
  '[^',
  '(Smith et al., 2019)',
  '(Smith & Lee, 2019; see WHO, 2020, p. 4)',
  'Smith et al. (2019)',
  '(Smith, 2019',
  '(Park, 1999a)',
  '(1)',
  '(2, 3)',
  '(5–7)',
  '(1',
)
const quoteMark = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '``', "''")
const sentence = fc
  .tuple(
    fc.array(fc.oneof(word, quoteMark, marker), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('.', '?', '!', '…', '', '."', '.”', '.[1]', '?[2]'),
    fc.option(marker, { nil: '' }),
  )
  .map(([words, end, after]) => `${words.join(' ')}${end}${after}`)
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '))
const sourceLine = fc.constantFrom(
  '[1] https://www.reuters.com/world/a',
  '[2] - Source 2: (URL)',
  '[1] - Source 1: (URL)[2] - Source 2: (URL)',
  '[3]: https://example.org/b "Title"',
  '[^1]: Reuters, March 3, 2024, https://reuters.com/x',
  '[^note]: A note without a URL.',
  '1. https://apnews.com/article/x',
  '- https://bbc.co.uk/news/y',
  '[4] javascript:alert(1)',
  '[5] data:text/html,<script>alert(1)</script>',
  '[6] http://',
  '[reuters]: https://reuters.com/r',
  '[__proto__]: https://a.org/p',
  '[constructor] https://c.org/c',
  '[^toString]: https://t.org/t',
  '- Smith, J., & Lee, K. (2019). A study. https://doi.org/10.1/x',
  'World Health Organization (WHO). (2020). Food safety.',
  'Park, A. B., et al. (1999a). Another study.',
)
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('#', '##', '######', '#######'), sentence)
      .map(([h, s]) => `${h} ${s}`),
  },
  { weight: 1, arbitrary: sentence.map((s) => `${s}\n===`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Sources:',
      'References',
      '## Sources',
      '**Works cited**',
      'Notes and references',
    ),
  },
  { weight: 2, arbitrary: sourceLine },
  {
    weight: 2,
    arbitrary: fc
      .array(paragraph, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `- ${item}`).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(paragraph, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
  },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
  { weight: 1, arbitrary: paragraph.map((p) => `>> ${p}\n> ${p}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '```\ncode[1] "x\n```',
      '```js\nlet a = [1]\n',
      '    indented code [2]',
      '`inline [1]` text.',
    ),
  },
  { weight: 1, arbitrary: paragraph.map((p) => `| a | b |\n|---|---|\n| ${p} | 2[^1] |`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<div>html [1]</div>',
      '<!-- comment',
      '-->',
      '<script>alert(1)</script>',
      '<sup>1</sup>',
      '<img src=x onerror=alert(1)>',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('Label:- One claim.- Two claims[1].', '---', '***', '', '   ') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[link](https://a.org/x)',
      '[x](javascript:alert(1))',
      '<https://b.org>',
      'www.c.org/d',
      '![img](https://e.org/i.png)',
    ),
  },
)
const article = fc
  .tuple(
    fc.array(block, { maxLength: 10 }),
    fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r'),
    fc.constantFrom('', '\ufeff'),
  )
  .map(([blocks, eol, bom]) => bom + blocks.join(eol))

describe('analyze never throws and keeps its invariants', () => {
  it('on arbitrary strings with control, surrogate, zero-width, RTL and emoji characters', () => {
    fc.assert(
      fc.property(nastyString, fc.constantFrom('auto', 'text', 'markdown'), (input, format) => {
        check(input, { format })
      }),
      runs(400),
    )
  }, 120_000)

  it('on arbitrary binary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        check(input)
      }),
      runs(200),
    )
  })

  it('on article-shaped strings from a grammar, in every format and line ending', () => {
    fc.assert(
      fc.property(
        article,
        fc.constantFrom('auto', 'text', 'markdown'),
        fc.constantFrom('sentence', 'paragraph'),
        (input, format, citationScope) => {
          check(input, { format, citationScope })
        },
      ),
      runs(300),
    )
  }, 180_000)

  it('on the same article with each of the three line endings', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const reports = ['\n', '\r\n', '\r'].map((eol) => JSON.parse(check(blocks.join(eol))) as Report)
        // CRLF moves offsets but not what is found. (A lone CR is only located right: some
        // line-start rules of the document and citation stages look for \n alone.)
        const texts = reports.map((report) => report.claims.map((claim) => claim.text.replace(/\r\n/g, '\n')))
        expect(texts[1]).toEqual(texts[0])
      }),
      runs(150),
    )
  }, 120_000)

  it('reads the names of Object.prototype as words, labels and numbers like any other', () => {
    for (const name of PROTOTYPE_WORDS) {
      const input = `The ${name} of the bridge said ${name} people left[${name}]. ${name} million rose[^${name}].\n\n[${name}]: https://a.org/${name}\n[^${name}]: Reuters https://r.org/x`
      for (const format of ['auto', 'text', 'markdown'] as const) check(input, { format })
    }
  })

  it('locates points on lines ended by \\n, \\r\\n and a lone \\r', () => {
    const input =
      'Title\r\nOfficials said it rose[1].\rRumors suggest more[2].\n\nSources:\n[1] https://a.org/x\r[2] https://b.org/y'
    const report = JSON.parse(check(input, { format: 'text' })) as Report
    const rumor = report.claims.find((claim) => claim.text.startsWith('Rumors'))!
    expect(rumor.position.start).toEqual({ line: 3, column: 1, offset: input.indexOf('Rumors') })
    const second = report.sources.find((source) => source.label === '2')!
    expect(second.position.start).toEqual({ line: 7, column: 1, offset: input.indexOf('[2] https') })
  })
})

describe('maxInputBytes', () => {
  it('refuses input over the limit with a CitecheckError that says so', () => {
    expect(() => analyze('x'.repeat(1001), { maxInputBytes: 1000 })).toThrow(CitecheckError)
    expect(() => analyze('x'.repeat(1001), { maxInputBytes: 1000 })).toThrow(
      'Input is 1001 bytes, over the limit of 1000 bytes (option maxInputBytes)',
    )
    expect(analyze('x'.repeat(1000), { maxInputBytes: 1000 }).schemaVersion).toBe(1)
  })

  it('counts UTF-8 bytes, not UTF-16 code units', () => {
    // 400 euro signs are 400 code units but 1,200 bytes.
    expect(() => analyze('€'.repeat(400), { maxInputBytes: 1000 })).toThrow('Input is 1200 bytes')
    expect(() => analyze('👍'.repeat(300), { maxInputBytes: 1000 })).toThrow('Input is 1200 bytes')
  })

  it('defaults to 50 MB', { timeout: 120_000 }, () => {
    const big = 'a'.repeat(50 * 1024 * 1024 + 1)
    expect(() => analyze(big)).toThrow('over the limit of 52428800 bytes')
  })

  it('rejects a limit that is not a positive integer', () => {
    for (const maxInputBytes of [0, -1, 1.5, Number.NaN, '10' as unknown as number]) {
      expect(() => analyze('x', { maxInputBytes })).toThrow(CitecheckError)
    }
  })
})
