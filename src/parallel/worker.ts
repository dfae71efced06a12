/**
 * The worker thread behind {@link analyzeMany}: runs `analyze` on each batch it is sent.
 *
 * Reports go back as JSON strings: one string is cloned far faster than a report's thousands of
 * small objects, and the main thread's `JSON.parse` is the only serial work left.
 */
import { parentPort } from 'node:worker_threads'
import { analyze } from '../report/analyze.js'
import type { AnalyzeOutcome, AnalyzeTask, AnalyzeTaskResult } from './protocol.js'

function run(task: AnalyzeTask): AnalyzeTaskResult {
  const outcomes = task.inputs.map((input): AnalyzeOutcome => {
    try {
      return { ok: true, json: JSON.stringify(analyze(input, task.options)) }
    } catch (error) {
      const known = error instanceof Error
      return { ok: false, name: known ? error.name : 'Error', message: known ? error.message : String(error) }
    }
  })
  return { id: task.id, outcomes }
}

parentPort?.on('message', (task: AnalyzeTask) => {
  parentPort!.postMessage(run(task))
})
