/**
 * Timing helpers for the benchmark: every figure is a median over interleaved rounds in one process.
 */

/** A contender: a name, the articles it runs over and what it does with one article. */
export interface Contender {
  name: string
  articles: readonly string[]
  megabytes: number
  run: (article: string) => unknown
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Milliseconds to run `contender` over all its articles once. */
export function timeOnce(contender: Contender): number {
  const started = performance.now()
  for (const article of contender.articles) contender.run(article)
  return performance.now() - started
}

/**
 * Runs every contender `rounds` times, rotating their order each round so that none always runs
 * first or last (garbage left by one is collected during another), and returns each one's median
 * throughput in MB/s (MB = 10^6 bytes of UTF-8).
 */
export function interleave(contenders: readonly Contender[], rounds: number): Map<string, number> {
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let at = 0; at < contenders.length; at++) {
      const contender = contenders[(at + round) % contenders.length]!
      const ms = timeOnce(contender)
      samples.get(contender.name)!.push(contender.megabytes / (ms / 1000))
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]))
}

/** Formats a number with a fixed count of decimals, right-aligned in `width`. */
export function cell(value: number | string, width: number, decimals = 2): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(decimals) : '—') : value
  return text.padStart(width)
}
