/**
 * A light English stemmer: enough to let "expelling", "expelled" and "expel", or "immigrants" and
 * "immigration", count as one word when two claims are compared.
 *
 * It is not Porter's algorithm. What matters here is that one word family lands on one stem;
 * unrelated words that collide ("format", "form") cost little, because a restatement needs many
 * shared terms. Three passes, each at most one suffix: an inflection (plural, -ed, -ing, -ly),
 * then a derivation (-ation, -ment, -ity, -ant, -al, …), then a final silent e.
 */

// Derivational suffixes, longest first; each leaves a base of at least four letters.
const DERIVATIONS = [
  'ations',
  'ation',
  'ition',
  'ments',
  'ment',
  'ness',
  'ance',
  'ence',
  'ions',
  'ion',
  'ism',
  'ist',
  'ity',
  'ive',
  'ant',
  'ate',
  'al',
  'at',
] as const

const VOWEL = /[aeiouy]/
const DOUBLED_CONSONANT = /([bdfgklmnprtvz])\1$/

/**
 * The stem of one lower-case word. Words of three letters or fewer, and words with digits, are
 * returned as they are.
 */
export function stem(word: string): string {
  let w = word
  if (w.length <= 3 || /\d/.test(w)) return w
  let inflected = false
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/[sui]s$/.test(w)) w = w.slice(0, -1)
  else if (w.endsWith('ing') && hasVowelBase(w, 3, 3)) {
    w = w.slice(0, -3)
    inflected = true
  } else if (w.endsWith('ed') && hasVowelBase(w, 2, 3)) {
    w = w.slice(0, -2)
    inflected = true
  } else if (w.endsWith('ly') && hasVowelBase(w, 2, 4)) w = w.slice(0, -2)
  // "expell" → "expel", "stopp" → "stop": only where -ing or -ed doubled it.
  if (inflected && DOUBLED_CONSONANT.test(w)) w = w.slice(0, -1)
  for (const suffix of DERIVATIONS) {
    if (w.endsWith(suffix) && hasVowelBase(w, suffix.length, 4)) {
      w = w.slice(0, -suffix.length)
      break
    }
  }
  // "desire" and "desired" both become "desir".
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1)
  return w
}

function hasVowelBase(word: string, suffixLength: number, minimum: number): boolean {
  const base = word.slice(0, word.length - suffixLength)
  return base.length >= minimum && VOWEL.test(base)
}
