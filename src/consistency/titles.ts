/**
 * Titles: one person described with titles one person does not hold together ("Secretary of
 * State Marco Rubio" … "Senator Marco Rubio").
 *
 * A titled mention is a title of the lexicon (`titles.json`) before a capitalised name
 * ("Secretary of State Marco Rubio", "Sen. M. Rubio's"), or a name followed by an appositive
 * title ("Marco Rubio, the secretary of state,"). Mentions are grouped by person: the surname,
 * and the given name or its initial when written. A surname alone ("President Trump") joins the
 * one full name that ends in it; when two people share a surname ("Donald Trump", "Melania
 * Trump") the surname alone is ambiguous and is left out. Within one person, each titled mention
 * is compared with the first: courtesy titles ("Mr.", "Dr."), a temporal modifier ("former",
 * "then-") and titles the lexicon marks compatible ("Secretary" and "Secretary of State") agree.
 */
import {
  COURTESY_TITLES,
  FUNCTION_WORDS,
  type Phrase,
  TEMPORAL_MODIFIERS,
  TITLES,
  titlesCompatible,
} from './lexicon.js'
import { adjacent, type Token } from './tokens.js'

/** A title and the name it goes with, in one claim; offsets into the claim's text. */
export interface TitledMention {
  profile: number
  /** Title id from the lexicon, or null for a courtesy title. */
  title: string | null
  /** A temporal modifier came with it ("former Senator"). */
  temporal: boolean
  given: string | null
  surname: string
  /** The name as written, possessive dropped ("Marco Rubio"). */
  name: string
  /** The title as written ("Secretary of State"). */
  titleText: string
  start: number
  end: number
}

/** Two titled mentions of one person whose titles do not agree. */
export interface TitleClash {
  person: string
  mention: TitledMention
  earlier: TitledMention
}

interface TitleForm {
  id: string | null
  words: Phrase
}

const FORMS: readonly TitleForm[] = [
  ...TITLES.flatMap((title) => title.forms.map((words) => ({ id: title.id, words }))),
  ...COURTESY_TITLES.map((words) => ({ id: null, words })),
].sort((a, b) => b.words.length - a.words.length)

// FORMS by their first word, lower case and without its dot, keeping FORMS' order: a token is
// tried only against the forms that can start with it (was every form at every token).
const FORMS_BY_FIRST_WORD = new Map<string, TitleForm[]>()
for (const form of FORMS) {
  const first = form.words[0] ?? ''
  const key = (first.endsWith('.') ? first.slice(0, -1) : first).toLowerCase()
  const list = FORMS_BY_FIRST_WORD.get(key)
  if (list) list.push(form)
  else FORMS_BY_FIRST_WORD.set(key, [form])
}

// Capitalised words after a title that make it an institution, not a person ("President Hotel").
const NOT_NAMES = new Set([
  'department',
  'office',
  'house',
  'administration',
  'committee',
  'court',
  'council',
  'party',
  'hospital',
  'university',
  'school',
  'street',
  'avenue',
  'hotel',
  'club',
  'board',
  'bank',
  'act',
  'day',
])
const DETERMINERS = new Set(['the', 'a', 'an'])

/** Every titled mention of a person in one claim (`claim` is its index), in order. */
export function findTitledMentions(claim: number, text: string, tokens: readonly Token[]): TitledMention[] {
  const mentions: TitledMention[] = []
  for (let at = 0; at < tokens.length; at++) {
    const form = titleAt(text, tokens, at)
    if (!form) continue
    const afterTitle = at + form.words.length
    const temporal = temporalBefore(text, tokens, at)
    // "a major Trump victory": a one-word title in lower case names an office only after
    // "former" and the like, or in an appositive (", the senator,").
    const prefixed = tokens[at]!.capital || form.words.length > 1 || temporal
    const name = prefixed ? nameAt(text, tokens, afterTitle, true) : null
    if (name) {
      mentions.push({
        profile: claim,
        title: form.id,
        temporal,
        ...name,
        titleText: text.slice(tokens[at]!.start, titleEnd(text, tokens[afterTitle - 1]!)),
        start: tokens[at]!.start,
        end: tokens[name.last]!.start + tokens[name.last]!.text.length,
      })
      at = name.last
      continue
    }
    const appositive = appositiveName(text, tokens, at)
    if (appositive && form.id !== null) {
      mentions.push({
        profile: claim,
        title: form.id,
        temporal,
        ...appositive,
        titleText: text.slice(tokens[at]!.start, titleEnd(text, tokens[afterTitle - 1]!)),
        start: tokens[appositive.first]!.start,
        end: titleEnd(text, tokens[afterTitle - 1]!),
      })
    }
    at = afterTitle - 1
  }
  return mentions
}

/** Groups mentions by person and reports each whose title disagrees with the person's first. */
export function findTitleClashes(
  mentions: readonly TitledMention[],
  fullNames: readonly string[][],
): TitleClash[] {
  // Given names seen with each surname, from titled mentions and untitled full names.
  const givens = new Map<string, Set<string>>()
  const addGiven = (surname: string, given: string) => {
    const set = givens.get(surname) ?? new Set<string>()
    set.add(given)
    givens.set(surname, set)
  }
  for (const mention of mentions) if (mention.given) addGiven(mention.surname, mention.given)
  for (const words of fullNames) if (words.length >= 2) addGiven(words[words.length - 1]!, words[0]!)
  const people = new Map<string, TitledMention[]>()
  const fullest = new Map<string, string>()
  const keys = new Map<string, string | null>()
  for (const mention of mentions) {
    const person = personKey(mention, givens.get(mention.surname), keys)
    if (person === null) continue
    const list = people.get(person) ?? []
    list.push(mention)
    people.set(person, list)
    if ((fullest.get(person)?.length ?? 0) < mention.name.length) fullest.set(person, mention.name)
  }
  const clashes: TitleClash[] = []
  for (const [person, list] of people) {
    const first = list.find((mention) => mention.title !== null && !mention.temporal)
    if (!first) continue
    for (const mention of list) {
      if (mention === first || mention.title === null || mention.temporal) continue
      if (!titlesCompatible(first.title!, mention.title)) {
        clashes.push({ person: fullest.get(person) ?? mention.name, mention, earlier: first })
      }
    }
  }
  return clashes.sort((a, b) => a.mention.profile - b.mention.profile || a.mention.start - b.mention.start)
}

/**
 * "rubio/marco": the person a mention names, or null when its surname alone is ambiguous.
 * `cache` keeps the answer for each surname and given name (it depends on nothing else): without
 * it, a document naming thousands of people who share a surname read every given name of that
 * surname again for each mention (3.2e4 people named Lee: 178 s).
 */
function personKey(
  mention: TitledMention,
  known: ReadonlySet<string> | undefined,
  cache: Map<string, string | null>,
): string | null {
  const given = mention.given
  if (given && given.length > 1) return `${mention.surname}/${given}`
  const cacheKey = `${mention.surname}\u0000${given ?? ''}`
  const cached = cache.get(cacheKey)
  if (cached !== undefined) return cached
  const others = [...(known ?? [])]
  let key: string | null
  if (given) {
    // An initial ("J. Lee"): the one full given name it abbreviates, if only one fits.
    const full = others.filter((other) => other.length > 1 && other[0] === given)
    key = `${mention.surname}/${full.length === 1 ? full[0] : given}`
  } else {
    // Given names seen with the surname, initials folded into the full names they abbreviate.
    const distinct = others.filter(
      (other) => !(other.length === 1 && others.some((full) => full.length > 1 && full[0] === other)),
    )
    key = distinct.length > 1 ? null : `${mention.surname}/${distinct[0] ?? ''}`
  }
  cache.set(cacheKey, key)
  return key
}

function titleAt(text: string, tokens: readonly Token[], at: number): TitleForm | null {
  // The token's lower case as already made (it differs from text.toLowerCase() only in apostrophes,
  // which no title has): no new string per capitalised token.
  const candidates = FORMS_BY_FIRST_WORD.get(tokens[at]!.lower)
  if (candidates === undefined) return null
  for (const form of candidates) {
    if (at + form.words.length > tokens.length) continue
    let fits = true
    for (let k = 0; k < form.words.length && fits; k++) {
      const token = tokens[at + k]!
      const word = form.words[k]!
      const bare = word.endsWith('.') ? word.slice(0, -1) : word
      fits =
        (token.text === bare || (token.text === bare.toLowerCase() && bare.length > 3)) &&
        (!word.endsWith('.') || token.dotAfter || token.kind === 'abbreviation') &&
        (k === 0 ||
          adjacent(text, tokens[at + k - 1]!, token, true) ||
          (tokens[at + k - 1]!.dotAfter && token.start - tokens[at + k - 1]!.end === 2)) &&
        (k === form.words.length - 1 || !token.possessive)
    }
    if (fits) return form
  }
  return null
}

function titleEnd(text: string, last: Token): number {
  return last.dotAfter && last.kind === 'word' && text[last.end] === '.'
    ? last.end + 1
    : last.start + last.text.length
}

function temporalBefore(text: string, tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
    const token = tokens[k]!
    if (TEMPORAL_MODIFIERS.has(token.lower)) return true
    // "former U.S. Senator": one place word may stand between.
    if (!token.capital && !adjacent(text, token, tokens[k + 1]!, true)) return false
  }
  return false
}

interface NameMatch {
  given: string | null
  surname: string
  name: string
  last: number
}

/** A person's name starting at token `at`: capitalised words and initials, up to four. */
function nameAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  joinedToPrevious: boolean,
): NameMatch | null {
  const words: Token[] = []
  let last = at - 1
  for (let k = at; k < tokens.length && words.length < 4; k++) {
    const token = tokens[k]!
    const before = tokens[k - 1]
    const joined =
      (k === at && !joinedToPrevious) ||
      (before !== undefined &&
        (adjacent(text, before, token) || (before.dotAfter && token.start - before.end === 2)))
    if (!joined || !token.capital || token.kind === 'number') break
    words.push(token)
    last = k
    if (token.possessive) break
  }
  // An initial is a name's first part, not its last ("M. Rubio", not "Rubio M.").
  while (words.length > 0 && isInitial(words[words.length - 1]!)) {
    words.pop()
    last--
  }
  if (words.length === 0) return null
  const surname = words[words.length - 1]!
  if (FUNCTION_WORDS.has(surname.lower) || NOT_NAMES.has(surname.lower) || surname.text.length < 2)
    return null
  if (words.some((word) => word.kind === 'abbreviation' && !isInitial(word))) return null
  const given = words.length > 1 ? words[0]!.lower.replace(/\.$/, '') : null
  return { given, surname: surname.lower, name: words.map((word) => word.text).join(' '), last }
}

function isInitial(token: Token): boolean {
  return token.text.length === 1 && token.capital
}

/** "Marco Rubio, the secretary of state": the name before ", the <title>". */
function appositiveName(
  text: string,
  tokens: readonly Token[],
  at: number,
): (NameMatch & { first: number }) | null {
  const determiner = tokens[at - 1]
  if (!determiner || !DETERMINERS.has(determiner.lower) || at < 2) return null
  const nameEnd = tokens[at - 2]!
  const between = text.slice(nameEnd.end, determiner.start)
  if (!/^\s{0,2},\s{1,3}$/.test(between) || !nameEnd.capital) return null
  let first = at - 2
  while (
    first - 1 >= 0 &&
    first > at - 5 &&
    tokens[first - 1]!.capital &&
    adjacent(text, tokens[first - 1]!, tokens[first]!)
  ) {
    first--
  }
  const name = nameAt(text, tokens, first, false)
  return name && name.last === at - 2 ? { ...name, first } : null
}
