/**
 * Spawning the built `citecheck` binary in a scratch directory, for end-to-end tests.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { CLI, ROOT } from './cli-build.js'

/** What a run printed and how it exited. */
export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `node dist/cli.js …args` in `cwd`, with `input` on stdin (an empty pipe by default), colours off. */
export function citecheck(
  args: readonly string[],
  options: { cwd: string; input?: string | Buffer } = { cwd: ROOT },
): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.FORCE_COLOR
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 60_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A fixture of test/fixtures/cli/ as text. */
export function cliFixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'cli', name), 'utf8')
}

/** A fresh temporary directory holding these files (paths relative to it). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'citecheck-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}
