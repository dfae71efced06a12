import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { checkTexts } from '../src/cli/check.js'
import type { CliIo, OutputStream } from '../src/cli/io.js'
import { run } from '../src/cli/run.js'
import { defaultConfig } from '../src/config/resolve.js'
import { analyzeMany } from '../src/parallel/index.js'

// The real analyzeMany, watched: the --jobs tests check that the pool is really used.
vi.mock('../src/parallel/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/parallel/index.js')>()
  return { ...real, analyzeMany: vi.fn(real.analyzeMany) }
})

import { cliFixture, workspace } from './cli-run.js'

/** A stream that keeps what is written. */
function sink(isTTY: boolean): OutputStream & { text: string } {
  return {
    text: '',
    isTTY,
    write(chunk: string) {
      this.text += chunk
      return true
    },
    once() {
      return this
    },
  }
}

async function runInProcess(
  args: string[],
  options: { cwd: string; tty?: boolean; stdin?: string; env?: Record<string, string> },
) {
  const stdout = sink(options.tty === true)
  const stderr = sink(options.tty === true)
  const io: CliIo = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdin: Object.assign(
      (async function* () {
        if (options.stdin !== undefined) yield new TextEncoder().encode(options.stdin)
      })(),
      { isTTY: options.stdin === undefined },
    ),
    stdout,
    stderr,
  }
  const status = await run(args, io)
  return { status, stdout: stdout.text, stderr: stderr.text }
}

describe('the command in-process', () => {
  const many = workspace({})
  mkdirSync(join(many, 'articles'))
  for (let index = 0; index < 51; index++)
    writeFileSync(join(many, 'articles', `a${index}.md`), cliFixture('clean.md'))

  it('shows progress on a terminal for runs over 50 files, and clears it', async () => {
    const result = await runInProcess(['articles'], { cwd: many, tty: true })
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('\r\u001b[K[1/51] articles/a0.md')
    expect(result.stderr).toContain('[51/51]')
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true)
  })

  it('shows no progress when stderr is not a terminal, or with --quiet', async () => {
    expect((await runInProcess(['articles'], { cwd: many })).stderr).toBe('')
    expect((await runInProcess(['articles', '--quiet'], { cwd: many, tty: true })).stderr).toBe('')
  })

  it('colours stylish output on a terminal unless NO_COLOR or --no-color', async () => {
    const cwd = workspace({ 'a.md': cliFixture('article.md') })
    expect((await runInProcess(['a.md'], { cwd, tty: true })).stdout).toContain('\u001b[31merror')
    expect((await runInProcess(['a.md'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    )
    expect((await runInProcess(['a.md', '--no-color'], { cwd, tty: true })).stdout).not.toContain('\u001b[')
    expect((await runInProcess(['a.md', '--color'], { cwd })).stdout).toContain('\u001b[31merror')
  })

  it('is a usage error to name nothing on a terminal', async () => {
    const result = await runInProcess([], { cwd: many, tty: true })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('no input: name files, directories or globs, or pipe text to stdin')
  })
})

describe('--jobs: analysis on worker threads', () => {
  // Articles of every outcome, one folder with its own config (another rule set: another pool).
  const cwd = workspace({
    'a/article.md': cliFixture('article.md'),
    'a/clean.md': cliFixture('clean.md'),
    'a/warning-only.md': cliFixture('warning-only.md'),
    'a/empty.md': '',
    'a/binary.md': new Uint8Array([0xff, 0xfe, 0x00, 0x80]),
    'b/citecheck.config.json': JSON.stringify({ rules: { 'unsupported-claim': 'off' } }),
    'b/article.md': cliFixture('article.md'),
    'b/clean.md': cliFixture('clean.md'),
  })

  beforeEach(() => {
    vi.mocked(analyzeMany).mockClear()
  })

  it.each(['json', 'sarif', 'stylish'])(
    'gives the same %s output and exit code as one thread',
    async (format) => {
      const one = await runInProcess(['a', 'b', '--format', format], { cwd })
      expect(analyzeMany).not.toHaveBeenCalled()
      const two = await runInProcess(['a', 'b', '--format', format, '--jobs', '2'], { cwd })
      // One pool per config: a/ (4 readable articles) and b/ (2, another rule set).
      expect(vi.mocked(analyzeMany).mock.calls.map((call) => call[0].length)).toEqual([4, 2])
      expect(two.stdout).toBe(one.stdout)
      expect(two.stderr).toBe(one.stderr)
      expect(two.status).toBe(one.status)
      expect(one.status).toBe(2) // the binary file cannot be read
    },
  )

  it('keeps the input order of jsonl lines, failed ones included', async () => {
    const lines = [
      JSON.stringify({ id: 1, text: cliFixture('article.md') }),
      '{ not json',
      JSON.stringify({ id: 'two', text: cliFixture('clean.md') }),
      JSON.stringify({ id: 3 }),
      'a/warning-only.md',
      'a/missing.md',
      JSON.stringify({ id: 4, text: 'Prices rose [1].\n\nSources:\n[1] https://example.com/a' }),
    ].join('\n')
    const one = await runInProcess(['--format', 'jsonl'], { cwd, stdin: lines })
    const two = await runInProcess(['--format', 'jsonl', '-j', '2'], { cwd, stdin: lines })
    expect(vi.mocked(analyzeMany).mock.calls.map((call) => call[0].length)).toEqual([4])
    expect(two.stdout).toBe(one.stdout)
    expect(two.status).toBe(one.status)
    const ids = two.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: unknown }).id)
    expect(ids).toEqual([1, null, 'two', 3, 'a/warning-only.md', 'a/missing.md', 4])
  })

  it('checks again one by one when the pool fails, so each article gets its own result', async () => {
    const config = { ...defaultConfig(), maxInputBytes: 200 }
    const small = 'Prices rose in every region [1].\n\n[1]: https://example.com/a'
    const results = await checkTexts(
      [
        { text: small, config },
        { text: 'x'.repeat(500), config },
        { text: small, config },
      ],
      2,
    )
    expect(results.map((result) => result.ok)).toEqual([true, false, true])
    expect(results[1]).toMatchObject({ ok: false, message: expect.stringContaining('200') })
  })
})
