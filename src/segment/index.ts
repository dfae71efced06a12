/**
 * The segment stage: sentences inside each block, with exact offsets.
 */
export { findQuoteSpans, isInQuote, type QuoteOptions, type QuoteSpan } from './quotes.js'
export { type SentenceSpan, splitSentences } from './sentences.js'
