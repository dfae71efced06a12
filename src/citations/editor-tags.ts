/**
 * Editors' tags that say a statement lacks support: `[citation needed]`, `[who?]`, `{{cn}}`.
 *
 * Source: Wikipedia's inline cleanup templates for sourcing and attribution
 * (https://en.wikipedia.org/wiki/Category:Inline_citation_and_verifiability_dispute_templates and
 * Template:Who?, Template:According to whom?, Template:By whom?, Template:Unreliable source?),
 * in the text they render as, plus the variants newsroom editors type by hand ("[source?]",
 * "[cite]", "[needs citation]"). Clarity tags ("[clarification needed]", "[when?]", "[vague]")
 * are not here: they ask for wording, not for a source.
 */
export const EDITOR_TAGS: readonly string[] = [
  'citation needed',
  'citations needed',
  'citation required',
  'needs citation',
  'need citation',
  'needs source',
  'source needed',
  'sources needed',
  'source?',
  'sources?',
  'cite',
  'cite?',
  'cn',
  'ref?',
  'reference needed',
  'full citation needed',
  'better source needed',
  'better source',
  'unreliable source?',
  'unreliable source',
  'self-published source?',
  'non-primary source needed',
  'third-party source needed',
  'primary source needed',
  'verification needed',
  'failed verification',
  'not in citation given',
  'not verified in body',
  'who?',
  'whom?',
  'by whom?',
  'according to whom?',
  'who says?',
  'attribution needed',
  'original research?',
  'dubious',
  'dubious?',
  'disputed',
]

/** Wiki-source spellings of the same templates, inside `{{…}}`: `{{cn}}`, `{{fact}}`, `{{citation needed|date=…}}`. */
export const EDITOR_TEMPLATES: readonly string[] = [
  'citation needed',
  'cn',
  'fact',
  'cite needed',
  'who',
  'by whom',
  'according to whom',
  'unreliable source?',
  'better source needed',
  'failed verification',
  'verification needed',
  'dubious',
]
