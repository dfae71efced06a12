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
import { analyze, resolveOptions } from '../report/analyze.js'
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
  /**
   * Whether the calling thread analyses a share of the batches itself, between messages, as one of
   * the `concurrency` threads (default: true when `concurrency` is 2 or more and no `resourceLimits`
   * are set). A worker's first second is spent loading and compiling; the calling thread is often
   * warm already, and its reports need no copying. Each batch is at most ~64 kB of text, so the
   * event loop is never held for long; pass `false` to keep the calling thread free altogether.
   */
  callingThread?: boolean
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
  const { concurrency, workerUrl, signal, resourceLimits, callingThread, ...rest } = options ?? {}
  signal?.throwIfAborted()
  const analyzeOptions = Object.keys(rest).length === 0 ? undefined : (rest as AnalyzeOptions)
  resolveOptions(analyzeOptions) // throws now, in the caller's thread, rather than once per article
  if (inputs.length === 0) return []
  const batches = makeBatches(inputs)
  const count = Math.max(1, Math.min(readConcurrency(concurrency), batches.length))
  if (callingThread !== undefined && typeof callingThread !== 'boolean') {
    throw new CitecheckError(`Expected callingThread to be a boolean, got ${typeof callingThread}`)
  }
  const joins = count >= 2 && (callingThread ?? resourceLimits === undefined)
  return runPool(inputs, batches, analyzeOptions, {
    workers: joins ? count - 1 : count,
    callingThread: joins,
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

// Batches a worker holds at once: the next one is already queued when it posts a result, so no
// worker waits for the calling thread between batches.
const IN_FLIGHT = 2

function runPool(
  inputs: readonly string[],
  batches: readonly number[][],
  options: AnalyzeOptions | undefined,
  pool: {
    workers: number
    callingThread: boolean
    workerUrl: URL | string
    signal?: AbortSignal
    resourceLimits?: ResourceLimits
  },
): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const reports: Report[] = new Array(inputs.length)
    const workers: Worker[] = []
    let next = 0
    let done = 0
    let settled = false

    const onAbort = () =>
      fail(pool.signal?.reason instanceof Error ? pool.signal.reason : new Error('Aborted'))
    const stop = (keep: boolean) => {
      settled = true
      pool.signal?.removeEventListener('abort', onAbort)
      for (const worker of workers) {
        detach.get(worker)?.()
        if (keep) keepIdle(poolKey, worker)
        else worker.terminate().catch(() => {})
      }
    }
    const fail = (error: Error) => {
      if (settled) return
      stop(false)
      reject(error)
    }
    const failArticle = (articleIndex: number, name: string, message: string) =>
      fail(
        name === 'CitecheckError'
          ? new CitecheckError(`inputs[${articleIndex}]: ${message}`)
          : new Error(`inputs[${articleIndex}]: ${message}`),
      )
    const finishBatch = () => {
      done++
      if (done === batches.length) {
        stop(true)
        resolve(reports)
      }
    }
    const feed = (worker: Worker) => {
      if (next >= batches.length) return
      const id = next++
      const task: AnalyzeTask = { id, inputs: batches[id]!.map((index) => inputs[index]!), options }
      worker.postMessage(task)
    }

    pool.signal?.addEventListener('abort', onAbort, { once: true })
    const poolKey = `${String(pool.workerUrl)} ${JSON.stringify(pool.resourceLimits ?? {})}`
    for (let index = 0; index < pool.workers; index++) {
      const worker = takeIdle(poolKey) ?? startWorker(pool.workerUrl, pool.resourceLimits)
      workers.push(worker)
      const onMessage = (result: AnalyzeTaskResult) => {
        if (settled) return
        const indexes = batches[result.id]!
        for (let at = 0; at < indexes.length; at++) {
          const outcome = result.outcomes[at]!
          if (!outcome.ok) return failArticle(indexes[at]!, outcome.name, outcome.message)
          reports[indexes[at]!] = JSON.parse(outcome.json) as Report
        }
        feed(worker)
        finishBatch()
      }
      const onError = (error: Error) => fail(error)
      const onExit = (code: number) => {
        if (!settled)
          fail(new Error(`A citecheck worker stopped (exit code ${code}) before its articles were done`))
      }
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      detach.set(worker, () => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      })
      for (let queued = 0; queued < IN_FLIGHT; queued++) feed(worker)
    }

    // The calling thread's lane: one batch per turn of the event loop, so the workers' messages
    // (and an abort) are handled between batches.
    const step = () => {
      if (settled || next >= batches.length) return
      const indexes = batches[next++]!
      for (const articleIndex of indexes) {
        try {
          reports[articleIndex] = analyze(inputs[articleIndex]!, options)
        } catch (error) {
          const known = error instanceof Error
          return failArticle(
            articleIndex,
            known ? error.name : 'Error',
            known ? error.message : String(error),
          )
        }
      }
      finishBatch()
      setImmediate(step)
    }
    if (pool.callingThread) setImmediate(step)
  })
}

// Workers left from earlier calls, by worker script and limits. A fresh worker spends its first
// second or two loading and compiling (on two cores that slows the other thread too); a warm one
// does not. Idle workers are unref'd, so they never keep the process alive.
const idleWorkers = new Map<string, Worker[]>()
// How to take off the listeners a worker was last given (by a run, or by the idle list).
const detach = new WeakMap<Worker, () => void>()

function keepIdle(key: string, worker: Worker): void {
  const list = idleWorkers.get(key) ?? []
  list.push(worker)
  idleWorkers.set(key, list)
  worker.unref()
  const onExit = () => {
    const at = list.indexOf(worker)
    if (at >= 0) list.splice(at, 1)
  }
  // An idle worker does nothing, but an error must never be an unhandled 'error' event.
  const onError = () => {
    onExit()
    worker.terminate().catch(() => {})
  }
  worker.once('exit', onExit).once('error', onError)
  detach.set(worker, () => worker.off('exit', onExit).off('error', onError))
}

function takeIdle(key: string): Worker | undefined {
  const worker = idleWorkers.get(key)?.pop()
  if (worker === undefined) return undefined
  detach.get(worker)?.()
  worker.ref()
  return worker
}

/**
 * Stops the worker threads that {@link analyzeMany} keeps between calls. They never keep the
 * process alive, so this is needed only to free their memory early.
 */
export async function closeWorkers(): Promise<void> {
  const all = [...idleWorkers.values()].flat()
  idleWorkers.clear()
  await Promise.all(all.map((worker) => worker.terminate()))
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
