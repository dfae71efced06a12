/**
 * Check-worthiness: does a sentence state something that needs a source?
 *
 * A logistic regression over hashed word and character n-grams plus cue features (numbers, years, names,
 * comparatives, event verbs; opinion, meta talk and questions pull it down), fitted by
 * `scripts/train-checkworthiness.mjs` on the CheckThat! 2024 / ClaimBuster English training sentences
 * (CC BY 4.0). The weights and their provenance (data, hyper-parameters, cross-validation and dev metrics)
 * are in `check-worthiness-weights.json`.
 */
import {
  type CheckWorthinessFeatureOptions,
  sumCheckWorthinessFeatures,
} from './check-worthiness-features.js'
import weightsFile from './check-worthiness-weights.json'

interface DecodedModel {
  options: CheckWorthinessFeatureOptions
  bias: number
  /** Quantised weights: weight i is `weights[i] * scale`. */
  weights: Int16Array
  scale: number
}

let model: DecodedModel | undefined

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

// Hand-rolled so the core needs neither Buffer nor atob.
function decodeBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1)
  for (let i = 0; i < BASE64_ALPHABET.length; i++) lookup[BASE64_ALPHABET.charCodeAt(i)] = i
  let length = text.length
  while (length > 0 && text[length - 1] === '=') length--
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? lookup[code]! : -1
    if (value < 0) throw new Error(`check-worthiness weights: invalid base64 at ${i}`)
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >> bits) & 0xff
    }
  }
  return bytes
}

function loadModel(): DecodedModel {
  if (model !== undefined) return model
  const options = weightsFile.options as CheckWorthinessFeatureOptions
  const bytes = decodeBase64(weightsFile.weights)
  const size = 2 ** options.hashBits
  if (bytes.length !== size * 2) {
    throw new Error(`check-worthiness weights: expected ${size * 2} bytes, got ${bytes.length}`)
  }
  const weights = new Int16Array(size)
  for (let i = 0; i < size; i++) {
    // little-endian int16
    const raw = bytes[2 * i]! | (bytes[2 * i + 1]! << 8)
    weights[i] = raw >= 0x8000 ? raw - 0x10000 : raw
  }
  model = { options, bias: weightsFile.bias, weights, scale: weightsFile.scale }
  return model
}

/**
 * Probability-like score in [0,1] that the sentence states something that needs a source. Numbers, dates,
 * named entities, comparisons, event verbs and quotes raise it; opinion, meta talk and questions lower it.
 * A score of 0.5 or more means "check-worthy" (the threshold chosen by cross-validation is folded into the
 * model's bias). Pure and deterministic; only the first 200 tokens / 2,000 characters are read, so a huge
 * input costs no more than a long sentence.
 */
export function scoreCheckWorthiness(sentence: string): number {
  const { options, bias, weights, scale } = loadModel()
  const z = sumCheckWorthinessFeatures(
    typeof sentence === 'string' ? sentence : '',
    options,
    weights,
    scale,
    bias,
  )
  const score = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
  return Number.isFinite(score) ? score : z > 0 ? 1 : 0
}
