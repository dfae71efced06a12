/**
 * Embedded questions: the part of a sentence that asks rather than asserts. "Officials are
 * investigating whether the fire may have been set", "The company declined to say if layoffs are
 * possible": the article reports that something is asked, and a "may" or "possible" inside the
 * question is part of what is asked, not the article's own guess.
 */
// Regular expressions here follow the house rule (../shared/GUIDE.md): every repetition is bounded.
import { findWords, type WordToken } from './words.js'

// Words after which "if" opens a question, not a condition: "asked if", "unclear if", "say if".
const ASKING_BEFORE_IF: ReadonlySet<string> = new Set([
  'ask',
  'asked',
  'asking',
  'asks',
  'wonder',
  'wondered',
  'wonders',
  'know',
  'knew',
  'known',
  'clear',
  'unclear',
  'sure',
  'unsure',
  'certain',
  'uncertain',
  'say',
  'said',
  'says',
  'tell',
  'told',
  'see',
  'check',
  'determine',
  'decide',
  'confirm',
  'confirmed',
])

// Where the question ends: the clause's next comma, semicolon, colon, dash or bracket.
const CLAUSE_BREAK = /[,;:()—–]/g
const CLAUSE_BREAK_BETWEEN = new RegExp(CLAUSE_BREAK.source)

/** Are words `at - 2` and `at - 1` in the same clause as word `at`, with no break between them? */
function twoWordsOfItsClauseBefore(sentence: string, words: readonly WordToken[], at: number): boolean {
  if (at < 2) return false
  return !CLAUSE_BREAK_BETWEEN.test(sentence.slice(words[at - 2]!.end, words[at]!.start))
}

/**
 * The spans of `sentence` (offsets into it) that embedded questions cover: from just after
 * "whether" (or "if" after a verb of asking or knowing) to the end of its clause. Only a question
 * that follows at least two words of its clause ("Officials are investigating whether …", "Reporters
 * asked if …"): one that opens its clause, or follows a single word, may be the subject of what
 * comes after it ("Whether the sound is a problem could depend on …", "Determining whether the
 * grounds are met depends on …"), and there the question's end is not the clause's.
 */
export function embeddedQuestions(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const words = findWords(sentence)
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!
    const opens =
      word.lower === 'whether' ||
      (word.lower === 'if' && at > 0 && ASKING_BEFORE_IF.has(words[at - 1]!.lower))
    if (!opens || !twoWordsOfItsClauseBefore(sentence, words, at)) continue
    if (spans.length > 0 && word.start < spans[spans.length - 1]!.end) continue
    CLAUSE_BREAK.lastIndex = word.end
    const stop = CLAUSE_BREAK.exec(sentence)
    spans.push({ start: word.end, end: stop === null ? sentence.length : stop.index })
  }
  return spans
}
