/**
 * Untrusted input stays data. No `__proto__`, `constructor` or `prototype` key in options, config
 * files or JSON lines reaches an object's prototype; and nothing in an article (a URL, a
 * `javascript:` link, a `<script>` tag) is ever fetched or run by the core.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CliIo, OutputStream } from '../src/cli/io.js'
import { run } from '../src/cli/run.js'
import { analyze, CitecheckError, mergeConfigs, parseConfig } from '../src/index.js'
import { analyzeMany } from '../src/parallel/index.js'

const POISON = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"thresholds": {"__proto__": {"polluted": "yes"}}}',
  '{"thresholds": {"constructor": {"prototype": {"polluted": "yes"}}}}',
  '{"format": "text", "__proto__": {"format": "markdown", "polluted": "yes"}}',
  '{"model": {"version": 1, "provenance": {"__proto__": {"polluted": "yes"}}, "bias": 0, "weights": {"__proto__": {"weight": 1}}}}',
]

function expectUnpolluted(): void {
  const probe: Record<string, unknown> = {}
  expect(probe.polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Object.keys(Object.prototype)).toEqual([])
}

/** An output stream that keeps what is written. */
function sink(): OutputStream & { text: string } {
  return {
    text: '',
    isTTY: false,
    write(chunk: string) {
      this.text += chunk
      return true
    },
    once() {
      return this
    },
  }
}

async function runCli(args: string[], cwd: string, stdin: string) {
  const stdout = sink()
  const stderr = sink()
  const io: CliIo = {
    cwd,
    env: {},
    stdin: Object.assign(
      (async function* () {
        yield new TextEncoder().encode(stdin)
      })(),
      { isTTY: false },
    ),
    stdout,
    stderr,
  }
  const status = await run(args, io)
  return { status, stdout: stdout.text, stderr: stderr.text }
}

describe('no prototype pollution', () => {
  afterEach(() => {
    // A failing case must not poison the cases after it.
    delete (Object.prototype as Record<string, unknown>).polluted
  })

  it('from analyze options', () => {
    for (const json of POISON) {
      const options = JSON.parse(json)
      try {
        const report = analyze('Officials said it rose[1].\n\n[1] https://a.org/x', options)
        expect(Object.getPrototypeOf(report)).toBe(Object.prototype)
      } catch (error) {
        expect(error, json).toBeInstanceOf(CitecheckError)
      }
      expectUnpolluted()
    }
  })

  it('from analyzeMany options', async () => {
    for (const json of POISON.slice(0, 3)) {
      await analyzeMany(['It rose[1].'], { concurrency: 1, ...JSON.parse(json) }).catch((error) => {
        expect(error).toBeInstanceOf(CitecheckError)
      })
      expectUnpolluted()
    }
  })

  it('from config objects', () => {
    const configs = [
      '{"__proto__": {"polluted": "yes"}}',
      '{"rules": {"__proto__": {"polluted": "yes"}}}',
      '{"rules": {"constructor": {"prototype": {"polluted": "yes"}}}}',
      '{"thresholds": {"prototype": {"polluted": "yes"}}}',
    ]
    for (const json of configs) {
      expect(() => mergeConfigs(parseConfig(JSON.parse(json), 'test.json')), json).toThrow(/Forbidden key/)
      expectUnpolluted()
    }
  })

  it('from JSON lines and config files read by the command line', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'citecheck-pollution-'))
    writeFileSync(join(cwd, '.citecheckrc.json'), '{"rules": {}, "__proto__": {"polluted": "yes"}}')
    const lines = [
      '{"id": 1, "text": "It rose[1].", "__proto__": {"polluted": "yes"}}',
      '{"id": 2, "text": "It rose.", "constructor": {"prototype": {"polluted": "yes"}}}',
      '{"__proto__": {"id": 3, "text": "x"}}',
    ].join('\n')
    const result = await runCli(['--format', 'jsonl'], cwd, lines)
    expect(result.stderr).toMatch(/Forbidden key "__proto__"/)
    expectUnpolluted()

    writeFileSync(join(cwd, '.citecheckrc.json'), '{"rules": {}}')
    const clean = await runCli(['--format', 'jsonl'], cwd, lines)
    const outputs = clean.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(outputs.slice(0, 2).map((output) => output.id)).toEqual([1, 2])
    expect(outputs[2].report).toBeUndefined()
    expectUnpolluted()
  })
})

describe('nothing in an article is fetched or run', () => {
  const HOSTILE = [
    'Officials said it rose[1]. See [the page](javascript:globalThis.__citecheckPwned=1) too[2].',
    '<script>globalThis.__citecheckPwned = 1</script>\n\nIt rose[3].',
    '<img src="https://evil.example/x.png" onerror="globalThis.__citecheckPwned=1">',
    'Click <a href="javascript:globalThis.__citecheckPwned=1">here</a>.',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and ![i](https://evil.example/track.gif)',
    '<iframe src="https://evil.example/"></iframe> <https://evil.example/autolink> www.evil.example/bare',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an article's text that looks like a template
    '{{constructor.constructor("globalThis.__citecheckPwned=1")()}} ${globalThis.__citecheckPwned=1}',
    'Sources:\n[1] https://evil.example/a\n[2] javascript:globalThis.__citecheckPwned=1\n[3] vbscript:msgbox(1)\n[4] file:///etc/passwd\n[5] data:text/javascript,globalThis.__citecheckPwned=1',
  ]

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('no network call and no code run, whatever the article holds', () => {
    const fetch = vi.fn(() => {
      throw new Error('citecheck must not fetch')
    })
    vi.stubGlobal('fetch', fetch)
    for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource']) {
      vi.stubGlobal(
        name,
        vi.fn(() => {
          throw new Error(`citecheck must not use ${name}`)
        }),
      )
    }
    const article = HOSTILE.join('\n\n')
    for (const format of ['auto', 'markdown', 'text'] as const) {
      const report = analyze(article, { format })
      expect(report.sources.some((source) => source.urlStatus === 'unsafe')).toBe(true)
    }
    expect(fetch).not.toHaveBeenCalled()
    expect((globalThis as Record<string, unknown>).__citecheckPwned).toBeUndefined()
  })

  it('the core has no network, eval or dynamic-import call and no node: import', () => {
    const root = resolve(import.meta.dirname, '..', 'src')
    const core = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name))
      // The command line and the worker-thread entry are edges: they may use node:.
      .filter((path) => !/^(?:cli|parallel)\//.test(relative(root, path)))
    const forbidden =
      /\bfetch\(|\beval\(|new Function\(|\bimport\(|\brequire\(|XMLHttpRequest|WebSocket|from 'node:/
    const offenders = core
      .filter((path) => forbidden.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path))
    expect(core.length).toBeGreaterThan(30)
    expect(offenders).toEqual([])
  })
})
