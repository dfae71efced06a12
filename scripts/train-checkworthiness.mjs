// Fits the check-worthiness scorer: hashed n-gram + cue features, L2-regularised logistic regression.
//
//   node scripts/train-checkworthiness.mjs            (npm run train:checkworthiness)
//
// Reads ../shared/data (relative to the repo root), picks hyper-parameters and the decision threshold by
// stratified 5-fold cross-validation on the CheckThat! train split only, refits on all of train, measures
// once on the dev split and on ExpertQA (never trained on), and writes
// src/language/check-worthiness-weights.json. Deterministic: fixed fold seed, full-batch L-BFGS, no
// randomness in the optimiser, so the same data gives byte-identical weights.
//
// The feature extractor is the TypeScript module the library uses (src/language/check-worthiness-features.ts),
// bundled on the fly with esbuild (a tsup dependency): Node 20 cannot import .ts files by itself.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = new URL('../', import.meta.url)
const dataRoot = new URL('../shared/data/', repoRoot)
const featuresPath = fileURLToPath(new URL('src/language/check-worthiness-features.ts', repoRoot))
const weightsPath = fileURLToPath(new URL('src/language/check-worthiness-weights.json', repoRoot))
const trainPath = fileURLToPath(new URL('checkthat-ct24-en-checkworthiness/train.jsonl', dataRoot))
const devPath = fileURLToPath(new URL('checkthat-ct24-en-checkworthiness/dev.jsonl', dataRoot))
const expertQaPath = fileURLToPath(new URL('expertqa/rand_val.claims.jsonl', dataRoot))

/** L2 strengths tried by cross-validation (objective = mean log-loss + lambda/2 * |w|^2). */
export const LAMBDA_GRID = [3e-6, 1e-5, 3e-5, 1e-4]
const FOLDS = 5
const FOLD_SEED = 20261127
const MAX_ITERATIONS = 300
/** Weights are stored as int16 with one shared scale; |w| below half a step is stored as 0. */
const QUANT_LEVELS = 32767

// ---------------------------------------------------------------------------------------------------------
// Loading

/** Bundles the TS features module with esbuild and imports it from a data: URL. */
export async function loadFeatureModule() {
  const { buildSync } = await import('esbuild')
  const result = buildSync({
    entryPoints: [featuresPath],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'))
}

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
}

/** CheckThat! rows as {text, label}. */
export function loadCheckThat(path) {
  return readJsonl(path).map((row) => ({ text: row.text, label: row.label === true }))
}

/** ExpertQA claims with a Yes/No worthiness label, as {text, label}; the [n] markers are removed. */
export function loadExpertQa(path) {
  return readJsonl(path)
    .filter((row) => row.worthiness === 'Yes' || row.worthiness === 'No')
    .map((row) => ({
      text: row.claim.replace(/\s*\[\d{1,4}\]/g, '').trim(),
      label: row.worthiness === 'Yes',
    }))
}

// ---------------------------------------------------------------------------------------------------------
// Sparse matrices and logistic regression

/** Feature rows in CSR form. */
export function featurize(rows, extract, options) {
  const rowPtr = new Int32Array(rows.length + 1)
  const cols = []
  const vals = []
  rows.forEach((row, i) => {
    const { indices, values } = extract(row.text, options)
    for (let k = 0; k < indices.length; k++) {
      cols.push(indices[k])
      vals.push(values[k])
    }
    rowPtr[i + 1] = cols.length
  })
  return {
    rowPtr,
    cols: Int32Array.from(cols),
    vals: Float64Array.from(vals),
    labels: Uint8Array.from(rows, (row) => (row.label ? 1 : 0)),
    dim: 2 ** options.hashBits,
  }
}

function subset(matrix, rowIds) {
  const rowPtr = new Int32Array(rowIds.length + 1)
  let nnz = 0
  for (const r of rowIds) nnz += matrix.rowPtr[r + 1] - matrix.rowPtr[r]
  const cols = new Int32Array(nnz)
  const vals = new Float64Array(nnz)
  const labels = new Uint8Array(rowIds.length)
  let at = 0
  rowIds.forEach((r, i) => {
    for (let k = matrix.rowPtr[r]; k < matrix.rowPtr[r + 1]; k++) {
      cols[at] = matrix.cols[k]
      vals[at] = matrix.vals[k]
      at++
    }
    rowPtr[i + 1] = at
    labels[i] = matrix.labels[r]
  })
  return { rowPtr, cols, vals, labels, dim: matrix.dim }
}

function margins(matrix, w, bias) {
  const n = matrix.labels.length
  const z = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = bias
    for (let k = matrix.rowPtr[i]; k < matrix.rowPtr[i + 1]; k++) s += w[matrix.cols[k]] * matrix.vals[k]
    z[i] = s
  }
  return z
}

function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

// log(1 + exp(-y z)) computed stably, y in {-1, +1}
function logLoss(z, y) {
  const m = y * z
  return m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m))
}

/**
 * Mean log-loss + lambda/2 |w|^2 and its gradient. The parameter vector is [w..., bias]; the bias is not
 * regularised.
 */
function objective(matrix, theta, lambda) {
  const dim = matrix.dim
  const n = matrix.labels.length
  const bias = theta[dim]
  const grad = new Float64Array(dim + 1)
  let loss = 0
  for (let i = 0; i < n; i++) {
    let z = bias
    for (let k = matrix.rowPtr[i]; k < matrix.rowPtr[i + 1]; k++) z += theta[matrix.cols[k]] * matrix.vals[k]
    const y = matrix.labels[i] === 1 ? 1 : -1
    loss += logLoss(z, y)
    // d/dz log(1+exp(-yz)) = -y * sigmoid(-yz)
    const g = (-y * sigmoid(-y * z)) / n
    for (let k = matrix.rowPtr[i]; k < matrix.rowPtr[i + 1]; k++) grad[matrix.cols[k]] += g * matrix.vals[k]
    grad[dim] += g
  }
  loss /= n
  let reg = 0
  for (let j = 0; j < dim; j++) {
    reg += theta[j] * theta[j]
    grad[j] += lambda * theta[j]
  }
  return { value: loss + (lambda / 2) * reg, grad }
}

function dot(a, b) {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i] * b[i]
  return s
}

/** Full-batch L-BFGS (memory 10) with backtracking Armijo line search. Deterministic. */
export function fitLogistic(matrix, lambda, maxIterations = MAX_ITERATIONS) {
  const size = matrix.dim + 1
  let theta = new Float64Array(size)
  let { value, grad } = objective(matrix, theta, lambda)
  const history = []
  for (let iter = 0; iter < maxIterations; iter++) {
    // two-loop recursion: direction = -H grad
    const q = Float64Array.from(grad)
    const alphas = []
    for (let h = history.length - 1; h >= 0; h--) {
      const { s, y, rho } = history[h]
      const alpha = rho * dot(s, q)
      alphas[h] = alpha
      for (let i = 0; i < size; i++) q[i] -= alpha * y[i]
    }
    if (history.length > 0) {
      const { s, y } = history[history.length - 1]
      const gamma = dot(s, y) / dot(y, y)
      for (let i = 0; i < size; i++) q[i] *= gamma
    }
    for (let h = 0; h < history.length; h++) {
      const { s, y, rho } = history[h]
      const beta = rho * dot(y, q)
      for (let i = 0; i < size; i++) q[i] += s[i] * (alphas[h] - beta)
    }
    for (let i = 0; i < size; i++) q[i] = -q[i]
    let slope = dot(q, grad)
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      history.length = 0
      for (let i = 0; i < size; i++) q[i] = -grad[i]
      slope = dot(q, grad)
    }
    let step = iter === 0 ? 1 / Math.sqrt(dot(grad, grad)) : 1
    let next
    let nextTheta
    for (let tries = 0; tries < 30; tries++) {
      nextTheta = new Float64Array(size)
      for (let i = 0; i < size; i++) nextTheta[i] = theta[i] + step * q[i]
      next = objective(matrix, nextTheta, lambda)
      if (next.value <= value + 1e-4 * step * slope) break
      step /= 2
    }
    const s = new Float64Array(size)
    const y = new Float64Array(size)
    for (let i = 0; i < size; i++) {
      s[i] = nextTheta[i] - theta[i]
      y[i] = next.grad[i] - grad[i]
    }
    const sy = dot(s, y)
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy })
      if (history.length > 10) history.shift()
    }
    const improvement = value - next.value
    theta = nextTheta
    value = next.value
    grad = next.grad
    if (improvement < 1e-10 * Math.max(1, Math.abs(value))) break
  }
  return { w: theta.subarray(0, matrix.dim), bias: theta[matrix.dim], objective: value }
}

// ---------------------------------------------------------------------------------------------------------
// Metrics

/** Precision, recall, F1 of the positive class at a threshold on probabilities. */
export function prf(probabilities, labels, threshold) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < labels.length; i++) {
    const predicted = probabilities[i] >= threshold
    if (predicted && labels[i]) tp++
    else if (predicted) fp++
    else if (labels[i]) fn++
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Threshold maximising F1 on the given predictions (ties: the one closest to 0.5). */
export function bestThreshold(probabilities, labels) {
  let best = { threshold: 0.5, f1: -1 }
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const threshold = Math.round(t * 100) / 100
    const { f1 } = prf(probabilities, labels, threshold)
    if (
      f1 > best.f1 + 1e-12 ||
      (Math.abs(f1 - best.f1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5))
    ) {
      best = { threshold, f1 }
    }
  }
  return best
}

function meanLogLoss(probabilities, labels) {
  let s = 0
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probabilities[i]))
    s -= labels[i] ? Math.log(p) : Math.log(1 - p)
  }
  return s / labels.length
}

function round(x, digits = 4) {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

// ---------------------------------------------------------------------------------------------------------
// Cross-validation

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Stratified fold id per row, from a seeded Fisher-Yates shuffle of each class. */
export function stratifiedFolds(labels, folds, seed) {
  const random = mulberry32(seed)
  const fold = new Int32Array(labels.length)
  for (const cls of [0, 1]) {
    const ids = []
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) ids.push(i)
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[ids[i], ids[j]] = [ids[j], ids[i]]
    }
    ids.forEach((id, k) => {
      fold[id] = k % folds
    })
  }
  return fold
}

/** Out-of-fold probabilities for one lambda. */
export function crossValidate(matrix, fold, folds, lambda) {
  const oof = new Float64Array(matrix.labels.length)
  for (let f = 0; f < folds; f++) {
    const trainIds = []
    const testIds = []
    for (let i = 0; i < fold.length; i++) (fold[i] === f ? testIds : trainIds).push(i)
    const model = fitLogistic(subset(matrix, trainIds), lambda)
    const z = margins(subset(matrix, testIds), model.w, model.bias)
    testIds.forEach((id, k) => {
      oof[id] = sigmoid(z[k])
    })
  }
  return oof
}

// ---------------------------------------------------------------------------------------------------------
// Weights file

function quantise(w) {
  let maxAbs = 0
  for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x))
  const scale = maxAbs / QUANT_LEVELS
  const q = new Int16Array(w.length)
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale)
  return { q, scale }
}

/** Byte-exact little-endian base64 of an Int16Array (what the scorer decodes). */
function int16ToBase64(q) {
  const bytes = Buffer.alloc(q.length * 2)
  for (let i = 0; i < q.length; i++) bytes.writeInt16LE(q[i], i * 2)
  return bytes.toString('base64')
}

function dequantise(q, scale) {
  return Float64Array.from(q, (x) => x * scale)
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(trainPath) || !existsSync(devPath)) {
    console.log(
      `train-checkworthiness: data not found at ${fileURLToPath(dataRoot)} (expected ` +
        'checkthat-ct24-en-checkworthiness/{train,dev}.jsonl); nothing to do, weights file left unchanged.',
    )
    return
  }
  const started = Date.now()
  const { extractCheckWorthinessFeatures, DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS } =
    await loadFeatureModule()
  // The feature settings are the module's defaults; they are written into the weights file, and the scorer
  // reads them back from there.
  const FEATURE_OPTIONS = { ...DEFAULT_CHECK_WORTHINESS_FEATURE_OPTIONS }
  const train = loadCheckThat(trainPath)
  const dev = loadCheckThat(devPath)
  const expertQa = existsSync(expertQaPath) ? loadExpertQa(expertQaPath) : []
  const trainMatrix = featurize(train, extractCheckWorthinessFeatures, FEATURE_OPTIONS)
  const devMatrix = featurize(dev, extractCheckWorthinessFeatures, FEATURE_OPTIONS)
  const expertMatrix = featurize(expertQa, extractCheckWorthinessFeatures, FEATURE_OPTIONS)
  console.log(
    `train ${train.length} (${trainMatrix.labels.reduce((a, b) => a + b, 0)} yes), dev ${dev.length}, expertqa ${expertQa.length}`,
  )

  // 1. lambda by 5-fold CV on train: best out-of-fold F1 (at its own best threshold), ties by log-loss.
  const fold = stratifiedFolds(trainMatrix.labels, FOLDS, FOLD_SEED)
  const cv = []
  for (const lambda of LAMBDA_GRID) {
    const oof = crossValidate(trainMatrix, fold, FOLDS, lambda)
    const best = bestThreshold(oof, trainMatrix.labels)
    const at05 = prf(oof, trainMatrix.labels, 0.5)
    const entry = {
      lambda,
      oof,
      threshold: best.threshold,
      f1AtBest: best.f1,
      f1At05: at05.f1,
      logLoss: meanLogLoss(oof, trainMatrix.labels),
    }
    cv.push(entry)
    console.log(
      `cv lambda=${lambda}: logloss ${entry.logLoss.toFixed(4)}  F1@0.5 ${at05.f1.toFixed(4)}  ` +
        `best F1 ${best.f1.toFixed(4)} @ ${best.threshold}`,
    )
  }
  const chosen = cv.reduce((a, b) => (b.f1AtBest > a.f1AtBest + 1e-9 ? b : a))

  // 2. Threshold from the same out-of-fold predictions, folded into the bias so that score 0.5 is it.
  const biasShift = -Math.log(chosen.threshold / (1 - chosen.threshold))
  const cvAtChosen = prf(chosen.oof, trainMatrix.labels, chosen.threshold)
  console.log(
    `chosen lambda=${chosen.lambda}, threshold ${chosen.threshold} (bias shift ${biasShift.toFixed(4)})`,
  )

  // 3. Refit on all of train, quantise, and measure with the quantised weights (what ships).
  const model = fitLogistic(trainMatrix, chosen.lambda)
  const { q, scale } = quantise(model.w)
  const shippedW = dequantise(q, scale)
  const shippedBias = round(model.bias + biasShift, 6)
  const score = (matrix) => Array.from(margins(matrix, shippedW, shippedBias), sigmoid)
  const devScores = score(devMatrix)
  const devMetrics = prf(devScores, devMatrix.labels, 0.5)
  const devBest = bestThreshold(devScores, devMatrix.labels)
  const trainMetrics = prf(score(trainMatrix), trainMatrix.labels, 0.5)
  console.log(
    `train (resubstitution) P ${trainMetrics.precision.toFixed(4)} R ${trainMetrics.recall.toFixed(4)} F1 ${trainMetrics.f1.toFixed(4)}`,
  )
  console.log(
    `dev @0.5: P ${devMetrics.precision.toFixed(4)} R ${devMetrics.recall.toFixed(4)} F1 ${devMetrics.f1.toFixed(4)}` +
      `  (oracle threshold on dev, not used: F1 ${devBest.f1.toFixed(4)} @ ${devBest.threshold})`,
  )
  let expertMetrics = null
  if (expertQa.length > 0) {
    const scores = score(expertMatrix)
    expertMetrics = prf(scores, expertMatrix.labels, 0.5)
    const yes = expertMatrix.labels.reduce((a, b) => a + b, 0)
    const always = prf(new Float64Array(scores.length).fill(1), expertMatrix.labels, 0.5)
    console.log(
      `expertqa worthiness @0.5: P ${expertMetrics.precision.toFixed(4)} R ${expertMetrics.recall.toFixed(4)} ` +
        `F1 ${expertMetrics.f1.toFixed(4)}  (always-yes F1 ${always.f1.toFixed(4)}; ${yes}/${expertQa.length} yes)`,
    )
  }

  let nonzero = 0
  for (const x of q) if (x !== 0) nonzero++
  const weightsFile = {
    provenance: {
      description:
        'Check-worthiness scorer: L2-regularised logistic regression over hashed word uni+bigrams, ' +
        'character n-grams and cue features; fitted by scripts/train-checkworthiness.mjs.',
      date: '2026-11-27',
      training: {
        dataset:
          'CheckThat! 2024 Task 1 English train split (ClaimBuster crowdsourced sentences, US presidential debates)',
        rows: train.length,
        positives: trainMatrix.labels.reduce((a, b) => a + b, 0),
        source:
          'ClaimBuster dataset, Arslan et al., ICWSM 2020, doi:10.5281/zenodo.3609356; CheckThat! lab 2024 (gitlab checkthat_lab)',
        license:
          'CC BY 4.0 (ClaimBuster on Zenodo, as recorded in shared/data README; re-verify the record before release): ' +
          'derived weights shipped with this attribution; the data itself is not shipped',
      },
      evaluation: {
        dev: 'CheckThat! 2024 Task 1 English dev split (ClaimBuster groundtruth set), 1,032 sentences, never trained on',
        expertqa:
          'ExpertQA random split validation claims, worthiness Yes/No (Malaviya et al., NAACL 2024; MIT), never trained on; [n] markers removed',
      },
      features: {
        ...FEATURE_OPTIONS,
        description:
          'lower-cased tokens (numbers by shape, 4-digit years as <year>), word n-grams with <s>/</s>, ' +
          'character n-grams in space-padded words, cue features; each n-gram family scaled by 1/sqrt(count); ' +
          'FNV-1a + murmur3 finaliser hashing (see check-worthiness-features.ts)',
      },
      model: {
        optimiser: `full-batch L-BFGS (m=10, Armijo backtracking), at most ${MAX_ITERATIONS} iterations, zero init`,
        objective: 'mean log-loss + lambda/2 * |w|^2 (bias unregularised)',
        lambdaGrid: LAMBDA_GRID,
        lambda: chosen.lambda,
        cv: `${FOLDS}-fold stratified on train, seed ${FOLD_SEED}; lambda and threshold chosen on out-of-fold predictions`,
        threshold: chosen.threshold,
        thresholdNote: 'the chosen threshold is folded into the bias, so score >= 0.5 means check-worthy',
        quantisation: `int16, weight = q * scale, little-endian base64; ${nonzero} non-zero of ${q.length}`,
      },
      metrics: {
        cv: cv.map((entry) => ({
          lambda: entry.lambda,
          logLoss: round(entry.logLoss),
          f1At05: round(entry.f1At05),
          bestThreshold: entry.threshold,
          f1AtBest: round(entry.f1AtBest),
        })),
        cvChosen: {
          precision: round(cvAtChosen.precision),
          recall: round(cvAtChosen.recall),
          f1: round(cvAtChosen.f1),
        },
        dev: {
          precision: round(devMetrics.precision),
          recall: round(devMetrics.recall),
          f1: round(devMetrics.f1),
        },
        expertqa: expertMetrics && {
          precision: round(expertMetrics.precision),
          recall: round(expertMetrics.recall),
          f1: round(expertMetrics.f1),
        },
      },
    },
    options: FEATURE_OPTIONS,
    bias: shippedBias,
    scale,
    weights: int16ToBase64(q),
  }
  writeFileSync(weightsPath, JSON.stringify(weightsFile, null, 2) + '\n')
  console.log(`wrote ${weightsPath} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
