/**
 * Month and day names, lower case: the one list every stage reads (dates are not content words,
 * and a capitalised month or day is not part of a person's name); and what a year looks like.
 */

const YEAR = /^(?:1[89]\d\d|20\d\d)$/

/** Is a word a year from 1800 to 2099 ("2024"), as news copy writes one? */
export function isYearWord(word: string): boolean {
  return word.length === 4 && YEAR.test(word)
}

/** Month names, lower case. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
])

/** Day names, lower case. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])
