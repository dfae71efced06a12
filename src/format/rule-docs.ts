/**
 * What each rule checks, in one line, and where its documentation lives: for SARIF rule
 * descriptors, GitHub annotations and unified messages' `url`.
 */

/** Where the rules are documented: the README's section per rule id. */
export const RULE_DOCS_BASE = 'https://github.com/citecheck/citecheck#'

const DESCRIPTIONS: Record<string, string> = {
  'unsupported-claim': 'A check-worthy claim that no citation backs.',
  'citation-needed-tag': 'An editor\'s "[citation needed]"-style tag left in the text.',
  'unconfirmed-claim': 'A claim the article itself presents as rumour, unconfirmed or speculation.',
  'dangling-citation': 'A citation marker whose label no source in the source list has.',
  'unused-source': 'A source in the source list that no claim cites.',
  'placeholder-url': 'A source whose URL is a placeholder such as "(URL)".',
  'missing-url': 'A source without a URL.',
  'malformed-url': 'A source whose URL is not a well-formed http(s) link.',
  'unsafe-url': 'A source whose URL uses an unsafe scheme such as javascript:.',
  'duplicate-source': 'Two source labels that point to the same page.',
  'misnumbered-source': 'A Markdown source-list item written with another number than readers are shown.',
  'unsupported-language': 'The text is not recognisably English; only markers and sources were checked.',
  'low-confidence': 'A check-worthy claim whose confidence is below the configured minimum.',
  'certainty-escalation': 'A claim that states as fact, or uses as evidence, what an earlier claim hedges.',
  'inconsistent-title': 'One person given titles one person does not hold together.',
  'conflicting-figure': 'A restatement that gives another number or date than the claim it restates.',
  'citation-mismatch': 'A restatement that cites none of the sources of the claim it restates.',
}

/** The URL of a rule's documentation (`https://github.com/citecheck/citecheck#unsupported-claim`). */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}`
}

/** A rule's one-line description, or a generic one for a rule this version does not know. */
export function describeRule(ruleId: string): string {
  return DESCRIPTIONS[ruleId] ?? `citecheck rule ${ruleId}.`
}

/** Every rule id with a description, in documentation order. */
export function documentedRuleIds(): string[] {
  return Object.keys(DESCRIPTIONS)
}
