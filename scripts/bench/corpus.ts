/**
 * Benchmark corpora, built deterministically from real text: the ExpertQA answers
 * (`../shared/data/expertqa/rand_val.answers.jsonl`, MIT, see its README) with their source lists,
 * and the seed article. Each answer becomes a plain-text article and a Markdown article (headings,
 * paragraphs, a Sources section; every third one with GFM footnotes). Nothing is copied into the
 * repository: when the data folder is absent, the corpora are built from the seed alone.
 */
import { existsSync, readFileSync } from 'node:fs'

/** One article in both forms. */
export interface ArticlePair {
  text: string
  markdown: string
}

/** Where the articles came from, for the report. */
export interface CorpusSource {
  expertqa: boolean
  path: string | null
  answers: number
  articles: ArticlePair[]
}

const DATA = new URL('../../../shared/data/expertqa/rand_val.answers.jsonl', import.meta.url)
const SEED = new URL('../../fixtures/seed-article.txt', import.meta.url)

interface Answer {
  answer_string?: string
  revised_answer_string?: string
  attribution?: string[] | null
}

/** Reads the ExpertQA answers (when present) and the seed, as article pairs in file order. */
export function loadArticles(): CorpusSource {
  const seed = readFileSync(SEED, 'utf8')
  const articles: ArticlePair[] = [seedPair(seed)]
  if (!existsSync(DATA)) return { expertqa: false, path: null, answers: 0, articles }
  let answers = 0
  const lines = readFileSync(DATA, 'utf8').split('\n')
  for (const line of lines) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as { question: string; answers: Record<string, Answer> }
    for (const answer of Object.values(record.answers)) {
      const sources = (answer.attribution ?? []).filter((entry) => /^\[\d{1,4}\]/.test(entry))
      for (const body of [answer.answer_string, answer.revised_answer_string]) {
        if (!body || body.trim().length < 40) continue
        answers++
        articles.push(answerPair(record.question, body, sources, answers))
      }
    }
  }
  return { expertqa: true, path: DATA.pathname, answers, articles }
}

/** Paragraphs of an answer: its own blank-line breaks, and long runs cut every four sentences. */
function paragraphs(body: string): string[] {
  const result: string[] = []
  for (const block of body.split(/\n{1,10}/)) {
    const text = block.trim()
    if (text === '') continue
    const sentences = text.split(/(?<=[.!?](?:\[\d{1,4}\][ ]?){0,10}) (?=[A-Z])/)
    for (let at = 0; at < sentences.length; at += 4) result.push(sentences.slice(at, at + 4).join(' '))
  }
  return result
}

function answerPair(question: string, body: string, sources: readonly string[], serial: number): ArticlePair {
  const parts = paragraphs(body)
  const plainParts = parts.map((part) => part.replace(/\*\*/g, ''))
  const text = [question, '', ...plainParts.flatMap((part) => [part, '']), 'Sources:', ...sources].join('\n')
  const footnotes = serial % 3 === 0
  const md: string[] = [`# ${question}`, '']
  parts.forEach((part, index) => {
    if (index > 0 && index % 3 === 0) md.push(`## Part ${index / 3 + 1}`, '')
    md.push(footnotes ? part.replace(/\[(\d{1,4})\]/g, '[^$1]') : part, '')
  })
  if (footnotes) {
    for (const source of sources) md.push(source.replace(/^\[(\d{1,4})\]\s{0,5}/, '[^$1]: '), '')
  } else {
    md.push('## Sources', '')
    for (const source of sources) md.push(`- ${source}`)
    md.push('')
  }
  return { text, markdown: md.join('\n') }
}

function seedPair(seed: string): ArticlePair {
  const lines = seed.split('\n')
  const markdown = lines
    .map((line, index) => (index < 2 && line.trim() !== '' ? `${index === 0 ? '#' : '##'} ${line}` : line))
    .join('\n\n')
  return { text: seed, markdown }
}

/** UTF-8 size in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Articles taken in order (cycling) until their total reaches `megabytes` (MB = 10^6 bytes). */
export function corpusOfSize(articles: readonly string[], megabytes: number): string[] {
  const target = megabytes * 1e6
  const result: string[] = []
  let total = 0
  for (let index = 0; total < target; index++) {
    const article = articles[index % articles.length]!
    result.push(article)
    total += byteLength(article) + 2
  }
  return result
}

/** The same articles as one document, separated by blank lines. */
export function asOneDocument(articles: readonly string[]): string {
  return articles.join('\n\n')
}
