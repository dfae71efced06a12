/**
 * The consistency stage's lexicons, read once from the data files beside this module
 * (`words.json`, `cues.json`, `titles.json`; each says where it came from) into look-up tables.
 */
import cues from './cues.json'
import { stem } from './stem.js'
import titles from './titles.json'
import words from './words.json'

/** Words that never make two claims a restatement, in lower case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.functionWords)

const paraphraseOf = new Map<string, string>()
for (const group of words.paraphrases) {
  const head = stem(group[0]!)
  for (const word of group) if (!paraphraseOf.has(stem(word))) paraphraseOf.set(stem(word), head)
}

// Stemming the same words over and over is most of the cost of reading a long article; the cache is
// bounded (cleared when full) so a document of distinct words cannot grow it without limit.
const termCache = new Map<string, string>()
const TERM_CACHE_SIZE = 50_000

/** The term a content word counts as: its stem, or the stem its paraphrase group is known by. */
export function contentTerm(lowerWord: string): string {
  const cached = termCache.get(lowerWord)
  if (cached !== undefined) return cached
  const stemmed = stem(lowerWord)
  const term = paraphraseOf.get(stemmed) ?? stemmed
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear()
  termCache.set(lowerWord, term)
  return term
}

/** Irregular past-tense verbs ("rose", "laid"); regular ones are told by their -ed. */
const PAST_TENSE: ReadonlySet<string> = new Set(words.pastTense)

/** Does a lower-case word look like a past-tense verb (or participle): "hired", "laid", "rose"? */
export function looksPastTense(lowerWord: string): boolean {
  return (
    PAST_TENSE.has(lowerWord) ||
    (lowerWord.length >= 5 && lowerWord.endsWith('ed') && !lowerWord.endsWith('eed'))
  )
}

/** Present-tense verbs between a measure and its figure ("revenue rises 12%"), in lower case. */
export const FIGURE_VERBS: ReadonlySet<string> = new Set(words.figureVerbs)

const aliasOf = new Map<string, string>()
for (const group of words.entityAliases) for (const name of group) aliasOf.set(name, group[0]!)

/** The key of a named entity: lower case, dots dropped, known aliases merged ("U.S." → "us"). */
export function entityKey(name: string): string {
  const plain = name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s{1,100}/g, ' ')
    .trim()
  return aliasOf.get(plain) ?? plain
}

/** A phrase of lower-case words, as the matchers below walk them. */
export type Phrase = readonly string[]

function phrases(list: readonly string[]): Phrase[] {
  return list.map((phrase) => phrase.split(/[\s\-‐‑]{1,10}/)).sort((a, b) => b.length - a.length)
}

/** Phrases grouped by their first word, longest first within a group: one look-up per token. */
export type PhraseIndex<T extends { words: Phrase }> = ReadonlyMap<string, readonly T[]>

/** Groups `entries` by the dotless lower case of their first word, longest first. */
export function indexPhrases<T extends { words: Phrase }>(entries: readonly T[]): PhraseIndex<T> {
  const index = new Map<string, T[]>()
  for (const entry of entries) {
    const first = entry.words[0]!.toLowerCase().replace(/\./g, '')
    const list = index.get(first) ?? []
    list.push(entry)
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/** Phrases that present what follows as evidence ("as evidenced by"), longest first. */
export const EVIDENCE_CUES: readonly Phrase[] = phrases(cues.evidence)

/** How exact a number is, as a qualifier before it says. */
export type QualifierKind = 'above' | 'at-least' | 'approximate' | 'nearly' | 'below' | 'at-most' | 'exact'

/** Qualifiers before a number ("more than", "about"), longest first, with their kind. */
export const QUALIFIERS: readonly { words: Phrase; kind: QualifierKind }[] = Object.entries(cues.qualifiers)
  .map(([phrase, kind]) => ({ words: phrase.split(' '), kind: kind as QualifierKind }))
  .sort((a, b) => b.words.length - a.words.length)

/** One title of the titles lexicon. */
export interface TitleEntry {
  id: string
  /** Each form as a sequence of words (dots kept: "Sen."). */
  forms: readonly Phrase[]
  /** Ids of this title and every title it is a kind of. */
  lineage: ReadonlySet<string>
}

interface RawTitle {
  id: string
  forms: string[]
  broader?: string[]
}

const rawTitles = titles.titles as RawTitle[]
const byId = new Map(rawTitles.map((title) => [title.id, title]))

function lineage(id: string): Set<string> {
  const seen = new Set<string>()
  const stack = [id]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (seen.has(next)) continue
    seen.add(next)
    for (const broader of byId.get(next)?.broader ?? []) stack.push(broader)
  }
  return seen
}

/** Every title with its forms split into words, and its lineage. */
export const TITLES: readonly TitleEntry[] = rawTitles.map((title) => ({
  id: title.id,
  forms: title.forms.map((form) => form.split(/[\s\-‐‑]{1,10}/)),
  lineage: lineage(title.id),
}))

const compatiblePairs = new Set(titles.compatible.map(([a, b]) => `${a} ${b}`))

/** Courtesy titles ("Mr.", "Dr."), which agree with every office. */
export const COURTESY_TITLES: readonly Phrase[] = phrases(titles.courtesy)

/** Words that put a title in the past or future ("former", "then-"): the title agrees with any other. */
export const TEMPORAL_MODIFIERS: ReadonlySet<string> = new Set(titles.temporal)

/**
 * Can one person hold both titles in one article? The same title, one a kind of the other
 * ("Secretary" and "Secretary of State"), or a pair the lexicon lists as held together.
 */
export function titlesCompatible(a: string, b: string): boolean {
  if (a === b) return true
  const lineageA = lineage(a)
  const lineageB = lineage(b)
  if (lineageA.has(b) || lineageB.has(a)) return true
  for (const x of lineageA)
    for (const y of lineageB)
      if (compatiblePairs.has(`${x} ${y}`) || compatiblePairs.has(`${y} ${x}`)) return true
  return false
}

/** Month and day names, lower case (one list, kept with the language stage's). */
export { MONTHS, WEEKDAYS } from '../language/calendar.js'
