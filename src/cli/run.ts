/**
 * The `citecheck` command, as a function from arguments and I/O to an exit code:
 * 0 clean, 1 findings reached --fail-on or --max-warnings, 2 usage, config or read errors.
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { jsonSchemaFor, mergeConfigs, type ResolvedConfig } from '../config/index.js'
import {
  type FileProblem,
  formatGithub,
  formatHtml,
  formatJson,
  formatSarif,
  formatStylish,
  type HtmlFileReport,
} from '../format/index.js'
import { CitecheckError } from '../report/errors.js'
import { type CliArgs, parseCliArgs, UsageError } from './args.js'
import { runBatch } from './batch.js'
import { type CheckItem, checkTexts } from './check.js'
import { ConfigLoader } from './config-files.js'
import { expandInputs, readIgnoreFile } from './files.js'
import { HELP } from './help.js'
import { type CliIo, Messages, writeOut } from './io.js'
import { keepErrors, Outcome } from './outcome.js'
import { readArticle, readStreamArticle } from './read.js'

/** The name stdin gets in output unless --stdin-filename says otherwise. */
export const STDIN_NAME = '<stdin>'

/** What a run needs besides its arguments: messages, configs per directory, the run's config. */
export interface RunContext {
  io: CliIo
  args: CliArgs
  messages: Messages
  /** The config for files in a directory, with the flags applied. Throws CitecheckError. */
  configFor: (directory: string) => Promise<ResolvedConfig>
  runConfig: ResolvedConfig
  ignore: string[]
}

/** Runs the command; resolves to the exit code. Never rejects for bad input, only for bugs. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageError(io, error.message)
  }
  if (args.command === 'help') {
    await writeOut(io.stdout, `${HELP}\n`)
    return 0
  }
  if (args.command === 'version') {
    await writeOut(io.stdout, `${await readVersion()}\n`)
    return 0
  }
  if (args.command === 'schema') {
    await writeOut(io.stdout, `${JSON.stringify(jsonSchemaFor(args.schemaName!), null, 2)}\n`)
    return 0
  }

  const messages = new Messages(io, args.quiet)
  const loader = new ConfigLoader(io.cwd, args.configPath)
  const configFor = async (directory: string) => {
    const found = await loader.forDirectory(directory)
    return mergeConfigs(...(found.config ? [found.config] : []), args.flags)
  }

  if (args.command === 'print-config') {
    try {
      const config = await configFor(dirname(resolve(io.cwd, args.printConfigFile!)))
      await writeOut(io.stdout, `${JSON.stringify(config, null, 2)}\n`)
      return 0
    } catch (error) {
      return configError(messages, error)
    }
  }

  let runConfig: ResolvedConfig
  let ignore: string[]
  try {
    runConfig = await configFor(io.cwd)
    ignore = [...(await readIgnoreFile(io.cwd)), ...runConfig.ignore]
  } catch (error) {
    return configError(messages, error)
  }
  const context: RunContext = { io, args, messages, configFor, runConfig, ignore }
  if (runConfig.format === 'jsonl') return runBatch(context)
  return checkFiles(context)
}

async function checkFiles(context: RunContext): Promise<number> {
  const { io, args, messages, runConfig } = context
  const namedStdin = args.inputs.includes('-')
  const impliedStdin = args.inputs.length === 0 && io.stdin.isTTY !== true
  if (args.inputs.length === 0 && !impliedStdin) {
    return usageError(io, 'no input: name files, directories or globs, or pipe text to stdin')
  }

  const problems: FileProblem[] = []
  const fail = (file: string, message: string) => {
    messages.error(`${file}: ${message}`)
    problems.push({ file, message })
  }
  const expanded = await expandInputs(
    args.inputs.filter((input) => input !== '-'),
    { cwd: io.cwd, ignore: context.ignore },
  )
  for (const problem of expanded.problems) fail(problem.input, problem.message)
  if (expanded.ignored > 0 && expanded.files.length === 0 && !namedStdin && !impliedStdin) {
    messages.notice(
      `all ${expanded.ignored} matching files are ignored (--ignore, .citecheckignore or config)`,
    )
  }

  // Every config is read before any file is checked: an invalid config stops the run (exit 2).
  const targets: { display: string; path: string | null; config: ResolvedConfig }[] = []
  const reported = new Set<string>()
  let configFailed = false
  const stdinDirectory = args.stdinFilename ? dirname(resolve(io.cwd, args.stdinFilename)) : io.cwd
  const wanted = [
    ...expanded.files.map((file) => ({ display: file.display, path: file.path as string | null })),
    ...(namedStdin || impliedStdin ? [{ display: args.stdinFilename ?? STDIN_NAME, path: null }] : []),
  ]
  for (const target of wanted) {
    try {
      targets.push({
        ...target,
        config: await context.configFor(target.path ? dirname(target.path) : stdinDirectory),
      })
    } catch (error) {
      if (!(error instanceof CitecheckError)) throw error
      configFailed = true
      if (!reported.has(error.message)) messages.error(error.message)
      reported.add(error.message)
    }
  }
  if (configFailed) return 2

  // Every article is read first, then checked (on `--jobs` threads); results keep the input order.
  const entries: ({ display: string } & ({ item: CheckItem } | { problem: string }))[] = []
  for (const target of targets) {
    const article =
      target.path === null
        ? await readStreamArticle(io.stdin, target.config.maxInputBytes)
        : await readArticle(target.path, target.config.maxInputBytes)
    if (!article.ok) {
      // Said now, in file order among the notices; listed with the results below.
      messages.error(`${target.display}: ${article.message}`)
      entries.push({ display: target.display, problem: article.message })
      continue
    }
    if (article.empty) {
      if (target.path === null && impliedStdin && article.text === '') {
        return usageError(
          io,
          'no input: stdin is empty; name files, directories or globs, or pipe text to stdin',
        )
      }
      messages.notice(`${target.display}: is empty; nothing to check`)
    }
    entries.push({ display: target.display, item: { text: article.text, config: target.config } })
  }
  const articles = entries.flatMap((entry) => ('item' in entry ? [entry] : []))
  const checked = await checkTexts(
    articles.map((entry) => entry.item),
    args.jobs,
    (index) => messages.progress(index + 1, articles.length, articles[index]!.display),
  )
  const results: HtmlFileReport[] = []
  const outcome = new Outcome(runConfig)
  let next = 0
  for (const entry of entries) {
    if ('problem' in entry) {
      problems.push({ file: entry.display, message: entry.problem })
      continue
    }
    const result = checked[next++]!
    if (!result.ok) {
      fail(entry.display, result.message)
      continue
    }
    outcome.add(result.report)
    results.push({
      file: entry.display,
      report: args.quiet ? keepErrors(result.report) : result.report,
      // The visual report shows the article itself; the other formats need only the report.
      ...(runConfig.format === 'html' ? { text: entry.item.text } : {}),
    })
  }
  messages.endProgress()

  await writeOut(io.stdout, await formatResults(context, results, problems))
  if (problems.length > 0) return 2
  if (outcome.tooManyWarnings) {
    io.stderr.write(
      `citecheck: ${outcome.warnings} warnings, more than the maximum of ${runConfig.maxWarnings} (--max-warnings)\n`,
    )
  }
  return outcome.exitCode
}

async function formatResults(
  context: RunContext,
  results: HtmlFileReport[],
  problems: FileProblem[],
): Promise<string> {
  const { io, args, runConfig } = context
  switch (runConfig.format) {
    case 'json':
      return formatJson(results)
    case 'sarif':
      return formatSarif(results, {
        toolVersion: await readVersion(),
        rootUri: `${pathToFileURL(io.cwd).href.replace(/\/$/, '')}/`,
        problems,
      })
    case 'github':
      return formatGithub(results, { problems })
    case 'html':
      return formatHtml(results)
    default: {
      // Nothing was checked and errors were printed: a green "no problems" line would mislead.
      if (results.length === 0 && problems.length > 0) return ''
      const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0'
      const color = args.color ?? (forced || (io.stdout.isTTY === true && io.env.NO_COLOR === undefined))
      return formatStylish(results, { color })
    }
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`citecheck: ${message}\nRun 'citecheck --help' for usage.\n`)
  return 2
}

function configError(messages: Messages, error: unknown): number {
  if (!(error instanceof CitecheckError)) throw error
  messages.error(error.message)
  return 2
}

let version: Promise<string> | undefined

/** citecheck's version, from the package.json next to dist/ (or the repository root, for tests). */
export function readVersion(): Promise<string> {
  version ??= (async () => {
    for (const candidate of ['../package.json', '../../package.json']) {
      try {
        const manifest = JSON.parse(await readFile(new URL(candidate, import.meta.url), 'utf8')) as {
          name?: string
          version?: string
        }
        if (manifest.name === 'citecheck' && manifest.version) return manifest.version
      } catch {
        // Try the next candidate.
      }
    }
    return '0.0.0'
  })()
  return version
}
