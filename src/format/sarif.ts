/**
 * SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning, VS Code's SARIF viewer):
 * one run, one rule descriptor per rule id, one result per finding.
 */
import type * as Sarif from 'sarif'
import { RULES } from '../findings/index.js'
import type { Position, Severity } from '../report/schema.js'
import { describeRule, documentedRuleIds, ruleDocsUrl } from './rule-docs.js'
import type { FileProblem, FileReport } from './types.js'

/** Options for {@link formatSarif}. */
export interface SarifOptions {
  /** citecheck's version, for `tool.driver.version`. */
  toolVersion?: string
  /**
   * The `file:` URI of the directory the relative paths start from (ending in `/`); recorded as
   * `%SRCROOT%` in `originalUriBaseIds`.
   */
  rootUri?: string
  /** Files that could not be checked; they become error notifications of the invocation. */
  problems?: readonly FileProblem[]
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' }
const SRCROOT = '%SRCROOT%'
/** The key of citecheck's own fingerprint in `partialFingerprints`. */
export const SARIF_FINGERPRINT_KEY = 'citecheckFindingHash/v1'

/**
 * Formats reports as a SARIF 2.1.0 log. Paths relative to the working directory become URIs relative
 * to `%SRCROOT%`; every result carries a `partialFingerprints` hash of its rule, message and
 * occurrence, which does not change when the text moves to another line.
 */
export function formatSarif(results: readonly FileReport[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(results, options), null, 2)}\n`
}

function toSarifLog(results: readonly FileReport[], options: SarifOptions): Sarif.Log {
  const ruleIds = documentedRuleIds()
  for (const { report } of results) {
    for (const finding of report.findings) if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId)
  }
  const rules = ruleIds.map(ruleDescriptor)
  const artifacts: Sarif.Artifact[] = []
  const sarifResults: Sarif.Result[] = []
  for (const { file, report } of results) {
    const location = artifactLocation(file)
    const index =
      artifacts.push({ location, sourceLanguage: report.format === 'markdown' ? 'markdown' : 'plaintext' }) -
      1
    const seen = new Map<string, number>()
    for (const finding of report.findings) {
      const key = `${finding.ruleId}\u0000${finding.message}`
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      const properties: Record<string, string> = {}
      if (finding.claimId) properties.claimId = finding.claimId
      if (finding.sourceId) properties.sourceId = finding.sourceId
      // The earlier claim a consistency finding names: SARIF viewers link to it from the message.
      const related = (finding.related ?? []).map(
        (place, id): Sarif.Location => ({
          id,
          physicalLocation: { artifactLocation: { ...location, index }, region: region(place.position) },
          message: { text: place.message },
        }),
      )
      sarifResults.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIds.indexOf(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { ...location, index }, region: region(finding.position) },
          },
        ],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fnv1a64(`${key}\u0000${occurrence}`) },
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
      })
    }
  }
  const problems = options.problems ?? []
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'citecheck',
        ...(options.toolVersion ? { version: options.toolVersion } : {}),
        informationUri: 'https://github.com/citecheck/citecheck',
        rules,
      },
    },
    ...(options.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: options.rootUri } } } : {}),
    artifacts,
    invocations: [
      {
        executionSuccessful: problems.length === 0,
        toolExecutionNotifications: problems.map((problem) => ({
          level: 'error',
          message: { text: problem.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(problem.file) } }],
        })),
      },
    ],
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }
}

/** A SARIF region from a unist position: 1-based lines and columns, and the character range. */
function region({ start, end }: Position): Sarif.Region {
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
  }
}

function ruleDescriptor(ruleId: string): Sarif.ReportingDescriptor {
  const level =
    (RULES as Record<string, Severity>)[ruleId] ?? (ruleId === 'low-confidence' ? 'warning' : undefined)
  return {
    id: ruleId,
    name: ruleId.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: describeRule(ruleId) },
    helpUri: ruleDocsUrl(ruleId),
    help: { text: `${describeRule(ruleId)} See ${ruleDocsUrl(ruleId)}` },
    ...(level ? { defaultConfiguration: { level: LEVEL[level] } } : {}),
  }
}

/** A path relative to the working directory as a SARIF artifact location; absolute paths as file: URIs. */
function artifactLocation(file: string): Sarif.ArtifactLocation {
  const path = file.replace(/\\/g, '/')
  const drive = /^[A-Za-z]:\//.test(path)
  if (path.startsWith('/') || drive) {
    return { uri: `file://${drive ? '/' : ''}${path.split('/').map(encodeSegment).join('/')}` }
  }
  return { uri: path.split('/').map(encodeSegment).join('/'), uriBaseId: SRCROOT }
}

function encodeSegment(segment: string, index: number): string {
  // Keep a Windows drive letter's colon ("C:") readable, as file: URIs do.
  return index <= 1 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)
}

/** FNV-1a, 64 bits, as 16 hex digits: a small stable hash, no crypto needed. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}
