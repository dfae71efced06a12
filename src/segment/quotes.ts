/**
 * Direct-quote spans: pairs of straight or curly double quotes.
 */

/** A quoted stretch of text, quote marks included (`end` exclusive). */
export interface QuoteSpan {
  start: number
  end: number
}

// A quote longer than this is more likely an unbalanced mark than a real quotation; dropping
// the opener keeps one stray quote from swallowing the rest of a long block.
const LONGEST_QUOTE = 3000

/**
 * Finds the direct quotes in `text`: `"…"` and `“…”` (and `«…»`), paired left to right. An
 * opener with no closer within a few thousand characters is ignored. Linear time.
 */
export function findQuoteSpans(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let closer = ''
  for (let index = from; index < to; index++) {
    const char = text[index]
    if (char !== '"' && char !== '“' && char !== '”' && char !== '«' && char !== '»') continue
    if (open >= 0 && index - open > LONGEST_QUOTE) open = -1
    if (open >= 0 && char === closer) {
      spans.push({ start: open, end: index + 1 })
      open = -1
    } else if (open < 0 && (char === '"' || char === '“' || char === '«')) {
      open = index
      closer = char === '“' ? '”' : char === '«' ? '»' : '"'
    } else if (open >= 0 && char === '"' && closer === '”') {
      // Mixed marks (“…"): accept the straight quote as the closer.
      spans.push({ start: open, end: index + 1 })
      open = -1
    }
  }
  return spans
}
