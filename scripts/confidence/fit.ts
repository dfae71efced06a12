/**
 * The math behind `npm run train` and the confidence evaluation: a bounded, L2-regularised logistic
 * regression, Platt scaling, grouped folds, and the metrics (AUROC, Brier, ECE, reliability table).
 *
 * Pure and deterministic: no randomness except a seeded PRNG for fold assignment, no I/O.
 */

/** One training example: sparse feature values, the label, and the group it must not be split from. */
export interface Example {
  features: Readonly<Record<string, number>>
  label: boolean
  group: string
}

/** Per-feature bounds and fixed offsets for {@link fitLogistic}. */
export interface FitSpec {
  /** The features to fit, in a fixed order. */
  fitted: readonly string[]
  /** Lower/upper bounds per fitted feature (sign constraints); missing = unbounded. */
  bounds?: Readonly<Record<string, readonly [number, number]>>
  /** Features whose weight is fixed (priors): they add to the logit but are not fitted. */
  fixed?: Readonly<Record<string, number>>
  /** L2 penalty on the fitted weights (not the bias). */
  lambda: number
  /** Per-feature multipliers of `lambda` (0 = unpenalised); missing = 1. */
  penalty?: Readonly<Record<string, number>>
}

/** A fitted logistic model: bias and weights (fitted and fixed together). */
export interface LogisticModel {
  bias: number
  weights: Record<string, number>
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x))
  const e = Math.exp(x)
  return e / (1 + e)
}

/** The logit of one example under a model. */
export function logitOf(model: LogisticModel, features: Readonly<Record<string, number>>): number {
  let z = model.bias
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value
  return z
}

/**
 * Fits bias + weights by projected Newton's method: Newton steps on the weights not held at a bound,
 * clipped to the bounds (so sign constraints hold exactly), with a backtracking line search on the
 * objective Σ log-loss + λ/2 Σ m_j w_j² (m_j from `penalty`, bias unpenalised). Deterministic: same
 * examples and spec, same model.
 */
export function fitLogistic(examples: readonly Example[], spec: FitSpec): LogisticModel {
  const n = examples.length
  const p = spec.fitted.length + 1 // column 0 is the bias
  const index = new Map(spec.fitted.map((name, j) => [name, j + 1]))
  const x = new Float64Array(n * p)
  const offset = new Float64Array(n)
  const y = new Float64Array(n)
  examples.forEach((example, i) => {
    y[i] = example.label ? 1 : 0
    x[i * p] = 1
    for (const [name, value] of Object.entries(example.features)) {
      const j = index.get(name)
      if (j !== undefined) x[i * p + j] = value
      else if (spec.fixed?.[name] !== undefined) offset[i] = offset[i]! + spec.fixed[name]! * value
    }
  })
  const lambdas = new Float64Array(p)
  const low = new Float64Array(p).fill(-Infinity)
  const high = new Float64Array(p).fill(Infinity)
  spec.fitted.forEach((name, k) => {
    lambdas[k + 1] = spec.lambda * (spec.penalty?.[name] ?? 1)
    const [lower, upper] = spec.bounds?.[name] ?? [-Infinity, Infinity]
    low[k + 1] = lower
    high[k + 1] = upper
  })
  const w = new Float64Array(p)
  const positives = y.reduce((sum, v) => sum + v, 0)
  w[0] = Math.log((positives + 0.5) / (n - positives + 0.5))
  for (let j = 1; j < p; j++) w[j] = Math.min(high[j]!, Math.max(low[j]!, 0))

  const objective = (weights: Float64Array): number => {
    let sum = 0
    for (let i = 0; i < n; i++) {
      let z = offset[i]!
      for (let j = 0; j < p; j++) z += x[i * p + j]! * weights[j]!
      sum += softplus(z) - y[i]! * z
    }
    for (let j = 1; j < p; j++) sum += 0.5 * lambdas[j]! * weights[j]! * weights[j]!
    return sum
  }

  let current = objective(w)
  for (let iteration = 0; iteration < 200; iteration++) {
    const gradient = new Float64Array(p)
    const hessian = new Float64Array(p * p)
    for (let i = 0; i < n; i++) {
      let z = offset[i]!
      for (let j = 0; j < p; j++) z += x[i * p + j]! * w[j]!
      const q = sigmoid(z)
      const r = q - y[i]!
      const v = q * (1 - q)
      for (let j = 0; j < p; j++) {
        const xij = x[i * p + j]!
        if (xij === 0) continue
        gradient[j] = gradient[j]! + r * xij
        for (let k = j; k < p; k++) hessian[j * p + k] = hessian[j * p + k]! + v * xij * x[i * p + k]!
      }
    }
    for (let j = 0; j < p; j++) {
      gradient[j] = gradient[j]! + lambdas[j]! * w[j]!
      hessian[j * p + j] = hessian[j * p + j]! + lambdas[j]! + 1e-9
      for (let k = 0; k < j; k++) hessian[j * p + k] = hessian[k * p + j]!
    }
    // Held: at a bound with the gradient pushing further out.
    const free: number[] = []
    for (let j = 0; j < p; j++) {
      const heldLow = w[j]! <= low[j]! && gradient[j]! > 0
      const heldHigh = w[j]! >= high[j]! && gradient[j]! < 0
      if (!heldLow && !heldHigh) free.push(j)
    }
    const direction = new Float64Array(p)
    const solved = solve(
      free.map((j) => free.map((k) => hessian[j * p + k]!)),
      free.map((j) => -gradient[j]!),
    )
    free.forEach((j, at) => {
      direction[j] = solved[at]!
    })
    let step = 1
    let next = w
    let value = current
    for (let tries = 0; tries < 40; tries++) {
      const candidate = new Float64Array(p)
      for (let j = 0; j < p; j++)
        candidate[j] = Math.min(high[j]!, Math.max(low[j]!, w[j]! + step * direction[j]!))
      const candidateValue = objective(candidate)
      if (candidateValue <= current) {
        next = candidate
        value = candidateValue
        break
      }
      step /= 2
    }
    let change = 0
    for (let j = 0; j < p; j++) change = Math.max(change, Math.abs(next[j]! - w[j]!))
    w.set(next)
    const improvement = current - value
    current = value
    if (change < 1e-10 || improvement < 1e-13) break
  }
  const result: Record<string, number> = { ...(spec.fixed ?? {}) }
  spec.fitted.forEach((name, k) => {
    result[name] = w[k + 1]!
  })
  return { bias: w[0]!, weights: result }
}

/** Solves a small dense symmetric positive-definite system by Gaussian elimination with pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length
  const a = matrix.map((row, i) => [...row, vector[i]!])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row
    }
    ;[a[column], a[pivot]] = [a[pivot]!, a[column]!]
    const head = a[column]![column]!
    if (head === 0) continue
    for (let row = column + 1; row < size; row++) {
      const factor = a[row]![column]! / head
      if (factor === 0) continue
      for (let k = column; k <= size; k++) a[row]![k] = a[row]![k]! - factor * a[column]![k]!
    }
  }
  const result = new Array<number>(size).fill(0)
  for (let row = size - 1; row >= 0; row--) {
    let sum = a[row]![size]!
    for (let k = row + 1; k < size; k++) sum -= a[row]![k]! * result[k]!
    const head = a[row]![row]!
    result[row] = head === 0 ? 0 : sum / head
  }
  return result
}

/** Mean log-loss of probabilities against labels. */
export function logLoss(probabilities: readonly number[], labels: readonly boolean[]): number {
  let sum = 0
  probabilities.forEach((probability, i) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, probability))
    sum -= labels[i] ? Math.log(q) : Math.log(1 - q)
  })
  return sum / probabilities.length
}

/** Platt scaling: `slope × logit + intercept`, fitted by Newton's method on log-loss (no penalty). */
export interface Platt {
  slope: number
  intercept: number
}

/** Fits Platt scaling to (logit, label) pairs. */
export function fitPlatt(logits: readonly number[], labels: readonly boolean[]): Platt {
  let a = 1
  let b = 0
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0
    let gb = 0
    let haa = 0
    let hab = 0
    let hbb = 0
    logits.forEach((x, i) => {
      const q = sigmoid(a * x + b)
      const r = q - (labels[i] ? 1 : 0)
      const w = q * (1 - q)
      ga += r * x
      gb += r
      haa += w * x * x
      hab += w * x
      hbb += w
    })
    // Tiny ridge keeps the 2×2 system solvable on separable toy data.
    haa += 1e-9
    hbb += 1e-9
    const det = haa * hbb - hab * hab
    if (det <= 0) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-12) break
  }
  return { slope: a, intercept: b }
}

/** mulberry32: a small seeded PRNG, so fold assignment is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Assigns each group to one of `k` folds: groups sorted, shuffled with a seeded PRNG, dealt round-robin.
 * Every example of a group lands in the same fold, so no question leaks across folds.
 */
export function groupedFolds(groups: readonly string[], k: number, seed: number): number[] {
  const unique = [...new Set(groups)].sort()
  const random = seededRandom(seed)
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[unique[i], unique[j]] = [unique[j]!, unique[i]!]
  }
  const foldOf = new Map(unique.map((group, i) => [group, i % k]))
  return groups.map((group) => foldOf.get(group)!)
}

/** Area under the ROC curve (ties count half), by ranks. NaN when one class is absent. */
export function auroc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, i) => ({ score, label: labels[i]! })).sort((a, b) => a.score - b.score)
  let positives = 0
  let rankSum = 0
  let i = 0
  while (i < order.length) {
    let j = i
    while (j < order.length && order[j]!.score === order[i]!.score) j++
    const rank = (i + 1 + j) / 2
    for (let k = i; k < j; k++) {
      if (order[k]!.label) {
        positives++
        rankSum += rank
      }
    }
    i = j
  }
  const negatives = order.length - positives
  if (positives === 0 || negatives === 0) return Number.NaN
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** Brier score: mean squared difference between probability and outcome. */
export function brier(probabilities: readonly number[], labels: readonly boolean[]): number {
  let sum = 0
  probabilities.forEach((probability, i) => {
    sum += (probability - (labels[i] ? 1 : 0)) ** 2
  })
  return sum / probabilities.length
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  /** "[0.0, 0.1)" … "[0.9, 1.0]". */
  bin: string
  meanPredicted: number | null
  observed: number | null
  count: number
}

/** Reliability table with `bins` equal-width bins over [0, 1] (the last bin includes 1). */
export function reliabilityTable(
  probabilities: readonly number[],
  labels: readonly boolean[],
  bins = 10,
): ReliabilityBin[] {
  const sums = Array.from({ length: bins }, () => ({ predicted: 0, observed: 0, count: 0 }))
  probabilities.forEach((probability, i) => {
    const at = Math.min(bins - 1, Math.floor(probability * bins))
    const bin = sums[at]!
    bin.predicted += probability
    bin.observed += labels[i] ? 1 : 0
    bin.count++
  })
  return sums.map((bin, at) => ({
    bin: `[${(at / bins).toFixed(1)}, ${((at + 1) / bins).toFixed(1)}${at === bins - 1 ? ']' : ')'}`,
    meanPredicted: bin.count === 0 ? null : bin.predicted / bin.count,
    observed: bin.count === 0 ? null : bin.observed / bin.count,
    count: bin.count,
  }))
}

/** Expected calibration error: Σ (count/n) × |observed − mean predicted| over equal-width bins. */
export function expectedCalibrationError(
  probabilities: readonly number[],
  labels: readonly boolean[],
  bins = 10,
): number {
  let sum = 0
  for (const bin of reliabilityTable(probabilities, labels, bins)) {
    if (bin.count === 0) continue
    sum += (bin.count / probabilities.length) * Math.abs(bin.observed! - bin.meanPredicted!)
  }
  return sum
}
