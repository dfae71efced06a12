/**
 * Run by `npm run bench` in a fresh process: analyses one large document and prints the time and
 * the process's peak resident set size as JSON, so that no other measurement inflates the peak.
 *
 * Usage: tsx scripts/bench/rss-child.ts <markdown|text> <megabytes>
 */
import { analyze } from '../../src/index.js'
import { asOneDocument, byteLength, corpusOfSize, loadArticles } from './corpus.js'

const [form = 'markdown', size = '10'] = process.argv.slice(2)
const { articles } = loadArticles()
const document = asOneDocument(
  corpusOfSize(
    articles.map((pair) => (form === 'text' ? pair.text : pair.markdown)),
    Number(size),
  ),
)
const baseline = process.resourceUsage().maxRSS * 1024
const started = performance.now()
const report = analyze(document, { format: form === 'text' ? 'text' : 'markdown' })
const ms = performance.now() - started
console.log(
  JSON.stringify({
    form,
    megabytes: byteLength(document) / 1e6,
    ms,
    claims: report.claims.length,
    baselineRssBytes: baseline,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
)
