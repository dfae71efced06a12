/**
 * Reading an article: refuses what is not UTF-8 text (binary files, invalid UTF-8) and what is over
 * the size limit, each with a one-line reason.
 */
import { open, stat } from 'node:fs/promises'

/** An article's text, or why it could not be read. `empty` when it has nothing but white space. */
export type ReadResult = { ok: true; text: string; empty: boolean } | { ok: false; message: string }

/** Decodes bytes as UTF-8 text: refuses NUL bytes (binary), invalid UTF-8 and more than `maxBytes`. */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
  if (bytes.includes(0)) {
    return { ok: false, message: 'looks binary (it contains NUL bytes); expected UTF-8 text or Markdown' }
  }
  let text: string
  try {
    // fatal: a stray Latin-1 byte is an error to report, not a U+FFFD to analyse. The BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, message: 'is not valid UTF-8; expected UTF-8 text (convert it, e.g. with iconv)' }
  }
  return { ok: true, text, empty: text.trim() === '' }
}

/** Reads and decodes a file, checking its size before reading it. */
export async function readArticle(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const size = (await stat(path)).size
    if (size > maxBytes) return tooLarge(size, maxBytes)
    const handle = await open(path, 'r')
    try {
      return decodeArticle(await handle.readFile(), maxBytes)
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, message: 'no such file' }
    if (code === 'EISDIR') return { ok: false, message: 'is a directory' }
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: 'permission denied' }
    return { ok: false, message: `cannot read: ${(error as Error).message}` }
  }
}

/** Reads a whole stream (stdin) as an article, stopping as soon as it is over `maxBytes`. */
export async function readStreamArticle(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<ReadResult> {
  const chunks: Uint8Array[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    length += bytes.length
    if (length > maxBytes) return tooLarge(length, maxBytes, true)
    chunks.push(bytes)
  }
  const all = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.length
  }
  return decodeArticle(all, maxBytes)
}

function tooLarge(size: number, maxBytes: number, atLeast = false): ReadResult {
  return {
    ok: false,
    message: `is ${atLeast ? 'more than' : `${size} bytes,`} over the limit of ${maxBytes} bytes (maxInputBytes); split it or raise the limit`,
  }
}
