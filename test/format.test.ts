import { describe, expect, it } from 'vitest'
import { RULES } from '../src/findings/index.js'
import {
  escapeGithubData,
  escapeGithubProperty,
  formatGithub,
  formatJson,
  formatJsonLine,
  formatSarif,
  formatStylish,
  SARIF_FINGERPRINT_KEY,
} from '../src/format/index.js'
import { documentedRuleIds } from '../src/format/rule-docs.js'
import { ReportSchema } from '../src/report/schema.js'
import { finding, reportWith, span } from './format-reports.js'
import { sarifSchemaErrors } from './format-sarif-validator.js'

const results = [
  {
    file: 'articles/a.md',
    report: reportWith([
      finding('unsupported-language', 'info', span(1, 1, 10)),
      finding(
        'unsupported-claim',
        'warning',
        span(3, 1, 52),
        'Unsupported claim: nothing is cited for “The sky is green.”',
      ),
      finding(
        'dangling-citation',
        'error',
        span(3, 49, 52),
        'Unexpected marker `[7]`: no source is labelled 7',
      ),
    ]),
  },
  { file: 'articles/clean.md', report: reportWith([]) },
  {
    file: 'articles/b, c:d.txt',
    report: reportWith(
      [finding('unused-source', 'warning', span(12, 1, 30), 'Unused source [2] (“50% of\nrows, a:b”)')],
      'text',
    ),
  },
]

describe('format exports', () => {
  it('are exported from the package', async () => {
    const citecheck = await import('../src/index.js')
    for (const name of ['formatStylish', 'formatJson', 'formatSarif', 'formatGithub']) {
      expect(Object.keys(citecheck)).toContain(name)
    }
  })

  it('document every rule the findings stage has, and low-confidence', () => {
    expect(documentedRuleIds()).toEqual(expect.arrayContaining([...Object.keys(RULES), 'low-confidence']))
  })
})

describe('formatStylish', () => {
  const output = formatStylish(results)

  it('groups findings by file as line:column  severity  message  ruleId', () => {
    const lines = output.split('\n')
    const a = lines.indexOf('articles/a.md')
    expect(a).toBeGreaterThanOrEqual(0)
    expect(lines[a + 2]).toBe('  1:1   info     Message of unsupported-language  unsupported-language')
    expect(lines[a + 3]).toMatch(/^ {2}3:1 {3}warning {2}Unsupported claim: .* {2}unsupported-claim$/)
    expect(lines[a + 4]).toMatch(/^ {2}3:49 {2}error {4}Unexpected marker `\[7\]`.* {2}dangling-citation$/)
  })

  it('leaves out files without findings and ends with a summary line', () => {
    expect(output).not.toContain('articles/clean.md')
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      '✖ 4 problems (1 error, 2 warnings, 1 info) in 2 of 3 files',
    )
  })

  it('says so when nothing was found', () => {
    expect(formatStylish([results[1]!])).toBe('✔ no problems in 1 file (0 claims)\n')
  })

  it('uses ANSI colours only when asked', () => {
    expect(output).not.toMatch(/\u001b\[/)
    expect(formatStylish(results, { color: true })).toContain('\u001b[31merror')
  })

  it('matches the snapshot', () => {
    expect(output).toMatchSnapshot()
  })
})

describe('formatJson and formatJsonLine', () => {
  it('writes an array of { file, report } whose reports fit ReportSchema', () => {
    const parsed = JSON.parse(formatJson(results)) as { file: string; report: unknown }[]
    expect(parsed.map((each) => each.file)).toEqual([
      'articles/a.md',
      'articles/clean.md',
      'articles/b, c:d.txt',
    ])
    for (const each of parsed) expect(() => ReportSchema.parse(each.report)).not.toThrow()
  })

  it('writes one line of { id, report } per input', () => {
    const line = formatJsonLine('x-1', results[0]!.report)
    expect(line.endsWith('\n')).toBe(true)
    expect(line.slice(0, -1)).not.toContain('\n')
    expect(JSON.parse(line)).toEqual({ id: 'x-1', report: results[0]!.report })
  })
})

describe('formatGithub', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeGithubData(text)).toBe(data)
    expect(escapeGithubProperty(text)).toBe(property)
  })

  const lines = formatGithub(results).trimEnd().split('\n')

  it('writes one annotation per finding, with its span, severity and rule', () => {
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^::notice file=articles\/a\.md,line=1,col=1,endLine=1,endColumn=10,/)
    expect(lines[1]).toBe(
      '::warning file=articles/a.md,line=3,col=1,endLine=3,endColumn=52,title=citecheck unsupported-claim::Unsupported claim: nothing is cited for “The sky is green.”',
    )
    expect(lines[2]).toMatch(
      /^::error file=articles\/a\.md,line=3,col=49,endLine=3,endColumn=52,title=citecheck dangling-citation::/,
    )
  })

  it('escapes properties and messages', () => {
    expect(lines[3]).toBe(
      '::warning file=articles/b%2C c%3Ad.txt,line=12,col=1,endLine=12,endColumn=30,title=citecheck unused-source::Unused source [2] (“50%25 of%0Arows, a:b”)',
    )
  })

  it('ends with a plain summary line', () => {
    expect(lines[4]).toBe('citecheck: 4 problems (1 error, 2 warnings, 1 info) in 3 files')
  })

  it('annotates files that could not be checked', () => {
    const output = formatGithub([], { problems: [{ file: 'x.md', message: 'is not valid UTF-8' }] })
    expect(output.split('\n')[0]).toBe(
      '::error file=x.md,title=citecheck could not check this file::is not valid UTF-8',
    )
  })

  it('matches the snapshot', () => {
    expect(lines.join('\n')).toMatchSnapshot()
  })
})

describe('formatSarif', () => {
  const log = JSON.parse(
    formatSarif(results, {
      toolVersion: '1.2.3',
      rootUri: 'file:///work/repo/',
      problems: [{ file: 'gone.md', message: 'no such file' }],
    }),
  )
  const run = log.runs[0]

  it('is valid SARIF 2.1.0', () => {
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(sarifSchemaErrors(JSON.parse(formatSarif([])))).toEqual([])
  })

  it('has one rule per rule id, with its docs URL and default level', () => {
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining([...Object.keys(RULES), 'low-confidence']))
    const dangling = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'dangling-citation')
    expect(dangling).toMatchObject({
      name: 'DanglingCitation',
      helpUri: 'https://github.com/citecheck/citecheck#dangling-citation',
      defaultConfiguration: { level: 'error' },
    })
    expect(run.tool.driver).toMatchObject({ name: 'citecheck', version: '1.2.3' })
  })

  it('gives each result its rule, level, relative location and region', () => {
    expect(run.results).toHaveLength(4)
    const [info, first, error] = run.results
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId)
    expect(first).toMatchObject({ ruleId: 'unsupported-claim', level: 'warning' })
    expect(error.level).toBe('error')
    expect(info.level).toBe('note')
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'articles/a.md', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 52, charOffset: 162, charLength: 51 },
    })
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'articles/b%2C%20c%3Ad.txt',
    )
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } })
  })

  it('fingerprints findings by rule and message, not by line', () => {
    const moved = [
      {
        file: 'articles/a.md',
        report: reportWith([
          finding(
            'dangling-citation',
            'error',
            span(40, 9, 12),
            'Unexpected marker `[7]`: no source is labelled 7',
          ),
        ]),
      },
    ]
    const again = JSON.parse(formatSarif(moved)).runs[0].results[0]
    expect(again.partialFingerprints[SARIF_FINGERPRINT_KEY]).toBe(
      run.results[2].partialFingerprints[SARIF_FINGERPRINT_KEY],
    )
    const all = run.results.map(
      (result: { partialFingerprints: Record<string, string> }) =>
        result.partialFingerprints[SARIF_FINGERPRINT_KEY],
    )
    expect(new Set(all).size).toBe(all.length)
  })

  it('links a consistency finding to the earlier claim it names', () => {
    const escalation = {
      ...finding('certainty-escalation', 'warning', span(9, 1, 30), 'Certainty escalation: …'),
      claimId: 'c9',
      related: [{ position: span(5, 3, 40), claimId: 'c4', message: 'presented as rumour here' }],
    }
    const sarif = JSON.parse(formatSarif([{ file: 'a.md', report: reportWith([escalation]) }]))
    const [result] = sarif.runs[0].results
    expect(sarifSchemaErrors(sarif)).toEqual([])
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%', index: 0 },
          region: {
            startLine: 5,
            startColumn: 3,
            endLine: 5,
            endColumn: 40,
            charOffset: 326,
            charLength: 37,
          },
        },
        message: { text: 'presented as rumour here' },
      },
    ])
    expect(run.results[0].relatedLocations).toBeUndefined()
  })

  it('tells repeated identical findings apart', () => {
    const twice = [
      finding('missing-url', 'warning', span(1, 1, 5), 'same'),
      finding('missing-url', 'warning', span(2, 1, 5), 'same'),
    ]
    const [a, b] = JSON.parse(formatSarif([{ file: 'x.md', report: reportWith(twice) }])).runs[0].results
    expect(a.partialFingerprints[SARIF_FINGERPRINT_KEY]).not.toBe(
      b.partialFingerprints[SARIF_FINGERPRINT_KEY],
    )
  })

  it('records files that could not be checked as error notifications', () => {
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: 'no such file' },
    })
  })

  it('writes absolute paths as file: URIs', () => {
    const absolute = JSON.parse(formatSarif([{ file: '/tmp/x y.md', report: reportWith([]) }])).runs[0]
      .artifacts[0]
    expect(absolute.location).toEqual({ uri: 'file:///tmp/x%20y.md' })
  })

  it('matches the snapshot', () => {
    expect(run.results).toMatchSnapshot()
  })
})
