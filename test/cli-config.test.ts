import { describe, expect, it } from 'vitest'
import {
  applyConfig,
  ConfigSchema,
  defaultConfig,
  findUnsafeKey,
  jsonSchemaFor,
  mergeConfigs,
  parseConfig,
  ruleLevel,
} from '../src/config/index.js'
import { CitecheckError } from '../src/report/errors.js'
import type { Claim } from '../src/report/schema.js'
import { finding, reportWith, span } from './format-reports.js'

function claim(id: string, status: Claim['status'], confidence: number, line: number): Claim {
  return {
    id,
    text: `Claim ${id}.`,
    position: span(line, 1, 10),
    kind: 'factual',
    section: [],
    citations: [],
    hedges: [],
    attribution: null,
    checkWorthiness: 0.9,
    status,
    confidence,
    reasons: [],
  }
}

function errorOf(run: () => unknown): CitecheckError {
  try {
    run()
  } catch (error) {
    if (error instanceof CitecheckError) return error
    throw error
  }
  throw new Error('expected a CitecheckError')
}

describe('ruleLevel', () => {
  it.each([
    ['error', 'error'],
    [2, 'error'],
    ['warn', 'warning'],
    ['warning', 'warning'],
    [1, 'warning'],
    ['info', 'info'],
    ['off', 'off'],
    [0, 'off'],
  ] as const)('reads %j as %s', (setting, level) => {
    expect(ruleLevel(setting)).toBe(level)
  })
})

describe('parseConfig', () => {
  it('accepts every documented key', () => {
    const config = {
      $schema: './node_modules/citecheck/schemas/config.schema.json',
      rules: {
        'unsupported-claim': 'warn',
        'unused-source': 'off',
        'dangling-citation': 2,
        'low-confidence': 'info',
      },
      minConfidence: 0.4,
      failOn: 'warning',
      maxWarnings: 10,
      citationScope: 'paragraph',
      inputFormat: 'markdown',
      maxInputBytes: 1000,
      thresholds: { checkWorthy: 0.3 },
      format: 'sarif',
      ignore: ['drafts/'],
    }
    expect(parseConfig(config, 'x.json')).toMatchObject({ minConfidence: 0.4, format: 'sarif' })
  })

  it.each([
    [{ rulez: {} }, 'Unrecognized key: "rulez"'],
    [{ rules: { 'no-such-rule': 'error' } }, 'Unrecognized key: "no-such-rule"'],
    [{ rules: { 'unused-source': 'warnings' } }, '→ at rules["unused-source"]'],
    [{ rules: { 'unused-source': 3 } }, '→ at rules["unused-source"]'],
    [{ minConfidence: 2 }, '→ at minConfidence'],
    [{ failOn: 'fatal' }, '→ at failOn'],
    [{ thresholds: { checkworthy: 0.3 } }, 'Unrecognized key: "checkworthy"'],
  ])('rejects %j with a prettified message naming the file', (config, expected) => {
    const error = errorOf(() => parseConfig(config, '/repo/citecheck.config.json'))
    expect(error.message.split('\n')[0]).toBe('Invalid config in /repo/citecheck.config.json:')
    expect(error.message).toContain(expected)
  })

  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__'],
    ['{"rules": {"__proto__": "off"}}', 'rules.__proto__'],
    ['{"constructor": {"prototype": {"polluted": true}}}', 'constructor'],
    ['{"ignore": [{"prototype": 1}]}', 'ignore.0.prototype'],
  ])('refuses the prototype-polluting key in %s', (json, path) => {
    const value = JSON.parse(json)
    expect(findUnsafeKey(value)).toBe(path)
    expect(errorOf(() => parseConfig(value, 'c.json')).message).toContain(`→ at ${path}`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('mergeConfigs', () => {
  it('starts from the defaults', () => {
    expect(mergeConfigs()).toEqual(defaultConfig())
    expect(defaultConfig()).toMatchObject({
      failOn: 'error',
      format: 'stylish',
      inputFormat: 'auto',
      citationScope: 'sentence',
    })
  })

  it('lets later layers win, rule by rule, and adds up ignore patterns', () => {
    const merged = mergeConfigs(
      { rules: { 'unused-source': 'off', 'missing-url': 1 }, failOn: 'warning', ignore: ['a/'] },
      { rules: { 'unused-source': 'error' }, ignore: ['b/'] },
    )
    expect(merged.rules).toEqual({ 'unused-source': 'error', 'missing-url': 'warning' })
    expect(merged.failOn).toBe('warning')
    expect(merged.ignore).toEqual(['a/', 'b/'])
  })

  it('resolves to a config that is itself valid', () => {
    const merged = mergeConfigs({ rules: { 'unused-source': 0 }, minConfidence: 0.5 })
    expect(() => ConfigSchema.parse(merged)).not.toThrow()
  })
})

describe('applyConfig', () => {
  const report = {
    ...reportWith([
      finding('unsupported-claim', 'warning', span(1, 1, 10)),
      finding('unused-source', 'warning', span(5, 1, 10)),
      finding('dangling-citation', 'error', span(2, 1, 4)),
    ]),
    claims: [
      claim('c1', 'supported', 0.9, 1),
      claim('c2', 'unsupported', 0.2, 2),
      claim('c3', 'not-check-worthy', 0.1, 3),
      claim('c4', 'unconfirmed', 0.49, 4),
    ],
  }

  it('drops rules set to off and sets severities, counting again', () => {
    const applied = applyConfig(report, { rules: { 'unused-source': 'off', 'dangling-citation': 'warning' } })
    expect(applied.findings.map((each) => `${each.ruleId}:${each.severity}`)).toEqual([
      'unsupported-claim:warning',
      'dangling-citation:warning',
    ])
    expect(applied.summary.findings).toEqual({ error: 0, warning: 2, info: 0 })
    expect(report.findings).toHaveLength(3)
  })

  it('reports check-worthy claims below minConfidence as low-confidence warnings, in document order', () => {
    const applied = applyConfig(report, { rules: {}, minConfidence: 0.5 })
    const low = applied.findings.filter((each) => each.ruleId === 'low-confidence')
    expect(low.map((each) => each.claimId)).toEqual(['c2', 'c4'])
    expect(low[0]).toMatchObject({ severity: 'warning', actual: '0.20', expected: ['>= 0.5'] })
    expect(low[0]!.message).toBe(
      'Low confidence: 0.20 for “Claim c2.”; expected at least 0.5 (minConfidence)',
    )
    expect(applied.findings.map((each) => each.position.start.line)).toEqual([1, 2, 2, 4, 5])
  })

  it('applies rule settings to low-confidence too', () => {
    const applied = applyConfig(report, { rules: { 'low-confidence': 'error' }, minConfidence: 0.5 })
    expect(applied.summary.findings.error).toBe(3)
  })
})

describe('jsonSchemaFor', () => {
  it.each(['report', 'config'] as const)('gives a serialisable JSON Schema of the %s', (name) => {
    const schema = jsonSchemaFor(name)
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' })
  })

  it('describes config rules as lint-style settings and forbids unknown keys', () => {
    const schema = jsonSchemaFor('config') as {
      additionalProperties: boolean
      properties: Record<string, unknown>
    }
    expect(schema.additionalProperties).toBe(false)
    expect(JSON.stringify(schema.properties.rules)).toContain('"warn"')
  })
})
