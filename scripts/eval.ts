/**
 * `npm run eval`: measures citecheck on the labeled development sets in ../shared/data, through
 * the public `analyze`, and prints tables (and writes eval-results/eval.json).
 *
 * - Uncertainty (hedges): a sentence is predicted uncertain when any claim of it has a hedge cue.
 *   CoNLL-2010 Wikipedia against `conll_uncertain` (non-null rows) and `szeged_uncertain`;
 *   FactBank news against `szeged_uncertain`. Beside it the naive baseline: any word of the
 *   `hedges` / `weasels` npm word lists. Against the Szeged layer also with only the semantic
 *   categories that layer annotates (no weasels, unnamed sources or vague quantities).
 * - Check-worthiness: CheckThat 2024 English dev; predicted check-worthy when the largest
 *   checkWorthiness of its claims is ≥ 0.5; P/R/F1 of the positive class.
 * - Confidence: ExpertQA dev, out of fold (scripts/eval-confidence.ts).
 *
 * The data is read in place and never copied; when it is absent the script says so and exits 0.
 *
 *   npm run eval                 (or: npx tsx scripts/eval.ts [dataDir])
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hedges } from 'hedges'
import { weasels } from 'weasels'
import { analyze, type HedgeCategory, type Report } from '../src/index.js'
import { evaluateConfidence } from './eval-confidence.js'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const dataDir = resolve(process.argv[2] ?? process.env.CITECHECK_DATA ?? join(root, '../shared/data'))

interface Counts {
  tp: number
  fp: number
  fn: number
}

interface Row {
  name: string
  precision: number
  recall: number
  f1: number
  positives: number
  rows: number
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(join(dataDir, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

function prf(name: string, gold: readonly boolean[], predicted: readonly boolean[]): Row {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 }
  gold.forEach((isGold, index) => {
    const isPredicted = predicted[index]!
    if (isGold && isPredicted) counts.tp++
    else if (isPredicted) counts.fp++
    else if (isGold) counts.fn++
  })
  const precision = counts.tp / Math.max(1, counts.tp + counts.fp)
  const recall = counts.tp / Math.max(1, counts.tp + counts.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { name, precision, recall, f1, positives: counts.tp + counts.fn, rows: gold.length }
}

function table(title: string, rows: readonly Row[]): string {
  const lines = [
    `### ${title}`,
    '',
    '| set / system | P | R | F1 | positives | rows |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.precision.toFixed(3)} | ${row.recall.toFixed(3)} | ${row.f1.toFixed(3)} | ${row.positives} | ${row.rows} |`,
    ),
  ]
  return lines.join('\n')
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordList = (words: readonly string[]) =>
  new RegExp(
    `\\b(?:${[...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})\\b`,
    'i',
  )
const NAIVE = wordList([...hedges, ...weasels])

// Sentences are analysed one at a time as plain text; a sentence may give several claims.
function analyseSentence(text: string): Report {
  return analyze(text, { format: 'text' })
}

/**
 * The categories the Szeged Uncertainty Corpus annotates: semantic uncertainty. Its README says it
 * does not mark discourse-level weasels; unnamed sources and vague quantities are not marked either.
 */
const SEMANTIC: ReadonlySet<HedgeCategory> = new Set([
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'conditional',
])

/** Does any claim have a hedge cue (of one of `categories`, when given)? */
function hasHedge(report: Report, categories?: ReadonlySet<HedgeCategory>): boolean {
  return report.claims.some((claim) =>
    claim.hedges.some((hedge) => categories === undefined || categories.has(hedge.category)),
  )
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(
      `npm run eval: no data at ${dataDir}; the labeled dev sets live in ../shared/data (not shipped). Nothing measured.`,
    )
    return
  }
  const started = performance.now()
  const out: Record<string, unknown> = { dataDir, date: new Date().toISOString() }

  interface UncertaintyRow {
    text: string
    szeged_uncertain: boolean
    conll_uncertain?: boolean | null
  }
  const wiki = readJsonl<UncertaintyRow>('conll2010-wiki-uncertainty/train.jsonl')
  const factbank = readJsonl<UncertaintyRow>('szeged-factbank-uncertainty/dev.jsonl')
  const wikiReports = wiki.map((row) => analyseSentence(row.text))
  const wikiPredicted = wikiReports.map((report) => hasHedge(report))
  const wikiNaive = wiki.map((row) => NAIVE.test(row.text))
  const conllRows = wiki
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => typeof row.conll_uncertain === 'boolean')
  const conllGold = conllRows.map(({ row }) => row.conll_uncertain === true)
  const factbankReports = factbank.map((row) => analyseSentence(row.text))
  const factbankPredicted = factbankReports.map((report) => hasHedge(report))
  const uncertainty = [
    prf(
      'CoNLL-2010 wiki, conll_uncertain — citecheck',
      conllGold,
      conllRows.map(({ index }) => wikiPredicted[index]!),
    ),
    prf(
      'CoNLL-2010 wiki, conll_uncertain — naive hedges+weasels',
      conllGold,
      conllRows.map(({ index }) => wikiNaive[index]!),
    ),
    prf(
      'CoNLL-2010 wiki, szeged_uncertain — citecheck',
      wiki.map((row) => row.szeged_uncertain),
      wikiPredicted,
    ),
    prf(
      'CoNLL-2010 wiki, szeged_uncertain — citecheck, semantic cues only',
      wiki.map((row) => row.szeged_uncertain),
      wikiReports.map((report) => hasHedge(report, SEMANTIC)),
    ),
    prf(
      'CoNLL-2010 wiki, szeged_uncertain — naive hedges+weasels',
      wiki.map((row) => row.szeged_uncertain),
      wikiNaive,
    ),
    prf(
      'FactBank news dev, szeged_uncertain — citecheck',
      factbank.map((row) => row.szeged_uncertain),
      factbankPredicted,
    ),
    prf(
      'FactBank news dev, szeged_uncertain — citecheck, semantic cues only',
      factbank.map((row) => row.szeged_uncertain),
      factbankReports.map((report) => hasHedge(report, SEMANTIC)),
    ),
    prf(
      'FactBank news dev, szeged_uncertain — naive hedges+weasels',
      factbank.map((row) => row.szeged_uncertain),
      factbank.map((row) => NAIVE.test(row.text)),
    ),
  ]
  console.log(table('Uncertainty (hedge cues), sentence level', uncertainty))
  out.uncertainty = uncertainty

  interface CheckThatRow {
    text: string
    label: boolean
  }
  const checkthat = readJsonl<CheckThatRow>('checkthat-ct24-en-checkworthiness/dev.jsonl')
  const worthiness = checkthat.map((row) =>
    Math.max(0, ...analyseSentence(row.text).claims.map((claim) => claim.checkWorthiness)),
  )
  const checkRows = [
    prf(
      'CheckThat 2024 en dev — citecheck (max checkWorthiness ≥ 0.5)',
      checkthat.map((row) => row.label),
      worthiness.map((score) => score >= 0.5),
    ),
    prf(
      'CheckThat 2024 en dev — always yes',
      checkthat.map((row) => row.label),
      checkthat.map(() => true),
    ),
  ]
  console.log(`\n${table('Check-worthiness, positive class', checkRows)}`)
  out.checkWorthiness = checkRows

  const confidence = await evaluateConfidence(dataDir)
  console.log(`\n${confidence.table}`)
  out.confidence = confidence.json

  const seconds = (performance.now() - started) / 1000
  out.seconds = seconds
  mkdirSync(join(root, 'eval-results'), { recursive: true })
  writeFileSync(join(root, 'eval-results/eval.json'), `${JSON.stringify(out, null, 2)}\n`)
  console.log(`\nMeasured in ${seconds.toFixed(1)} s; JSON in eval-results/eval.json`)
}

await main()
