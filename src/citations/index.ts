/**
 * The citations stage: markers and links in each sentence, the source list, and the links between them.
 */

export {
  type AuthorDateCitation,
  type AuthorDateKey,
  findAuthorDateCitations,
  readAuthorDateLabel,
} from './author-date.js'
export { citeSpan, type EditorTag, type SpanCitations } from './cite.js'
export { type EntryFields, readEntryFields } from './entry-fields.js'
export { findInlineLinks, type InlineLink } from './inline.js'
export {
  indexSources,
  normalizeLabel,
  type ResolvedInlineLink,
  type SourceIndex,
  withCitationStyles,
} from './link.js'
export {
  type EditorTagMatch,
  expandLabels,
  findEditorTags,
  findMarkers,
  findNoteNumbers,
  findParenthesisMarkers,
  findSuperscriptMarkers,
  type MarkerMatch,
} from './markers.js'
export {
  createFullNoteIndex,
  type FullNote,
  type FullNoteIndex,
  readShortNote,
  type ShortNote,
} from './short-notes.js'
export { readSourceEntries, type SourceEntry } from './sources.js'
export { isAuthorsAside, isUnpublishedSource } from './unpublished.js'
export { classifyUrl, isPlaceholderText, normalizeUrl, registrableDomain } from './url.js'
export { articleMarkers, type MarkerWriter, plainMarker, writeSourceLabel } from './written-markers.js'
