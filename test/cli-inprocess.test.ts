import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo, OutputStream } from '../src/cli/io.js'
import { run } from '../src/cli/run.js'
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
