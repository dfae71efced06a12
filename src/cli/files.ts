/**
 * From command-line arguments to the files to check: plain files, directories (their .md, .markdown
 * and .txt files, recursively) and globs, minus ignored paths.
 */
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { compileGlob, createIgnoreMatcher, expandBraces, isGlob, splitGlobBase } from './patterns.js'

/** The extensions directories and globs expand to. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const
/** The ignore file read from the working directory. */
export const IGNORE_FILE = '.citecheckignore'

/** A file to check: its absolute path and the path to show (relative to the working directory). */
export interface InputFile {
  path: string
  display: string
}

/** An argument that gave nothing to check, and why. */
export interface InputProblem {
  input: string
  message: string
}

/** What {@link expandInputs} found. */
export interface ExpandedInputs {
  files: InputFile[]
  problems: InputProblem[]
  /** How many files were skipped by ignore patterns. */
  ignored: number
}

/** Reads `.citecheckignore` in `cwd` as lines; none when the file does not exist. */
export async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return (await readFile(join(cwd, IGNORE_FILE), 'utf8')).split(/\r?\n/)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** The path to show for a file: relative to `cwd` when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel === '' ? '.' : rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? path : rel
}

/**
 * Expands arguments into files, in argument order, each file once. Ignore patterns (relative to
 * `cwd`) apply to every file, named or found; hidden directories and node_modules are not entered.
 * An argument that yields nothing becomes a problem: a missing path, a directory without articles,
 * a glob that matches nothing.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: { cwd: string; ignore: readonly string[] },
): Promise<ExpandedInputs> {
  const ignoreMatcher = createIgnoreMatcher(options.ignore)
  const isIgnored = (path: string, isDirectory: boolean) => {
    const rel = relative(options.cwd, path).split(sep).join('/')
    return !rel.startsWith('../') && rel !== '' && ignoreMatcher(rel, isDirectory)
  }
  const seen = new Set<string>()
  const result: ExpandedInputs = { files: [], problems: [], ignored: 0 }
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    if (isIgnored(path, false)) {
      result.ignored++
      return
    }
    result.files.push({ path, display: displayPath(options.cwd, path) })
  }

  for (const input of inputs) {
    const path = resolve(options.cwd, input)
    let kind: 'file' | 'directory' | 'other' | 'missing'
    try {
      const stats = await stat(path)
      kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other'
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        result.problems.push({ input, message: `cannot read: ${(error as Error).message}` })
        continue
      }
      kind = 'missing'
    }
    if (kind === 'file') {
      add(path)
    } else if (kind === 'directory') {
      const before = result.files.length + result.ignored
      for (const file of await walk(path, { isIgnored, accept: hasArticleExtension })) add(file)
      if (result.files.length + result.ignored === before) {
        result.problems.push({
          input,
          message: `no ${ARTICLE_EXTENSIONS.join(', ')} files in this directory`,
        })
      }
    } else if (kind === 'other') {
      result.problems.push({ input, message: 'not a regular file or directory' })
    } else if (isGlob(input)) {
      const before = result.files.length + result.ignored
      for (const file of await expandGlob(input, options.cwd, isIgnored)) add(file)
      if (result.files.length + result.ignored === before) {
        result.problems.push({ input, message: 'no files match this pattern' })
      }
    } else {
      result.problems.push({ input, message: 'no such file or directory' })
    }
  }
  return result
}

function hasArticleExtension(path: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())
}

async function expandGlob(
  pattern: string,
  cwd: string,
  isIgnored: (path: string, isDirectory: boolean) => boolean,
): Promise<string[]> {
  const files: string[] = []
  for (const each of expandBraces(pattern.split(sep).join('/'))) {
    const { base, rest } = splitGlobBase(each)
    const root = resolve(cwd, base)
    const matches = compileGlob(rest)
    // A pattern that names its extension (`*.mdx`) gets every match; others only articles.
    const namesExtension = /\.[A-Za-z0-9]{1,20}$/.test(rest) && !isGlob(rest.slice(rest.lastIndexOf('.')))
    const accept = (path: string) =>
      matches(relative(root, path).split(sep).join('/')) && (namesExtension || hasArticleExtension(path))
    files.push(...(await walk(root, { isIgnored, accept })))
  }
  // `{txt,md}` walks twice; the caller drops repeats, and sorting keeps the order the same as a walk's.
  return files.sort()
}

/** Files below `root` (sorted, depth first) that `accept` takes, skipping ignored and hidden directories. */
async function walk(
  root: string,
  options: { isIgnored: (path: string, isDirectory: boolean) => boolean; accept: (path: string) => boolean },
): Promise<string[]> {
  const files: string[] = []
  const visit = async (directory: string) => {
    let entries: Dirent[]
    try {
      entries = await readdir(directory, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules' || options.isIgnored(path, true))
          continue
        await visit(path)
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) {
        if (options.accept(path)) files.push(path)
      }
    }
  }
  await visit(root)
  return files
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
