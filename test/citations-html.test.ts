/**
 * Source entries written in HTML, as the footnotes of a converted page are: the entry reader sees
 * the Markdown they stand for.
 */
import { describe, expect, it } from 'vitest'
import { entryTextFromHtml, looksLikeHtmlEntry } from '../src/citations/html-entry.js'

describe('entryTextFromHtml', () => {
  it.each([
    ['a link', 'City, <a href="https://a.gov/x">a.gov</a>', 'City, [a.gov](https://a.gov/x)'],
    [
      'a link with attributes first',
      '<a class="x" href=\'https://a.gov/x\' rel="nofollow">Budget</a>',
      '[Budget](https://a.gov/x)',
    ],
    ['a link with no text', '<a href="https://a.gov/x"></a>', '<https://a.gov/x>'],
    ['a back-link', 'One. <a href="#fnref1" class="footnote-back">↩</a>', 'One.  '],
    ['italics', '<em>Springfield Register</em>, <i>Nov.</i>', '*Springfield Register*, *Nov.*'],
    ['other tags', '<span class="c">Budget</span><br/>', ' Budget  '],
    ['character references', '&ldquo;Budget&rdquo; &amp; more &#8212; &#x2019;', '“Budget” & more — ’'],
    ['an unknown reference', '&bogus; &#xD800;', '&bogus; &#xD800;'],
  ])('%s', (_name, html, text) => {
    expect(entryTextFromHtml(html)).toBe(text)
  })

  it.each([
    ['Reuters, <https://www.reuters.com/x>', false],
    ['https://a.org/?a=1&amp;b=2', false],
    ['Procter & Gamble <3', false],
    ['<em>Springfield Register</em>', true],
    ['<a href="https://a.gov">a</a>', true],
  ])('looksLikeHtmlEntry(%j) is %s', (text, html) => {
    expect(looksLikeHtmlEntry(text)).toBe(html)
  })
})
