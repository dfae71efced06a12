import fc from 'fast-check'
import { describe, it } from 'vitest'
import { analyzeChecked } from './helpers.js'

// Fixed seeds and bounded runs: the same cases on every machine.
const settings = { seed: 20261127, numRuns: 300 }

const articleLine = fc.oneof(
  fc.constantFrom(
    'Rubio said the talks went well[1].',
    'Rumors suggest the deal is off[2][3].',
    '# Heading',
    '- A bullet point with a claim[4].',
    '[1] - Source 1: (URL)[2] - Source 2: (URL)',
    '[3] https://example.org/a',
    '> A quoted "line. With two" sentences.',
    '```\ncode[1]\n```',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    'Who knows?',
    '[^1]: A footnote https://a.org',
    'The U.S. said so. Mr. Smith agreed[^1].',
    '',
  ),
  fc.string({ maxLength: 80 }),
)

describe('properties of analyze', () => {
  it('any string gets a schema-valid report whose claims are exact slices', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        analyzeChecked(input)
      }),
      settings,
    )
  })

  it('article-shaped strings, in every line-ending style, get exact positions', () => {
    fc.assert(
      fc.property(
        fc.array(articleLine, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
        (lines, eol) => {
          const input = lines.join(eol)
          for (const format of ['auto', 'text', 'markdown'] as const) analyzeChecked(input, { format })
        },
      ),
      settings,
    )
  })

  it('the same input gives the same report', () => {
    fc.assert(
      fc.property(fc.array(articleLine, { maxLength: 8 }), (lines) => {
        const input = lines.join('\n')
        const first = JSON.stringify(analyzeChecked(input))
        const second = JSON.stringify(analyzeChecked(input))
        if (first !== second) throw new Error('reports differ')
      }),
      { ...settings, numRuns: 100 },
    )
  })
})
