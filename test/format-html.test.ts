/**
 * The visual report (`formatHtml`, `--format html`): the facts first — the article comes back
 * exactly, every claim is marked with its status, badges and rows match the findings, nothing
 * from the article can run or be fetched — then one snapshot of the seed's page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml, formatHtml } from '../src/format/index.js'
import { analyze } from '../src/index.js'

const SEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8')

/** The article as the page shows it: the `.text` block without marks, cues and badges, unescaped. */
function shownText(html: string): string {
  const open = html.indexOf('<div class="text">')
  const close = html.indexOf('</div>', open)
  const inner = html.slice(open + '<div class="text">'.length, close)
  return inner
    .replace(/<a class="badge [^>]{1,2000}>\d{1,6}<\/a>/g, '')
    .replace(/<\/?mark[^>]{0,2000}>/g, '')
    .replace(/<\/?span[^>]{0,2000}>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
      name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
    )
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

describe('formatHtml on the seed article', () => {
  const report = analyze(SEED)
  const html = formatHtml([{ file: 'fixtures/seed-article.txt', report, text: SEED }])

  it('is one self-contained page that runs and loads nothing', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/<script|<img|<link|<iframe|\ssrc=/i)
  })

  it('shows the article exactly, each claim marked with its status', () => {
    expect(shownText(html)).toBe(SEED)
    for (const claim of report.claims) {
      expect(html).toContain(`<mark class="claim ${claim.status}" id="a1-${claim.id}" title="${claim.id} · `)
    }
    // The four marks of the legend, and one per claim.
    expect(count(html, '<mark class="claim ')).toBe(report.claims.length + 4)
  })

  it('numbers the findings, with a badge after each claim that has some', () => {
    const rows = html.match(/<tr id="a1-f\d{1,6}" class="(?:error|warning|info)">/g) ?? []
    expect(rows).toHaveLength(report.findings.length)
    const onClaims = report.findings.filter((finding) => finding.claimId !== undefined).length
    expect(count(html, '<a class="badge ')).toBe(onClaims)
    expect(html).toContain('href="https://github.com/citecheck/citecheck#placeholder-url"')
  })

  it('lists the sources; a placeholder is no link', () => {
    expect(count(html, '<tr id="a1-s')).toBe(report.sources.length)
    expect(html).toContain('<td>[1]</td><td>Source 1</td><td><code></code></td><td>placeholder</td>')
  })

  it('writes a footnote’s label as the article does', () => {
    const text = 'Fares rose 5% in 2023.[^a]\n\n[^a]: https://www.reuters.com/fares\n'
    const page = formatHtml([{ file: 'a.md', report: analyze(text, { format: 'markdown' }), text }])
    expect(page).toContain('<td>[^a]</td>')
  })

  it('underlines every hedge cue, doubt apart from weaker cues, its kind on hover', () => {
    const cues = report.claims.flatMap((claim) => claim.hedges)
    const text = html.slice(html.indexOf('<div class="text">'))
    expect(count(text, '<span class="hedge')).toBe(cues.length)
    expect(html).toContain(
      '<span class="hedge doubt" title="rumor: presented as rumour">Rumors suggest</span>',
    )
    const vague = analyze('The fire forced many residents to flee, if the police are right.', {
      format: 'text',
    })
    const page = formatHtml([{ file: 'a.txt', report: vague, text: vague.claims[0]!.text }])
    expect(page).toContain(
      '<span class="hedge" title="vague-quantity: a count left vague, such as “many” or “some”">many</span>',
    )
    expect(page).toContain('<span class="hedge" title="conditional: conditional wording">if</span>')
    const reported = analyze('Reyes said the true cost could exceed $60 million.', { format: 'text' })
    const its = formatHtml([{ file: 'b.txt', report: reported, text: reported.claims[0]!.text }])
    expect(its).toContain(
      '<span class="hedge doubt" title="speculative: speculative wording (in the speaker’s reported words: theirs, not the article’s)">could</span>',
    )
  })

  it('puts confidence and the largest reasons in the tooltip', () => {
    const claim = report.claims.find((c) => c.text.startsWith('Secretary of State'))!
    // The largest reason first, its contribution as the model gives it (it moves with a refit).
    const [largest] = claim.reasons
    expect(largest?.factor).toBe('cites-source')
    expect(html).toContain(
      `title="${claim.id} · ${claim.status} · factual · confidence ${Math.round(claim.confidence * 100)}%\n+${largest?.contribution.toFixed(2)} cites sources 1, 5`,
    )
  })

  it('matches the snapshot', () => {
    expect(html).toMatchSnapshot()
  })
})

describe('formatHtml on hostile input', () => {
  const text = [
    'The mayor <script>alert(1)</script> said "x" onerror=alert(2) & more [1].',
    '',
    'Sources:',
    '[1] javascript:alert(3)',
    '[2] https://example.org/a?b=1&c="><script>alert(4)</script>',
    '[3] https://www.reuters.com/world/a-story',
    '[4] https://example.com/placeholder',
  ].join('\n')
  const report = analyze(text)
  const html = formatHtml([{ file: '<b>evil</b>.md', report, text }], { title: '</title><script>' })

  it('escapes every piece of article text, file name and title', () => {
    expect(html).not.toMatch(/<script|<b>/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<h2>&lt;b&gt;evil&lt;/b&gt;.md</h2>')
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>')
    expect(shownText(html)).toBe(text)
  })

  it('links only working http(s) sources', () => {
    expect(html).not.toMatch(/href="(?!#|https:\/\/)/)
    expect(html).toContain(
      '<a href="https://www.reuters.com/world/a-story" rel="noopener noreferrer nofollow">',
    )
    expect(html).not.toContain('href="javascript:')
    // An http(s) URL that is a placeholder (a reserved example domain) is shown, not linked.
    expect(report.sources.find((source) => source.label === '4')?.urlStatus).toBe('placeholder')
    expect(html).toContain('<code>https://example.com/placeholder</code>')
  })

  it('shows a book’s ISBN where it has no URL', () => {
    const text = 'It rose 4% in May [1].\n\n[1] The Iron Lady. Penguin, 2019. ISBN 978-0-14-312755-0.\n'
    const html = formatHtml([{ file: 'a.txt', report: analyze(text), text }])
    expect(html).toContain('<td>ISBN <code>9780143127550</code></td><td>missing</td>')
  })
})

describe('formatHtml without the article', () => {
  it('lists the claims with where they are', () => {
    const report = analyze('It rose 4% in May [1].\n\n[1] https://www.bbc.com/news/a')
    const html = formatHtml([{ file: 'a.txt', report }])
    expect(html).toContain('<ol class="claims"><li><span class="place">1:1</span> <mark class="claim ')
    expect(html).not.toContain('<div class="text">')
  })

  it('falls back to the list when the text does not fit the report', () => {
    const report = analyze('It rose 4% in May [1].\n\n[1] https://www.bbc.com/news/a')
    const html = formatHtml([{ file: 'a.txt', report, text: 'short' }])
    expect(html).toContain('<ol class="claims">')
  })

  it('says when there are no findings and no sources', () => {
    const html = formatHtml([{ file: 'a.txt', report: analyze('Hello there.'), text: 'Hello there.' }])
    expect(html).toContain('<p class="none">No source list.</p>')
  })
})

describe('formatHtml on any string', () => {
  it('shows every article exactly as written', () => {
    const pieces = fc.constantFrom(
      '[1]',
      '[^a]',
      '"',
      '“',
      '<',
      '>',
      '&',
      "'",
      '\n',
      '\r\n',
      '. ',
      'Sources:\n',
      '[1] https://a.org/x\n',
      'said ',
      'It rose 4%',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const html = formatHtml([{ file: 'f', report: analyze(text), text }])
        expect(shownText(html)).toBe(text)
      }),
      { seed: 20261202, numRuns: 300 },
    )
  })
})

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["it's", 'it&#39;s'],
    ['', ''],
  ])('%j → %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped)
  })
})
