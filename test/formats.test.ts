/**
 * The citation-format conformance set: one fixture per form of marker, inline citation and source
 * list (issue #3), each `test/fixtures/formats/<case>/input.md|txt` with an `expected.json` that
 * holds the facts that matter:
 *
 * - `markers`: every citation of every claim, in order: label, 1-based line and column of its
 *   start, and the label of the source it resolves to (null when it dangles). Always exact.
 * - `sources`: every source, in order, with the fields given (others are not compared).
 * - `findings`: per rule id, the count or the list of start positions (`{ line, column }`,
 *   optionally `message`). Rules not named are not checked.
 * - `claims`: claims picked by a piece of their text, with their status and reason factors.
 * - `options`: passed to `analyze`; `format`: the format the report must say it read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type AnalyzeOptions, analyze, type Report, ReportSchema } from '../src/index.js'

interface ExpectedPosition {
  line: number
  column: number
  message?: string
}

interface Expected {
  description?: string
  options?: AnalyzeOptions
  format?: 'markdown' | 'text'
  markers?: { label: string; line: number; column: number; source: string | null }[]
  sources?: Record<string, unknown>[]
  findings?: Record<string, number | ExpectedPosition[]>
  claims?: { contains: string; status?: string; reasons?: string[]; citations?: number }[]
}

const root = join(import.meta.dirname, 'fixtures', 'formats')
const cases = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'expected.json')))
  .sort()

function readInput(name: string): string {
  const markdown = join(root, name, 'input.md')
  return readFileSync(existsSync(markdown) ? markdown : join(root, name, 'input.txt'), 'utf8')
}

/** The markers of a report in the shape of `expected.markers`. */
function markersOf(report: Report): Expected['markers'] {
  const labels = new Map(report.sources.map((source) => [source.id, source.label]))
  return report.claims.flatMap((claim) =>
    claim.citations.map((citation) => ({
      label: citation.label,
      line: citation.position.start.line,
      column: citation.position.start.column,
      source:
        citation.sourceId === null ? null : (labels.get(citation.sourceId) ?? `missing ${citation.sourceId}`),
    })),
  )
}

describe('citation formats conformance set', () => {
  it('has at least 40 fixtures, each with an input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
    for (const name of cases) {
      expect(
        existsSync(join(root, name, 'input.md')) || existsSync(join(root, name, 'input.txt')),
        name,
      ).toBe(true)
    }
  })

  for (const name of cases) {
    it(name, () => {
      const input = readInput(name)
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
      const report = analyze(input, expected.options)
      ReportSchema.parse(report)
      // Every position points back into the input.
      for (const claim of report.claims) {
        expect(input.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text)
      }

      if (expected.format) expect(report.format).toBe(expected.format)
      if (expected.markers) expect(markersOf(report)).toEqual(expected.markers)
      if (expected.sources) {
        expect(report.sources).toHaveLength(expected.sources.length)
        report.sources.forEach((source, index) => {
          const want = expected.sources![index]!
          const facts: Record<string, unknown> = { ...source, line: source.position.start.line }
          const picked = Object.fromEntries(Object.keys(want).map((key) => [key, facts[key]]))
          expect(picked, `source ${index + 1}`).toEqual(want)
        })
      }
      for (const [ruleId, want] of Object.entries(expected.findings ?? {})) {
        const found = report.findings.filter((finding) => finding.ruleId === ruleId)
        if (typeof want === 'number') {
          expect(found, ruleId).toHaveLength(want)
          continue
        }
        const positions = found.map((finding, index) => ({
          line: finding.position.start.line,
          column: finding.position.start.column,
          ...(want[index]?.message === undefined ? {} : { message: finding.message }),
        }))
        expect(positions, ruleId).toEqual(want)
      }
      for (const want of expected.claims ?? []) {
        const claim = report.claims.find((candidate) => candidate.text.includes(want.contains))
        expect(claim, `claim containing “${want.contains}”`).toBeDefined()
        if (want.status) expect(claim!.status, want.contains).toBe(want.status)
        if (want.citations !== undefined) expect(claim!.citations, want.contains).toHaveLength(want.citations)
        for (const factor of want.reasons ?? []) {
          expect(
            claim!.reasons.map((reason) => reason.factor),
            want.contains,
          ).toContain(factor)
        }
      }
    })
  }
})
