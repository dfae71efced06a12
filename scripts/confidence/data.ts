/**
 * The ExpertQA dev set (rand_val, MIT license) as training examples for the confidence model.
 *
 * For each answer of `rand_val.answers.jsonl` (one question, one system) the article is the answer text,
 * a blank line and its source list one entry per line (`[1] https://…`). The public `analyze` reads it as
 * plain text; each expert-labelled claim of `rand_val.claims.jsonl` (same question and system) is matched
 * to the analysed claim with the largest word overlap (Jaccard ≥ {@link MIN_JACCARD}), and takes that
 * claim's features. Label: `support == 'Complete'`; `N/A` and missing labels are left out.
 *
 * The features are read through `analyze` itself with a probe model whose every weight is 1, so each
 * reason's contribution is the feature's value: the training sees exactly what users' reports see.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze, type Report } from '../../src/index.js'
import { FEATURE_NAMES, type ModelWeights } from '../../src/model/index.js'
import type { Example } from './fit.js'

/** A labelled claim matched to the pipeline's claim, with what the eval reports about it. */
export interface LabelledClaim extends Example {
  /** ExpertQA's claim id ("question_id:system:index"). */
  id: string
  /** Only for per-system diagnostics in the eval; never a feature. */
  system: string
  /** The expert's label as written: Complete, Partial, Incomplete, Missing. */
  support: string
  claim: string
  matchedText: string
  jaccard: number
}

/** What loading the dev set found, for the eval's header. */
export interface DevSet {
  examples: LabelledClaim[]
  answers: number
  labelled: number
  excludedNoLabel: number
  unmatched: number
  exactMatches: number
  /** Labelled claims matched through their marker (see matchClaim). */
  markerMatches: number
}

/** The least word overlap (Jaccard) at which a labelled claim counts as matched. */
export const MIN_JACCARD = 0.3

interface AnswerRecord {
  question: string
  answers: Record<string, { answer_string: string; attribution?: string[] | null }>
}

interface ClaimRecord {
  id: string
  question_id: string
  question: string
  system: string
  claim: string
  support: string | null
}

/** A model whose every weight is 1: reasons then carry the raw feature values. */
const PROBE: ModelWeights = {
  version: 1,
  provenance: { kind: 'probe' },
  bias: 0,
  weights: Object.fromEntries(FEATURE_NAMES.map((name) => [name, { weight: 1 }])),
}

const KNOWN = new Set(FEATURE_NAMES)

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** The article citecheck reads for one ExpertQA answer: its text, a blank line, its source list. */
export function articleOf(answer: { answer_string: string; attribution?: string[] | null }): string {
  const list = (answer.attribution ?? []).join('\n')
  return list === '' ? answer.answer_string : `${answer.answer_string}\n\n${list}\n`
}

function words(text: string): Set<string> {
  const plain = text.replace(/\[\d{1,4}\]/g, ' ').toLowerCase()
  return new Set(plain.match(/[\p{L}\p{N}]+/gu) ?? [])
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/** Loads, analyses and matches the dev set in `dataDir` (the folder holding `expertqa/`). */
export function loadDevSet(dataDir: string): DevSet {
  const folder = join(dataDir, 'expertqa')
  const answers = readJsonl<AnswerRecord>(join(folder, 'rand_val.answers.jsonl'))
  const claims = readJsonl<ClaimRecord>(join(folder, 'rand_val.claims.jsonl'))
  const byAnswer = new Map<string, ClaimRecord[]>()
  for (const claim of claims) {
    const key = `${claim.question}\u0000${claim.system}`
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), claim])
  }

  const examples: LabelledClaim[] = []
  let excludedNoLabel = 0
  let unmatched = 0
  let exactMatches = 0
  let markerMatches = 0
  let answerCount = 0
  for (const record of answers) {
    for (const [system, answer] of Object.entries(record.answers)) {
      answerCount++
      const report = analyze(articleOf(answer), { format: 'text', model: PROBE })
      const analysed = report.claims.map((claim) => ({
        claim,
        words: words(claim.text),
        labels: new Set(claim.citations.map((citation) => citation.label)),
      }))
      for (const labelled of byAnswer.get(`${record.question}\u0000${system}`) ?? []) {
        if (labelled.support === null || labelled.support === 'N/A') {
          excludedNoLabel++
          continue
        }
        const best = matchClaim(labelled.claim, analysed)
        if (!best || best.score < MIN_JACCARD) {
          unmatched++
          continue
        }
        if (best.byMarker) markerMatches++
        if (best.score === 1) exactMatches++
        const features: Record<string, number> = {}
        // Other stages may add reasons of their own (contribution 0): keep the model's features only.
        for (const reason of best.claim.reasons)
          if (KNOWN.has(reason.factor)) features[reason.factor] = reason.contribution
        examples.push({
          id: labelled.id,
          group: labelled.question_id,
          system,
          support: labelled.support,
          label: labelled.support === 'Complete',
          claim: labelled.claim,
          matchedText: best.claim.text,
          jaccard: best.score,
          features,
        })
      }
    }
  }
  examples.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    examples,
    answers: answerCount,
    labelled: claims.length,
    excludedNoLabel,
    unmatched,
    exactMatches,
    markerMatches,
  }
}

interface Candidate {
  claim: Report['claims'][number]
  words: Set<string>
  labels: Set<string>
}

/**
 * The analysed claim a labelled claim stands for: the one with the largest word Jaccard. Except when
 * the labelled claim carries markers and that one has none of them: ExpertQA glues a list number and
 * its marker to the sentence before ("…follow these steps:\n\n1[1]."), which citecheck reads as two
 * claims; then the analysed claim that is (≥ 80 %) inside the labelled one and carries one of its
 * markers is taken. Markers are part of the input text, not of the label.
 */
function matchClaim(
  text: string,
  analysed: readonly Candidate[],
): { claim: Candidate['claim']; score: number; byMarker: boolean } | null {
  const target = words(text)
  const markers = new Set([...text.matchAll(/\[(\d{1,4})\]/g)].map((match) => match[1]!))
  let best: { candidate: Candidate; score: number } | null = null
  for (const candidate of analysed) {
    const score = jaccard(target, candidate.words)
    if (score > (best?.score ?? 0)) best = { candidate, score }
  }
  if (!best) return null
  const hasMarker = (candidate: Candidate) => [...candidate.labels].some((label) => markers.has(label))
  if (markers.size > 0 && !hasMarker(best.candidate)) {
    let alternative: { candidate: Candidate; score: number } | null = null
    for (const candidate of analysed) {
      if (!hasMarker(candidate) || containment(candidate.words, target) < 0.8) continue
      const score = jaccard(target, candidate.words)
      if (score > (alternative?.score ?? -1)) alternative = { candidate, score }
    }
    if (alternative) return { claim: alternative.candidate.claim, score: best.score, byMarker: true }
  }
  return { claim: best.candidate.claim, score: best.score, byMarker: false }
}

/** Share of `part`'s words that are in `whole`. */
function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0
  let inside = 0
  for (const word of part) if (whole.has(word)) inside++
  return inside / part.size
}
