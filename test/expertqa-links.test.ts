/**
 * Real documents: the answers of ExpertQA's random validation split (../shared/data/expertqa, MIT,
 * Malaviya et al. 2024), each an LLM or Bing Chat answer with `[n]` markers followed by its source
 * list. Every `[n]` must be found with its label and linked to the source whose line says `[n] url`;
 * a marker with no such line must dangle. Measured twice: as plain text, and converted to Markdown
 * with GFM footnotes (`[^n]` and `[^n]: url`). The data is read in place, never copied here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze, type Report } from '../src/index.js'

const answersFile = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'data',
  'expertqa',
  'rand_val.answers.jsonl',
)
const missing = !existsSync(answersFile)

interface Answer {
  system: string
  body: string
  attribution: string[]
}

/** Every system's answer of every question (a record holds one answer per system that answered). */
function readAnswers(): Answer[] {
  const answers: Answer[] = []
  for (const line of readFileSync(answersFile, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {
      answers: Record<string, { answer_string: string; attribution?: string[] | null }>
    }
    for (const [system, answer] of Object.entries(record.answers)) {
      answers.push({ system, body: answer.answer_string, attribution: answer.attribution ?? [] })
    }
  }
  return answers
}

interface Tally {
  answers: number
  expected: number
  found: number
  correct: number
  /** Citations the report has beyond the `[n]` markers (bare URLs in the answer would be some). */
  extra: number
  problems: string[]
}

const ATTRIBUTION = /^\[(\d{1,4})\][ \t]{0,10}(\S{0,4000})/

/**
 * Analyses one document and scores it: `markers` are the expected `[n]` (label and offset) and
 * `urls` the URL each label's source line gives.
 */
function score(
  tally: Tally,
  input: string,
  markers: { label: string; offset: number }[],
  urls: ReadonlyMap<string, string>,
  format: 'text' | 'markdown',
  system: string,
): void {
  const report: Report = analyze(input, { format })
  const sources = new Map(report.sources.map((source) => [source.id, source]))
  const citations = new Map(
    report.claims.flatMap((claim) =>
      claim.citations.map(
        (citation) => [`${citation.position.start.offset}:${citation.label}`, citation] as const,
      ),
    ),
  )
  tally.answers++
  tally.extra += Math.max(0, citations.size - markers.length)
  for (const marker of markers) {
    tally.expected++
    const citation = citations.get(`${marker.offset}:${marker.label}`)
    if (!citation) {
      tally.problems.push(`${system}: [${marker.label}] at ${marker.offset} not found`)
      continue
    }
    tally.found++
    const source = citation.sourceId === null ? undefined : sources.get(citation.sourceId)
    const url = urls.get(marker.label)
    const right =
      url === undefined ? source === undefined : source?.label === marker.label && source.url === url
    if (right) tally.correct++
    else
      tally.problems.push(
        `${system}: [${marker.label}] linked to ${source ? `[${source.label}] ${source.url}` : 'nothing'}, expected ${url}`,
      )
  }
}

function measure(kind: 'text' | 'markdown'): Tally {
  const tally: Tally = { answers: 0, expected: 0, found: 0, correct: 0, extra: 0, problems: [] }
  for (const answer of readAnswers()) {
    const urls = new Map<string, string>()
    for (const line of answer.attribution) {
      const match = ATTRIBUTION.exec(line)
      if (match && !urls.has(match[1]!)) urls.set(match[1]!, match[2]!)
    }
    const body = kind === 'text' ? answer.body : answer.body.replace(/\[(\d{1,4})\]/g, '[^$1]')
    const list =
      kind === 'text'
        ? answer.attribution
        : answer.attribution.map((line) => line.replace(/^\[(\d{1,4})\][ \t]{0,10}/, '[^$1]: '))
    const input = `${body}\n\n${list.join('\n')}`
    const markers = [...body.matchAll(kind === 'text' ? /\[(\d{1,4})\]/g : /\[\^(\d{1,4})\]/g)].map(
      (match) => ({
        label: String(Number(match[1])),
        offset: match.index,
      }),
    )
    score(tally, input, markers, urls, kind, answer.system)
  }
  return tally
}

function report(kind: string, tally: Tally): void {
  const percent = (part: number) =>
    tally.expected === 0 ? 'n/a' : `${((100 * part) / tally.expected).toFixed(2)}%`
  console.log(
    `ExpertQA (${kind}): ${tally.answers} answers; markers found ${tally.found}/${tally.expected} (${percent(tally.found)}); ` +
      `links correct ${tally.correct}/${tally.expected} (${percent(tally.correct)}); extra citations ${tally.extra}`,
  )
  for (const problem of tally.problems.slice(0, 20)) console.log(`  ${problem}`)
}

describe('ExpertQA answers: every [n] found and linked', () => {
  it.skipIf(missing)(`as plain text${missing ? ` (skipped: ${answersFile} is absent)` : ''}`, () => {
    const tally = measure('text')
    report('text', tally)
    expect(tally.expected).toBeGreaterThan(1000)
    expect(tally.found).toBe(tally.expected)
    expect(tally.correct).toBe(tally.expected)
  })

  it.skipIf(missing)(
    `as Markdown with GFM footnotes${missing ? ` (skipped: ${answersFile} is absent)` : ''}`,
    () => {
      const tally = measure('markdown')
      report('markdown', tally)
      expect(tally.expected).toBeGreaterThan(1000)
      expect(tally.found).toBe(tally.expected)
      expect(tally.correct).toBe(tally.expected)
    },
  )
})
