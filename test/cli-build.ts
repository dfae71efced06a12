/**
 * Makes sure the end-to-end tests spawn a `citecheck` built from the current sources.
 *
 * In CI, `npm ci` runs the `prepare` build, so dist/ is fresh and is used as it is. Locally, a stale
 * dist/ is rebuilt with `npm run build`, once: test files run in parallel workers, so the first one
 * takes a lock directory and the others wait for it. The tests then run a private copy of dist/ (under
 * node_modules/.cache, so the package's dependencies still resolve): a build started meanwhile by
 * anyone else empties dist/ and must not fail the tests half-way.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

const CACHE = join(ROOT, 'node_modules', '.cache')
// The vitest process: the parent of a forked worker, or this process for a worker thread.
const RUN_ID = String(isMainThread ? process.ppid : process.pid)
const SNAPSHOT = join(CACHE, `citecheck-e2e-${RUN_ID}`)
const SNAPSHOT_DONE = join(SNAPSHOT, '.complete')

/** The built binary this run's tests spawn. */
export const CLI = join(SNAPSHOT, 'dist', 'cli.js')
/** The built unified plugin this run's tests load. */
export const REMARK_PLUGIN = join(SNAPSHOT, 'dist', 'remark.js')
/** The built JSON Schemas this run's tests read. */
export const SCHEMAS = join(SNAPSHOT, 'schemas')

const INPUTS = ['src', 'scripts', 'package.json', 'tsup.config.ts']
const OUTPUTS = ['dist/cli.js', 'dist/remark.js', 'dist/index.js', 'schemas/config.schema.json']
const LOCK = join(CACHE, 'citecheck-build.lock')
const STALE_MS = 5 * 60_000

function newestMtime(path: string): number {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function isFresh(): boolean {
  let oldestOutput = Number.POSITIVE_INFINITY
  for (const output of OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(join(ROOT, output)).mtimeMs)
    } catch {
      return false
    }
  }
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= oldestOutput)
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function takeSnapshot(): void {
  for (const entry of readdirSync(CACHE)) {
    const path = join(CACHE, entry)
    if (
      entry.startsWith('citecheck-e2e-') &&
      path !== SNAPSHOT &&
      Date.now() - statSync(path).mtimeMs > STALE_MS
    ) {
      rmSync(path, { recursive: true, force: true })
    }
  }
  rmSync(SNAPSHOT, { recursive: true, force: true })
  for (const part of ['dist', 'schemas', 'package.json'])
    cpSync(join(ROOT, part), join(SNAPSHOT, part), { recursive: true })
  writeFileSync(SNAPSHOT_DONE, '')
}

/** Builds dist/ and schemas/ unless they are newer than every source, then copies them for this run. */
export function ensureBuilt(): void {
  const deadline = Date.now() + 240_000
  mkdirSync(CACHE, { recursive: true })
  while (!existsSync(SNAPSHOT_DONE)) {
    let locked = false
    try {
      mkdirSync(LOCK)
      locked = true
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true })
      } catch {
        // The lock went away meanwhile.
      }
    }
    if (locked) {
      try {
        if (!existsSync(SNAPSHOT_DONE)) {
          if (!isFresh()) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' })
          takeSnapshot()
        }
      } finally {
        rmSync(LOCK, { recursive: true, force: true })
      }
      return
    }
    if (Date.now() > deadline) throw new Error('timed out waiting for another test worker to build dist/')
    sleep(250)
  }
}
