/**
 * `--format jsonl`, batch mode: reads JSON lines `{ "id", "text" }` or file paths from stdin (or takes
 * named files), and writes one `{ "id", "report" }` line per input as soon as it is checked.
 */
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { formatJsonErrorLine, formatJsonLine } from '../format/index.js'
import { CitecheckError } from '../report/errors.js'
import type { Report } from '../report/schema.js'
import { checkText } from './check.js'
import { expandInputs } from './files.js'
import { writeOut } from './io.js'
import { keepErrors, Outcome } from './outcome.js'
import { readArticle } from './read.js'
import type { RunContext } from './run.js'

/** One JSON line of batch input; other keys are allowed and ignored. */
export const BatchItemSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() })

/** Runs batch mode; resolves to the exit code (2 when any input failed, else as for other formats). */
export async function runBatch(context: RunContext): Promise<number> {
  const { io, args, messages } = context
  const outcome = new Outcome(context.runConfig)
  let failed = false
  const emit = async (id: string | number, report: Report) => {
    outcome.add(report)
    await writeOut(io.stdout, formatJsonLine(id, args.quiet ? keepErrors(report) : report))
  }
  const emitError = async (id: string | number | null, where: string, message: string) => {
    failed = true
    messages.error(`${where}: ${message}`)
    await writeOut(io.stdout, formatJsonErrorLine(id, message))
  }
  const checkFile = async (path: string, id: string) => {
    let config: Awaited<ReturnType<RunContext['configFor']>>
    try {
      config = await context.configFor(dirname(path))
    } catch (error) {
      if (!(error instanceof CitecheckError)) throw error
      return emitError(id, id, error.message)
    }
    const read = await readArticle(path, config.maxInputBytes)
    if (!read.ok) return emitError(id, id, read.message)
    if (read.empty) messages.notice(`${id}: is empty; nothing to check`)
    const checked = checkText(read.text, config)
    return checked.ok ? emit(id, checked.report) : emitError(id, id, checked.message)
  }

  const fileInputs = args.inputs.filter((input) => input !== '-')
  const readStdin = args.inputs.includes('-') || (args.inputs.length === 0 && io.stdin.isTTY !== true)
  if (!readStdin && fileInputs.length === 0) {
    io.stderr.write(`citecheck: no input: pipe JSON lines or file paths to stdin, or name files\n`)
    return 2
  }

  if (fileInputs.length > 0) {
    const expanded = await expandInputs(fileInputs, { cwd: io.cwd, ignore: context.ignore })
    for (const problem of expanded.problems) await emitError(problem.input, problem.input, problem.message)
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
        await emitError(null, `line ${lineNumber}`, 'is not valid UTF-8')
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
        await emitError(null, `line ${lineNumber}`, `invalid JSON: ${(error as Error).message}`)
        continue
      }
      const item = BatchItemSchema.safeParse(value)
      if (!item.success) {
        const id = idOf(value)
        await emitError(id, `line ${lineNumber}`, 'expected {"id": string or number, "text": string}')
        continue
      }
      let config: Awaited<ReturnType<RunContext['configFor']>>
      try {
        config = await context.configFor(stdinDirectory)
      } catch (error) {
        if (!(error instanceof CitecheckError)) throw error
        await emitError(item.data.id, `line ${lineNumber}`, error.message)
        continue
      }
      const checked = checkText(item.data.text, config)
      if (checked.ok) await emit(item.data.id, checked.report)
      else
        await emitError(
          item.data.id,
          `line ${lineNumber} (id ${JSON.stringify(item.data.id)})`,
          checked.message,
        )
    }
  }

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
