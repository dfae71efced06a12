/**
 * The segment stage: sentences inside each block, with exact offsets.
 */
export { type QuoteSpan, findQuoteSpans } from './quotes.js'
export { type SentenceSpan, splitSentences } from './sentences.js'
