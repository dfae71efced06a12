/**
 * The report's shape as zod schemas, with the inferred TypeScript types beside them.
 *
 * This file is the public contract: later stages add fields, never rename them. Every
 * position is into the original input: `line`/`column` are 1-based and `offset` is 0-based,
 * as in unist.
 */
import { z } from 'zod'

/** One place in the input: 1-based line and column, 0-based UTF-16 offset (as in unist). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})
/** One place in the input. */
export type Point = z.infer<typeof PointSchema>

/** A span of the input, `end` exclusive. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema })
/** A span of the input, `end` exclusive. */
export type Position = z.infer<typeof PositionSchema>

/** What a claim is: a statement of fact, a quotation, an opinion, and so on. */
export const ClaimKindSchema = z.enum([
  'factual',
  'quote',
  'opinion',
  'question',
  'prediction',
  'meta',
  'headline',
])
/** What a claim is. */
export type ClaimKind = z.infer<typeof ClaimKindSchema>

/** The kinds of doubt a hedge cue expresses. */
export const HedgeCategorySchema = z.enum([
  'rumor',
  'unconfirmed',
  'speculative',
  'doxastic',
  'anonymous-source',
  'weasel',
  'conditional',
  'vague-quantity',
])
/**
 * The kinds of doubt a hedge cue expresses. `vague-quantity` ("many residents", "some of the
 * files", "a number of cases") leaves a count vague: it weakens the claim without casting doubt
 * on it, so, like `conditional`, it never makes a claim unconfirmed.
 */
export type HedgeCategory = z.infer<typeof HedgeCategorySchema>

/** A footnote marker (or inline link) in a claim, and the source it points to. */
export const CitationSchema = z.object({
  label: z.string(),
  sourceId: z.string().nullable(),
  position: PositionSchema,
})
/** A footnote marker in a claim, and the source it points to. */
export type Citation = z.infer<typeof CitationSchema>

/** A word or phrase that weakens the claim ("rumors suggest", "it seems"). */
export const HedgeSchema = z.object({
  cue: z.string(),
  category: HedgeCategorySchema,
  position: PositionSchema,
  /** True when the cue stands inside a direct quote: the speaker hedges, not the article. */
  inQuote: z.boolean(),
  /**
   * True when the cue stands, outside quotes, in what an identified speaker is reported to have
   * said ("Reyes said the cost could exceed …", "…, according to the ministry"): a name or a
   * definite body, not a crowd or an unnamed source. The speaker speculates or believes, in the
   * article's paraphrase; such speculation and belief do not make the claim `unconfirmed`.
   */
  inReportedSpeech: z.boolean(),
  /**
   * True when the cue stands in an embedded question ("investigating whether the fires could be
   * linked", "declined to say if layoffs are possible"): the article asks, it does not assert, so
   * speculation and belief there do not make the claim `unconfirmed`.
   */
  inQuestion: z.boolean(),
})
/** A word or phrase that weakens the claim. */
export type Hedge = z.infer<typeof HedgeSchema>

/** Who the claim is put in the mouth of. */
export const AttributionSchema = z.object({
  kind: z.enum(['direct-quote', 'reported', 'according-to', 'anonymous']),
  /**
   * Who speaks, in the fullest form the article gives ("Marco Rubio"); for "he"/"she", the speaker
   * named last in the same paragraph; for "they"/"it", the group or body that spoke in the
   * sentence right before ("City officials said …. They added …"); `null` when no one is named (an
   * anonymous source, a pronoun with no fitting speaker before it).
   */
  speaker: z.string().nullable(),
  cue: z.string(),
})
/** Who the claim is put in the mouth of. */
export type Attribution = z.infer<typeof AttributionSchema>

/** One factor behind a claim's confidence, in log-odds. */
export const ReasonSchema = z.object({
  factor: z.string(),
  contribution: z.number(),
  detail: z.string().optional(),
})
/** One factor behind a claim's confidence. */
export type Reason = z.infer<typeof ReasonSchema>

/** A claim's link to the earlier claim it restates (README, “Restatements: `claim.restates`”). */
export const RestatementSchema = z.object({
  claimId: z.string(),
  similarity: z.number().min(0).max(1),
})
/** A claim's link to the earlier claim it restates. */
export type RestatementLink = z.infer<typeof RestatementSchema>

/** How a claim stands. */
export const ClaimStatusSchema = z.enum(['supported', 'unsupported', 'unconfirmed', 'not-check-worthy'])
/** How a claim stands. */
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>

/** One sentence of the article that asserts something, with what supports or weakens it. */
export const ClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  position: PositionSchema,
  kind: ClaimKindSchema,
  /** Heading titles from the document's top down to this claim's block. */
  section: z.array(z.string()),
  citations: z.array(CitationSchema),
  hedges: z.array(HedgeSchema),
  attribution: AttributionSchema.nullable(),
  checkWorthiness: z.number().min(0).max(1),
  status: ClaimStatusSchema,
  confidence: z.number().min(0).max(1),
  reasons: z.array(ReasonSchema),
  /**
   * The earlier claim this one says again, in other words, and how alike they are (0–1); null when
   * it restates none. `analyze` always sets it; optional so reports written before it validate.
   */
  restates: RestatementSchema.nullable().optional(),
})
/** One claim of the article. */
export type Claim = z.infer<typeof ClaimSchema>

/** How a source's URL looks, without fetching it. */
export const UrlStatusSchema = z.enum(['ok', 'placeholder', 'missing', 'malformed', 'unsafe'])
/** How a source's URL looks. */
export type UrlStatus = z.infer<typeof UrlStatusSchema>

/** One entry of the article's source list (or an inline link). */
export const SourceSchema = z.object({
  id: z.string(),
  label: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  urlStatus: UrlStatusSchema,
  /** Registrable domain of the URL ("bbc.co.uk"), when it has one. */
  domain: z.string().nullable(),
  publisher: z.string().nullable(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the entry gives one. */
  date: z.string().nullable(),
  /**
   * The book's ISBN (10 or 13 digits, hyphens dropped) when the entry gives one whose check digit
   * is right. Such a source needs no URL: any library catalogue finds it.
   */
  isbn: z.string().nullable(),
  position: PositionSchema,
  /** Ids of the claims that cite this source. */
  citedBy: z.array(z.string()),
})
/** One entry of the article's source list. */
export type Source = z.infer<typeof SourceSchema>

/** How serious a finding is. */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])
/** How serious a finding is. */
export type Severity = z.infer<typeof SeveritySchema>

/** A place a finding refers to besides its own, and what is there. */
export const RelatedPlaceSchema = z.object({
  position: PositionSchema,
  claimId: z.string().optional(),
  message: z.string(),
})
/** A place a finding refers to besides its own. */
export type RelatedPlace = z.infer<typeof RelatedPlaceSchema>

/** One problem found in the article, with where it is. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  position: PositionSchema,
  claimId: z.string().optional(),
  sourceId: z.string().optional(),
  /** What was found, where it helps ("[7]"). */
  actual: z.string().optional(),
  /** What was expected instead, where it helps. */
  expected: z.array(z.string()).optional(),
  /**
   * Other places the finding points to, as in SARIF's `relatedLocations`: the earlier claim a
   * restatement contradicts, the first title given to a person.
   */
  related: z.array(RelatedPlaceSchema).optional(),
})
/** One problem found in the article. */
export type Finding = z.infer<typeof FindingSchema>

/** Counts for a quick look. */
export const SummarySchema = z.object({
  claims: z.number().int().min(0),
  supported: z.number().int().min(0),
  unsupported: z.number().int().min(0),
  unconfirmed: z.number().int().min(0),
  notCheckWorthy: z.number().int().min(0),
  sources: z.number().int().min(0),
  findings: z.object({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
  }),
})
/** Counts for a quick look. */
export type Summary = z.infer<typeof SummarySchema>

/** Everything citecheck found in one article. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  format: z.enum(['markdown', 'text']),
  /** Detected language: 'en', or 'und' when the text is not recognisably English. */
  language: z.string(),
  claims: z.array(ClaimSchema),
  sources: z.array(SourceSchema),
  findings: z.array(FindingSchema),
  summary: SummarySchema,
})
/** Everything citecheck found in one article. */
export type Report = z.infer<typeof ReportSchema>
