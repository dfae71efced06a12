/**
 * Measure findHedges as a sentence-level uncertainty detector on the development data.
 *
 * A sentence is predicted uncertain when findHedges returns a cue of one of the counted
 * categories (cues inside quotes count too). Prints precision, recall and F1 against:
 * - CoNLL-2010 Wikipedia training documents, `conll_uncertain` (non-null rows): all categories;
 * - the same sentences, `szeged_uncertain` (Szeged re-annotation, semantic uncertainty only);
 * - FactBank news, dev half, `szeged_uncertain`;
 * and the naive baseline: any word of the `hedges` or `weasels` npm lists.
 * The Szeged layer does not mark discourse-level weasels or sourcing (its README says so),
 * so against it the `weasel`, `anonymous-source` and `vague-quantity` categories are also shown
 * left out.
 *
 * Node 20 cannot run TypeScript directly, so bundle with esbuild (already installed) first:
 *   npx esbuild scripts/eval-hedges.ts --bundle --platform=node --format=esm \
 *     --outfile=.eval-out/eval-hedges.mjs --log-level=warning && node .eval-out/eval-hedges.mjs
 * Options: `--cues` prints per-cue counts, `--errors N` prints N false positives and
 * negatives per set; `CITECHECK_DATA=/path` points at another data folder.
 * The data is read in place and never copied into the repository.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hedges } from 'hedges'
import { weasels } from 'weasels'
import { findHedges } from '../src/language/hedges.js'
import type { HedgeCategory } from '../src/report/schema.js'

interface Row {
  id: string
  text: string
  szeged_uncertain: boolean
  conll_uncertain?: boolean | null
}

const DATA = process.env.CITECHECK_DATA ?? '/work/shared/data'
const args = process.argv.slice(2)
const showCues = args.includes('--cues')
const errorsAt = args.indexOf('--errors')
const showErrors = errorsAt === -1 ? 0 : Number(args[errorsAt + 1] ?? 10)

function readRows(path: string): Row[] {
  return readFileSync(join(DATA, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
}

const ALL: readonly HedgeCategory[] = [
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
  'weasel',
  'conditional',
  'vague-quantity',
]
const SEMANTIC = ALL.filter((c) => c !== 'weasel' && c !== 'anonymous-source' && c !== 'vague-quantity')

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// The naive baselines: one alternation of a word list, longest first, word-bounded.
const listRegex = (words: readonly string[]): RegExp =>
  new RegExp(
    `\\b(?:${[...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})\\b`,
    'i',
  )
const BASELINES: ReadonlyArray<readonly [string, RegExp]> = [
  ['baseline hedges+weasels lists', listRegex([...hedges, ...weasels])],
  ['baseline hedges list only', listRegex(hedges)],
  ['baseline weasels list only', listRegex(weasels)],
]

interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
}

function score(gold: readonly boolean[], predicted: readonly boolean[]): Score {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0 }
  gold.forEach((g, i) => {
    const p = predicted[i]
    if (g && p) s.tp++
    else if (!g && p) s.fp++
    else if (g && !p) s.fn++
    else s.tn++
  })
  return s
}

function line(name: string, s: Score): string {
  const p = s.tp / Math.max(1, s.tp + s.fp)
  const r = s.tp / Math.max(1, s.tp + s.fn)
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return `| ${name.padEnd(58)} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${String(s.tp + s.fn).padStart(5)} |`
}

function evaluate(label: string, rows: readonly Row[], gold: (r: Row) => boolean): void {
  const found = rows.map((r) => findHedges(r.text))
  const goldLabels = rows.map(gold)
  const predict = (cats: readonly HedgeCategory[]) =>
    found.map((cues) => cues.some((c) => cats.includes(c.category)))
  console.log(line(`${label}: citecheck, all categories`, score(goldLabels, predict(ALL))))
  console.log(
    line(
      `${label}: citecheck, semantic categories only (no weasel, anonymous-source, vague-quantity)`,
      score(goldLabels, predict(SEMANTIC)),
    ),
  )
  for (const [name, regex] of BASELINES) {
    console.log(
      line(
        `${label}: ${name}`,
        score(
          goldLabels,
          rows.map((r) => regex.test(r.text)),
        ),
      ),
    )
  }

  if (showCues) {
    const stats = new Map<string, { n: number; pos: number; category: string }>()
    found.forEach((cues, i) => {
      const seen = new Set<string>()
      for (const c of cues) {
        const key = c.cue.toLowerCase().replace(/\s{1,50}/g, ' ')
        if (seen.has(key)) continue
        seen.add(key)
        const st = stats.get(key) ?? { n: 0, pos: 0, category: c.category }
        st.n++
        if (goldLabels[i]) st.pos++
        stats.set(key, st)
      }
    })
    const sorted = [...stats.entries()].sort((a, b) => b[1].n - b[1].pos - (a[1].n - a[1].pos))
    console.log(`\n${label}: cues by false positives (cue  fired  precision  category)`)
    for (const [cue, st] of sorted.slice(0, 60)) {
      console.log(
        `  ${cue.padEnd(32)} ${String(st.n).padStart(5)}  ${(st.pos / st.n).toFixed(2)}  ${st.category}`,
      )
    }
  }
  if (showErrors > 0) {
    const predicted = predict(ALL)
    console.log(`\n${label}: false positives`)
    let shown = 0
    rows.forEach((r, i) => {
      if (!goldLabels[i] && predicted[i] && shown++ < showErrors) {
        console.log(
          `  - ${found[i]!.map((c) => `[${c.cue}/${c.category}]`).join(' ')}  ${r.text.slice(0, 200)}`,
        )
      }
    })
    console.log(`\n${label}: false negatives`)
    shown = 0
    rows.forEach((r, i) => {
      if (goldLabels[i] && !predicted[i] && shown++ < showErrors) console.log(`  - ${r.text.slice(0, 200)}`)
    })
  }
}

const wiki = readRows('conll2010-wiki-uncertainty/train.jsonl')
const factbank = readRows('szeged-factbank-uncertainty/dev.jsonl')

console.log(`| ${'set / system'.padEnd(58)} | P     | R     | F1    | pos   |`)
console.log(`|${'-'.repeat(60)}|-------|-------|-------|-------|`)
const started = performance.now()
evaluate(
  'CoNLL-2010 wiki, conll_uncertain',
  wiki.filter((r) => r.conll_uncertain !== null && r.conll_uncertain !== undefined),
  (r) => r.conll_uncertain === true,
)
evaluate('CoNLL-2010 wiki, szeged_uncertain', wiki, (r) => r.szeged_uncertain)
evaluate('FactBank news dev, szeged_uncertain', factbank, (r) => r.szeged_uncertain)
const chars = [...wiki, ...factbank].reduce((sum, r) => sum + r.text.length, 0)
const t0 = performance.now()
for (const r of wiki) findHedges(r.text)
const ms = performance.now() - t0
console.log(
  `\n${wiki.length} wiki sentences (${(chars / 1e6).toFixed(1)} MB with FactBank) in ${ms.toFixed(0)} ms; total run ${(performance.now() - started).toFixed(0)} ms`,
)
