/**
 * The segment stage: sentences inside each block, with exact offsets.
 */

export { NEVER_FINAL } from './abbreviations.js'
export { HTML_FOOTNOTE_CALL_PLAIN_SOURCE, HTML_FOOTNOTE_CALL_SOURCE } from './html-footnote-calls.js'
export { findQuoteSpans, isInQuote, type QuoteOptions, type QuoteSpan } from './quotes.js'
export { type SentenceSpan, splitSentences } from './sentences.js'
