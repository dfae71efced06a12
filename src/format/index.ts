/**
 * Formatters: reports as text for people and as data for machines. Pure functions from
 * `{ file, report }[]` to a string; the command line writes the string.
 */
export { escapeGithubData, escapeGithubProperty, formatGithub, type GithubOptions } from './github.js'
export { escapeHtml, formatHtml, type HtmlFileReport, type HtmlOptions } from './html.js'
export { formatJson, formatJsonErrorLine, formatJsonLine } from './json.js'
export { describeRule, RULE_DOCS_BASE, ruleDocsUrl } from './rule-docs.js'
export { formatSarif, SARIF_FINGERPRINT_KEY, type SarifOptions } from './sarif.js'
export { formatStylish, type StylishOptions } from './stylish.js'
export { describeTotals, type FileProblem, type FileReport, type Totals, totals } from './types.js'
