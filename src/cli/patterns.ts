/**
 * Glob and ignore patterns, matched against `/`-separated relative paths. No file system here:
 * src/cli/files.ts walks directories and asks these matchers.
 *
 * Globs: `*` and `?` within a segment, `**` for any number of directories, `[abc]`/`[!abc]`
 * classes, `{a,b}` alternatives, `\` to escape. Wildcards do not match a leading `.` (hidden files)
 * unless `dot` is set. Ignore patterns follow .gitignore: `#` comments, `!` to re-include, a
 * trailing `/` for directories only, and a pattern without an inner `/` matches at any depth.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.

const MAGIC = /[*?[{]/
// Brace expansion multiplies patterns; a handful of groups is plenty for file names.
const MAX_EXPANSIONS = 256

/** True when the argument has glob syntax (`*`, `?`, `[`, `{`). */
export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern)
}

/** Expands `{a,b}` alternatives (nested ones too) into separate patterns, at most 256. */
export function expandBraces(pattern: string): string[] {
  let depth = 0
  let start = -1
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]
    if (char === '\\') {
      index++
    } else if (char === '{') {
      if (depth === 0) start = index
      depth++
    } else if (char === '}' && depth > 0) {
      depth--
      if (depth > 0) continue
      const alternatives = splitTopLevel(pattern.slice(start + 1, index))
      if (alternatives.length < 2) continue
      const before = pattern.slice(0, start)
      const after = pattern.slice(index + 1)
      const expanded: string[] = []
      for (const alternative of alternatives) {
        for (const each of expandBraces(`${before}${alternative}${after}`)) {
          if (expanded.length >= MAX_EXPANSIONS) return expanded
          expanded.push(each)
        }
      }
      return expanded
    }
  }
  return [pattern]
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let index = 0; index < body.length; index++) {
    const char = body[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}') depth--
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(from, index))
      from = index + 1
    }
  }
  parts.push(body.slice(from))
  return parts
}

/** Splits a brace-free glob into the directory to walk (`articles`) and the pattern below it (`**\/*.md`). */
export function splitGlobBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/')
  const firstMagic = segments.findIndex((segment) => isGlob(segment))
  if (firstMagic === -1) return { base: pattern, rest: '' }
  const baseSegments = segments.slice(0, firstMagic)
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/'
  return { base, rest: segments.slice(firstMagic).join('/') }
}

/** Options for {@link compileGlob}. */
export interface GlobOptions {
  /** Let wildcards match names starting with `.` (default false). */
  dot?: boolean
}

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; test: (char: string) => boolean }
type Segment = { kind: 'globstar' } | { kind: 'name'; tokens: Token[]; wildStart: boolean }

/**
 * Compiles a brace-free glob into a test over whole `/`-separated relative paths.
 *
 * Not a RegExp: `*a*a*a…b` as a regex backtracks polynomially on a long name. Names are matched with
 * the two-pointer wildcard algorithm (O(name × pattern)) and `**` with a memo over segment pairs.
 */
export function compileGlob(pattern: string, options: GlobOptions = {}): (path: string) => boolean {
  const segments = pattern
    .split('/')
    .filter((segment) => segment !== '')
    .map(compileSegment)
  const dot = options.dot === true
  return (path) => {
    const names = path.split('/').filter((name) => name !== '')
    const memo = new Map<number, boolean>()
    const match = (s: number, n: number): boolean => {
      const key = s * (names.length + 1) + n
      const known = memo.get(key)
      if (known !== undefined) return known
      let result: boolean
      if (s === segments.length) {
        result = n === names.length
      } else {
        const segment = segments[s]!
        if (segment.kind === 'globstar') {
          result =
            match(s + 1, n) || (n < names.length && (dot || !names[n]!.startsWith('.')) && match(s, n + 1))
        } else {
          result = n < names.length && matchName(segment, names[n]!, dot) && match(s + 1, n + 1)
        }
      }
      memo.set(key, result)
      return result
    }
    return match(0, 0)
  }
}

function compileSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' }
  const tokens: Token[] = []
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!
    if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' })
    } else if (char === '?') {
      tokens.push({ kind: 'any' })
    } else if (char === '[' && segment.indexOf(']', index + 2) !== -1) {
      const close = segment.indexOf(']', index + 2)
      let body = segment.slice(index + 1, close)
      const negate = body.startsWith('!') || body.startsWith('^')
      if (negate) body = body.slice(1)
      tokens.push({ kind: 'class', negate, test: classTest(body) })
      index = close
    } else if (char === '\\' && index + 1 < segment.length) {
      tokens.push({ kind: 'char', char: segment[++index]! })
    } else {
      tokens.push({ kind: 'char', char })
    }
  }
  return { kind: 'name', tokens, wildStart: tokens[0] !== undefined && tokens[0].kind !== 'char' }
}

function classTest(body: string): (char: string) => boolean {
  const ranges: [string, string][] = []
  for (let index = 0; index < body.length; index++) {
    const from = body[index]!
    if (body[index + 1] === '-' && index + 2 < body.length) {
      ranges.push([from, body[index + 2]!])
      index += 2
    } else {
      ranges.push([from, from])
    }
  }
  return (char) => ranges.some(([from, to]) => char >= from && char <= to)
}

function matchToken(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char
    case 'any':
      return char !== '/'
    case 'class':
      return token.test(char) !== token.negate
    case 'star':
      return false
  }
}

/** The two-pointer wildcard match: on a mismatch, the last `*` takes one more character. */
function matchName(segment: Extract<Segment, { kind: 'name' }>, name: string, dot: boolean): boolean {
  if (!dot && segment.wildStart && name.startsWith('.')) return false
  const { tokens } = segment
  let t = 0
  let n = 0
  let starToken = -1
  let starName = 0
  while (n < name.length) {
    const token = tokens[t]
    if (token?.kind === 'star') {
      starToken = t++
      starName = n
    } else if (token !== undefined && matchToken(token, name[n]!)) {
      t++
      n++
    } else if (starToken !== -1) {
      t = starToken + 1
      n = ++starName
    } else {
      return false
    }
  }
  while (tokens[t]?.kind === 'star') t++
  return t === tokens.length
}

/** Says whether a relative path is ignored; `isDirectory` for directories, which dir-only patterns need. */
export type IgnoreMatcher = (path: string, isDirectory: boolean) => boolean

interface IgnoreRule {
  test: (path: string) => boolean
  negate: boolean
  directoryOnly: boolean
}

/**
 * Builds a matcher from .gitignore-style lines. As in git, the last matching line wins, and a file
 * inside an ignored directory stays ignored whatever later lines say.
 */
export function createIgnoreMatcher(lines: readonly string[]): IgnoreMatcher {
  const rules: IgnoreRule[] = []
  for (const raw of lines) {
    let pattern = raw.trim()
    if (pattern === '' || pattern.startsWith('#')) continue
    const negate = pattern.startsWith('!')
    if (negate) pattern = pattern.slice(1)
    const directoryOnly = pattern.endsWith('/')
    pattern = pattern.replace(/\/{1,100}$/, '')
    const anchored = pattern.includes('/')
    pattern = pattern.replace(/^\/{1,100}/, '').replace(/^\.\//, '')
    if (pattern === '') continue
    for (const each of expandBraces(anchored ? pattern : `**/${pattern}`)) {
      rules.push({ test: compileGlob(each, { dot: true }), negate, directoryOnly })
    }
  }
  const matchesExactly = (path: string, isDirectory: boolean) => {
    let ignored = false
    for (const rule of rules) {
      if (rule.directoryOnly && !isDirectory) continue
      if (rule.test(path)) ignored = !rule.negate
    }
    return ignored
  }
  return (path, isDirectory) => {
    if (rules.length === 0) return false
    const segments = path.split('/')
    for (let end = 1; end < segments.length; end++) {
      if (matchesExactly(segments.slice(0, end).join('/'), true)) return true
    }
    return matchesExactly(path, isDirectory)
  }
}
