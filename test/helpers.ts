import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { analyze, type Claim, type Report, ReportSchema } from '../src/index.js'

/** Reads a file of the repository's fixtures folder. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
}

/** Analyses and checks the report against ReportSchema and the exact-slice invariant. */
export function analyzeChecked(input: string, options?: Parameters<typeof analyze>[1]): Report {
  const report = analyze(input, options)
  ReportSchema.parse(report)
  expectExactPositions(input, report)
  return report
}

/** Every claim's text is the input slice at its offsets, and line/column agree with the offset. */
export function expectExactPositions(input: string, report: Report): void {
  const lineStarts = [0]
  for (let index = 0; index < input.length; index++) {
    if (input[index] === '\r' && input[index + 1] === '\n') index++
    if (input[index] === '\n' || input[index] === '\r') lineStarts.push(index + 1)
  }
  const check = (point: { line: number; column: number; offset: number }) => {
    expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
  }
  for (const claim of report.claims) {
    expect(input.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text)
    check(claim.position.start)
    check(claim.position.end)
  }
  for (const finding of report.findings) {
    check(finding.position.start)
    check(finding.position.end)
  }
}

/** The claim whose text starts with `prefix` (fails the test when there is none or several). */
export function claimStartingWith(report: Report, prefix: string): Claim {
  const found = report.claims.filter((claim) => claim.text.startsWith(prefix))
  expect(
    found.map((claim) => claim.text.slice(0, 60)),
    `claims starting with ${JSON.stringify(prefix)}`,
  ).toHaveLength(1)
  return found[0]!
}

/** Citation labels of a claim, in order, with whether each resolved. */
export function citedLabels(claim: Claim): string[] {
  return claim.citations.map((citation) => citation.label)
}
