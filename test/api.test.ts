import { describe, expect, it } from 'vitest'
import * as citecheck from '../src/index.js'
import { AnalyzeOptionsSchema, analyze, CitecheckError, ReportSchema } from '../src/index.js'

describe('public API', () => {
  it('exports the documented names', () => {
    for (const name of [
      'analyze',
      'CitecheckError',
      'ReportSchema',
      'AnalyzeOptionsSchema',
      'ClaimSchema',
      'SourceSchema',
      'FindingSchema',
    ]) {
      expect(Object.keys(citecheck)).toContain(name)
    }
  })

  it('returns a schema-valid report for an empty string', () => {
    const report = analyze('')
    expect(ReportSchema.parse(report)).toEqual(report)
    expect(report.claims).toEqual([])
    expect(report.schemaVersion).toBe(1)
  })

  it('accepts valid options', () => {
    expect(AnalyzeOptionsSchema.parse({ format: 'text' }).format).toBe('text')
    expect(analyze('A claim.', { format: 'markdown' }).format).toBe('markdown')
  })
})

describe('CitecheckError', () => {
  const badInputs: [string, unknown][] = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'x' }],
    ['an array', ['x']],
  ]
  for (const [name, input] of badInputs) {
    it(`is thrown for ${name} as input, with a readable message`, () => {
      expect(() => analyze(input as string)).toThrow(CitecheckError)
      expect(() => analyze(input as string)).toThrow(/Expected the article as a string/)
    })
  }

  it('is thrown for an unknown format, naming the option', () => {
    expect(() => analyze('x', { format: 'html' as 'text' })).toThrow(CitecheckError)
    expect(() => analyze('x', { format: 'html' as 'text' })).toThrow(/format/)
  })

  it('is thrown for an unknown option key (a typo is not silently ignored)', () => {
    expect(() => analyze('x', { formt: 'text' } as never)).toThrow(/formt/)
  })

  it('is thrown for options that are not an object', () => {
    expect(() => analyze('x', 'text' as never)).toThrow(CitecheckError)
  })

  it('is thrown for input over maxInputBytes', () => {
    expect(() => analyze('abcdef', { maxInputBytes: 3 })).toThrow(/over the limit of 3 bytes/)
  })

  it('is thrown for an invalid model weights file', () => {
    expect(() => analyze('x', { model: { version: 1, bias: 'high' } as never })).toThrow(/model/)
  })
})
