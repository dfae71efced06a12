/**
 * `analyze`: the whole pipeline, from one input string to one report.
 */

import {
  articleMarkers,
  findInlineLinks,
  indexSources,
  readSourceEntries,
  withCitationStyles,
} from '../citations/index.js'
import { buildClaims } from '../claims/index.js'
import { checkConsistency, linkRestatements, NO_CONSISTENCY_FACTS } from '../consistency/index.js'
import { createLocator, readDocument } from '../document/index.js'
import { findMisnumbered, findProblems, sortFindings } from '../findings/index.js'
import { detectLanguage } from '../language/index.js'
import { assessClaims, defaultModelWeights } from '../model/index.js'
import { CitecheckError } from './errors.js'
import { type AnalyzeOptions, AnalyzeOptionsSchema, type ResolvedAnalyzeOptions } from './options.js'
import type { Claim, Finding, Report, Source, Summary } from './schema.js'

/**
 * Analyses one article: finds its claims and sources, links markers to sources, reads hedges and
 * attribution, scores each claim and reports what is wrong.
 *
 * Throws {@link CitecheckError} when `input` is not a string, when `options` do not fit
 * {@link AnalyzeOptionsSchema}, or when the input is over `maxInputBytes`. Any string gets a report.
 */
export function analyze(input: string, options?: AnalyzeOptions): Report {
  if (typeof input !== 'string') {
    throw new CitecheckError(
      `Expected the article as a string, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
    )
  }
  const resolved = resolveOptions(options)
  checkSize(input, resolved.maxInputBytes)

  const document = readDocument(input, resolved.format)
  const locator = createLocator(input)
  const entries = readSourceEntries(input, document.blocks)
  const sources = withCitationStyles(
    indexSources(entries, findInlineLinks(input, document.blocks), locator),
    input,
    document.blocks,
  )
  const language = detectLanguage(sampleBody(input, document.blocks))
  const english = language === 'en'
  const drafts = buildClaims(input, document, sources, locator, { english })
  // Restatements, escalations, titles and figures: English lexicons, so English text only.
  const consistency = english ? checkConsistency(drafts, locator) : NO_CONSISTENCY_FACTS
  // Markers as the article writes them ("[^note]"), for reasons and messages.
  const marker = articleMarkers(
    input,
    sources.sources,
    drafts,
    sources.authorDateStyle ? sources.authorDateLabels : null,
    sources.parenthesisStyle,
  )
  const assessed = assessClaims(drafts, sources, locator, {
    marker,
    weights: resolved.model ?? defaultModelWeights,
    citationScope: resolved.citationScope,
    checkWorthy: resolved.thresholds.checkWorthy,
    supported: resolved.thresholds.supported,
  })
  const claims = linkRestatements(assessed, consistency)
  const tags = drafts.flatMap((draft) => draft.citationNeeded.map((tag) => ({ ...tag, claimId: draft.id })))
  const misnumbered = findMisnumbered(document.blocks, sources.sources, locator)
  const findings = findProblems(claims, sources.sources, tags, consistency, misnumbered, marker, sources)
  if (!english) {
    findings.push({
      ruleId: 'unsupported-language',
      severity: 'info',
      message:
        'Unsupported language: the text does not look like English; only markers and sources were checked, expected English for hedges, kinds and confidence',
      position: locator.position(0, Math.min(input.length, firstLineEnd(input))),
    })
    sortFindings(findings)
  }
  return {
    schemaVersion: 1,
    format: document.format,
    language,
    claims,
    sources: sources.sources,
    findings,
    summary: summarize(claims, sources.sources, findings),
  }
}

/** Validates options with zod; a failure becomes a CitecheckError with zod's prettified message. */
export function resolveOptions(options: unknown): ResolvedAnalyzeOptions {
  const parsed = AnalyzeOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw CitecheckError.fromZod('Invalid citecheck options:', parsed.error)
  return parsed.data
}

function checkSize(input: string, maxBytes: number): void {
  // UTF-16 length ≤ UTF-8 bytes ≤ 3 × UTF-16 length: count bytes only when it could matter.
  if (input.length * 3 <= maxBytes) return
  const bytes = new TextEncoder().encode(input).length
  if (bytes > maxBytes) {
    throw new CitecheckError(
      `Input is ${bytes} bytes, over the limit of ${maxBytes} bytes (option maxInputBytes); split the document or raise the limit`,
    )
  }
}

function sampleBody(input: string, blocks: readonly { role: string; start: number; end: number }[]): string {
  let sample = ''
  for (const block of blocks) {
    if (block.role !== 'body') continue
    sample += `${input.slice(block.start, Math.min(block.end, block.start + 2000))}\n`
    if (sample.length > 5000) break
  }
  // Tags and addresses are in no language: `<sup><a href="#fn1">1</a></sup>` is not prose.
  return sample.replace(NOT_PROSE, ' ')
}

// An HTML tag, or a URL. Bounded like every pattern here; the sample is ~5,000 characters.
const NOT_PROSE = /<\/?[A-Za-z][^<>\n]{0,500}>|\b(?:https?:\/\/|www\.)[^\s<>()"']{1,2000}/g

function firstLineEnd(input: string): number {
  const end = input.search(/\r|\n/)
  return end === -1 ? input.length : end
}

function summarize(
  claims: readonly Claim[],
  sources: readonly Source[],
  findings: readonly Finding[],
): Summary {
  const count = (status: Claim['status']) => claims.filter((claim) => claim.status === status).length
  return {
    claims: claims.length,
    supported: count('supported'),
    unsupported: count('unsupported'),
    unconfirmed: count('unconfirmed'),
    notCheckWorthy: count('not-check-worthy'),
    sources: sources.length,
    findings: {
      error: findings.filter((finding) => finding.severity === 'error').length,
      warning: findings.filter((finding) => finding.severity === 'warning').length,
      info: findings.filter((finding) => finding.severity === 'info').length,
    },
  }
}
