/**
 * The consistency stage's input and output: what it reads of each claim, and the facts it adds.
 */
import type { Attribution, Citation, ClaimKind, Hedge, HedgeCategory, Position } from '../report/schema.js'

/** What the consistency stage reads of a claim (a draft claim of the claims stage fits). */
export interface ConsistencyClaim {
  readonly id: string
  readonly text: string
  /** Offset of the claim's text in the input. */
  readonly start: number
  readonly kind: ClaimKind
  readonly citations: readonly Citation[]
  readonly hedges: readonly Hedge[]
  readonly attribution: Attribution | null
  /**
   * The kind of block the claim sits in. A table cell ("-55%") is a fragment of its row: it neither
   * restates nor is restated, so two rows' figures are never one fact given twice.
   */
  readonly block?: { readonly kind: string }
}

/** A claim that says again what an earlier claim said. */
export interface Restatement {
  /** The later claim. */
  claimId: string
  /** The earlier claim it restates. */
  restatesId: string
  /** Weighted overlap of their terms, in [0, 1]. */
  similarity: number
}

/** A place in the input that a fact points to, with the claim it lies in. */
export interface ClaimPlace {
  claimId: string
  /** The words at that place, as written. */
  text: string
  position: Position
}

/** `certainty-escalation`: what one claim hedges, a later one states as fact or uses as evidence. */
export interface CertaintyEscalation {
  /** The stronger, later claim, and the span that asserts (the claim, or the evidence phrase). */
  claim: ClaimPlace
  /** The earlier claim that hedges it. */
  hedged: ClaimPlace
  /** The hedge cue of the earlier claim ("Rumors suggest") and its category. */
  hedge: { cue: string; category: HedgeCategory; position: Position }
  /** `fact`: stated without a hedge; `evidence`: named after a cue such as "as evidenced by". */
  how: 'fact' | 'evidence'
  /** The evidence cue, when `how` is `evidence`. */
  cue: string | null
  /** The names both claims share ("Rwanda", "Libya"), as the later claim writes them. */
  shared: string[]
}

/** `inconsistent-title`: one person described with titles one person cannot hold together. */
export interface TitleConflict {
  /** The person, as fully as the article names them ("Marco Rubio"). */
  person: string
  /** The later mention, title and name ("Senator Marco Rubio"). */
  mention: ClaimPlace & { title: string }
  /** The first titled mention of the person ("Secretary of State Marco Rubio"). */
  earlier: ClaimPlace & { title: string }
}

/** `conflicting-figure`: a restatement that gives another number or date for the same fact. */
export interface FigureConflict {
  kind: 'number' | 'date'
  /** The figure in the later claim ("300 immigrants", "in March"). */
  figure: ClaimPlace
  /** The figure it contradicts in the earlier claim. */
  earlier: ClaimPlace
}

/** Everything the consistency stage found across the article's claims. */
export interface ConsistencyFacts {
  restatements: Restatement[]
  escalations: CertaintyEscalation[]
  titleConflicts: TitleConflict[]
  figureConflicts: FigureConflict[]
}
