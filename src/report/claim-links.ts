/**
 * What a claim cites and where it stands, as the consistency stage's reasons and the findings'
 * messages both write them: one definition for the two stages.
 */
import type { Claim, Position } from './schema.js'

/** "5:54": where a position starts, as editors read it. */
export function lineColumn(position: Position): string {
  return `${position.start.line}:${position.start.column}`
}

/** The labels of a claim's citations that resolve to a source, each once, in order. */
export function resolvedLabels(claim: Pick<Claim, 'citations'>): string[] {
  return [
    ...new Set(
      claim.citations.filter((citation) => citation.sourceId !== null).map((citation) => citation.label),
    ),
  ]
}

/**
 * Claim id → the first later claim with a resolved citation that restates it, from restatement
 * pairs in document order: where the support of an uncited summary point is.
 */
export function restatedByCited(
  pairs: readonly { claimId: string; restatesId: string }[],
  byId: ReadonlyMap<string, Claim>,
): Map<string, Claim> {
  const restatedBy = new Map<string, Claim>()
  for (const pair of pairs) {
    const later = byId.get(pair.claimId)
    if (later && !restatedBy.has(pair.restatesId) && resolvedLabels(later).length > 0)
      restatedBy.set(pair.restatesId, later)
  }
  return restatedBy
}
