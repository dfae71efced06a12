import { describe, expect, it } from 'vitest'
import { analyze, CitecheckError } from '../src/index.js'
import { analyzeMany, closeWorkers } from '../src/parallel/index.js'
import { readFixture } from './helpers.js'

const seed = readFixture('seed-article.txt')
const articles = [
  seed,
  '# Title\n\nOfficials said the plan works[1].\n\n[1]: https://example.org/a\n',
  '',
  'Rumors suggest the deal is off[2].\n\nSources:\n[2] https://news.example.com/x',
  '- A bullet point with a claim[^1].\n\n[^1]: Reuters, March 3, https://reuters.com/a',
  'Plain sentence without citations. The economy grew 4% in 2024.',
]

describe('analyzeMany', () => {
  it('gives the reports analyze gives, in input order', async () => {
    const inputs = Array.from({ length: 40 }, (_, index) => articles[index % articles.length]!)
    const reports = await analyzeMany(inputs, { concurrency: 2 })
    expect(reports).toHaveLength(inputs.length)
    reports.forEach((report, index) => {
      expect(report).toEqual(analyze(inputs[index]!))
    })
  })

  it('passes the analyze options to every article', async () => {
    const [report] = await analyzeMany([articles[1]!], { concurrency: 1, format: 'text' })
    expect(report!.format).toBe('text')
    expect(report).toEqual(analyze(articles[1]!, { format: 'text' }))
  })

  it('resolves an empty batch to an empty list without starting workers', async () => {
    await expect(analyzeMany([])).resolves.toEqual([])
  })

  it('rejects with a CitecheckError naming the article that failed', async () => {
    const promise = analyzeMany(['short', 'x'.repeat(2000), 'short'], { concurrency: 2, maxInputBytes: 1000 })
    await expect(promise).rejects.toBeInstanceOf(CitecheckError)
    await expect(
      analyzeMany(['short', 'x'.repeat(2000)], { concurrency: 1, maxInputBytes: 1000 }),
    ).rejects.toThrow(/^inputs\[1\]: Input is 2000 bytes, over the limit of 1000 bytes/)
  })

  it('rejects bad input and options before starting workers', async () => {
    await expect(analyzeMany(['ok', 42 as unknown as string])).rejects.toThrow(
      'Expected inputs[1] to be a string',
    )
    await expect(analyzeMany('text' as unknown as string[])).rejects.toBeInstanceOf(CitecheckError)
    await expect(analyzeMany(['ok'], { format: 'rtf' as 'text' })).rejects.toBeInstanceOf(CitecheckError)
    await expect(analyzeMany(['ok'], { concurrency: 0 })).rejects.toThrow('concurrency')
    await expect(analyzeMany(['ok'], { concurrency: 1.5 })).rejects.toThrow('concurrency')
  })

  it('stops the workers when the signal aborts', async () => {
    const controller = new AbortController()
    const promise = analyzeMany([seed.repeat(200)], { concurrency: 1, signal: controller.signal })
    controller.abort(new Error('enough'))
    await expect(promise).rejects.toThrow('enough')
    await expect(analyzeMany([seed], { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow(
      'already',
    )
  })

  it('gives the same reports whether the calling thread takes a share or not', async () => {
    const inputs = Array.from({ length: 30 }, (_, index) =>
      `${articles[index % articles.length]!}\n`.repeat(40),
    )
    const expected = inputs.map((input) => analyze(input))
    await expect(analyzeMany(inputs, { concurrency: 2, callingThread: true })).resolves.toEqual(expected)
    await expect(analyzeMany(inputs, { concurrency: 2, callingThread: false })).resolves.toEqual(expected)
  })

  it('names the failing article whichever thread analyses it', async () => {
    const inputs = Array.from({ length: 20 }, () => 'x'.repeat(40_000))
    inputs[7] = 'x'.repeat(60_000)
    const promise = analyzeMany(inputs, { concurrency: 2, callingThread: true, maxInputBytes: 50_000 })
    await expect(promise).rejects.toBeInstanceOf(CitecheckError)
    await expect(
      analyzeMany(inputs, { concurrency: 2, callingThread: true, maxInputBytes: 50_000 }),
    ).rejects.toThrow(/^inputs\[7\]: Input is 60000 bytes/)
  })

  it('reuses its workers across calls and can stop them', async () => {
    const first = await analyzeMany(articles, { concurrency: 1 })
    const second = await analyzeMany(articles, { concurrency: 1 })
    expect(second).toEqual(first)
    await closeWorkers()
    await expect(analyzeMany(articles, { concurrency: 1 })).resolves.toEqual(first)
    await closeWorkers()
  })

  it('rejects a callingThread that is not a boolean', async () => {
    await expect(analyzeMany(['ok'], { callingThread: 'yes' as unknown as boolean })).rejects.toThrow(
      'Expected callingThread to be a boolean',
    )
  })
})
