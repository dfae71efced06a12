/**
 * The command's connection to the world, passed in so tests can run it in-process, and the one-line
 * error, notice and progress messages it writes to stderr.
 */

/** A stream the command writes to; `isTTY` decides colours and progress. */
export interface OutputStream {
  write(chunk: string): boolean
  once(event: 'drain', listener: () => void): unknown
  isTTY?: boolean
}

/** What the command reads and writes: process.stdin/stdout/stderr, cwd and env in the real binary. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean }
  stdout: OutputStream
  stderr: OutputStream
}

/** Writes a chunk and waits for the stream to drain when its buffer is full (for long JSON Lines runs). */
export async function writeOut(stream: OutputStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((done) => stream.once('drain', done))
}

/** One-line messages on stderr: errors always, notices and progress unless quiet. */
export class Messages {
  readonly #io: CliIo
  readonly #quiet: boolean
  #progressShown = false
  #progressAt = 0
  /** How many errors were reported. */
  errors = 0

  constructor(io: CliIo, quiet: boolean) {
    this.#io = io
    this.#quiet = quiet
  }

  /** `citecheck: error: <text>`. */
  error(text: string): void {
    this.errors++
    this.#clearProgress()
    this.#io.stderr.write(`citecheck: error: ${text}\n`)
  }

  /** `citecheck: notice: <text>`, unless quiet. */
  notice(text: string): void {
    if (this.#quiet) return
    this.#clearProgress()
    this.#io.stderr.write(`citecheck: notice: ${text}\n`)
  }

  /** `[12/300] file` on one rewritten line, only on a terminal and only for long runs. */
  progress(done: number, total: number, file: string): void {
    if (this.#quiet || total <= PROGRESS_MIN_FILES || this.#io.stderr.isTTY !== true) return
    // A terminal redraw per file is slower than checking a small file; redraw at most 20 times a second.
    const now = Date.now()
    if (now - this.#progressAt < 50 && done !== total) return
    this.#progressAt = now
    this.#io.stderr.write(`\r\u001b[K[${done}/${total}] ${file}`)
    this.#progressShown = true
  }

  /** Removes the progress line. */
  endProgress(): void {
    this.#clearProgress()
  }

  #clearProgress(): void {
    if (!this.#progressShown) return
    this.#io.stderr.write('\r\u001b[K')
    this.#progressShown = false
  }
}

/** Runs with more files than this show progress on a terminal. */
export const PROGRESS_MIN_FILES = 50
