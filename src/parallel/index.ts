/**
 * `citecheck/parallel`: many articles analysed on worker threads.
 *
 * ```ts
 * import { analyzeMany } from 'citecheck/parallel'
 * const reports = await analyzeMany(articles, { concurrency: 4, format: 'markdown' })
 * ```
 *
 * A separate entry point, so that the core (`citecheck`) stays free of `node:` imports and runs in
 * browsers; this one needs Node's `worker_threads`.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { type ResourceLimits, Worker } from 'node:worker_threads'
import { resolveOptions } from '../report/analyze.js'
import { CitecheckError } from '../report/errors.js'
import type { AnalyzeOptions } from '../report/options.js'
import type { Report } from '../report/schema.js'
import type { AnalyzeTask, AnalyzeTaskResult } from './protocol.js'

/** Options for {@link analyzeMany}: those of `analyze`, for every article, plus how to run. */
export interface AnalyzeManyOptions extends AnalyzeOptions {
  /** How many worker threads to start (default: the machine's available parallelism; never more than the articles). */
  concurrency?: number
  /**
   * Where the worker script is. Defaults to `parallel-worker.js` beside this module; set it when a
   * bundler moves files around.
   */
  workerUrl?: URL | string
  /** Stops the workers and rejects with the signal's reason, e.g. `AbortSignal.timeout(60_000)`. */
  signal?: AbortSignal
  /** Limits for each worker (heap size, stack size), passed to `new Worker`: a cap for untrusted input. */
  resourceLimits?: ResourceLimits
}

// Articles are sent in batches of about this many characters: big enough that messaging costs
// nothing, small enough that the last batches balance the workers' load.
const BATCH_CHARS = 64 * 1024
const BATCH_ARTICLES = 64

/**
 * Analyses every article on a pool of worker threads and returns their reports in input order,
 * each the same as `analyze(input, options)` would give.
 *
 * Rejects with a {@link CitecheckError} when an input is not a string, the options are invalid,
 * or an article fails (for example, one over `maxInputBytes`); the message names the article's
 * index. The workers are stopped before the promise settles.
 */
export async function analyzeMany(
  inputs: readonly string[],
  options: AnalyzeManyOptions = {},
): Promise<Report[]> {
  if (!Array.isArray(inputs)) throw new CitecheckError('Expected an array of articles (strings)')
  inputs.forEach((input, index) => {
    if (typeof input !== 'string')
      throw new CitecheckError(`Expected inputs[${index}] to be a string, got ${typeof input}`)
  })
  const { concurrency, workerUrl, signal, resourceLimits, ...rest } = options ?? {}
  signal?.throwIfAborted()
  const analyzeOptions = Object.keys(rest).length === 0 ? undefined : (rest as AnalyzeOptions)
  resolveOptions(analyzeOptions) // throws now, in the caller's thread, rather than once per article
  if (inputs.length === 0) return []
  const batches = makeBatches(inputs)
  const count = Math.max(1, Math.min(readConcurrency(concurrency), batches.length))
  return runPool(inputs, batches, analyzeOptions, {
    count,
    workerUrl: workerUrl ?? defaultWorkerUrl(),
    signal,
    resourceLimits,
  })
}

function readConcurrency(concurrency: number | undefined): number {
  if (concurrency === undefined) return availableParallelism()
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new CitecheckError(`Expected concurrency to be a positive integer, got ${String(concurrency)}`)
  }
  return concurrency
}

/** Consecutive runs of article indexes, each at most ~{@link BATCH_CHARS} long (or one article). */
function makeBatches(inputs: readonly string[]): number[][] {
  const batches: number[][] = []
  let current: number[] = []
  let size = 0
  inputs.forEach((input, index) => {
    if (current.length > 0 && (size + input.length > BATCH_CHARS || current.length >= BATCH_ARTICLES)) {
      batches.push(current)
      current = []
      size = 0
    }
    current.push(index)
    size += input.length
  })
  if (current.length > 0) batches.push(current)
  return batches
}

function runPool(
  inputs: readonly string[],
  batches: readonly number[][],
  options: AnalyzeOptions | undefined,
  pool: { count: number; workerUrl: URL | string; signal?: AbortSignal; resourceLimits?: ResourceLimits },
): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const reports: Report[] = new Array(inputs.length)
    const workers: Worker[] = []
    let next = 0
    let done = 0
    let settled = false

    const onAbort = () =>
      fail(pool.signal?.reason instanceof Error ? pool.signal.reason : new Error('Aborted'))
    const stop = () => {
      settled = true
      pool.signal?.removeEventListener('abort', onAbort)
      for (const worker of workers) worker.terminate().catch(() => {})
    }
    const fail = (error: Error) => {
      if (settled) return
      stop()
      reject(error)
    }
    const feed = (worker: Worker) => {
      if (next >= batches.length) return
      const id = next++
      const task: AnalyzeTask = { id, inputs: batches[id]!.map((index) => inputs[index]!), options }
      worker.postMessage(task)
    }

    pool.signal?.addEventListener('abort', onAbort, { once: true })
    for (let index = 0; index < pool.count; index++) {
      const worker = startWorker(pool.workerUrl, pool.resourceLimits)
      workers.push(worker)
      worker.on('message', (result: AnalyzeTaskResult) => {
        if (settled) return
        const indexes = batches[result.id]!
        for (let at = 0; at < indexes.length; at++) {
          const outcome = result.outcomes[at]!
          const articleIndex = indexes[at]!
          if (!outcome.ok) {
            const message = `inputs[${articleIndex}]: ${outcome.message}`
            fail(outcome.name === 'CitecheckError' ? new CitecheckError(message) : new Error(message))
            return
          }
          reports[articleIndex] = JSON.parse(outcome.json) as Report
        }
        done++
        if (done === batches.length) {
          stop()
          resolve(reports)
        } else {
          feed(worker)
        }
      })
      worker.on('error', (error) => fail(error))
      worker.on('exit', (code) => {
        if (!settled)
          fail(new Error(`A citecheck worker stopped (exit code ${code}) before its articles were done`))
      })
      feed(worker)
    }
  })
}

/** The worker script shipped beside this module (`parallel-worker.js` in the build). */
function defaultWorkerUrl(): URL {
  const here = import.meta.url
  return here.endsWith('.ts') ? new URL('./worker.ts', here) : new URL('./parallel-worker.js', here)
}

/**
 * Starts a worker. Running from the TypeScript sources (tests, `tsx` scripts), Node cannot load a
 * `.ts` worker by itself, so a small bootstrap registers tsx (a dev dependency) in the worker first.
 */
function startWorker(url: URL | string, resourceLimits: ResourceLimits | undefined): Worker {
  const href = url instanceof URL ? url.href : url
  if (!href.endsWith('.ts')) return new Worker(url, { resourceLimits })
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(href)}) })`
  return new Worker(bootstrap, { eval: true, resourceLimits })
}
