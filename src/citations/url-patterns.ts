/**
 * How URLs look inside prose and source entries: one place for the bounded patterns that find
 * them, shared by the source-list reader and the inline-link finder.
 */

// One URL character, or a balanced "(…)" group so Wikipedia's "A440_(pitch_standard)" stays whole
// while "(see https://x.org/a)" does not swallow the closing bracket. The two alternatives never
// match the same character, so the repetition cannot backtrack.
const URL_CHARS = String.raw`(?:[^\s<>"'“”‘’«»|\[\]()]|\([^\s<>"'“”‘’«»|\[\]()]{0,200}\)){1,2000}`

/** A bare URL in prose: a scheme or "www." up to whitespace, quotes or brackets. */
export const BARE_URL_SOURCE = String.raw`(?:https?:\/\/|www\.)${URL_CHARS}`

/** Schemes that run script or embed content: never a link a reader should follow. */
export const UNSAFE_URL_SOURCE = String.raw`(?:javascript|data|vbscript):[^\s<>"'\]]{1,2000}`

/** The destination of a Markdown link, `(url)` or `(<url> "title")`: URL characters with balanced parentheses. */
export const LINK_DESTINATION_SOURCE = String.raw`(?:[^\s()<>]|\([^\s()<>]{0,200}\)){1,2000}`

/** Drops what a sentence or emphasis leaves stuck to the end of a URL ("https://x.org/a.", "**url**"). */
export function trimUrl(url: string): string {
  return url.replace(/[.,;:!?*_~]{1,20}$/, '')
}

/** True for URLs a source can point to: http(s), "www." and the unsafe schemes (reported, never followed). */
export function isCitableUrl(url: string): boolean {
  return /^(?:https?:\/\/|www\.|(?:javascript|data|vbscript):)/i.test(url.trim())
}
