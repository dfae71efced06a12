/**
 * The Markdown block walk parses block structure only (inline constructs are switched off for
 * speed). Heading titles and label lines must still read as a reader sees them: emphasis marks,
 * escapes, character references, code and link syntax gone, exactly as a full parse gives them.
 */

import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { isReadingLine, READING_HEADING } from '../src/document/block.js'
import { readDocument } from '../src/document/index.js'
import { readMarkdownBlocks } from '../src/document/markdown.js'
import { analyze } from '../src/index.js'

/** The section path of the block holding `marker`. */
function sectionOf(input: string, marker: string): readonly string[] | undefined {
  const at = input.indexOf(marker)
  return readMarkdownBlocks(input).find((block) => block.start <= at && at < block.end)?.sectionPath
}

describe('heading titles with inline syntax', () => {
  const cases: { name: string; input: string; title: string }[] = [
    { name: 'emphasis', input: '# The *big* story\n\nBODY.', title: 'The big story' },
    {
      name: 'strong and underscore',
      input: '## **Bold** and __more__ _x_\n\nBODY.',
      title: 'Bold and more x',
    },
    { name: 'character reference and escape', input: '# A &amp; B\\*\n\nBODY.', title: 'A & B*' },
    { name: 'code span', input: '# The `analyze` call\n\nBODY.', title: 'The analyze call' },
    { name: 'link', input: '# [Reuters](https://reuters.com) report\n\nBODY.', title: 'Reuters report' },
    // mdast-util-to-string keeps the value of inline HTML.
    {
      name: 'html and autolink',
      input: '# <b>Hi</b> <https://a.example>\n\nBODY.',
      title: '<b>Hi</b> https://a.example',
    },
    { name: 'no GFM: tildes stay', input: '# Old ~~draft~~\n\nBODY.', title: 'Old ~~draft~~' },
    {
      name: 'GFM (a table is present): strikethrough read',
      input: '| a | b |\n|---|---|\n| 1 | 2 |\n\n# Old ~~draft~~\n\nBODY.',
      title: 'Old draft',
    },
    { name: 'setext heading', input: 'Plain *setext*\n===\n\nBODY.', title: 'Plain setext' },
    { name: 'setext heading in a list item', input: '- Item `x`\n  ---\n\n  BODY.', title: 'Item x' },
    // Alone, "Quoted *title*\n> ===" is a paragraph and a quote: this takes the full-parse path.
    {
      name: 'setext heading in a quote',
      input: '> Quoted *title*\n> ===\n>\n> BODY.',
      title: 'Quoted title',
    },
    {
      name: 'setext heading in a quote, two lines',
      input: '> One *a*\n> two\n> ---\n>\n> BODY.',
      title: 'One a\ntwo',
    },
    { name: 'no inline syntax', input: '# Plain title #\n\nBODY.', title: 'Plain title' },
  ]
  it.each(cases)('$name', ({ input, title }) => {
    expect(sectionOf(input, 'BODY')).toEqual([title])
  })

  it('matches mdast-util-to-string on a full parse for every case', async () => {
    const { toString: textOf } = await import('mdast-util-to-string')
    for (const { input, title } of cases) {
      const parser = input.includes('|')
        ? unified().use(remarkParse).use(remarkGfm)
        : unified().use(remarkParse)
      const stack = [parser.parse(input)] as { type: string; children?: unknown[] }[]
      let heading: unknown
      while (stack.length > 0 && heading === undefined) {
        const node = stack.pop()!
        if (node.type === 'heading') heading = node
        else for (const child of node.children ?? []) stack.push(child as never)
      }
      expect(textOf(heading as never).trim()).toBe(title)
    }
  })
})

describe('label lines with inline syntax', () => {
  const cases: { name: string; input: string; isLabel: boolean }[] = [
    { name: 'bold label', input: 'Body text.\n\n**Sources:**\n\n- https://a.example/x', isLabel: true },
    { name: 'code label', input: 'Body text.\n\n`Sources`\n\n- https://a.example/x', isLabel: true },
    { name: 'escaped stars', input: 'Body text.\n\n\\*Sources\\*\n\n- https://a.example/x', isLabel: true },
    {
      name: 'a sentence, not a label',
      input: 'Body text.\n\n*Sources say* more.\n\n- https://a.example/x',
      isLabel: false,
    },
    {
      name: 'reference in label text',
      input: 'Body text.\n\nSources &amp; notes:\n\n- https://a.example/x',
      isLabel: true,
    },
    {
      name: 'bracket: a citing sentence',
      input: 'Body text.\n\n*References*[^2]:\n\n- https://a.example/x',
      isLabel: false,
    },
  ]
  it.each(cases)('$name', ({ input, isLabel }) => {
    const at = input.indexOf('\n\n') + 2
    const block = readMarkdownBlocks(input).find((candidate) => candidate.start === at)
    expect(block?.kind === 'heading' && block.role === 'sources').toBe(isLabel)
    const entry = readMarkdownBlocks(input).find((candidate) =>
      input.slice(candidate.start).startsWith('https'),
    )
    expect(entry?.role).toBe(isLabel ? 'sources' : 'body')
  })
})

/** The parts of an mdast node this test reads. */
interface MdNode {
  type: string
  depth?: number
  position?: { start: { offset?: number }; end: { offset?: number } }
  children?: MdNode[]
}

describe('headings agree with remark-parse (property)', () => {
  const piece = fc.constantFrom(
    '# ',
    '## ',
    '###### ',
    '> ',
    '- ',
    '1. ',
    '    ',
    '*',
    '_',
    '`',
    '[',
    ']',
    '\\',
    '&amp;',
    '\n',
    '\n\n',
    '===',
    '---',
    '| a | b |\n|---|---|\n',
    'Sources',
    'word',
    ' ',
    '\t',
    '\r\n',
    '```\n',
    '[^1]: ',
    '[1] ',
  )
  // Outside lists and footnote definitions (which a source list keeps whole), every heading of a
  // full remark-parse tree is a heading block at its first non-blank character, with its depth.
  it('every heading remark-parse finds outside lists is a heading block at its offset, of its depth', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        (input) => {
          const gfm = /^[ \t]{0,3}\|.{0,1000}\|[ \t]{0,100}$/m.test(input)
          const parser = gfm ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse)
          const headings = new Set(
            readMarkdownBlocks(input).flatMap((block) =>
              block.kind === 'heading' && (block.depth ?? 7) <= 6 ? [`${block.start}:${block.depth}`] : [],
            ),
          )
          const stack = [parser.parse(input)] as MdNode[]
          while (stack.length > 0) {
            const node = stack.pop()!
            if (node.type === 'heading') {
              let start = node.position!.start.offset!
              const end = node.position!.end.offset!
              while (start < end && /\s/.test(input[start]!)) start++
              if (start < end) expect(headings).toContain(`${start}:${node.depth}`)
            } else if (!['footnoteDefinition', 'list', 'listItem'].includes(node.type)) {
              for (const child of node.children ?? []) stack.push(child)
            }
          }
        },
      ),
      { numRuns: 2000, seed: 20261128 },
    )
  })
})

// remark-gfm moves a task item's paragraph past "[x] " only when plain text follows the box; the
// walk always does, so the box is never part of the claim's text.
describe('GFM task list items', () => {
  const table = '\n\n| a | b |\n|---|---|\n| 1 | 2 |'
  it.each([
    ['plain text', '- [ ] Prices rose.', 'Prices rose.'],
    ['emphasis first', '- [x] *Prices* rose.', '*Prices* rose.'],
    ['HTML first', '- [ ] <b>Prices</b> rose.', '<b>Prices</b> rose.'],
  ])('%s: the text starts after the box', (_name, item, text) => {
    const input = item + table
    const block = readMarkdownBlocks(input)[0]!
    expect(block.kind).toBe('list-item')
    expect(input.slice(block.start, block.end)).toBe(text)
  })
})

describe('GFM tables', () => {
  const input = [
    'Targets by country:',
    '',
    '| Country | 2030 target | Source |',
    '|---|---|---|',
    '| EU | -55% | [EC](https://commission.europa.eu/targets) |',
    '| UK | -68%[2] | [gov.uk](https://www.gov.uk/net-zero) |',
    '| Norway | -50% | none given |',
    '',
    'The EU agreed to cut emissions 90% by 2040.[2]',
    '',
    '[2]: https://www.reuters.com/sustainability/eu-2040-target',
  ].join('\n')

  it('reads each cell as a block, with its row and whether it heads a column', () => {
    const cells = readMarkdownBlocks(input).filter((block) => block.kind === 'table-cell')
    const rows = [...new Set(cells.map((cell) => cell.row))]
    expect(rows).toEqual([
      input.indexOf('| Country'),
      input.indexOf('| EU'),
      input.indexOf('| UK'),
      input.indexOf('| Norway'),
    ])
    expect(cells.filter((cell) => cell.header).map((cell) => input.slice(cell.start, cell.end))).toEqual([
      'Country',
      '2030 target',
      'Source',
    ])
  })

  const report = analyze(input)
  const claim = (text: string) => report.claims.find((c) => c.text === text)!

  it('takes header cells for headlines, which need no source', () => {
    expect([claim('Country').kind, claim('2030 target').status]).toEqual(['headline', 'not-check-worthy'])
  })

  it('lets a cell without a marker borrow its row’s sources', () => {
    expect(claim('-55%').status).toBe('supported')
    expect(claim('-55%').reasons.map((reason) => reason.detail)).toContain('cites source EC')
    // A label cell borrows the row's source, but states nothing that needs one.
    expect(claim('EU').status).toBe('not-check-worthy')
    expect(claim('-55%').reasons.map((reason) => reason.factor)).not.toContain('citation-from-paragraph')
    // A cell that cites keeps its own source.
    expect(claim('-68%[2]').reasons.find((reason) => reason.factor === 'cites-source')?.detail).toBe(
      'cites source 2',
    )
    // A row with no source leaves its figure unsupported.
    expect(claim('-50%').status).toBe('unsupported')
  })

  it('never reads two cells as one fact given twice', () => {
    expect(report.claims.filter((c) => c.restates !== null)).toEqual([])
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('conflicting-figure')
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('citation-mismatch')
  })
})

describe('HTML footnote lists', () => {
  const sources = (input: string) =>
    readMarkdownBlocks(input)
      .filter((block) => block.role === 'sources' && block.kind === 'list-item')
      .map((block) => [block.ordinal, input.slice(block.start, block.end)])

  it('reads each <li> of a footnote list as an entry, numbered by its id', () => {
    const input =
      'Prices rose.<sup>1</sup>\n\n<ol>\n<li id="fn1">One. <a href="#ref1">↩</a></li>\n<li id="fn-3">Three.</li>\n</ol>\n'
    expect(sources(input)).toEqual([
      [1, 'One. <a href="#ref1">↩</a>'],
      [3, 'Three.'],
    ])
  })

  it('counts items without an id from the list’s start, across blank lines', () => {
    const input = [
      'Prices rose.',
      '',
      '## Notes',
      '',
      '<ol start="4">',
      '<li>Four.</li>',
      '',
      '<li>Five.</li>',
      '</ol>',
    ].join('\n')
    expect(sources(input)).toEqual([
      [4, 'Four.'],
      [5, 'Five.'],
    ])
  })

  it('reads a footnotes container by its class', () => {
    const input = 'Prices rose.\n\n<div class="footnotes"><ol><li>One.</li><li>Two.</li></ol></div>\n'
    expect(sources(input)).toEqual([
      [1, 'One.'],
      [2, 'Two.'],
    ])
  })

  it('makes `auto` read a page with block-level HTML as Markdown, footnotes and all', () => {
    const input =
      'Prices rose 5% in May.<sup><a href="#fn1">1</a></sup> Wages rose 2%.<sup>2</sup>\n\n<ol>\n<li id="fn1">BLS, <a href="https://www.bls.gov/cpi">CPI</a></li>\n<li id="fn2">Census, <a href="https://www.census.gov/x">wages</a></li>\n</ol>\n'
    const report = analyze(input)
    expect(report.format).toBe('markdown')
    expect(report.sources.map((source) => [source.label, source.url])).toEqual([
      ['1', 'https://www.bls.gov/cpi'],
      ['2', 'https://www.census.gov/x'],
    ])
    expect(report.claims.map((claim) => [claim.text, claim.status])).toEqual([
      ['Prices rose 5% in May.<sup><a href="#fn1">1</a></sup>', 'supported'],
      ['Wages rose 2%.<sup>2</sup>', 'supported'],
    ])
    // A plain-text draft that mentions a tag inside a line stays text.
    expect(analyze('Use the <ol> tag for numbered lists.').format).toBe('text')
  })

  it('leaves any other HTML list out of the article', () => {
    const input = 'Prices rose.\n\n<ul>\n<li>Bread</li>\n<li>Milk</li>\n</ul>\n'
    expect(readMarkdownBlocks(input).map((block) => input.slice(block.start, block.end))).toEqual([
      'Prices rose.',
    ])
  })
})

// The walk's micromark parser is made once per flavour and reset before each document: nothing a
// document leaves in it (definitions, GFM footnote labels, which lines were lazy) may change how
// the next one reads. Where HTML or a fence ends depends on which lines are lazy: a parser that
// kept the lazy flags of the quotes' lines read a definition inside an unclosed fence, and the
// last line of an HTML block as a paragraph.
describe('one parser, many documents', () => {
  const table = '\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
  const before: Record<string, string> = {
    definitions: '[a]: https://a.org/\n[1]: https://b.org/ "B"\n\nIt rose [a].\n',
    'GFM footnotes': `It rose.[^1]\n\n[^1]: Reuters, 2024.\n    More of the note.\n${table}`,
    'a lazy quote line': '> Quoted line\nlazy continuation\n> more\n\nNext paragraph.\n',
    'a lazy list line': '- item one\ncontinued lazily\n- item two\n\n    indented code\n',
    'nested quotes with lazy lines': '> > a\nb\nc\nd\ne\n',
    'task items': `- [x] Done.\n- [ ] Not yet.\n${table}`,
  }
  // Each read alone, by a new parser: [kind, start, end] of its blocks.
  const after: [string, string, [string, number, number][]][] = [
    ['HTML interrupting a paragraph', 'Para\n<div>\nx\n', [['paragraph', 0, 4]]],
    ['an unclosed fence', '~~~\n<div>\n\n[1]: https://a.org/x ***\n[^1]: ', []],
    ['an indented line under a paragraph', 'Para\n    code?\n', [['paragraph', 0, 14]]],
  ]
  it.each(Object.keys(before).flatMap((first) => after.map((next) => [first, ...next] as const)))(
    'after %s, %s reads as it does alone',
    (first, _name, input, expected) => {
      readMarkdownBlocks(before[first]!)
      const blocks = readMarkdownBlocks(input).map((block) => [block.kind, block.start, block.end])
      expect(blocks).toEqual(expected)
    },
  )
})

describe('front matter', () => {
  const claimsOf = (input: string, format: 'auto' | 'markdown' = 'markdown') =>
    analyze(input, { format }).claims.map((claim) => [claim.text, claim.position.start.line])

  it.each([
    {
      name: 'YAML between --- lines',
      input: '---\ntitle: Cheap flights\nauthor: Staff\n---\n\n# Cheap flights\n\nFares rose 5% in 2023.\n',
      claims: [
        ['# Cheap flights', 6],
        ['Fares rose 5% in 2023.', 8],
      ],
    },
    {
      name: 'YAML closed by ...',
      input: '---\ntitle: Cheap flights\n...\nFares rose 5% in 2023.\n',
      claims: [['Fares rose 5% in 2023.', 4]],
    },
    {
      name: 'TOML between +++ lines',
      input: '+++\ntitle = "Cheap flights"\n+++\nFares rose 5% in 2023.\n',
      claims: [['Fares rose 5% in 2023.', 4]],
    },
    {
      name: 'CRLF line endings and a byte order mark',
      input: '\uFEFF---\r\ntitle: Cheap flights\r\n---\r\n\r\nFares rose 5% in 2023.\r\n',
      claims: [['Fares rose 5% in 2023.', 5]],
    },
    {
      name: 'not a thematic break that opens the article',
      input: '---\nFares rose 5% in 2023.\n\n---\n\nThe cut came in May.\n',
      claims: [
        ['Fares rose 5% in 2023.', 2],
        ['The cut came in May.', 6],
      ],
    },
    {
      name: 'not when it is never closed',
      input: '---\ntitle: Cheap flights\n\nFares rose 5% in 2023.\n',
      claims: [
        ['title: Cheap flights', 2],
        ['Fares rose 5% in 2023.', 4],
      ],
    },
  ])('$name', ({ input, claims }) => {
    expect(claimsOf(input)).toEqual(claims)
  })

  it('makes `auto` read the file as Markdown', () => {
    const input = '---\ntitle: Cheap flights\n---\nFares rose 5% in 2023.\n'
    expect(analyze(input).format).toBe('markdown')
    expect(claimsOf(input, 'auto')).toEqual([['Fares rose 5% in 2023.', 4]])
  })

  it('is left in plain text, where it is the article’s own text', () => {
    const input = '---\ntitle: Cheap flights\n---\nFares rose 5% in 2023.\n'
    expect(analyze(input, { format: 'text' }).claims.some((claim) => claim.text.includes('title'))).toBe(true)
  })
})

describe('reading lists', () => {
  const roles = (input: string, format: 'markdown' | 'text') =>
    readDocument(input, format).blocks.map((block) => [block.role, input.slice(block.start, block.end)])

  it.each(['See also', '## External links', '**Related articles**', 'Read more:', 'Additional resources'])(
    'reads %s as a reading list’s heading',
    (heading) => {
      expect(READING_HEADING.test(heading)).toBe(true)
    },
  )

  it.each(['Sources', 'Further reading', 'Sources and further reading', 'See also the report below.'])(
    'does not read %s as one',
    (heading) => {
      expect(READING_HEADING.test(heading)).toBe(false)
    },
  )

  it('ends a Markdown reading list at the next heading of its depth or above', () => {
    const input =
      '# T\n\nBody.\n\n## See also\n\n- [A](https://a.org/x)\n\n### More\n\nStill.\n\n## Next\n\nProse again.\n'
    expect(roles(input, 'markdown')).toEqual([
      ['body', '# T'],
      ['body', 'Body.'],
      ['reading', '## See also'],
      ['reading', '[A](https://a.org/x)'],
      ['reading', '### More'],
      ['reading', 'Still.'],
      ['body', '## Next'],
      ['body', 'Prose again.'],
    ])
  })

  it.each([
    'Read more: [How the drought is changing Spain](https://www.bbc.co.uk/news/drought)',
    '**Related:** [Storm Elena: what we know](https://a.org/x) | [Maps](https://a.org/y)',
    'See also: https://www.cdc.gov/measles, https://www.who.int/measles',
    '*Read next:* <https://a.org/next>',
  ])('reads %s as a reading line', (line) => {
    expect(isReadingLine(line)).toBe(true)
  })

  it.each([
    ['a label and prose', 'See also: the 2019 report, which found 40 cases.'],
    ['prose around a link', 'Related: [the report](https://a.org/r) found 40 cases.'],
    ['a label alone', 'Read more:'],
    ['a sentence that opens with the words', 'Related coverage shows prices rose [here](https://a.org/x).'],
  ])('does not read %s as one', (_, line) => {
    expect(isReadingLine(line)).toBe(false)
  })

  it('takes a reading line out of the body in Markdown and in text, and leaves the prose after it', () => {
    const markdown = 'Prices doubled.\n\nRead more: [The drought](https://a.org/d)\n\nFarmers waited.\n'
    expect(roles(markdown, 'markdown')).toEqual([
      ['body', 'Prices doubled.'],
      ['reading', 'Read more: [The drought](https://a.org/d)'],
      ['body', 'Farmers waited.'],
    ])
    const text = 'Prices doubled.\nRelated: https://a.org/d\nFarmers waited.\n'
    expect(roles(text, 'text').map(([role]) => role)).toEqual(['body', 'reading', 'body'])
  })

  it('ends a plain-text reading list at a line of prose', () => {
    const input =
      'Body text here.\n\nSee also\nList of lakes of Chad\n\nThe lake is shrinking. Fishermen have left the shore for the towns.\n'
    expect(roles(input, 'text')).toEqual([
      ['body', 'Body text here.'],
      ['reading', 'See also'],
      ['reading', 'List of lakes of Chad'],
      ['body', 'The lake is shrinking. Fishermen have left the shore for the towns.'],
    ])
  })
})
