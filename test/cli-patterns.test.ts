import { describe, expect, it } from 'vitest'
import { compileGlob, createIgnoreMatcher, expandBraces, isGlob, splitGlobBase } from '../src/cli/patterns.js'

describe('compileGlob', () => {
  const cases: [pattern: string, path: string, matches: boolean][] = [
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['*.md', '.hidden.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/z/a.md', true],
    ['**/*.md', 'x/.git/a.md', false],
    ['**', 'x/y', true],
    ['a/**', 'a/b/c.txt', true],
    ['a/**/b.md', 'a/b.md', true],
    ['a/**/b.md', 'a/x/y/b.md', true],
    ['?.txt', 'a.txt', true],
    ['?.txt', 'ab.txt', false],
    ['[ab].md', 'b.md', true],
    ['[!ab].md', 'b.md', false],
    ['[!ab].md', 'c.md', true],
    ['a.(md)', 'a.(md)', true],
    ['\\*.md', '*.md', true],
    ['\\*.md', 'a.md', false],
    ['[a-c]x.md', 'bx.md', true],
    ['[a-c]x.md', 'dx.md', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbY', false],
    ['*', '', false],
  ]
  it.each(cases)('%s on %s is %s', (pattern, path, matches) => {
    expect(compileGlob(pattern)(path)).toBe(matches)
  })

  it('matches hidden names with dot', () => {
    expect(compileGlob('*.md', { dot: true })('.hidden.md')).toBe(true)
  })

  // As a RegExp, this pattern backtracked for minutes on this name.
  it('does not backtrack on a long run of stars', () => {
    expect(compileGlob(`${'*a'.repeat(20)}b`)('a'.repeat(5000))).toBe(false)
    expect(compileGlob(`${'**/'.repeat(30)}x`)(`${'d/'.repeat(200)}y`)).toBe(false)
  })
})

describe('expandBraces, isGlob and splitGlobBase', () => {
  it.each([
    ['a.{md,txt}', ['a.md', 'a.txt']],
    ['{a,b}/{c,d}', ['a/c', 'a/d', 'b/c', 'b/d']],
    ['x{a,{b,c}}', ['xa', 'xb', 'xc']],
    ['no-braces', ['no-braces']],
    ['{single}', ['{single}']],
  ])('expands %s', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected)
  })

  it('caps the number of expansions', () => {
    expect(expandBraces('{a,b}'.repeat(12))).toHaveLength(256)
  })

  it('tells globs from paths', () => {
    expect(isGlob('articles/**/*.md')).toBe(true)
    expect(isGlob('articles/today.md')).toBe(false)
  })

  it.each([
    ['articles/**/*.md', { base: 'articles', rest: '**/*.md' }],
    ['*.md', { base: '.', rest: '*.md' }],
    ['/abs/dir/*.md', { base: '/abs/dir', rest: '*.md' }],
    ['a/b/c.md', { base: 'a/b/c.md', rest: '' }],
  ])('splits %s', (pattern, expected) => {
    expect(splitGlobBase(pattern)).toEqual(expected)
  })
})

describe('createIgnoreMatcher', () => {
  const ignored = createIgnoreMatcher([
    '# drafts are not checked',
    'drafts/',
    '*.tmp.md',
    '/top.md',
    'archive/**/old-*.md',
    '!keep.tmp.md',
  ])
  it.each([
    ['drafts/a.md', true],
    ['x/drafts/a.md', true],
    ['drafts.md', false],
    ['a.tmp.md', true],
    ['deep/a.tmp.md', true],
    ['keep.tmp.md', false],
    ['top.md', true],
    ['sub/top.md', false],
    ['archive/2020/old-a.md', true],
    ['archive/2020/new-a.md', false],
    ['article.md', false],
  ])('%s is ignored: %s', (path, expected) => {
    expect(ignored(path, false)).toBe(expected)
  })

  it('keeps a file in an ignored directory ignored, whatever a later line says', () => {
    expect(createIgnoreMatcher(['drafts/', '!drafts/keep.md'])('drafts/keep.md', false)).toBe(true)
  })

  it('ignores nothing without patterns', () => {
    expect(createIgnoreMatcher(['', '# only a comment'])('a.md', false)).toBe(false)
  })
})
