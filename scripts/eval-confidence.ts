/**
 * Measures the confidence model on the ExpertQA dev set, out of fold.
 *
 * Claims are matched to analysed answers by text overlap (scripts/confidence/data.ts); the label is
 * `support == 'Complete'`, N/A excluded. Every number comes from out-of-fold predictions of a nested,
 * grouped cross-validation: the outer 5 folds split the QUESTIONS (no question in two folds); inside
 * each outer training part, the penalty is picked and the Platt calibration fitted by an inner grouped
 * CV, so no test claim influences its own prediction in any way.
 *
 * Reports AUROC, Brier score and ECE (10 equal-width bins) with a reliability table, for the model and
 * for the baseline "has a resolving citation" (the same recipe with that one feature), plus ablations
 * and a per-system breakdown (diagnostic only; the system is never a feature).
 *
 *   npx tsx scripts/eval-confidence.ts [dataDir]   (default: ../shared/data, or $CITECHECK_DATA)
 *   npx tsx scripts/eval-confidence.ts --json       prints the JSON instead of the table
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DevSet, type LabelledClaim, loadDevSet } from './confidence/data.js'
import {
  auroc,
  brier,
  expectedCalibrationError,
  groupedFolds,
  type ReliabilityBin,
  reliabilityTable,
} from './confidence/fit.js'
import { FOLDS, predict, SEED, type TrainOptions, trainConfidence } from './confidence/recipe.js'

/** The metrics of one set of out-of-fold predictions. */
export interface ConfidenceMetrics {
  name: string
  /** AUROC of the pooled out-of-fold predictions. */
  auroc: number
  /** Mean of the AUROCs within each outer fold (free of the small fold-to-fold calibration shifts). */
  aurocByFold?: number
  brier: number
  ece: number
  reliability: ReliabilityBin[]
}

/** The evaluation as JSON. */
export interface EvaluationJson {
  data: Record<string, string | number>
  protocol: string
  results: ConfidenceMetrics[]
  bySystem: Record<string, ConfidenceMetrics>
}

/** The variants measured: the baseline, the model, and ablations. */
export const VARIANTS: readonly { name: string; options: TrainOptions }[] = [
  { name: 'baseline: has a resolving citation', options: { only: ['cites-source'], usePriors: false } },
  { name: 'model', options: {} },
  { name: 'model without source-cited-elsewhere', options: { exclude: ['source-cited-elsewhere'] } },
  { name: 'model without source-words-match', options: { exclude: ['source-words-match'] } },
  {
    name: 'model without both',
    options: { exclude: ['source-cited-elsewhere', 'source-words-match'] },
  },
]

/** The outer folds: questions dealt to {@link FOLDS} folds with the fixed seed. */
export function outerFolds(examples: readonly LabelledClaim[]): number[] {
  return groupedFolds(
    examples.map((example) => example.group),
    FOLDS,
    SEED,
  )
}

/** Out-of-fold calibrated probabilities for every example, by nested grouped CV. */
export function outOfFold(examples: readonly LabelledClaim[], options: TrainOptions): number[] {
  const folds = outerFolds(examples)
  const predictions = new Array<number>(examples.length).fill(Number.NaN)
  for (let fold = 0; fold < FOLDS; fold++) {
    const trained = trainConfidence(
      examples.filter((_, i) => folds[i] !== fold),
      { ...options, seed: SEED + 1 },
    )
    examples.forEach((example, i) => {
      if (folds[i] === fold) predictions[i] = predict(trained, example.features)
    })
  }
  return predictions
}

/** AUROC, Brier, ECE and reliability table of probabilities against labels (`folds`: per-fold AUROC too). */
export function measure(
  name: string,
  probabilities: readonly number[],
  labels: readonly boolean[],
  folds?: readonly number[],
): ConfidenceMetrics {
  let aurocByFold: number | undefined
  if (folds) {
    let sum = 0
    for (let fold = 0; fold < FOLDS; fold++) {
      const at = folds.flatMap((f, i) => (f === fold ? [i] : []))
      sum += auroc(
        at.map((i) => probabilities[i]!),
        at.map((i) => labels[i]!),
      )
    }
    aurocByFold = sum / FOLDS
  }
  return {
    name,
    auroc: auroc(probabilities, labels),
    ...(aurocByFold === undefined ? {} : { aurocByFold }),
    brier: brier(probabilities, labels),
    ece: expectedCalibrationError(probabilities, labels, 10),
    reliability: reliabilityTable(probabilities, labels, 10),
  }
}

const fixed = (value: number | null, digits = 3): string => (value === null ? '—' : value.toFixed(digits))

function reliabilityText(metrics: ConfidenceMetrics): string {
  const rows = metrics.reliability.map(
    (bin) =>
      `| ${bin.bin.padEnd(10)} | ${fixed(bin.meanPredicted).padStart(14)} | ${fixed(bin.observed).padStart(8)} | ${String(bin.count).padStart(5)} |`,
  )
  return [
    `Reliability (${metrics.name}):`,
    '| bin        | mean predicted | observed | count |',
    '|------------|----------------|----------|-------|',
    ...rows,
  ].join('\n')
}

/** Renders the measurements as Markdown tables. */
export function renderTable(
  dev: DevSet,
  results: readonly ConfidenceMetrics[],
  bySystem: Record<string, ConfidenceMetrics>,
): string {
  const positives = dev.examples.filter((example) => example.label).length
  const lines = [
    `ExpertQA dev (rand_val): ${dev.answers} answers, ${dev.labelled} labelled claims; ${dev.excludedNoLabel} N/A or unlabelled left out; ${dev.unmatched} unmatched; ${dev.examples.length} matched (${dev.exactMatches} exactly, ${dev.markerMatches} through their marker), ${positives} Complete.`,
    `Out-of-fold predictions, nested ${FOLDS}-fold CV grouped by question (seed ${SEED}); Platt-calibrated inside each training part.`,
    '',
    '| variant                                   | AUROC | AUROC by fold | Brier |   ECE |',
    '|-------------------------------------------|-------|---------------|-------|-------|',
    ...results.map(
      (metrics) =>
        `| ${metrics.name.padEnd(41)} | ${fixed(metrics.auroc)} | ${fixed(metrics.aurocByFold ?? null).padStart(13)} | ${fixed(metrics.brier)} | ${fixed(metrics.ece)} |`,
    ),
    '',
    'AUROC: pooled out-of-fold predictions; AUROC by fold: mean of the 5 folds (the baseline is one binary',
    'score, so its pooled AUROC only measures fold-to-fold shifts among tied claims; by fold it is the',
    'AUROC of "has a resolving citation" itself).',
    '',
    reliabilityText(results.find((metrics) => metrics.name === 'model')!),
    '',
    reliabilityText(results[0]!),
    '',
    'Per system (diagnostic: the model never sees the system):',
    '| system                 |    n | Complete | AUROC | Brier |   ECE |',
    '|------------------------|------|----------|-------|-------|-------|',
    ...Object.entries(bySystem).map(([system, metrics]) => {
      const members = dev.examples.filter((example) => example.system === system)
      const share = members.filter((example) => example.label).length / members.length
      return `| ${system.padEnd(22)} | ${String(members.length).padStart(4)} | ${fixed(share, 2).padStart(8)} | ${fixed(metrics.auroc)} | ${fixed(metrics.brier)} | ${fixed(metrics.ece)} |`
    }),
  ]
  return lines.join('\n')
}

/**
 * Evaluates the confidence model on the ExpertQA dev set in `dataDir` (the folder holding
 * `expertqa/`): out-of-fold AUROC, Brier, ECE and reliability for the model, the baseline and
 * ablations. Returns the table as text and the numbers as JSON.
 */
export async function evaluateConfidence(dataDir: string): Promise<{ table: string; json: object }> {
  return evaluateDevSet(loadDevSet(dataDir))
}

/** {@link evaluateConfidence} on a dev set already loaded (the training script reuses it). */
export function evaluateDevSet(dev: DevSet): { table: string; json: EvaluationJson } {
  const labels = dev.examples.map((example) => example.label)
  const folds = outerFolds(dev.examples)
  const predictions = new Map<string, number[]>()
  const results = VARIANTS.map((variant) => {
    const probabilities = outOfFold(dev.examples, variant.options)
    predictions.set(variant.name, probabilities)
    return measure(variant.name, probabilities, labels, folds)
  })
  const model = predictions.get('model')!
  const bySystem: Record<string, ConfidenceMetrics> = {}
  for (const system of [...new Set(dev.examples.map((example) => example.system))].sort()) {
    const at = dev.examples.flatMap((example, i) => (example.system === system ? [i] : []))
    bySystem[system] = measure(
      system,
      at.map((i) => model[i]!),
      at.map((i) => labels[i]!),
    )
  }
  const json: EvaluationJson = {
    data: {
      source: 'ExpertQA rand_val (chaitanyamalaviya/ExpertQA@1aa7ba81, MIT)',
      answers: dev.answers,
      labelledClaims: dev.labelled,
      excludedNoLabel: dev.excludedNoLabel,
      unmatched: dev.unmatched,
      matched: dev.examples.length,
      exactMatches: dev.exactMatches,
      markerMatches: dev.markerMatches,
      complete: labels.filter(Boolean).length,
    },
    protocol: `out-of-fold, nested ${FOLDS}-fold CV grouped by question, seed ${SEED}, Platt inside each training part`,
    results: results.map((metrics) => ({ ...metrics })),
    bySystem,
  }
  return { table: renderTable(dev, results, bySystem), json }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const args = process.argv.slice(2)
  const dataDir = args.find((arg) => !arg.startsWith('--')) ?? process.env.CITECHECK_DATA ?? '../shared/data'
  // No top-level await: the module stays importable from CommonJS-compiled callers too.
  evaluateConfidence(resolve(dataDir)).then(({ table, json }) => {
    console.log(args.includes('--json') ? JSON.stringify(json, null, 2) : table)
  })
}
