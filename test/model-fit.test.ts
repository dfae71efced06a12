import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  auroc,
  brier,
  type Example,
  expectedCalibrationError,
  fitLogistic,
  fitPlatt,
  groupedFolds,
  logitOf,
  reliabilityTable,
  seededRandom,
} from '../scripts/confidence/fit.js'

const settings = { seed: 20261127, numRuns: 100 }

describe('metrics', () => {
  const aurocCases: { name: string; scores: number[]; labels: boolean[]; expected: number }[] = [
    {
      name: 'perfect ranking',
      scores: [0.1, 0.2, 0.8, 0.9],
      labels: [false, false, true, true],
      expected: 1,
    },
    {
      name: 'reversed ranking',
      scores: [0.9, 0.8, 0.2, 0.1],
      labels: [false, false, true, true],
      expected: 0,
    },
    { name: 'all tied', scores: [0.5, 0.5, 0.5, 0.5], labels: [false, true, false, true], expected: 0.5 },
    {
      name: 'one swap of four pairs',
      scores: [0.1, 0.6, 0.5, 0.9],
      labels: [false, false, true, true],
      expected: 0.75,
    },
    {
      name: 'binary score, ties half',
      scores: [0, 1, 1, 1],
      labels: [false, false, true, true],
      expected: 0.75,
    },
  ]
  it.each(aurocCases)('AUROC: $name', ({ scores, labels, expected }) => {
    expect(auroc(scores, labels)).toBeCloseTo(expected, 10)
  })

  it('AUROC is NaN with one class only', () => {
    expect(auroc([0.1, 0.2], [true, true])).toBeNaN()
  })

  it('Brier score of certain right and wrong answers', () => {
    expect(brier([1, 0], [true, false])).toBe(0)
    expect(brier([0, 1], [true, false])).toBe(1)
    expect(brier([0.5, 0.5], [true, false])).toBe(0.25)
  })

  it('reliability table: 10 equal-width bins, 1.0 in the last, empty bins null', () => {
    const table = reliabilityTable([0.05, 0.15, 0.15, 1], [false, true, false, true])
    expect(table).toHaveLength(10)
    expect(table[0]).toEqual({ bin: '[0.0, 0.1)', meanPredicted: 0.05, observed: 0, count: 1 })
    expect(table[1]).toEqual({ bin: '[0.1, 0.2)', meanPredicted: 0.15, observed: 0.5, count: 2 })
    expect(table[5]).toEqual({ bin: '[0.5, 0.6)', meanPredicted: null, observed: null, count: 0 })
    expect(table[9]).toEqual({ bin: '[0.9, 1.0]', meanPredicted: 1, observed: 1, count: 1 })
  })

  it('ECE is the count-weighted gap between observed and predicted', () => {
    // bin 0: |0 − 0.05| × 1/4; bin 1: |0.5 − 0.15| × 2/4; bin 9: 0.
    expect(expectedCalibrationError([0.05, 0.15, 0.15, 1], [false, true, false, true])).toBeCloseTo(
      0.05 / 4 + (0.35 * 2) / 4,
      12,
    )
  })
})

describe('fitting', () => {
  // A synthetic set where the truth is logit = −1 + 2·a − 1·b.
  function synthetic(n: number, seed: number): Example[] {
    const random = seededRandom(seed)
    return Array.from({ length: n }, (_, i) => {
      const a = random() < 0.5 ? 1 : 0
      const b = random() < 0.5 ? 1 : 0
      const p = 1 / (1 + Math.exp(-(-1 + 2 * a - b)))
      return { features: { a, b }, label: random() < p, group: `q${i % 50}` }
    })
  }

  it('recovers the weights of a logistic truth', () => {
    const model = fitLogistic(synthetic(20_000, 1), { fitted: ['a', 'b'], lambda: 0.01 })
    expect(model.bias).toBeCloseTo(-1, 1)
    expect(model.weights.a).toBeCloseTo(2, 1)
    expect(model.weights.b).toBeCloseTo(-1, 1)
  })

  it('holds a sign constraint exactly, and adds fixed weights without fitting them', () => {
    const model = fitLogistic(synthetic(2000, 2), {
      fitted: ['a', 'b'],
      bounds: { b: [0, Infinity] },
      fixed: { c: -3 },
      lambda: 1,
    })
    expect(model.weights.b).toBe(0)
    expect(model.weights.c).toBe(-3)
    expect(logitOf(model, { a: 1, c: 1 })).toBeCloseTo(model.bias + model.weights.a! - 3, 12)
  })

  it('is deterministic', () => {
    const examples = synthetic(500, 3)
    const spec = { fitted: ['a', 'b'], lambda: 1 }
    expect(fitLogistic(examples, spec)).toEqual(fitLogistic(examples, spec))
  })

  it('Platt scaling recovers a known slope and intercept', () => {
    const random = seededRandom(4)
    const logits = Array.from({ length: 20_000 }, () => random() * 8 - 4)
    const labels = logits.map((x) => random() < 1 / (1 + Math.exp(-(0.5 * x + 0.3))))
    const platt = fitPlatt(logits, labels)
    expect(platt.slope).toBeCloseTo(0.5, 1)
    expect(platt.intercept).toBeCloseTo(0.3, 1)
  })

  it('grouped folds never split a group, and are the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 60 }),
        (groups) => {
          const folds = groupedFolds(groups, 5, 7)
          expect(groupedFolds(groups, 5, 7)).toEqual(folds)
          const foldOf = new Map<string, number>()
          groups.forEach((group, i) => {
            expect(foldOf.get(group) ?? folds[i]).toBe(folds[i])
            foldOf.set(group, folds[i]!)
            expect(folds[i]).toBeGreaterThanOrEqual(0)
            expect(folds[i]).toBeLessThan(5)
          })
        },
      ),
      settings,
    )
  })
})
