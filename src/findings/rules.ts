/**
 * The rules: each finds one kind of problem and says it in a reporter's words.
 *
 * Message wording follows remark-lint: what was found, and what was expected.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded
// (`{1,64}`, never `+`, `*` or `{n,}`) and is run on pathological input by test/pathological.test.ts;
// test/robustness-regex.test.ts fails on any unbounded one.
import {
  isAuthorsAside,
  isUnpublishedSource,
  type MarkerWriter,
  plainMarker,
  readAuthorDateLabel,
  writeSourceLabel,
} from '../citations/index.js'
import type { Claim, Finding, Position, Severity, Source } from '../report/schema.js'

/** Every rule citecheck reports, with its default severity. */
export const RULES = {
  'unsupported-claim': 'warning',
  // An error, not a warning: the tag is an editor's explicit verdict that the claim lacks a
  // source, and it would be published verbatim for readers to see.
  'citation-needed-tag': 'error',
  'unconfirmed-claim': 'warning',
  'dangling-citation': 'error',
  'unused-source': 'warning',
  'placeholder-url': 'error',
  'missing-url': 'warning',
  'malformed-url': 'warning',
  'unsafe-url': 'error',
  'duplicate-source': 'warning',
  // A warning: a marker may silently cite another source than the writer meant.
  'misnumbered-source': 'warning',
  'unsupported-language': 'info',
  // The consistency rules (README, “Consistency”): the article against itself.
  'certainty-escalation': 'warning',
  'inconsistent-title': 'warning',
  'conflicting-figure': 'warning',
  'citation-mismatch': 'info',
} as const satisfies Record<string, Severity>

/** A rule's id. */
export type RuleId = keyof typeof RULES

/** A finding of `ruleId` at its default severity. */
export function finding(
  ruleId: RuleId,
  message: string,
  rest: Omit<Finding, 'ruleId' | 'severity' | 'message'>,
): Finding {
  return { ruleId, severity: RULES[ruleId], message, ...rest }
}

/** What an unsupported claim is told to add, unless the article cites in another style. */
const EXPECTED_MARKER = 'a marker such as [1] pointing to a source'

/**
 * `unsupported-claim`: a check-worthy claim that no citation backs. `supportNote` may say where
 * support is found elsewhere ("; it restates c5 at 4:1, which cites [4]"); `expected` what to add
 * (an article that cites by author and date is told "a citation such as (Landis et al., 2021)").
 */
export function findUnsupportedClaims(
  claims: readonly Claim[],
  supportNote: (claim: Claim) => string = () => '',
  marker: MarkerWriter = plainMarker,
  expected: string = EXPECTED_MARKER,
): Finding[] {
  return claims
    .filter((claim) => claim.status === 'unsupported')
    .map((claim) => {
      // Cited, but the model's confidence is under thresholds.supported (an unsafe link, a search page …).
      const cited = [
        ...new Set(claim.citations.filter((c) => c.sourceId !== null).map((c) => marker(c.label))),
      ]
      const tag = claim.reasons.find((reason) => reason.factor === 'citation-needed-tag')
      const message =
        cited.length === 0
          ? `Unsupported claim: nothing is cited for “${excerpt(claim.text)}”${supportNote(claim)}; expected ${expected}`
          : tag
            ? `Unsupported claim: “${excerpt(claim.text)}” cites ${cited.join('')}, but ${tag.detail ?? 'an editor tagged it'}; expected a source that backs what the tag marks`
            : `Unsupported claim: “${excerpt(claim.text)}” cites ${cited.join('')}, but its confidence ${claim.confidence.toFixed(2)} is below thresholds.supported${weakestReason(claim)}; expected a source that can back it`
      return finding('unsupported-claim', message, { position: claim.position, claimId: claim.id })
    })
}

/** ": <detail of the most negative reason>", or nothing. */
function weakestReason(claim: Claim): string {
  const worst = claim.reasons
    .filter((reason) => reason.contribution < 0)
    .sort((a, b) => a.contribution - b.contribution)[0]
  return worst?.detail ? ` (${worst.detail})` : ''
}

/** An editor's `[citation needed]`-style tag in a claim. */
export interface CitationNeededTag {
  claimId: string
  /** The tag as written, brackets included. */
  tag: string
  position: Position
}

/** `citation-needed-tag`: an editor's `[citation needed]`, `[who?]` or similar tag left in the text. */
export function findCitationNeededTags(tags: readonly CitationNeededTag[]): Finding[] {
  return tags.map((tag) =>
    finding(
      'citation-needed-tag',
      `Unexpected editor’s tag \`${tag.tag}\`: the claim still needs a source; expected a marker such as [1] pointing to a source instead of the tag`,
      { position: tag.position, claimId: tag.claimId, actual: tag.tag },
    ),
  )
}

/** `unconfirmed-claim`: a claim that the article itself presents as rumour, unconfirmed or speculation. */
export function findUnconfirmedClaims(
  claims: readonly Claim[],
  castsDoubt: (hedge: Claim['hedges'][number]) => boolean,
): Finding[] {
  return claims
    .filter((claim) => claim.status === 'unconfirmed')
    .map((claim) => {
      const cues = claim.hedges.filter(castsDoubt)
      const first = cues[0]!
      const described = cues.map((hedge) => `“${hedge.cue}” (${hedge.category})`).join(', ')
      const cited = claim.citations.some((citation) => citation.sourceId !== null)
      return finding(
        'unconfirmed-claim',
        `Unconfirmed claim: ${described} ${cues.length === 1 ? 'presents' : 'present'} this as unverified${cited ? ', although it is cited' : ''}; confirm it or attribute it`,
        { position: first.position, claimId: claim.id, actual: first.cue },
      )
    })
}

/**
 * `dangling-citation`: a marker whose label no source has. `note` may add where the writer may
 * have meant it to point ("; the source written as 4 at 7:1 is shown as [3]").
 */
export function findDanglingCitations(
  claims: readonly Claim[],
  sources: readonly Source[],
  note: (label: string) => string = () => '',
  marker: MarkerWriter = plainMarker,
): Finding[] {
  // At most EXPECTED_LABELS labels per finding, built once: listing every label in every finding
  // made 10,000 dangling markers against 10,000 sources a gigabyte of messages.
  const expected = sources.slice(0, EXPECTED_LABELS).map((source) => writeSourceLabel(marker, source))
  const more = sources.length > EXPECTED_LABELS ? ` and ${sources.length - EXPECTED_LABELS} more` : ''
  const hint =
    sources.length > 0
      ? `; expected one of ${expected.join(', ')}${more}`
      : '; the article has no source list'
  const findings: Finding[] = []
  for (const claim of claims) {
    for (const citation of claim.citations) {
      if (citation.sourceId !== null) continue
      const written = marker(citation.label, citation.position.start.offset)
      const authorDate = written.startsWith('(') ? readAuthorDateLabel(citation.label) : null
      const problem = authorDate
        ? `Unexpected citation \`${written}\`: no listed source is by ${authorDate.author} from ${authorDate.year}${sameAuthor(authorDate.author, sources, marker)}`
        : `Unexpected marker \`${written}\`: no source is labelled ${citation.label}`
      findings.push(
        finding('dangling-citation', `${problem}${note(citation.label)}${hint}`, {
          position: citation.position,
          claimId: claim.id,
          actual: written,
          expected: [...expected],
        }),
      )
    }
  }
  return findings
}

/** "; the list has (Ripari et al., 2016)": listed works by the same first author, as a hint. */
function sameAuthor(author: string, sources: readonly Source[], marker: MarkerWriter): string {
  const wanted = author.toLowerCase()
  const listed = sources
    .map((source) => writeSourceLabel(marker, source))
    .filter(
      (written) =>
        written.startsWith('(') && readAuthorDateLabel(written.slice(1, -1))?.author.toLowerCase() === wanted,
    )
  return listed.length > 0 ? `; the list has ${listed.slice(0, 3).join(', ')}` : ''
}

// How many labels a dangling-citation finding lists as expected.
const EXPECTED_LABELS = 20

/** What the source list says beyond its sources (see `SourceIndex`). */
export interface ListedSourceFacts {
  /** Source id → an ISBN its entry gives that fails the check digit, as written. */
  misprintedIsbns: ReadonlyMap<string, string>
  /** Ids of the sources listed under "Further reading": no claim needs to cite them. */
  furtherReading: ReadonlySet<string>
}

/** A source list with nothing more to say. */
export const NO_LISTED_SOURCE_FACTS: ListedSourceFacts = {
  misprintedIsbns: new Map(),
  furtherReading: new Set(),
}

/** Further reading no claim cites: a work to read on, not a source, so no rule asks it to be one. */
function isOnlyFurtherReading(source: Source, listed: ListedSourceFacts): boolean {
  return source.citedBy.length === 0 && listed.furtherReading.has(source.id)
}

/** `unused-source`: a source no claim cites (further reading is not expected to be cited). */
export function findUnusedSources(
  sources: readonly Source[],
  marker: MarkerWriter = plainMarker,
  listed: ListedSourceFacts = NO_LISTED_SOURCE_FACTS,
): Finding[] {
  return sources
    .filter((source) => source.citedBy.length === 0 && !isOnlyFurtherReading(source, listed))
    .map((source) =>
      finding(
        'unused-source',
        `Unused source ${writeSourceLabel(marker, source)}${titled(source)}: no claim cites it`,
        {
          position: source.position,
          sourceId: source.id,
        },
      ),
    )
}

/**
 * `placeholder-url`, `missing-url`, `malformed-url`, `unsafe-url`: a source without a usable link.
 * Further reading no claim cites needs no link for checking, but a broken one is still reported.
 */
export function findBrokenSourceUrls(
  sources: readonly Source[],
  marker: MarkerWriter = plainMarker,
  listed: ListedSourceFacts = NO_LISTED_SOURCE_FACTS,
): Finding[] {
  const findings: Finding[] = []
  for (const source of sources) {
    const where = { position: source.position, sourceId: source.id }
    const name = `Source ${writeSourceLabel(marker, source)}${titled(source)}`
    switch (source.urlStatus) {
      case 'placeholder':
        findings.push(
          finding(
            'placeholder-url',
            `${name} has a placeholder${source.url ? ` (${source.url})` : ''} instead of a URL; expected a link to the source`,
            {
              ...where,
              actual: source.url ?? '(URL)',
            },
          ),
        )
        break
      case 'missing':
        // An interview or a personal communication was never published, and an aside of the
        // author's cites nothing: there is no link to give; a book with a valid ISBN is found in
        // any catalogue.
        if (
          isUnpublishedSource(source) ||
          isAuthorsAside(source) ||
          source.isbn !== null ||
          isOnlyFurtherReading(source, listed)
        )
          break
        {
          const misprinted = listed.misprintedIsbns.get(source.id)
          findings.push(
            misprinted === undefined
              ? finding('missing-url', `${name} has no URL; expected a link so readers can check it`, where)
              : finding(
                  'missing-url',
                  `${name} has no URL, and its ISBN ${misprinted} fails the check digit; expected a link or a correct ISBN so readers can find it`,
                  { ...where, actual: `ISBN ${misprinted}` },
                ),
          )
        }
        break
      case 'malformed':
        findings.push(
          finding(
            'malformed-url',
            `${name} has a malformed URL \`${source.url}\`; expected an http(s) link`,
            {
              ...where,
              actual: source.url ?? '',
            },
          ),
        )
        break
      case 'unsafe':
        findings.push(
          finding(
            'unsafe-url',
            `${name} has an unsafe URL (${(source.url ?? '').split(':')[0]}:); expected an http(s) link`,
            where,
          ),
        )
        break
      default:
        break
    }
  }
  return findings
}

/** `duplicate-source`: two labels that point to the same page. */
export function findDuplicateSources(
  sources: readonly Source[],
  normalize: (url: string) => string,
  marker: MarkerWriter = plainMarker,
): Finding[] {
  const first = new Map<string, Source>()
  const findings: Finding[] = []
  for (const source of sources) {
    if (source.url === null || source.urlStatus !== 'ok') continue
    const key = normalize(source.url)
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, source)
      continue
    }
    if (earlier.label === source.label) continue
    findings.push(
      finding(
        'duplicate-source',
        `Duplicate source: ${writeSourceLabel(marker, source)} and ${writeSourceLabel(marker, earlier)} point to the same page (${source.url}); expected one label per source`,
        { position: source.position, sourceId: source.id, actual: source.id, expected: [earlier.id] },
      ),
    )
  }
  return findings
}

function titled(source: Source): string {
  return source.title ? ` (“${excerpt(source.title, 60)}”)` : ''
}

/** The first words of a text, for messages. */
export function excerpt(text: string, length = 80): string {
  const flat = text.replace(/\s{1,100}/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}
