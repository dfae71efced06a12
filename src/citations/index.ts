/**
 * The citations stage: markers in each sentence, the source list, and the links between them.
 */
export { indexSources, type SourceIndex } from './link.js'
export { expandLabels, findMarkers, type MarkerMatch } from './markers.js'
export { readSourceEntries, type SourceEntry } from './sources.js'
export { classifyUrl, isPlaceholderText, normalizeUrl } from './url.js'
