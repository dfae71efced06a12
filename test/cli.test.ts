import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { jsonSchemaFor } from '../src/config/index.js'
import { type Report, ReportSchema } from '../src/report/schema.js'
import { ensureBuilt, ROOT, SCHEMAS } from './cli-build.js'
import { type CliRun, citecheck, cliFixture, workspace } from './cli-run.js'
import { sarifSchemaErrors } from './format-sarif-validator.js'

beforeAll(() => ensureBuilt(), 240_000)

const seed = readFileSync(join(ROOT, 'fixtures', 'seed-article.txt'), 'utf8')
const articles = () => ({
  'seed-article.txt': seed,
  'article.md': cliFixture('article.md'),
  'clean.md': cliFixture('clean.md'),
  'warning-only.md': cliFixture('warning-only.md'),
})

describe.each([
  ['the seed (plain text)', 'seed-article.txt'],
  ['a Markdown article', 'article.md'],
])('every format on %s', (_, file) => {
  const cwd = workspace(articles())
  let json: CliRun
  let report: Report
  // Not at collection time: the binary is built in the top-level beforeAll.
  beforeAll(() => {
    json = citecheck(['--format', 'json', file], { cwd })
    report = (JSON.parse(json.stdout) as { file: string; report: Report }[])[0]!.report
  })

  it('json: one { file, report } whose report fits ReportSchema; exit 1 for its errors', () => {
    expect(json.status).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual([{ file, report: ReportSchema.parse(report) }])
    expect(report.summary.findings.error).toBeGreaterThan(0)
    expect(citecheck(['--json', file], { cwd }).stdout).toBe(json.stdout)
  })

  it('stylish: the file, each finding as line:col severity message ruleId, a summary', () => {
    const run = citecheck([file], { cwd })
    expect(run.status).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(file)
    const first = report.findings[0]!
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}${first.position.start.line}:${first.position.start.column} +${first.severity} +`),
      ),
    )
    for (const finding of report.findings)
      expect(run.stdout).toContain(`${finding.message}  ${finding.ruleId}`)
    const { error, warning, info } = report.summary.findings
    expect(lines.at(-2)).toMatch(
      new RegExp(
        `^✖ ${error + warning + info} problems \\(${error} errors?, ${warning} warnings?, ${info} info\\) in 1 of 1 file$`,
      ),
    )
    expect(run.stdout).not.toMatch(/\u001b\[/)
  })

  it('jsonl: one { id, report } line per input line', () => {
    const input = `${JSON.stringify({ id: 'a', text: readFileSync(join(cwd, file), 'utf8') })}\n${file}\n`
    const run = citecheck(['--format', 'jsonl'], { cwd, input })
    expect(run.status).toBe(1)
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual(['a', file])
    expect(lines[0].report).toEqual(report)
    expect(lines[1].report).toEqual(report)
  })

  it('sarif: valid SARIF 2.1.0 with one result per finding at a path relative to the working directory', () => {
    const run = citecheck(['--format', 'sarif', file], { cwd })
    expect(run.status).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(sarifSchemaErrors(log)).toEqual([])
    const results = log.runs[0].results
    expect(results).toHaveLength(report.findings.length)
    expect(results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: file,
      uriBaseId: '%SRCROOT%',
      index: 0,
    })
    expect(results[0].locations[0].physicalLocation.region.startLine).toBe(
      report.findings[0]!.position.start.line,
    )
    expect(log.runs[0].tool.driver.version).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    )
  })

  it('github: one annotation per finding and a summary line', () => {
    const run = citecheck(['--format', 'github', file], { cwd })
    expect(run.status).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(report.findings.length + 1)
    const first = report.findings[0]!
    expect(lines[0]).toContain(
      `::${first.severity === 'info' ? 'notice' : first.severity} file=${file},line=${first.position.start.line},col=${first.position.start.column},`,
    )
    expect(lines.at(-1)).toMatch(/^citecheck: \d+ problems? \(/)
  })

  it('html: one page with the article, its claims marked, and a row per finding', () => {
    const run = citecheck(['--format', 'html', file], { cwd })
    expect(run.status).toBe(1)
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(run.stdout).toContain(`<h2>${file}</h2>`)
    expect(run.stdout).toContain('<div class="text">')
    expect(run.stdout.match(/<tr id="a1-f\d{1,6}"/g)).toHaveLength(report.findings.length)
    for (const claim of report.claims) expect(run.stdout).toContain(`id="a1-${claim.id}"`)
  })
})

describe('exit codes', () => {
  const cwd = workspace(articles())

  it('0 for a clean article', () => {
    const run = citecheck(['clean.md'], { cwd })
    expect(run).toMatchObject({ status: 0, stderr: '' })
    expect(run.stdout).toMatch(/^✔ no problems in 1 file/)
  })

  it('0 for warnings only, 1 with --fail-on warning or past --max-warnings', () => {
    const json = JSON.parse(citecheck(['--json', 'warning-only.md'], { cwd }).stdout)[0].report as Report
    expect(json.summary.findings).toMatchObject({ error: 0 })
    expect(json.summary.findings.warning).toBeGreaterThan(0)
    expect(citecheck(['warning-only.md'], { cwd }).status).toBe(0)
    expect(citecheck(['--fail-on', 'warning', 'warning-only.md'], { cwd }).status).toBe(1)
    const capped = citecheck(['--max-warnings', '0', 'warning-only.md'], { cwd })
    expect(capped.status).toBe(1)
    expect(capped.stderr).toMatch(/more than the maximum of 0 \(--max-warnings\)/)
    expect(citecheck(['--max-warnings', '100', 'warning-only.md'], { cwd }).status).toBe(0)
  })

  it('1 for an error-severity finding', () => {
    expect(citecheck(['article.md'], { cwd }).status).toBe(1)
  })

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [
      ['--format', 'xml', 'clean.md'],
      '--format expects stylish, json, jsonl, sarif, github or html, got "xml"',
    ],
    [['--format', 'markdown', 'clean.md'], 'use --input-format markdown'],
    [['--json', '--format', 'sarif', 'clean.md'], '--json conflicts with --format sarif'],
    [['--fail-on', 'fatal', 'clean.md'], '--fail-on expects error, warning or info'],
    [['--max-warnings', 'many', 'clean.md'], '--max-warnings expects a whole number'],
    [['--min-confidence', '1.5', 'clean.md'], '--min-confidence expects a number from 0 to 1'],
    [['--jobs', '0', 'clean.md'], '--jobs expects a whole number of at least 1, got "0"'],
    [['-j', 'two', 'clean.md'], '--jobs expects a whole number of at least 1, got "two"'],
    [['schema', 'nope'], 'schema expects report or config'],
    [[], 'no input'],
  ])('2 for the usage error %j', (args, message) => {
    const run = citecheck(args, { cwd })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stdout).toBe('')
  })

  it('2 for an invalid config, with zod’s message and the config’s path', () => {
    const bad = workspace({
      'a.md': cliFixture('clean.md'),
      'citecheck.config.json': '{ "rules": { "unused-sources": "off" }, "failOn": "always" }',
    })
    const run = citecheck(['a.md'], { cwd: bad })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`Invalid config in ${join(bad, 'citecheck.config.json')}:`)
    expect(run.stderr).toContain('✖ Unrecognized key: "unused-sources"\n  → at rules')
    expect(run.stderr).toContain('→ at failOn')
    expect(run.stdout).toBe('')
  })

  it('2 for a config that is not JSON or pollutes prototypes', () => {
    const broken = workspace({ 'a.md': 'x', '.citecheckrc.json': '{ rules: }' })
    expect(citecheck(['a.md'], { cwd: broken })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Cannot parse config'),
    })
    const polluting = workspace({ 'a.md': 'x', '.citecheckrc.json': '{ "__proto__": { "failOn": "info" } }' })
    expect(citecheck(['a.md'], { cwd: polluting })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Forbidden key "__proto__"'),
    })
  })

  it('2 for a mix of good and bad files, which still checks the good ones', () => {
    const mixed = workspace({
      ...articles(),
      'empty-dir/notes.png': new Uint8Array([137, 80, 78, 71]),
      'binary.md': new Uint8Array([35, 32, 0, 1, 2, 3]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]),
      'empty.md': '',
      'huge.md': `${'Words and more words. '.repeat(100)}\n`,
    })
    const run = citecheck(
      [
        '--json',
        '--max-input-bytes',
        '1000',
        'clean.md',
        'missing.md',
        'empty-dir',
        'binary.md',
        'latin1.txt',
        'empty.md',
        'huge.md',
        'nothing/**/*.md',
        'warning-only.md',
      ],
      { cwd: mixed },
    )
    expect(run.status).toBe(2)
    const checked = (JSON.parse(run.stdout) as { file: string }[]).map((each) => each.file)
    expect(checked).toEqual(['clean.md', 'empty.md', 'warning-only.md'])
    const errors = run.stderr.trimEnd().split('\n')
    expect(errors).toEqual([
      'citecheck: error: missing.md: no such file or directory',
      'citecheck: error: empty-dir: no .md, .markdown, .txt files in this directory',
      'citecheck: error: nothing/**/*.md: no files match this pattern',
      'citecheck: error: binary.md: looks binary (it contains NUL bytes); expected UTF-8 text or Markdown',
      'citecheck: error: latin1.txt: is not valid UTF-8; expected UTF-8 text (convert it, e.g. with iconv)',
      'citecheck: notice: empty.md: is empty; nothing to check',
      'citecheck: error: huge.md: is 2201 bytes, over the limit of 1000 bytes (maxInputBytes); split it or raise the limit',
    ])
  })
})

describe('inputs', () => {
  const cwd = workspace({
    'articles/a.md': cliFixture('clean.md'),
    'articles/deep/b.markdown': cliFixture('warning-only.md'),
    'articles/deep/c.txt': cliFixture('clean.md'),
    'articles/image.png': new Uint8Array([137, 80, 78, 71, 0]),
    'articles/drafts/d.md': cliFixture('article.md'),
    'articles/node_modules/e.md': cliFixture('article.md'),
    'articles/.hidden/f.md': cliFixture('article.md'),
  })
  const files = (args: string[], dir = cwd) =>
    (JSON.parse(citecheck(['--json', ...args], { cwd: dir }).stdout) as { file: string }[]).map(
      (each) => each.file,
    )

  it('expands directories to their articles, skipping hidden directories and node_modules', () => {
    expect(files(['articles'])).toEqual([
      'articles/a.md',
      'articles/deep/b.markdown',
      'articles/deep/c.txt',
      'articles/drafts/d.md',
    ])
  })

  it('expands globs, once per file', () => {
    expect(files(['articles/**/*.md', 'articles/a.md'])).toEqual(['articles/a.md', 'articles/drafts/d.md'])
    expect(files(['articles/deep/*.{txt,markdown}'])).toEqual([
      'articles/deep/b.markdown',
      'articles/deep/c.txt',
    ])
  })

  it('skips --ignore patterns and .citecheckignore', () => {
    expect(files(['--ignore', 'drafts/', '--ignore', '*.txt', 'articles'])).toEqual([
      'articles/a.md',
      'articles/deep/b.markdown',
    ])
    const ignoring = workspace({
      '.citecheckignore': '# not ours\ndeep/\n',
      'x/a.md': 'A.',
      'x/deep/b.md': 'B.',
    })
    expect(files(['x'], ignoring)).toEqual(['x/a.md'])
  })

  it('reads stdin with - and when piped, naming it <stdin> or --stdin-filename', () => {
    const input = cliFixture('article.md')
    const piped = JSON.parse(citecheck(['--json'], { cwd, input }).stdout)
    expect(piped[0].file).toBe('<stdin>')
    expect(piped[0].report.summary.findings.error).toBeGreaterThan(0)
    const named = JSON.parse(
      citecheck(['--json', '--stdin-filename', 'today.md', 'articles/a.md', '-'], { cwd, input }).stdout,
    )
    expect(named.map((each: { file: string }) => each.file)).toEqual(['articles/a.md', 'today.md'])
  })

  it('is a usage error when nothing is named and stdin is empty', () => {
    expect(citecheck([], { cwd, input: '' })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('stdin is empty'),
    })
  })
})

describe('config files', () => {
  const quiet = { rules: { 'unused-source': 'off', 'dangling-citation': 'warn', 'placeholder-url': 0 } }
  const cwd = workspace({
    'loud/article.md': cliFixture('article.md'),
    'quiet/citecheck.config.json': JSON.stringify(quiet),
    'quiet/article.md': cliFixture('article.md'),
    'pkg/package.json': JSON.stringify({ name: 'x', citecheck: { rules: { 'unconfirmed-claim': 'error' } } }),
    'pkg/sub/article.md': cliFixture('article.md'),
    'other.json': JSON.stringify({ minConfidence: 1 }),
  })
  const rules = (report: Report) => report.findings.map((each) => `${each.ruleId}:${each.severity}`)
  let loud: Report
  let quieted: Report
  let pkg: Report
  beforeAll(() => {
    const run = JSON.parse(citecheck(['--json', 'loud', 'quiet', 'pkg'], { cwd }).stdout) as {
      report: Report
    }[]
    ;[loud, quieted, pkg] = run.map((each) => each.report) as [Report, Report, Report]
  })

  it('apply the config nearest to each file', () => {
    expect(rules(loud)).toEqual(expect.arrayContaining(['unused-source:warning', 'dangling-citation:error']))
    expect(rules(quieted)).not.toContainEqual(expect.stringMatching(/^(unused-source|placeholder-url):/))
    expect(rules(quieted)).toContain('dangling-citation:warning')
    expect(rules(pkg)).toContain('unconfirmed-claim:error')
  })

  it('--config replaces the search', () => {
    const report = JSON.parse(
      citecheck(['--json', '--config', 'other.json', 'quiet/article.md'], { cwd }).stdout,
    )[0].report as Report
    expect(rules(report)).toContain('unused-source:warning')
    expect(report.findings.filter((each) => each.ruleId === 'low-confidence').length).toBe(
      report.claims.filter((claim) => claim.status !== 'not-check-worthy').length,
    )
  })

  it('--print-config shows the resolved config for a file, flags included', () => {
    const printed = JSON.parse(
      citecheck(['--print-config', 'quiet/article.md', '--fail-on', 'warning'], { cwd }).stdout,
    )
    expect(printed).toMatchObject({
      rules: { 'unused-source': 'off', 'dangling-citation': 'warning', 'placeholder-url': 'off' },
      failOn: 'warning',
      format: 'stylish',
    })
  })

  it('--min-confidence reports check-worthy claims below it as low-confidence warnings', () => {
    const report = JSON.parse(
      citecheck(['--json', '--min-confidence', '1', 'loud/article.md'], { cwd }).stdout,
    )[0].report as Report
    const low = report.findings.filter((each) => each.ruleId === 'low-confidence')
    expect(low.length).toBeGreaterThan(0)
    expect(low.every((each) => each.severity === 'warning')).toBe(true)
  })
})

describe('other commands and flags', () => {
  const cwd = workspace(articles())

  it('--help shows usage and examples; --version the package version', () => {
    const help = citecheck(['--help'], { cwd })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: citecheck')
    expect(help.stdout).toContain("citecheck 'articles/**/*.md' --format github")
    const version = citecheck(['--version'], { cwd })
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it.each(['report', 'config'] as const)(
    'schema %s prints the JSON Schema that ships in schemas/',
    (name) => {
      const run = citecheck(['schema', name], { cwd })
      expect(run.status).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual(jsonSchemaFor(name))
      expect(JSON.parse(readFileSync(join(SCHEMAS, `${name}.schema.json`), 'utf8'))).toEqual(
        jsonSchemaFor(name),
      )
    },
  )

  it('--quiet reports errors only, and keeps the exit code', () => {
    const run = citecheck(['--quiet', '--json', 'article.md', 'empty.md'], {
      cwd: workspace({ ...articles(), 'empty.md': '' }),
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const [report] = (JSON.parse(run.stdout) as { report: Report }[]).map((each) => each.report)
    expect(report!.findings.length).toBeGreaterThan(0)
    expect(report!.findings.every((each) => each.severity === 'error')).toBe(true)
  })

  it('jsonl reports bad lines and keeps going', () => {
    const input = [
      '{"id": 1, "text": "A claim."}',
      'not-there.md',
      '{"id": 2}',
      '{oops',
      '',
      '{"id": "last", "text": ""}',
    ].join('\n')
    const run = citecheck(['--format', 'jsonl'], { cwd, input })
    expect(run.status).toBe(2)
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.id, 'report' in line ? 'report' : line.error])).toEqual([
      [1, 'report'],
      ['not-there.md', 'no such file'],
      [2, 'expected {"id": string or number, "text": string}'],
      [null, expect.stringContaining('invalid JSON')],
      ['last', 'report'],
    ])
  })
})
