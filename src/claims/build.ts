/**
 * Claims: one per sentence of the article's body, with its citations, hedges, attribution,
 * kind and check-worthiness. Status and confidence come from the model stage.
 */
import { citeSpan, type EditorTag, type SourceIndex } from '../citations/index.js'
import type { ArticleDocument, Block, Locator } from '../document/index.js'
import {
  bylineNames,
  classifyClaimKind,
  embeddedQuestions,
  findAttribution,
  findHedges,
  findPersonNames,
  isAboutTheAuthor,
  isBodySpeaker,
  isGroupSpeaker,
  isIdentifiedSpeaker,
  isNamedSpeaker,
  isWholeQuote,
  openingPerson,
  opensEditorsNote,
  reportedWords,
  scoreCheckWorthiness,
  speakerResolver,
} from '../language/index.js'
import type { Attribution, Citation, ClaimKind, Hedge } from '../report/schema.js'
import { findQuoteSpans, type QuoteSpan, splitSentences } from '../segment/index.js'
import { readInterview } from './interview.js'

/** A claim before the model has scored it. */
export interface DraftClaim {
  id: string
  text: string
  start: number
  end: number
  block: Block
  /** Index of the claim's block among the document's blocks (claims of one paragraph share it). */
  blockIndex: number
  kind: ClaimKind
  citations: Citation[]
  /** Editors' tags such as `[citation needed]` in the claim: it is unsupported whatever it cites. */
  citationNeeded: EditorTag[]
  hedges: Hedge[]
  attribution: Attribution | null
  checkWorthiness: number
}

/** Options of the claims stage. */
export interface ClaimOptions {
  /** False for text that is not English: language signals are skipped, only citations are read. */
  english: boolean
}

/** Builds the draft claims of every body block, in document order. */
export function buildClaims(
  input: string,
  document: ArticleDocument,
  sources: SourceIndex,
  locator: Locator,
  options: ClaimOptions,
): DraftClaim[] {
  const claims: DraftClaim[] = []
  // The speaker named last, and in which block: "she said" further on in that paragraph is them.
  let named: { speaker: string; blockIndex: number } | undefined
  // In a Q&A, the answers are the interviewee's words.
  const interview = options.english ? readInterview(input, document.blocks) : null

  const draft = (
    span: { start: number; end: number },
    block: Block,
    blockIndex: number,
    previous: DraftClaim | undefined,
  ): DraftClaim => {
    const text = input.slice(span.start, span.end)
    const { citations, tags } = citeSpan(input, span.start, span.end, sources, locator)
    // A table's header cells name its columns, as a heading names a section.
    const isHeadline = block.kind === 'heading' || block.header === true
    const quotes = findQuoteSpans(text)
    const found = options.english && !isHeadline ? findAttribution(text) : null
    // The interview this block answers in, if it is an answer.
    const answered = interview?.turns.get(blockIndex) === 'answer' ? interview : null
    const attribution: Attribution | null = found
      ? {
          kind: found.kind,
          speaker: found.speaker ?? standsFor(found.pronoun, blockIndex, named, previous),
          cue: found.cue,
        }
      : answered
        ? {
            kind: 'direct-quote',
            speaker: answered.interviewee,
            cue: answered.answerLabels.get(blockIndex) ?? 'Q&A',
          }
        : options.english && !isHeadline
          ? continuedQuote(previous, text, quotes)
          : null
    const speakersWords =
      found?.phrase !== undefined && isIdentifiedSpeaker(attribution?.speaker ?? null)
        ? reportedWords(text, found.phrase)
        : []
    const read: Hedge[] =
      options.english && !isHeadline ? readHedges(text, span.start, locator, speakersWords) : []
    // An answer is quoted whole: its hedges are the interviewee's.
    const hedges = answered
      ? read.map((hedge) => ({ ...hedge, inQuote: true, inReportedSpeech: false }))
      : read
    // Only a person who speaks: not "according to the search results", not "The company said".
    if (
      attribution?.speaker &&
      (attribution.kind === 'direct-quote' || attribution.kind === 'reported') &&
      isNamedSpeaker(attribution.speaker)
    )
      named = { speaker: attribution.speaker, blockIndex }
    else if (options.english && !isHeadline && !attribution?.speaker) {
      // "Judge Kenneth Ito dissented. “…,” he wrote.", "Maria Lopez, 61, has lived here …. “…,” she
      // said.": a person who opens a sentence.
      const subject = openingPerson(text)
      if (subject !== null) named = { speaker: subject, blockIndex }
    }
    const hasDirectQuote = quotes.length > 0
    const kind = options.english
      ? classifyClaimKind(text, {
          isHeadline,
          hasDirectQuote,
          inEditorsNote: !isHeadline && opensEditorsNote(input.slice(block.start, block.start + 120)),
        })
      : isHeadline
        ? 'headline'
        : 'factual'
    const checkWorthiness = options.english ? scoreCheckWorthiness(text) : 0.5
    return {
      id: `c${claims.length + 1}`,
      text,
      start: span.start,
      end: span.end,
      block,
      blockIndex,
      kind: attribution?.kind === 'direct-quote' && kind === 'factual' ? 'quote' : kind,
      citations,
      citationNeeded: tags,
      hedges,
      attribution,
      checkWorthiness,
    }
  }

  let tookNote = false
  document.blocks.forEach((block, blockIndex) => {
    if (block.role !== 'body') return
    const spans =
      block.kind === 'heading'
        ? [{ start: block.start, end: block.end }]
        : splitSentences(input, block.start, block.end)
    for (const span of spans) {
      const last = claims[claims.length - 1]
      // "… 97% effective. Source: https://www.cdc.gov/…": the note cites the sentence before it,
      // which takes it in, as it would take in a marker. One note per claim: a run of notes must
      // not grow one claim note by note (each is drafted again).
      if (last !== undefined && !tookNote && notesSourceOf(input, last, span, sources, locator)) {
        claims.pop()
        claims.push(draft({ start: last.start, end: span.end }, last.block, last.blockIndex, claims.at(-1)))
        tookNote = true
        continue
      }
      claims.push(draft(span, block, blockIndex, last))
      tookNote = false
    }
  })
  markAuthorNotes(claims)
  resolveSpeakers(claims)
  return claims
}

/**
 * "Maria Chen is a retired librarian and a member of …" in the last paragraph of a piece bylined
 * "By Maria Chen" is a note about the author (`meta`), not a claim to source.
 */
function markAuthorNotes(claims: DraftClaim[]): void {
  if (claims.length === 0) return
  const authors: string[] = []
  // Bylines open an article: its first few claims.
  for (const claim of claims.slice(0, BYLINE_CLAIMS)) authors.push(...bylineNames(claim.text))
  if (authors.length === 0) return
  const last = claims[claims.length - 1]!.blockIndex
  for (let at = claims.length - 1; at >= 0 && claims[at]!.blockIndex === last; at--) {
    const claim = claims[at]!
    if (claim.kind !== 'meta' && isAboutTheAuthor(claim.text, authors))
      claims[at] = { ...claim, kind: 'meta' }
  }
}

// How many claims from the top a byline may stand at (headline, dek, byline, dateline …).
const BYLINE_CLAIMS = 6

// "Source: …", "Sources: …", "(Source: CDC, https://…)", "Data: …", "Credit: …"; and without a
// colon "Via …", "H/t …" ("Sources say …" is a sentence, not a note).
const SOURCE_NOTE =
  /^[([]?[ \t]{0,3}(?:(?:sources?|credits?|data|references?)[ \t]{0,3}(:)|(?:via|h\/t|hat tip)\b)/i
// A note is a label, a few words naming the source, and its links: at most this many words
// besides; after a label with no colon, fewer ("Via [CDC](…)", not "Via satellite images, …").
const NOTE_WORDS = 8
const NOTE_WORDS_WITHOUT_COLON = 3
const NOTE_LENGTH = 600
const WORD = /[\p{L}\p{N}]{1,64}/gu
// Between a sentence and a note on the next line: spaces and one line break, no blank line.
const ONE_LINE_BREAK = /^[ \t]{0,100}(?:\r\n|\n|\r)?[ \t]{0,100}$/

/**
 * Is `span` a source note for the claim before it: a label ("Source:", "Via"), a few words and at
 * least one link or marker, right after that claim — in its paragraph, or on the next line?
 */
function notesSourceOf(
  input: string,
  previous: DraftClaim,
  span: { start: number; end: number },
  sources: SourceIndex,
  locator: Locator,
): boolean {
  if (span.end - span.start > NOTE_LENGTH) return false
  const text = input.slice(span.start, span.end)
  const label = SOURCE_NOTE.exec(text)
  if (label === null) return false
  if (!ONE_LINE_BREAK.test(input.slice(previous.end, span.start))) return false
  const cited = citeSpan(input, span.start, span.end, sources, locator).citations
  if (cited.length === 0) return false
  const most = label[1] === undefined ? NOTE_WORDS_WITHOUT_COLON : NOTE_WORDS
  let words = 0
  let at = span.start + label[0].length
  const ends = [
    ...cited.map((citation) => citation.position),
    { start: { offset: span.end }, end: { offset: span.end } },
  ]
  for (const { start, end } of ends) {
    WORD.lastIndex = 0
    const between = input.slice(at, start.offset)
    while (WORD.exec(between) !== null) if (++words > most) return false
    at = Math.max(at, end.offset)
  }
  return true
}

// Pronouns that stand for the person named last in the paragraph ("Lopez said …. She added that …").
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])

/**
 * Who a pronoun speaker stands for. "she", "he": the person named last as a speaker in the same
 * paragraph. "they", "it" stand as often for a group or a thing as for a speaker, so only right
 * after a sentence of the same paragraph whose speaker fits: "City officials said …. They added
 * …", "The union said …. It added …".
 */
function standsFor(
  pronoun: string | undefined,
  blockIndex: number,
  named: { speaker: string; blockIndex: number } | undefined,
  previous: DraftClaim | undefined,
): string | null {
  if (pronoun === undefined) return null
  if (PERSONAL_PRONOUNS.has(pronoun)) return named?.blockIndex === blockIndex ? named.speaker : null
  const before = previous?.blockIndex === blockIndex ? previous.attribution?.speaker : null
  if (!before) return null
  if (pronoun === 'they') return isGroupSpeaker(before) ? before : null
  if (pronoun === 'it') return isBodySpeaker(before) ? before : null
  return null
}

/**
 * `"We have crews working around the clock," said Maria Lopez. "It could take days."`: a sentence
 * that is only a quote, right after a quoted sentence, goes on in the same speaker's words.
 */
function continuedQuote(
  previous: DraftClaim | undefined,
  text: string,
  quotes: readonly QuoteSpan[],
): Attribution | null {
  if (previous?.attribution?.kind !== 'direct-quote' || !isWholeQuote(text, quotes)) return null
  return previous.attribution
}

/**
 * The sentence's hedges. `speakersWords`: where the sentence gives an identified speaker's
 * reported words (offsets into `text`); a cue there, outside quotes, is the speaker's.
 */
function readHedges(
  text: string,
  offset: number,
  locator: Locator,
  speakersWords: readonly { start: number; end: number }[],
): Hedge[] {
  const found = findHedges(text)
  const within = (hedge: { start: number; end: number }, spans: readonly { start: number; end: number }[]) =>
    spans.some((span) => hedge.start >= span.start && hedge.end <= span.end)
  // A question is looked for only when some cue could stand in one ("whether" itself is conditional).
  const questions = found.some((hedge) => hedge.category !== 'conditional') ? embeddedQuestions(text) : []
  return found.map((hedge) => ({
    cue: hedge.cue,
    category: hedge.category,
    position: locator.position(offset + hedge.start, offset + hedge.end),
    inQuote: hedge.inQuote,
    inReportedSpeech: !hedge.inQuote && within(hedge, speakersWords),
    inQuestion: !hedge.inQuote && within(hedge, questions),
  }))
}

/** "Rubio" → "Marco Rubio": each speaker becomes the fullest form of the name in the article. */
function resolveSpeakers(claims: DraftClaim[]): void {
  if (!claims.some((claim) => claim.attribution?.speaker)) return
  const names = new Set<string>()
  for (const claim of claims) for (const name of findPersonNames(claim.text)) names.add(name)
  const resolve = speakerResolver([...names])
  for (const claim of claims) {
    const speaker = claim.attribution?.speaker
    if (claim.attribution && speaker) claim.attribution = { ...claim.attribution, speaker: resolve(speaker) }
  }
}
