/**
 * `npm run train`: fits the confidence model's weights on the ExpertQA dev set and writes
 * `src/model/weights.json`, with provenance and the out-of-fold dev metrics.
 *
 * Deterministic: same data, same file (fixed fold seed, fixed date, no randomness, weights rounded).
 * Data: `../shared/data/expertqa/rand_val.{answers,claims}.jsonl` (ExpertQA, MIT license) unless a
 * folder is given (`npx tsx scripts/train.ts /path/to/data`) or $CITECHECK_DATA is set.
 * The recipe (features fitted, priors, sign constraints, penalty grid, folds) is in
 * scripts/confidence/recipe.ts; the honest numbers come from scripts/eval-confidence.ts.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FEATURE_NAMES, type ModelWeights, ModelWeightsSchema } from '../src/model/index.js'
import { loadDevSet, MIN_JACCARD } from './confidence/data.js'
import {
  BOUNDS,
  CITES_SOURCE_PENALTIES,
  FOLDS,
  LAMBDAS,
  MIN_COUNT,
  PRIORS,
  SEED,
  trainConfidence,
} from './confidence/recipe.js'
import { evaluateDevSet } from './eval-confidence.js'

const FIT_DATE = '2026-11-27'
const round = (value: number, digits = 4): number => Math.round(value * 10 ** digits) / 10 ** digits

const args = process.argv.slice(2)
const dataDir = resolve(
  args.find((arg) => !arg.startsWith('--')) ?? process.env.CITECHECK_DATA ?? '../shared/data',
)
const out = resolve(import.meta.dirname, '../src/model/weights.json')

const dev = loadDevSet(dataDir)
const trained = trainConfidence(dev.examples)
const evaluation = evaluateDevSet(dev)
const metricsOf = (name: string) => {
  const found = evaluation.json.results.find((metrics) => metrics.name === name)!
  return {
    auroc: round(found.auroc),
    aurocByFold: round(found.aurocByFold ?? Number.NaN),
    brier: round(found.brier),
    ece: round(found.ece),
  }
}

// The properties the tests check must hold by construction: calibration keeps the order, and a working
// citation outweighs every penalty a citation can bring with it.
const { slope, intercept } = trained.calibration
if (!(slope > 0)) throw new Error(`Platt slope ${slope} is not positive: the model is worse than chance`)
const weightOf = (name: string) => trained.model.weights[name] ?? 0
const citationPenalties = Math.min(
  weightOf('only-placeholder-urls'),
  weightOf('only-sources-without-url'),
  weightOf('unsafe-url'),
  0,
)
const domainPenalties = FEATURE_NAMES.filter(
  (name) => name.startsWith('source-') && weightOf(name) < 0,
).reduce((sum, name) => sum + weightOf(name), 0)
if (weightOf('cites-source') + citationPenalties + domainPenalties < 0) {
  throw new Error(
    'A resolving citation could lower confidence: cites-source is smaller than the penalties it can bring',
  )
}
if (!(weightOf('only-placeholder-urls') < domainPenalties)) {
  throw new Error(
    'A working URL could score below a placeholder: the domain penalties outweigh only-placeholder-urls',
  )
}

const weights: ModelWeights['weights'] = {}
for (const name of FEATURE_NAMES) {
  const count = trained.counts[name] ?? 0
  if (trained.fitted.includes(name)) {
    weights[name] = { weight: round(weightOf(name)), count }
  } else if (PRIORS[name] && trained.fixed[name] !== undefined) {
    weights[name] = { weight: PRIORS[name].weight, prior: true, count, note: PRIORS[name].note }
  }
}

const file: ModelWeights = {
  version: 1,
  provenance: {
    kind: 'fitted',
    date: FIT_DATE,
    script: 'npm run train (scripts/train.ts; recipe in scripts/confidence/recipe.ts)',
    data: 'ExpertQA rand_val (chaitanyamalaviya/ExpertQA@1aa7ba81bd4c083c12ef1aa2fee338f6cb60fa87, data/lfqa/rand_val.jsonl), MIT license; Malaviya et al., NAACL 2024',
    meaning:
      "P(support == 'Complete'): the probability that the claim, as written, is fully supported by the sources it cites (experts' judgement of the cited evidence, not of the claim's truth).",
    examples: {
      answers: dev.answers,
      labelledClaims: dev.labelled,
      excludedNoLabel: dev.excludedNoLabel,
      unmatched: dev.unmatched,
      matched: dev.examples.length,
      complete: dev.examples.filter((example) => example.label).length,
      matching: `article = answer_string + blank line + "[n] URL" lines, analyze(text, {format: 'text'}); each labelled claim takes the analysed claim of the same answer with the largest word Jaccard (>= ${MIN_JACCARD})`,
    },
    method: `L2 logistic regression (projected Newton), bias unpenalised, sign constraints on ${Object.keys(BOUNDS).length} features (scripts/confidence/recipe.ts); features seen in fewer than ${MIN_COUNT} claims keep a documented prior (prior: true); lambda from {${LAMBDAS.join(', ')}} and the cites-source penalty multiplier from {${CITES_SOURCE_PENALTIES.join(', ')}} by ${FOLDS}-fold CV grouped by question (seed ${SEED}); the weights are the mean of that CV's ${FOLDS} fold models; Platt scaling fitted on its out-of-fold logits (calibration below, folded into the reported contributions)`,
    lambda: trained.lambda,
    citesSourcePenalty: trained.citesSourcePenalty,
    cvLogLoss: Object.fromEntries(
      Object.entries(trained.cvLogLoss).map(([key, value]) => [key, round(value)]),
    ),
    devMetrics: {
      protocol: evaluation.json.protocol,
      model: metricsOf('model'),
      baseline: { name: 'has a resolving citation', ...metricsOf('baseline: has a resolving citation') },
    },
  },
  bias: round(trained.model.bias),
  weights,
  calibration: { slope: round(slope), intercept: round(intercept) },
}
ModelWeightsSchema.parse(file)
if (JSON.stringify(JSON.parse(formatWeightsFile(file))) !== JSON.stringify(file))
  throw new Error('weights file formatting lost data')
writeFileSync(out, formatWeightsFile(file))
console.log(evaluation.table)
console.log(`\nlambda ${trained.lambda}; calibration slope ${round(slope)}, intercept ${round(intercept)}`)
console.log(`wrote ${out}`)

/** JSON with one line per feature weight, so a diff of two fits reads feature by feature. */
function formatWeightsFile(weightsFile: ModelWeights): string {
  const indent = (text: string) => text.replace(/\n/g, '\n  ')
  const lines = Object.entries(weightsFile.weights).map(
    ([name, weight]) =>
      `    ${JSON.stringify(name)}: ${JSON.stringify(weight).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
  )
  return [
    '{',
    `  "version": ${weightsFile.version},`,
    `  "provenance": ${indent(JSON.stringify(weightsFile.provenance, null, 2))},`,
    `  "bias": ${weightsFile.bias},`,
    '  "weights": {',
    lines.join(',\n'),
    '  },',
    `  "calibration": ${JSON.stringify(weightsFile.calibration).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
    '}',
    '',
  ].join('\n')
}
