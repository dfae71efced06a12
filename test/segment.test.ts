import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/segment/index.js'

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((span) => text.slice(span.start, span.end))
}

describe('splitSentences', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'two plain sentences',
      text: 'One thing. Another thing.',
      expected: ['One thing.', 'Another thing.'],
    },
    {
      name: 'markers after the full stop stay with their sentence',
      text: 'He spoke in Washington.[1][5] The talks went on.',
      expected: ['He spoke in Washington.[1][5]', 'The talks went on.'],
    },
    {
      name: 'markers before the full stop',
      text: 'It goes beyond El Salvador[1][5]. During a meeting, he spoke.',
      expected: ['It goes beyond El Salvador[1][5].', 'During a meeting, he spoke.'],
    },
    {
      name: 'a quote that spans two sentences stays one',
      text: 'Rubio stated, "We are not done. We are working hard"[1]. Next one.',
      expected: ['Rubio stated, "We are not done. We are working hard"[1].', 'Next one.'],
    },
    {
      name: 'curly quotes',
      text: 'She said, “It is late. Go home.” Then she left.',
      expected: ['She said, “It is late. Go home.”', 'Then she left.'],
    },
    {
      name: 'U.S. inside a sentence',
      text: 'The U.S. government said so. It did.',
      expected: ['The U.S. government said so.', 'It did.'],
    },
    {
      name: 'U.S. at the end of a sentence',
      text: 'He moved to the U.S. The next day he left.',
      expected: ['He moved to the U.S.', 'The next day he left.'],
    },
    {
      name: 'titles',
      text: 'Mr. Smith met Dr. Jones. They talked.',
      expected: ['Mr. Smith met Dr. Jones.', 'They talked.'],
    },
    {
      name: 'months',
      text: 'It began on Jan. 5 in Ohio. It ended.',
      expected: ['It began on Jan. 5 in Ohio.', 'It ended.'],
    },
    {
      name: 'times',
      text: 'It starts at 5 p.m. on Friday. Be there.',
      expected: ['It starts at 5 p.m. on Friday.', 'Be there.'],
    },
    {
      name: 'D.C.',
      text: 'They met in Washington, D.C. last week. It rained.',
      expected: ['They met in Washington, D.C. last week.', 'It rained.'],
    },
    {
      name: 'e.g. and i.e.',
      text: 'Some nations, e.g. Rwanda, i.e. one. Fine.',
      expected: ['Some nations, e.g. Rwanda, i.e. one.', 'Fine.'],
    },
    {
      name: 'decimals',
      text: 'Growth was 3.5 percent. Prices rose.',
      expected: ['Growth was 3.5 percent.', 'Prices rose.'],
    },
    {
      name: 'initials',
      text: 'John F. Kennedy spoke. People listened.',
      expected: ['John F. Kennedy spoke.', 'People listened.'],
    },
    {
      name: 'question and exclamation',
      text: 'Who knows what comes? Stay tuned! Done.',
      expected: ['Who knows what comes?', 'Stay tuned!', 'Done.'],
    },
    {
      name: 'lower-case after a full stop is not a boundary',
      text: 'See fig. three and so on.',
      expected: ['See fig. three and so on.'],
    },
    {
      name: 'ellipsis mid-sentence',
      text: 'He paused... and went on. Then stopped.',
      expected: ['He paused... and went on.', 'Then stopped.'],
    },
    { name: 'no terminator', text: 'A title line', expected: ['A title line'] },
    { name: 'stray markers join the sentence before', text: 'A claim. [3]', expected: ['A claim. [3]'] },
    { name: 'empty', text: '', expected: [] },
    { name: 'whitespace only', text: '   \n ', expected: [] },
    {
      name: 'an editor’s tag after the full stop stays with its sentence',
      text: 'Profits doubled.[who?] The board met.',
      expected: ['Profits doubled.[who?]', 'The board met.'],
    },
    {
      name: 'a question mark inside brackets ends no sentence',
      text: 'Sales grew[according to whom?] Then fell.',
      expected: ['Sales grew[according to whom?] Then fell.'],
    },
    {
      name: 'a full stop inside parentheses that close later on the line ends no sentence',
      text: 'The case is Doe v. Mayorkas, No. 23-15544 (9th Cir. Dec. 1, 2026). It was (approx. 40 km) long. Next.',
      expected: [
        'The case is Doe v. Mayorkas, No. 23-15544 (9th Cir. Dec. 1, 2026).',
        'It was (approx. 40 km) long.',
        'Next.',
      ],
    },
    {
      name: 'a sentence in parentheses ends at its closing parenthesis; an unclosed one does not hold the next',
      text: 'It grew (See below.) Then it fell. He left (for good. Then he came back.',
      expected: ['It grew (See below.)', 'Then it fell.', 'He left (for good.', 'Then he came back.'],
    },
    {
      name: 'an elision in brackets ends no sentence',
      text: 'He said "we will [...] Finish it" today. Done.',
      expected: ['He said "we will [...] Finish it" today.', 'Done.'],
    },
    {
      name: 'superscript and HTML markers after the full stop stay with their sentence',
      text: 'Rain fell.¹ Rivers rose.<sup>2</sup> Done.',
      expected: ['Rain fell.¹', 'Rivers rose.<sup>2</sup>', 'Done.'],
    },
    {
      name: 'an abbreviation that takes a number ends the sentence when no number follows',
      text: 'Senator Doe voted no. She left. It was No. 5 on the list. See Art. III of it. They love art. The museum opened.',
      expected: [
        'Senator Doe voted no.',
        'She left.',
        'It was No. 5 on the list.',
        'See Art. III of it.',
        'They love art.',
        'The museum opened.',
      ],
    },
    {
      name: 'a note number set on the line after the full stop stays with its sentence',
      text: 'Access lags at benchmark speeds.1 The program grew.2 Yet it failed.3',
      expected: ['Access lags at benchmark speeds.1', 'The program grew.2', 'Yet it failed.3'],
    },
    {
      name: 'a note number after a year that ends the sentence stays with it',
      text: 'Only 61 percent had broadband in 2021.1 The program grew. Revenue hit $1999.5 Million.',
      expected: [
        'Only 61 percent had broadband in 2021.1',
        'The program grew.',
        'Revenue hit $1999.5 Million.',
      ],
    },
    {
      name: 'a decimal or a section number is no note number',
      text: 'It holds $42.5 Million in cash. See Appendix A.1 The table. It was the No.1 Hit.',
      expected: ['It holds $42.5 Million in cash.', 'See Appendix A.1 The table.', 'It was the No.1 Hit.'],
    },
    {
      name: 'wiki templates after the full stop stay with their sentence',
      text: 'It is tall.{{cn}} It is old.',
      expected: ['It is tall.{{cn}}', 'It is old.'],
    },
    {
      name: 'an image alone on its line is no part of the caption below it',
      text: '![Mary Teller at the lighthouse](https://cdn.test/teller.jpg)\n*Mary Teller has kept the light for 31 years.*',
      expected: ['*Mary Teller has kept the light for 31 years.*'],
    },
    {
      name: 'an image alone is no sentence',
      text: '![A map of the flooded area](https://cdn.test/map.png "Map")',
      expected: [],
    },
    {
      name: 'an image inside a sentence stays in it',
      text: 'The map ![flood map](https://cdn.test/map.png) shows the river.',
      expected: ['The map ![flood map](https://cdn.test/map.png) shows the river.'],
    },
    {
      name: 'unbalanced quote does not swallow the block',
      text: 'He said "yes. It was done. Then more.',
      expected: ['He said "yes.', 'It was done.', 'Then more.'],
    },
  ]
  for (const { name, text, expected } of cases) {
    it(name, () => {
      expect(sentences(text)).toEqual(expected)
    })
  }

  it('offsets are exact inside a larger input', () => {
    const input = 'xx One. Two. yy'
    const spans = splitSentences(input, 3, 12)
    expect(spans.map((span) => input.slice(span.start, span.end))).toEqual(['One.', 'Two.'])
  })

  it('survives pathological input in linear time', () => {
    for (const text of [
      '.'.repeat(200_000),
      '"'.repeat(200_000),
      'a. '.repeat(100_000),
      '[1]'.repeat(100_000),
      '[a?]'.repeat(100_000),
      `[${'?'.repeat(200_000)}]`,
      '.{{'.repeat(100_000),
      '.<sup>'.repeat(100_000),
    ]) {
      expect(() => splitSentences(text, 0, text.length)).not.toThrow()
    }
  })
})
