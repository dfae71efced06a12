/**
 * The visual report: one self-contained HTML page for a standards editor. Each article is shown
 * as written, every claim marked in the colour of its status (supported, unsupported,
 * unconfirmed, not check-worthy) with its confidence and reasons on hover, its hedge cues
 * underlined ("Rumors suggest", "many"), and a numbered badge after each claim that has findings;
 * then the findings, and the source list with what is wrong with each source.
 *
 * Safe to open whatever the article says: every piece of article text is escaped, the page has no
 * script and loads nothing, and only a source URL citecheck found `ok` (http or https) becomes a
 * link, with `rel="noopener noreferrer nofollow"`.
 */
import { articleMarkers, type MarkerWriter, plainMarker, writeSourceLabel } from '../citations/index.js'
import { DOUBT_CATEGORIES } from '../model/assess.js'
import { HEDGE_WORDS } from '../model/features.js'
import type { Claim, Finding, Report, Source } from '../report/schema.js'
import { ruleDocsUrl } from './rule-docs.js'
import { describeTotals, type FileReport, plural, totals } from './types.js'

/** Options for {@link formatHtml}. */
export interface HtmlOptions {
  /** The page title (default "citecheck report"). */
  title?: string
}

/** A report with the article it was made from: with `text`, the page shows the article itself. */
export interface HtmlFileReport extends FileReport {
  /** The article exactly as analysed; without it the page lists the claims instead. */
  text?: string
}

const STATUS_WORDS: Record<Claim['status'], string> = {
  supported: 'supported',
  unsupported: 'unsupported',
  unconfirmed: 'unconfirmed',
  'not-check-worthy': 'not check-worthy',
}

// How many reasons a claim's tooltip lists, largest first.
const TOOLTIP_REASONS = 4

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const entity =
      c === 38
        ? '&amp;'
        : c === 60
          ? '&lt;'
          : c === 62
            ? '&gt;'
            : c === 34
              ? '&quot;'
              : c === 39
                ? '&#39;'
                : ''
    if (entity === '') continue
    out += text.slice(from, i) + entity
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * Formats reports as one HTML page. Pass each report's `text` (the article as analysed) to see the
 * article with its claims marked; the command line (`--format html`) does.
 */
export function formatHtml(results: readonly HtmlFileReport[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'citecheck report'
  const sum = totals(results)
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No script, no external resource: the page can be opened from a CI artefact or an email.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="totals">${escapeHtml(`${describeTotals(sum)} in ${sum.files} ${plural(sum.files, 'file')}`)}</p>`,
    `<p class="legend">${legend()}</p></header>`,
  ]
  results.forEach((result, index) => {
    parts.push(articleSection(result, `a${index + 1}`))
  })
  parts.push('</body>', '</html>', '')
  return parts.join('\n')
}

function legend(): string {
  const statuses = (Object.keys(STATUS_WORDS) as Claim['status'][]).map(
    (status) => `<mark class="claim ${status}">${STATUS_WORDS[status]}</mark>`,
  )
  return `${statuses.join(' ')} · <span class="hedge doubt">doubt</span> and <span class="hedge">weaker</span> hedge cues`
}

function articleSection({ file, report, text }: HtmlFileReport, id: string): string {
  const { summary } = report
  // Findings are numbered in report order; claims show the numbers of theirs.
  const numbers = new Map<Finding, number>()
  report.findings.forEach((finding, index) => {
    numbers.set(finding, index + 1)
  })
  const byClaim = new Map<string, Finding[]>()
  for (const finding of report.findings) {
    if (finding.claimId === undefined) continue
    const list = byClaim.get(finding.claimId)
    if (list) list.push(finding)
    else byClaim.set(finding.claimId, [finding])
  }
  const counts = [
    `${summary.claims} ${plural(summary.claims, 'claim')}`,
    `${summary.supported} supported`,
    `${summary.unsupported} unsupported`,
    `${summary.unconfirmed} unconfirmed`,
    `${summary.notCheckWorthy} not check-worthy`,
    `${summary.sources} ${plural(summary.sources, 'source')}`,
    `${summary.findings.error} ${plural(summary.findings.error, 'error')}`,
    `${summary.findings.warning} ${plural(summary.findings.warning, 'warning')}`,
    `${summary.findings.info} info`,
  ]
  const badges = (claim: Claim): string =>
    (byClaim.get(claim.id) ?? [])
      .map((finding) => {
        const n = numbers.get(finding)!
        return `<a class="badge ${finding.severity}" href="#${id}-f${n}" title="${escapeHtml(finding.message)}">${n}</a>`
      })
      .join('')
  return [
    `<section class="article" id="${id}">`,
    `<h2>${escapeHtml(file)}</h2>`,
    `<p class="counts">${counts.map(escapeHtml).join(' · ')}</p>`,
    text === undefined ? claimList(report, id, badges) : articleText(text, report, id, badges),
    findingsTable(report, id, numbers),
    // Labels as the article writes its markers ("[^note]"), when the article is at hand.
    sourcesTable(
      report.sources,
      id,
      text === undefined ? plainMarker : articleMarkers(text, report.sources, report.claims),
    ),
    '</section>',
  ].join('\n')
}

/** The article as written, each claim in a `<mark>` coloured by status, badges after it. */
function articleText(text: string, report: Report, id: string, badges: (claim: Claim) => string): string {
  const out: string[] = ['<div class="text">']
  let at = 0
  for (const claim of report.claims) {
    const { start, end } = claim.position
    // Claims are sorted and never overlap; a report that does not fit the text is shown as a list.
    if (start.offset < at || end.offset > text.length) return claimList(report, id, badges)
    out.push(escapeHtml(text.slice(at, start.offset)))
    out.push(claimMark(claim, id, claimHtml(text, claim)), badges(claim))
    at = end.offset
  }
  out.push(escapeHtml(text.slice(at)), '</div>')
  return out.join('')
}

/** Whose a hedge cue is, when it is not the article's own. */
function whose(hedge: Claim['hedges'][number]): string {
  if (hedge.inQuote) return ' (inside a quote: the speaker’s, not the article’s)'
  if (hedge.inReportedSpeech) return ' (in the speaker’s reported words: theirs, not the article’s)'
  if (hedge.inQuestion) return ' (in a question the article asks: asked, not asserted)'
  return ''
}

/** A claim's text, escaped, each hedge cue in a `<span>` that names its kind on hover. */
function claimHtml(text: string, claim: Claim): string {
  const end = claim.position.end.offset
  let at = claim.position.start.offset
  const out: string[] = []
  for (const hedge of claim.hedges) {
    const from = hedge.position.start.offset
    const to = hedge.position.end.offset
    // Cues are sorted and never overlap; one that does not fit the claim is left unmarked.
    if (from < at || to > end || to <= from) continue
    // The line shows the kind of cue: doubt, or a condition or vague quantity that only weakens.
    // Whose words it stands in (a quote, a speaker's reported words) the tooltip says.
    const kind = DOUBT_CATEGORIES.has(hedge.category) ? ' doubt' : ''
    const tip = `${hedge.category}: ${HEDGE_WORDS[hedge.category]}${whose(hedge)}`
    out.push(
      escapeHtml(text.slice(at, from)),
      `<span class="hedge${kind}" title="${escapeHtml(tip)}">${escapeHtml(text.slice(from, to))}</span>`,
    )
    at = to
  }
  out.push(escapeHtml(text.slice(at, end)))
  return out.join('')
}

/** Without the article: its claims, one per line, with where they are. */
function claimList(report: Report, id: string, badges: (claim: Claim) => string): string {
  const items = report.claims.map(
    (claim) =>
      `<li><span class="place">${claim.position.start.line}:${claim.position.start.column}</span> ${claimMark(claim, id, escapeHtml(claim.text))}${badges(claim)}</li>`,
  )
  return `<ol class="claims">${items.join('')}</ol>`
}

function claimMark(claim: Claim, id: string, html: string): string {
  const reasons = [...claim.reasons]
    // Contributions that round to ±0.00 say nothing on hover.
    .filter((reason) => Math.abs(reason.contribution) >= 0.005)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, TOOLTIP_REASONS)
    .map((reason) => `${signed(reason.contribution)} ${reason.detail ?? reason.factor}`)
  const tip = [
    `${claim.id} · ${STATUS_WORDS[claim.status]} · ${claim.kind} · confidence ${Math.round(claim.confidence * 100)}%`,
    ...reasons,
  ].join('\n')
  return `<mark class="claim ${claim.status}" id="${id}-${claim.id}" title="${escapeHtml(tip)}">${html}</mark>`
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`
}

function findingsTable(report: Report, id: string, numbers: ReadonlyMap<Finding, number>): string {
  if (report.findings.length === 0) return '<p class="none">No findings.</p>'
  const rows = report.findings.map((finding) => {
    const n = numbers.get(finding)!
    const where = `${finding.position.start.line}:${finding.position.start.column}`
    const target = finding.claimId ?? finding.sourceId
    const place = target ? `<a href="#${id}-${escapeHtml(target)}">${where}</a>` : where
    return `<tr id="${id}-f${n}" class="${finding.severity}"><td>${n}</td><td>${place}</td><td class="severity">${finding.severity}</td><td>${escapeHtml(finding.message)}</td><td><a href="${escapeHtml(ruleDocsUrl(finding.ruleId))}">${escapeHtml(finding.ruleId)}</a></td></tr>`
  })
  return [
    '<h3>Findings</h3>',
    '<table class="findings"><thead><tr><th>#</th><th>where</th><th>severity</th><th>message</th><th>rule</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n')
}

function sourcesTable(sources: readonly Source[], id: string, marker: MarkerWriter): string {
  if (sources.length === 0) return '<p class="none">No source list.</p>'
  const rows = sources.map((source) => {
    const name = source.title ?? source.publisher ?? ''
    const url = source.url ?? ''
    // Only a link citecheck read as a working http(s) URL is clickable.
    const link =
      source.urlStatus === 'ok' && /^https?:\/\//i.test(url)
        ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(url)}</a>`
        : source.url === null && source.isbn !== null
          ? `ISBN <code>${escapeHtml(source.isbn)}</code>`
          : `<code>${escapeHtml(url)}</code>`
    const cited = source.citedBy.map(
      (claim) => `<a href="#${id}-${escapeHtml(claim)}">${escapeHtml(claim)}</a>`,
    )
    return `<tr id="${id}-${escapeHtml(source.id)}" class="url-${source.urlStatus}"><td>${escapeHtml(writeSourceLabel(marker, source))}</td><td>${escapeHtml(name)}</td><td>${link}</td><td>${source.urlStatus}</td><td>${cited.length > 0 ? cited.join(' ') : 'unused'}</td></tr>`
  })
  return [
    '<h3>Sources</h3>',
    '<table class="sources"><thead><tr><th>label</th><th>title</th><th>URL</th><th>URL status</th><th>cited by</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n')
}

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}',
  'h1{font-size:1.4rem}h2{font-size:1.15rem;border-top:1px solid #ccc;padding-top:1rem;word-break:break-all}h3{font-size:1rem}',
  '.totals,.counts,.legend{color:#444}',
  '.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;line-height:1.7}',
  'mark.claim{border-radius:3px;padding:0 1px;color:inherit}',
  'mark.supported{background:#d8f0d8}mark.unsupported{background:#ffd6d6}',
  'mark.unconfirmed{background:#ffe9b3}mark.not-check-worthy{background:#eee}',
  '.hedge{text-decoration:underline dotted #777 2px;text-underline-offset:3px}.hedge.doubt{text-decoration:underline wavy #b26a00 1px}',
  'a.badge{display:inline-block;font:bold 11px/16px system-ui,sans-serif;min-width:16px;text-align:center;border-radius:8px;margin-left:2px;color:#fff;text-decoration:none;vertical-align:super}',
  'a.badge.error{background:#c62828}a.badge.warning{background:#b26a00}a.badge.info{background:#1565c0}',
  'table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}',
  'tr.error .severity{color:#c62828}tr.warning .severity{color:#b26a00}tr.info .severity{color:#1565c0}',
  'td code{word-break:break-all}ol.claims{padding-left:1.5rem}.place{color:#666;font-size:12px}',
  ':target{outline:2px solid #1565c0}',
].join('')
