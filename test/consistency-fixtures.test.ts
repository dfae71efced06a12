/**
 * The consistency conformance set (issue #6): one fixture per case of restatement, certainty
 * escalation, title and figure, each `test/fixtures/consistency/<case>/input.md|txt` with an
 * `expected.json` holding the facts that matter:
 *
 * - `restates`: every claim but headings, picked by the first 40 characters of its text, with
 *   the first 40 characters of the claim it restates (null when none). Always exact.
 * - `findings`: for each consistency rule, the exact list of findings (start line and column,
 *   message, and the start of each `related` place). Negative cases (`ok-…`) list none.
 * - `reasons`: reason factors a claim (picked by the start of its text) must have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze, type Report } from '../src/index.js'
import { expectExactPositions } from './helpers.js'

interface ExpectedFinding {
  line: number
  column: number
  message: string
  related?: { line: number; column: number }[]
}

interface Expected {
  description: string
  restates: { claim: string; restates: string | null }[]
  findings: Record<ConsistencyRule, ExpectedFinding[]>
  reasons?: { claim: string; factor: string }[]
}

const RULE_IDS = [
  'certainty-escalation',
  'inconsistent-title',
  'conflicting-figure',
  'citation-mismatch',
] as const
type ConsistencyRule = (typeof RULE_IDS)[number]

const root = join(import.meta.dirname, 'fixtures', 'consistency')
const cases = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'expected.json')))
  .sort()

function readInput(name: string): string {
  const markdown = join(root, name, 'input.md')
  return readFileSync(existsSync(markdown) ? markdown : join(root, name, 'input.txt'), 'utf8')
}

const prefix = (text: string) => text.slice(0, 40)

function restatesOf(report: Report): Expected['restates'] {
  const byId = new Map(report.claims.map((claim) => [claim.id, claim]))
  return report.claims
    .filter((claim) => claim.kind !== 'headline')
    .map((claim) => ({
      claim: prefix(claim.text),
      restates: claim.restates ? prefix(byId.get(claim.restates.claimId)!.text) : null,
    }))
}

function findingsOf(report: Report, ruleId: ConsistencyRule): ExpectedFinding[] {
  return report.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      line: finding.position.start.line,
      column: finding.position.start.column,
      message: finding.message,
      ...(finding.related
        ? {
            related: finding.related.map((place) => ({
              line: place.position.start.line,
              column: place.position.start.column,
            })),
          }
        : {}),
    }))
}

describe('consistency conformance set', () => {
  it('has at least 25 fixtures, at least half of them negative (ok-…), each with an input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    expect(cases.filter((name) => name.startsWith('ok-')).length * 2).toBeGreaterThanOrEqual(cases.length)
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
      const report = analyze(input)
      expectExactPositions(input, report)
      expect(report.language, 'read as English').toBe('en')
      expect(restatesOf(report)).toEqual(expected.restates)
      for (const ruleId of RULE_IDS) {
        if (name.startsWith('ok-'))
          expect(expected.findings[ruleId], `${name} is a negative case`).toEqual([])
        expect(findingsOf(report, ruleId), ruleId).toEqual(expected.findings[ruleId])
      }
      for (const want of expected.reasons ?? []) {
        const claim = report.claims.find((candidate) => candidate.text.startsWith(want.claim))
        expect(
          claim?.reasons.map((reason) => reason.factor),
          want.claim,
        ).toContain(want.factor)
      }
    })
  }
})
