/**
 * The messages between {@link analyzeMany} and its workers: plain data, structured-cloned.
 */
import type { AnalyzeOptions } from '../report/options.js'

/** A batch of articles for one worker, analysed with one set of options. */
export interface AnalyzeTask {
  id: number
  inputs: string[]
  options: AnalyzeOptions | undefined
}

/** One article's outcome: its report as JSON (cheaper to pass than a deep object), or the error. */
export type AnalyzeOutcome = { ok: true; json: string } | { ok: false; name: string; message: string }

/** The worker's answer to an {@link AnalyzeTask}, one outcome per input, in order. */
export interface AnalyzeTaskResult {
  id: number
  outcomes: AnalyzeOutcome[]
}
