/**
 * Judging a source's URL by its look, never by fetching it.
 */
import type { UrlStatus } from '../report/schema.js'

// Stand-ins a writer leaves for a link they meant to add: "(URL)", "link", "#", "TBD".
const PLACEHOLDER_TEXT =
  /^[([{<]{0,2}[ \t]{0,3}(?:url|link|links|href|source|tbd|tba|todo|tk|xxx|x{1,5}|#|\.{2,5}|…|insert (?:url|link) here|url here|link here|placeholder)[ \t]{0,3}[)\]}>]{0,2}$/i
// Hosts reserved for examples (RFC 2606, RFC 6761) or that only reach the writer's machine.
const PLACEHOLDER_HOST =
  /(?:^|\.)(?:example(?:\.(?:com|org|net|edu))?|test|invalid|localhost|local|domain\.com|yoursite\.com|website\.com|url\.com)$/i

/** Classifies a URL found in a source entry (or null when the entry has none). */
export function classifyUrl(url: string | null, placeholder: boolean): UrlStatus {
  if (url === null) return placeholder ? 'placeholder' : 'missing'
  if (/^\s{0,10}(?:javascript|data|vbscript|file):/i.test(url)) return 'unsafe'
  if (PLACEHOLDER_TEXT.test(url)) return 'placeholder'
  const withScheme = /^www\./i.test(url) ? `https://${url}` : url
  let parsed: URL
  try {
    parsed = new URL(withScheme)
  } catch {
    return 'malformed'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'malformed'
  const host = parsed.hostname
  if (PLACEHOLDER_HOST.test(host)) return 'placeholder'
  if (!host.includes('.') || /\.$/.test(host) || /[^a-z0-9.\-[\]:]/i.test(host)) return 'malformed'
  return 'ok'
}

/** True when the text is a placeholder for a link ("(URL)", "link", "#"). */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_TEXT.test(text.trim())
}

/**
 * A URL reduced to what identifies the page: lower-case host without "www.", no fragment, no
 * tracking parameters, no trailing slash. Used to spot two labels pointing at one page.
 */
export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(/^www\./i.test(url) ? `https://${url}` : url)
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
    const params = [...parsed.searchParams.entries()]
      .filter(([key]) => !/^(?:utm_\w{1,20}|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i.test(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
    const path = parsed.pathname.replace(/\/{1,100}$/, '')
    return `${host}${path}${query}`
  } catch {
    return url.trim().toLowerCase()
  }
}
