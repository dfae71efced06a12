#!/usr/bin/env node
/**
 * The `citecheck` command: checks article files and prints what it found.
 *
 * Exit codes: 0 clean, 1 when an error-severity finding exists, 2 for usage or read errors.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { formatStylish } from '../format/index.js'
import { analyze, CitecheckError, type Report } from '../index.js'

const HELP = `Usage: citecheck [options] <file>…

Checks each article's claims against its citations.

Options:
  --json                 print the reports as JSON ([{ file, report }])
  --format <f>           how to read the input: auto (default), markdown or text
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 clean, 1 an error-severity finding, 2 usage or read error.

Examples:
  citecheck draft.md
  citecheck --json article.txt > report.json`

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(`citecheck: ${(error as Error).message}\n${HELP}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${await version()}\n`)
    return 0
  }
  if (positionals.length === 0) {
    process.stderr.write(`citecheck: no file given\n${HELP}\n`)
    return 2
  }
  const format = values.format ?? 'auto'
  if (format !== 'auto' && format !== 'markdown' && format !== 'text') {
    process.stderr.write(`citecheck: --format must be auto, markdown or text, got "${format}"\n`)
    return 2
  }

  let readFailed = false
  const results: { file: string; report: Report }[] = []
  for (const file of positionals) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      process.stderr.write(`citecheck: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`)
      readFailed = true
      continue
    }
    try {
      results.push({ file, report: analyze(text, { format }) })
    } catch (error) {
      if (!(error instanceof CitecheckError)) throw error
      process.stderr.write(`citecheck: ${file}: ${error.message}\n`)
      readFailed = true
    }
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  } else {
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR
    process.stdout.write(results.map(({ file, report }) => formatStylish(file, report, { color })).join('\n'))
  }
  if (readFailed) return 2
  return results.some(({ report }) => report.summary.findings.error > 0) ? 1 : 0
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`citecheck: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  },
)
