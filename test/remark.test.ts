import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import remarkCitecheckDefault, { remarkCitecheck } from '../src/remark/index.js'
import { ensureBuilt, REMARK_PLUGIN, ROOT } from './cli-build.js'
import { cliFixture, workspace } from './cli-run.js'

const article = cliFixture('article.md')

async function check(text: string, options?: Parameters<typeof remarkCitecheck>[0]) {
  const file = new VFile({ value: text })
  await unified()
    .use(remarkParse)
    .use(remarkCitecheck, options)
    .run(unified().use(remarkParse).parse(file), file)
  return file
}

describe('remarkCitecheck', () => {
  it('is the default export too', () => {
    expect(remarkCitecheckDefault).toBe(remarkCitecheck)
  })

  it('adds one message per finding, as place: reason', async () => {
    const file = await check(article)
    const report = analyze(article, { format: 'markdown' })
    expect(file.messages.map(String)).toEqual(
      report.findings.map((finding) => {
        const { start, end } = finding.position
        return `${start.line}:${start.column}-${end.line}:${end.column}: ${finding.message}`
      }),
    )
    expect(file.messages.map(String)).toContain(
      '5:52-5:55: Unexpected marker `[7]`: no source is labelled 7; expected one of [1], [2]',
    )
  })

  it('says which rule, where its docs are, and how serious it is', async () => {
    const file = await check(article)
    const dangling = file.messages.find((message) => message.ruleId === 'dangling-citation')!
    expect(dangling).toMatchObject({
      source: 'citecheck',
      fatal: true,
      url: 'https://github.com/citecheck/citecheck#dangling-citation',
      actual: '[7]',
      line: 5,
    })
    expect(dangling.expected).toEqual(expect.arrayContaining(['[1]']))
    expect(dangling.place).toMatchObject({ start: { line: 5 }, end: { line: 5 } })
    const unused = file.messages.find((message) => message.ruleId === 'unused-source')!
    expect(unused.fatal).toBe(false)
  })

  it('marks info findings with fatal undefined', async () => {
    const file = await check(
      'Ceci est un article en français. Le maire a annoncé un nouveau budget hier soir.\n',
    )
    const info = file.messages.find((message) => message.ruleId === 'unsupported-language')
    expect(info?.fatal).toBeUndefined()
  })

  it('takes rule settings and minConfidence as options', async () => {
    const file = await check(article, {
      rules: { 'dangling-citation': 'off', 'unused-source': 'error' },
      minConfidence: 1,
    })
    expect(file.messages.some((message) => message.ruleId === 'dangling-citation')).toBe(false)
    expect(file.messages.find((message) => message.ruleId === 'unused-source')?.fatal).toBe(true)
    expect(file.messages.some((message) => message.ruleId === 'low-confidence')).toBe(true)
  })

  it('refuses unknown options with zod’s message', () => {
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkCitecheck, { rulez: {} } as never)
        .freeze(),
    ).toThrow(/Invalid remark-citecheck options:\n✖ Unrecognized key: "rulez"/)
  })
})

describe('with remark-cli', () => {
  beforeAll(() => ensureBuilt(), 240_000)

  const remark = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })

  it('reports the findings of the built plugin and fails on errors', () => {
    const cwd = workspace({ 'article.md': article })
    const run = remark(['article.md', '--use', REMARK_PLUGIN, '--no-stdout', '--no-color'], cwd)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^article\.md\n/)
    expect(run.stderr).toMatch(
      /5:\d+-5:\d+ +error +Unexpected marker `\[7\]`: no source is labelled 7.* +dangling-citation +citecheck/,
    )
  })

  it('reads the plugin and its options from a .remarkrc.json', () => {
    const cwd = workspace({
      'article.md': article,
      '.remarkrc.json': JSON.stringify({
        plugins: [[REMARK_PLUGIN, { rules: { 'dangling-citation': 'off', 'placeholder-url': 'off' } }]],
      }),
    })
    const run = remark(['article.md', '--no-stdout', '--no-color'], cwd)
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('dangling-citation')
    expect(run.stderr).toContain('citecheck')
  })
})
