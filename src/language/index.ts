/**
 * The language stage: hedge, attribution and claim-kind signals, check-worthiness and language
 * detection, each a pure function over one sentence (or one sample of text).
 */
export {
  type AttributionMatch,
  findAttribution,
  findPersonNames,
  isBodySpeaker,
  isGroupSpeaker,
  isIdentifiedSpeaker,
  isNamedSpeaker,
  isWholeQuote,
  openingPerson,
  reportedWords,
  resolveSpeaker,
  speakerResolver,
} from './attribution.js'
export { scoreCheckWorthiness } from './check-worthiness.js'
export {
  bylineNames,
  type ClaimKindContext,
  classifyClaimKind,
  isAboutTheAuthor,
  opensEditorsNote,
} from './claim-kind.js'
export { embeddedQuestions } from './embedded-questions.js'
export { findHedges, type HedgeMatch } from './hedges.js'
export { detectLanguage } from './language-detect.js'
