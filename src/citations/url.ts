/**
 * Judging a source's URL by its look, never by fetching it.
 */
import { getDomain } from 'tldts'
import type { UrlStatus } from '../report/schema.js'

// Stand-ins a writer leaves for a link they meant to add: "(URL)", "link", "#", "TBD".
const PLACEHOLDER_TEXT =
  /^[([{<]{0,2}[ \t]{0,3}(?:url|link|links|href|source|tbd|tba|todo|tk|xxx|x{1,5}|#|\.{2,5}|…|insert (?:url|link) here|url here|link here|placeholder)[ \t]{0,3}[)\]}>]{0,2}$/i
// Hosts reserved for examples (RFC 2606, RFC 6761) or that only reach the writer's machine.
const PLACEHOLDER_HOST =
  /(?:^|\.)(?:example(?:\.(?:com|org|net|edu))?|test|invalid|localhost|local|domain\.com|yoursite\.com|website\.com|url\.com)$/i

/** What citecheck reads from one URL, from a single parse. */
export interface UrlFacts {
  status: UrlStatus
  /** {@link normalizeUrl}'s key for spotting two labels that point at one page (null without a URL). */
  key: string | null
  /** {@link registrableDomain}'s answer. */
  domain: string | null
}

const TRACKING_PARAMETER = /^(?:utm_\w{1,20}|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i
const UNSAFE_SCHEME = /^\s{0,10}(?:javascript|data|vbscript|file):/i

/**
 * Status, duplicate key and registrable domain of a URL found in an entry or a link (null when the
 * entry has none; `placeholder` when the entry has "(URL)" instead), parsing it once.
 */
export function describeUrl(url: string | null, placeholder: boolean): UrlFacts {
  if (url === null) return { status: placeholder ? 'placeholder' : 'missing', key: null, domain: null }
  const fallbackKey = url.trim().toLowerCase()
  if (UNSAFE_SCHEME.test(url)) return { status: 'unsafe', key: fallbackKey, domain: null }
  if (PLACEHOLDER_TEXT.test(url)) return { status: 'placeholder', key: null, domain: null }
  const parsed = parseUrl(url)
  if (parsed === null) return { status: 'malformed', key: fallbackKey, domain: null }
  const key = keyOf(parsed)
  rememberKey(url, key)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { status: 'malformed', key, domain: null }
  const host = parsed.hostname
  const domain = domainOfHost(host)
  if (PLACEHOLDER_HOST.test(host)) return { status: 'placeholder', key, domain }
  if (!host.includes('.') || /\.$/.test(host) || /[^a-z0-9.\-[\]:]/i.test(host))
    return { status: 'malformed', key, domain }
  return { status: 'ok', key, domain }
}

/** Classifies a URL found in a source entry (or null when the entry has none). */
export function classifyUrl(url: string | null, placeholder: boolean): UrlStatus {
  return describeUrl(url, placeholder).status
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
  const known = keyCache.get(url)
  if (known !== undefined) return known
  const parsed = parseUrl(url)
  return parsed === null ? url.trim().toLowerCase() : keyOf(parsed)
}

// The keys describeUrl made: the duplicate-source rule normalizes the same URLs again, after the
// sources were indexed, and parsing a URL costs more than the rest of the rule. Bounded.
const keyCache = new Map<string, string>()
const KEY_CACHE_SIZE = 4096

function rememberKey(url: string, key: string): void {
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear()
  keyCache.set(url, key)
}

/**
 * The registrable domain of an http(s) URL ("https://www.bbc.co.uk/news" → "bbc.co.uk"), from the
 * Public Suffix List via tldts, or null for other schemes, IP addresses and hosts without a public
 * suffix. Private suffixes count ("someone.github.io", "x.blogspot.com"): a blog on a shared host
 * is its own publisher.
 */
export function registrableDomain(url: string | null): string | null {
  if (url === null || !/^\s{0,10}(?:https?:\/\/|www\.)/i.test(url)) return null
  return describeUrl(url, false).domain
}

// Articles cite a few hosts many times: remember their domains (bounded, so memory stays flat).
const domainCache = new Map<string, string | null>()
const DOMAIN_CACHE_SIZE = 4096

function domainOfHost(host: string): string | null {
  const cached = domainCache.get(host)
  if (cached !== undefined) return cached
  const domain = getDomain(host, { allowPrivateDomains: true, extractHostname: false }) ?? null
  if (domainCache.size >= DOMAIN_CACHE_SIZE) domainCache.clear()
  domainCache.set(host, domain)
  return domain
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(/^www\./i.test(url) ? `https://${url}` : url)
  } catch {
    return null
  }
}

function keyOf(parsed: URL): string {
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  let query = ''
  if (parsed.search.length > 1) {
    const params = [...parsed.searchParams.entries()]
      .filter(([key]) => !TRACKING_PARAMETER.test(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    if (params.length > 0) query = `?${new URLSearchParams(params).toString()}`
  }
  return `${host}${parsed.pathname.replace(/\/{1,100}$/, '')}${query}`
}
