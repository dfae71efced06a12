/**
 * Large Markdown documents are parsed in block-aligned pieces (src/document/chunk.ts). The pieces
 * must cover the input exactly, be cut only where a new block starts whatever came before, and give
 * the same blocks, at the same offsets and under the same headings, as one parse of the whole.
 */
import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capContainerDepth, FORCED_CUT, splitMarkdownChunks } from '../src/document/chunk.js'
import { readMarkdownBlocks } from '../src/document/markdown.js'
import { analyze } from '../src/index.js'

const WHOLE = Number.MAX_SAFE_INTEGER

/** The pieces are contiguous, cover the input, and each cut follows a blank line. */
function expectWellCut(input: string, size: number): void {
  const chunks = splitMarkdownChunks(input, { size })
  expect(chunks[0]!.start).toBe(0)
  expect(chunks[chunks.length - 1]!.end).toBe(input.length)
  for (let index = 1; index < chunks.length; index++) {
    const cut = chunks[index]!.start
    expect(cut).toBe(chunks[index - 1]!.end)
    // At a line start, after a blank line, not indented.
    expect(input.slice(0, cut)).toMatch(/(?:^|\r\n|\r|\n)[ \t]{0,40}(?:\r\n|\r|\n)$/)
    expect(input[cut]).toMatch(/[^ \t\r\n]/)
  }
}

const blockArbitrary = fc.oneof(
  fc.constantFrom(
    '# Title',
    '## Section[^1]',
    'Setext title\n============',
    'A paragraph that states a claim[1]. Another sentence follows it.',
    'Rubio said the talks went well[2].\nA lazy second line of the same paragraph.',
    '- item one[1]\n- item two\n\n- item three after a blank line',
    '1. first\n2. second\n\n3. third, loose',
    '- item\n\n    indented continuation of the item',
    '> a quote\n>\n> with two paragraphs',
    '```\ncode\n\nwith a blank line [1]\n```',
    '~~~~\nfence\n\n~~~\nstill fenced\n~~~~',
    '    indented code\n\n    more indented code',
    '<!-- a comment\n\nspanning a blank line -->',
    '<pre>\npreformatted\n\ntext\n</pre>',
    '<div>\nhtml block\n</div>',
    '| a | b |\n|---|---|\n| 1[^1] | 2 |',
    '[^1]: A footnote https://a.org/1\n\n    Its second paragraph.',
    '[1]: https://example.org/one "One"',
    'Sources:\n[1] https://a.org/x\n[2] https://b.org/y',
    '## Sources\n\n- https://a.org/x\n- https://b.org/y',
    '**References**',
    '---',
  ),
  fc.lorem({ maxCount: 3 }),
)

const documentArbitrary = fc
  .tuple(
    fc.array(blockArbitrary, { minLength: 1, maxLength: 25 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'),
  )
  .map(([blocks, separator]) => blocks.join(separator))

describe('splitMarkdownChunks', () => {
  it('keeps a document no longer than the size whole', () => {
    expect(splitMarkdownChunks('a\n\nb', { size: 10 })).toEqual([{ start: 0, end: 4 }])
    expect(splitMarkdownChunks('', { size: 10 })).toEqual([{ start: 0, end: 0 }])
  })

  it('cuts after blank lines, outside fences, raw HTML, indented continuations and lists', () => {
    const lines = [
      'Para one.',
      '',
      '```',
      'code',
      '',
      'more code',
      '```',
      '',
      'Para two.',
      '',
      '- a',
      '',
      '- b',
      '',
      '    indented',
      '',
      'Para three.',
      '',
      '<!--',
      '',
      '-->',
      '',
      'End.',
    ]
    const input = lines.join('\n')
    const cuts = splitMarkdownChunks(input, { size: 1 })
      .slice(1)
      .map((chunk) => input.slice(chunk.start).split('\n')[0])
    expect(cuts).toEqual(['```', 'Para two.', '- a', 'Para three.', '<!--', 'End.'])
  })

  it('cuts inside a loose list only when it is longer than FORCED_CUT', () => {
    const list = Array.from({ length: 50 }, (_, index) => `${index + 1}. item`).join('\n\n')
    expect(splitMarkdownChunks(list, { size: 100 })).toHaveLength(1)
    const long = `${'1. item\n\n'.repeat(FORCED_CUT / 4)}`
    expect(splitMarkdownChunks(long, { size: 100 }).length).toBeGreaterThan(1)
  })

  it('gives well-cut pieces for any document and size', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.integer({ min: 1, max: 400 }), (input, size) =>
        expectWellCut(input, size),
      ),
      { seed: 42, numRuns: 300 },
    )
  })

  it('cuts long runs of one-line definitions, and nothing that could be a paragraph', () => {
    const definitions = Array.from({ length: 200 }, (_, i) => `[${i}]: https://a.org/${i} "T"`).join('\n')
    expect(splitMarkdownChunks(definitions, { size: definitions.length - 1 }).length).toBeGreaterThan(2)
    // "[^1]: Reuters, March 3" is no definition: the lines are one paragraph.
    const notes = Array.from({ length: 200 }, (_, i) => `[^${i}]: Reuters, March ${i}`).join('\n')
    expect(splitMarkdownChunks(notes, { size: 10 })).toHaveLength(1)
    const afterText = `Some text\n${definitions}`
    expect(splitMarkdownChunks(afterText, { size: 10 })).toHaveLength(1)
  })

  it('is linear on a document with no place to cut', () => {
    const input = `\`\`\`\n${'line\n\n'.repeat(200_000)}`
    expect(splitMarkdownChunks(input, { size: 1000 })).toHaveLength(1)
  })
})

describe('capContainerDepth', () => {
  it('blanks the markers of lines nested deeper than the cap, keeping the length', () => {
    const deep = `${'>'.repeat(40)} quoted\n${'- '.repeat(40)}item\n> shallow`
    const capped = capContainerDepth(deep, 32)
    expect(capped).toHaveLength(deep.length)
    expect(capped.split('\n')[0]).toBe(`${'>'.repeat(32)}${' '.repeat(8)} quoted`)
    expect(capped.split('\n')[1]).toBe(`${'- '.repeat(32)}${'  '.repeat(8)}item`)
    expect(capped.split('\n')[2]).toBe('> shallow')
    const shallow = '> a\n> > b\n- c\n  1. d'
    expect(capContainerDepth(shallow, 32)).toBe(shallow)
  })
})

describe('readMarkdownBlocks in pieces', () => {
  it('gives the blocks of one whole parse, for any document and piece size', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.integer({ min: 1, max: 300 }), (input, size) => {
        expect(readMarkdownBlocks(input, 0, size)).toEqual(readMarkdownBlocks(input, 0, WHOLE))
      }),
      { seed: 7, numRuns: 300 },
    )
  })

  it('keeps offsetBase working', () => {
    const input = '# A\n\nOne[1].\n\n## B\n\nTwo.\n\n[1]: https://a.org'
    const shifted = readMarkdownBlocks(input, 100, 3)
    expect(shifted.map((block) => block.start - 100)).toEqual(
      readMarkdownBlocks(input, 0, WHOLE).map((b) => b.start),
    )
  })

  const data = new URL('../../shared/data/expertqa/rand_val.answers.jsonl', import.meta.url)
  it.skipIf(!existsSync(data))('gives the same blocks on a 1 MB document of real answers', () => {
    const answers: string[] = []
    for (const line of readFileSync(data, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const record = JSON.parse(line) as {
        question: string
        answers: Record<string, { answer_string: string; attribution?: string[] }>
      }
      for (const answer of Object.values(record.answers)) {
        answers.push(
          `# ${record.question}\n\n${answer.answer_string}\n\n## Sources\n\n${(answer.attribution ?? []).join('\n')}`,
        )
      }
    }
    let input = ''
    for (let index = 0; input.length < 1e6; index++) input += `${answers[index % answers.length]}\n\n`
    const whole = readMarkdownBlocks(input, 0, WHOLE)
    const pieces = readMarkdownBlocks(input, 0, 20_000)
    expect(splitMarkdownChunks(input, { size: 20_000 }).length).toBeGreaterThan(40)
    expect(pieces.length).toBe(whole.length)
    expect(pieces).toEqual(whole)
  })

  it('analyses a document larger than one piece with exact positions', () => {
    const article =
      '# Title\n\nOfficials said it rose[1]. Rumors suggest more[2].\n\n## Sources\n\n- [1] https://a.org/x\n- [2] https://b.org/y\n\n'
    const input = article.repeat(Math.ceil(400_000 / article.length))
    const report = analyze(input, { format: 'markdown' })
    expect(report.claims.length).toBeGreaterThan(1000)
    for (const claim of report.claims) {
      expect(input.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text)
    }
  }, 120_000)
})
