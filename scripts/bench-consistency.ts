/**
 * How the consistency stage scales: `checkConsistency` timed on synthetic articles of 100, 1,000,
 * 10,000 and 40,000 claims, each a median of several rounds in this one process after a warm-up. The
 * article is built from news-like sentence templates (names with titles, figures, dates, hedged
 * rumours, and one claim in five restating an earlier one in other words), run through the real
 * document and claims stages (not timed), so the stage sees real hedges and citations.
 *
 * Every size is run once to warm up before any is measured. Prints, per size, the median
 * milliseconds, microseconds per claim, and that figure as a ratio to the smallest size's. The
 * index reads at most 12 terms × 64 postings per claim, so the cost per claim rises while the
 * postings lists fill (a 100-claim article has short lists) and is flat once they are full: from
 * 10,000 to 40,000 claims the ratio should stay put. Tests never assert timings; this only prints.
 *
 *   npx tsx scripts/bench-consistency.ts [--rounds N]
 *
 * `benchConsistency()` returns the rows, for the main bench script to include.
 */
import { findInlineLinks, indexSources, readSourceEntries } from '../src/citations/index.js'
import { buildClaims } from '../src/claims/index.js'
import { checkConsistency } from '../src/consistency/index.js'
import { createLocator, readDocument } from '../src/document/index.js'
import { median } from './bench/measure.js'

/** One size of the benchmark. */
export interface ConsistencyBenchRow {
  claims: number
  /** Median wall-clock milliseconds of one `checkConsistency` call. */
  ms: number
  /** Microseconds per claim. */
  perClaimUs: number
  /** `perClaimUs` over the smallest size's: ≈ 1 when the stage is linear. */
  ratio: number
  /** What the stage found, to show the input is not trivial. */
  restatements: number
  escalations: number
  titleConflicts: number
  figureConflicts: number
}

/** Options of {@link benchConsistency}. */
export interface ConsistencyBenchOptions {
  sizes?: readonly number[]
  rounds?: number
  /** Called with each row as soon as it is measured. */
  onRow?: (row: ConsistencyBenchRow) => void
}

const PEOPLE = [
  ['Secretary of State', 'Marco', 'Rubio'],
  ['President', 'Donald', 'Trump'],
  ['Governor', 'Jane', 'Okafor'],
  ['Mayor', 'Luis', 'Herrera'],
  ['Senator', 'Amy', 'Lindqvist'],
  ['Defense Secretary', 'Pete', 'Hegseth'],
  ['Prime Minister', 'Keir', 'Starmer'],
  ['Chancellor', 'Olaf', 'Brandt'],
] as const
const PLACES = [
  'Rwanda',
  'Libya',
  'Kenya',
  'Peru',
  'Norway',
  'Chile',
  'Ghana',
  'Laos',
  'Oman',
  'Fiji',
  'Malta',
  'Chad',
]
const COMPANIES = ['Acme Corp', 'Beta Systems', 'Gamma Foods', 'Delta Air', 'Epsilon Bank', 'Zeta Mining']
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November']
const NOUNS = ['immigrants', 'workers', 'soldiers', 'students', 'villages', 'families', 'contracts']
const VERBS = [
  ['expelled', 'deported'],
  ['hired', 'recruited'],
  ['approved', 'passed'],
  ['seized', 'confiscated'],
  ['visited', 'toured'],
] as const

/** A tiny deterministic PRNG (mulberry32), so every run benchmarks the same article. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A plain-text article of about `claims` sentences, with a numbered source list. */
export function syntheticArticle(claims: number, seed = 6): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const facts: {
    person: (typeof PEOPLE)[number]
    verb: (typeof VERBS)[number]
    count: number
    noun: string
    place: string
    month: string
    label: number
  }[] = []
  const lines: string[] = []
  let paragraph: string[] = []
  for (let at = 0; at < claims; at++) {
    const label = 1 + Math.floor(next() * 9)
    let sentence: string
    const roll = next()
    if (roll < 0.2 && facts.length > 0) {
      // A restatement of an earlier fact, in other words, sometimes with another title or number.
      const fact = facts[Math.floor(next() * facts.length)]!
      const title = next() < 0.1 ? 'Senator' : fact.person[0]
      const count = next() < 0.1 ? fact.count + 50 : fact.count
      sentence = `In ${fact.month}, ${title} ${fact.person[1]} ${fact.person[2]} ${fact.verb[1]} ${count} ${fact.noun} in ${fact.place}[${next() < 0.7 ? fact.label : label}].`
    } else if (roll < 0.3) {
      sentence = `Rumors suggest that ${pick(COMPANIES)} is in talks with officials in ${pick(PLACES)} about ${pick(NOUNS)}[${label}].`
    } else if (roll < 0.35) {
      sentence = `The talks are real, as evidenced by the meetings in ${pick(PLACES)} and ${pick(PLACES)} last month.`
    } else {
      const fact = {
        person: pick(PEOPLE),
        verb: pick(VERBS),
        count: 10 * (5 + Math.floor(next() * 60)),
        noun: pick(NOUNS),
        place: pick(PLACES),
        month: pick(MONTHS),
        label,
      }
      facts.push(fact)
      sentence = `${fact.person[0]} ${fact.person[1]} ${fact.person[2]} ${fact.verb[0]} over ${fact.count} ${fact.noun} in ${fact.place} in ${fact.month}, officials said[${label}].`
    }
    paragraph.push(sentence)
    if (paragraph.length >= 4) {
      lines.push(paragraph.join(' '))
      paragraph = []
    }
  }
  if (paragraph.length > 0) lines.push(paragraph.join(' '))
  lines.push('')
  for (let label = 1; label <= 9; label++)
    lines.push(`[${label}] Source ${label}: https://news.test/${label}`)
  return `${lines.join('\n')}\n`
}

/** The claims of an article, as the claims stage gives them to the consistency stage. */
function claimsOf(input: string) {
  const document = readDocument(input, 'text')
  const locator = createLocator(input)
  const sources = indexSources(
    readSourceEntries(input, document.blocks),
    findInlineLinks(input, document.blocks),
    locator,
  )
  return { drafts: buildClaims(input, document, sources, locator, { english: true }), locator }
}

/** Times `checkConsistency` at each size (100, 1,000, 10,000 and 40,000 claims unless told). */
export function benchConsistency(options: ConsistencyBenchOptions = {}): ConsistencyBenchRow[] {
  const sizes = options.sizes ?? [100, 1000, 10000, 40000]
  const rounds = options.rounds ?? 5
  const rows: ConsistencyBenchRow[] = []
  const articles = sizes.map((size) => claimsOf(syntheticArticle(size)))
  // Warm up on every size first (about 2,000 claims' worth of calls each), so the smallest, the
  // reference, does not pay for compiling.
  for (const { drafts, locator } of articles) {
    for (let call = 0; call < Math.max(1, Math.ceil(2000 / drafts.length)); call++)
      checkConsistency(drafts, locator)
  }
  for (const { drafts, locator } of articles) {
    const samples: number[] = []
    let facts = checkConsistency(drafts, locator)
    for (let round = 0; round < rounds; round++) {
      const started = performance.now()
      facts = checkConsistency(drafts, locator)
      samples.push(performance.now() - started)
    }
    const ms = median(samples)
    const perClaimUs = (ms * 1000) / drafts.length
    const row: ConsistencyBenchRow = {
      claims: drafts.length,
      ms,
      perClaimUs,
      ratio: rows.length === 0 ? 1 : perClaimUs / rows[0]!.perClaimUs,
      restatements: facts.restatements.length,
      escalations: facts.escalations.length,
      titleConflicts: facts.titleConflicts.length,
      figureConflicts: facts.figureConflicts.length,
    }
    rows.push(row)
    options.onRow?.(row)
  }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--rounds')
  const rounds = at === -1 ? 5 : Number(process.argv[at + 1])
  const log = (line: string) => process.stdout.write(`${line}\n`)
  log('claims       ms   µs/claim  ratio  restatements escalations titles figures')
  benchConsistency({
    rounds,
    onRow: (row) =>
      log(
        `${String(row.claims).padStart(6)} ${row.ms.toFixed(1).padStart(8)} ${row.perClaimUs.toFixed(1).padStart(10)} ${row.ratio.toFixed(2).padStart(6)} ` +
          `${String(row.restatements).padStart(13)} ${String(row.escalations).padStart(11)} ${String(row.titleConflicts).padStart(6)} ${String(row.figureConflicts).padStart(7)}`,
      ),
  })
}
