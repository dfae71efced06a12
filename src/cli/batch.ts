/**
 * `--format jsonl`, batch mode: reads JSON lines `{ "id", "text" }` or file paths from stdin (or takes
 * named files), and writes one `{ "id", "report" }` line per input as soon as it is checked.
 */
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { formatJsonErrorLine, formatJsonLine } from '../format/index.js'
import { CitecheckError } from '../report/errors.js'
import { type CheckItem, checkTexts } from './check.js'
import { expandInputs } from './files.js'
import { writeOut } from './io.js'
import { keepErrors, Outcome } from './outcome.js'
import { readArticle } from './read.js'
import type { RunContext } from './run.js'

/** One JSON line of batch input; other keys are allowed and ignored. */
export const BatchItemSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() })

// With `--jobs` of 2 or more, a window of articles is checked at once: this much text or this many.
const WINDOW_CHARS = 8 * 1024 * 1024
const WINDOW_ARTICLES = 512

/** A line of output to come: an article to check, or a message for an input that failed. */
type WindowEntry =
  | { id: string | number; where: string; item: CheckItem }
  | { id: string | number | null; where: string; message: string }

/** Runs batch mode; resolves to the exit code (2 when any input failed, else as for other formats). */
export async function runBatch(context: RunContext): Promise<number> {
  const { io, args, messages } = context
  const outcome = new Outcome(context.runConfig)
  let failed = false
  // Lines wait here until a window is full, then are checked together (on `--jobs` threads) and
  // written in input order. With one job the window is one article: each line is written as soon
  // as it is checked.
  const window: WindowEntry[] = []
  let windowChars = 0
  const flush = async () => {
    const articles = window.flatMap((entry) => ('item' in entry ? [entry] : []))
    const checked = await checkTexts(
      articles.map((entry) => entry.item),
      args.jobs,
    )
    let next = 0
    for (const entry of window.splice(0)) {
      if ('message' in entry) {
        await emitError(entry.id, entry.where, entry.message)
        continue
      }
      const result = checked[next++]!
      if (result.ok) {
        outcome.add(result.report)
        await writeOut(
          io.stdout,
          formatJsonLine(entry.id, args.quiet ? keepErrors(result.report) : result.report),
        )
      } else {
        await emitError(entry.id, entry.where, result.message)
      }
    }
    windowChars = 0
  }
  const emitError = async (id: string | number | null, where: string, message: string) => {
    failed = true
    messages.error(`${where}: ${message}`)
    await writeOut(io.stdout, formatJsonErrorLine(id, message))
  }
  const queueError = async (id: string | number | null, where: string, message: string) => {
    window.push({ id, where, message })
    if (args.jobs < 2) await flush()
  }
  const queue = async (id: string | number, where: string, item: CheckItem) => {
    window.push({ id, where, item })
    windowChars += item.text.length
    if (args.jobs < 2 || windowChars >= WINDOW_CHARS || window.length >= WINDOW_ARTICLES) await flush()
  }
  const checkFile = async (path: string, id: string) => {
    let config: Awaited<ReturnType<RunContext['configFor']>>
    try {
      config = await context.configFor(dirname(path))
    } catch (error) {
      if (!(error instanceof CitecheckError)) throw error
      return queueError(id, id, error.message)
    }
    const read = await readArticle(path, config.maxInputBytes)
    if (!read.ok) return queueError(id, id, read.message)
    if (read.empty) messages.notice(`${id}: is empty; nothing to check`)
    return queue(id, id, { text: read.text, config })
  }

  const fileInputs = args.inputs.filter((input) => input !== '-')
  const readStdin = args.inputs.includes('-') || (args.inputs.length === 0 && io.stdin.isTTY !== true)
  if (!readStdin && fileInputs.length === 0) {
    io.stderr.write(`citecheck: no input: pipe JSON lines or file paths to stdin, or name files\n`)
    return 2
  }

  if (fileInputs.length > 0) {
    const expanded = await expandInputs(fileInputs, { cwd: io.cwd, ignore: context.ignore })
    for (const problem of expanded.problems) await queueError(problem.input, problem.input, problem.message)
    for (const file of expanded.files) await checkFile(file.path, file.display)
  }

  if (readStdin) {
    const stdinDirectory = args.stdinFilename ? dirname(resolve(io.cwd, args.stdinFilename)) : io.cwd
    let lineNumber = 0
    for await (const bytes of readLines(io.stdin)) {
      lineNumber++
      let line: string
      try {
        line = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim()
      } catch {
        await queueError(null, `line ${lineNumber}`, 'is not valid UTF-8')
        continue
      }
      if (line === '') continue
      if (!line.startsWith('{')) {
        await checkFile(resolve(io.cwd, line), line)
        continue
      }
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        await queueError(null, `line ${lineNumber}`, `invalid JSON: ${(error as Error).message}`)
        continue
      }
      const item = BatchItemSchema.safeParse(value)
      if (!item.success) {
        const id = idOf(value)
        await queueError(id, `line ${lineNumber}`, 'expected {"id": string or number, "text": string}')
        continue
      }
      let config: Awaited<ReturnType<RunContext['configFor']>>
      try {
        config = await context.configFor(stdinDirectory)
      } catch (error) {
        if (!(error instanceof CitecheckError)) throw error
        await queueError(item.data.id, `line ${lineNumber}`, error.message)
        continue
      }
      await queue(item.data.id, `line ${lineNumber} (id ${JSON.stringify(item.data.id)})`, {
        text: item.data.text,
        config,
      })
    }
  }

  await flush()
  if (failed) return 2
  if (outcome.tooManyWarnings) {
    io.stderr.write(
      `citecheck: ${outcome.warnings} warnings, more than the maximum of ${context.runConfig.maxWarnings} (--max-warnings)\n`,
    )
  }
  return outcome.exitCode
}

function idOf(value: unknown): string | number | null {
  if (value === null || typeof value !== 'object') return null
  const id = (value as { id?: unknown }).id
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

/** Splits a byte stream at LF (dropping a CR before it), yielding each line's bytes as soon as it ends. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array = new Uint8Array(0)
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    let buffer = concat(pending, bytes)
    let newline = buffer.indexOf(10)
    while (newline !== -1) {
      const end = newline > 0 && buffer[newline - 1] === 13 ? newline - 1 : newline
      yield buffer.subarray(0, end)
      buffer = buffer.subarray(newline + 1)
      newline = buffer.indexOf(10)
    }
    pending = buffer
  }
  if (pending.length > 0) yield pending
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
