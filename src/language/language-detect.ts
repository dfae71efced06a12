/**
 * A cheap guess at whether a text is English: the share of English function words among its
 * words, against the same share for a few other languages, and the share of non-Latin
 * letters. Good enough to skip English-only lexicons on German, French, Spanish, Chinese …
 * text; not a language identifier.
 *
 * Word lists: the most frequent function words of each language, written by hand for
 * citecheck (after the stop-word lists of the Snowball project); words shared with English
 * ("a", "in", "die", "was", "will", "an") are left out of the English list.
 */
import { lowerWord, wordTexts } from './words.js'

const ENGLISH = new Set(
  'the and of to is are that this with for it on be by have has had not but from they he she his her their which would been its or at as you we can there who what if about more also than into after when only other some these them all one up out were our said do does did no how any could should may'.split(
    ' ',
  ),
)
const OTHERS: readonly (readonly [string, ReadonlySet<string>])[] = [
  [
    'de',
    new Set(
      'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es werden aus er hat dass sie nach wird bei einer um sind noch wie einem über einen zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ich'.split(
        ' ',
      ),
    ),
  ],
  [
    'fr',
    new Set(
      'le la les de des et est un une du en que qui dans pour pas au sur ne se ce il elle avec sont par plus son sa ses aux ont été mais nous vous cette comme ou leur être'.split(
        ' ',
      ),
    ),
  ],
  [
    'es',
    new Set(
      'el la los las de del y que en un una es por con para se su al lo como más pero sus le ya este ha porque esta entre cuando muy sin sobre también fue hay desde'.split(
        ' ',
      ),
    ),
  ],
  [
    'it',
    new Set(
      'il di che è la per un una non sono del della con si da le gli nel alla anche come più ma questo ha dei delle'.split(
        ' ',
      ),
    ),
  ],
  [
    'pt',
    new Set(
      'o os as de que e do da em um uma para com não por mais dos das se na no ao é foi são como mas também'.split(
        ' ',
      ),
    ),
  ],
  [
    'nl',
    new Set(
      'de het een en van ik te dat die niet zijn op aan met voor er maar om ook als dan bij nog naar worden wordt'.split(
        ' ',
      ),
    ),
  ],
]
// Every listed word with the languages that list it, as bits (1 for English, 2 << k for OTHERS[k]):
// one look-up per word instead of seven.
const LANGUAGES_OF_WORD = new Map<string, number>()
for (const word of ENGLISH) LANGUAGES_OF_WORD.set(word, 1)
OTHERS.forEach(([, list], k) => {
  for (const word of list) LANGUAGES_OF_WORD.set(word, (LANGUAGES_OF_WORD.get(word) ?? 0) | (2 << k))
})

const LONGEST_LISTED = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((word) => word.length))

// Enough words to judge; a multi-megabyte document is sampled from its start.
const SAMPLE_WORDS = 5000
const MIN_LETTERS = 20
// Below this many words, news prose can have too few function words for their share to tell.
const SHORT_WORDS = 40

/**
 * `'en'` when `text` is recognisably English, `'und'` otherwise. Texts with fewer than ~20
 * letters count as English (too short to tell, and a headline should not switch off checks), and
 * so do texts under 40 words unless another language's function words show plainly.
 */
export function detectLanguage(text: string): 'en' | 'und' {
  const words = wordTexts(text, SAMPLE_WORDS)
  let letters = 0
  let nonLatin = 0
  let accented = 0
  let english = 0
  const others = new Array<number>(OTHERS.length).fill(0)
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      if (c >= 48 && c <= 57) continue
      letters++
      if (c > 0x24f) nonLatin++
      else if (c >= 0xc0) accented++
    }
    // No listed word is longer: the rest need no lower case and no look-up.
    if (word.length > LONGEST_LISTED) continue
    const languages = LANGUAGES_OF_WORD.get(lowerWord(word))
    if (languages === undefined) continue
    if (languages & 1) english++
    for (let k = 0; k < others.length; k++) if (languages & (2 << k)) others[k]!++
  }
  // Chinese, Japanese, Cyrillic, Arabic …: a handful of such letters is already telling.
  if (nonLatin >= 5 && nonLatin > letters / 2) return 'und'
  if (letters < MIN_LETTERS) return 'en'
  const best = Math.max(...others)
  if (english > best && english >= words.length * 0.12) return 'en'
  // Another language shown plainly: two of its function words, or one and an accented letter
  // ("El plan funciona según fuentes"). One shared spelling alone is no proof ("Trump met Putin").
  if (best > english && (best >= 2 || accented > 0)) return 'und'
  // Too short for the share of function words to mean anything ("Prices rose in every region.
  // The central bank raised rates twice."): English unless shown otherwise.
  if (words.length < SHORT_WORDS) return 'en'
  return 'und'
}
