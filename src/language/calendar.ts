/**
 * Month and day names, lower case: the one list every stage reads (dates are not content words,
 * and a capitalised month or day is not part of a person's name).
 */

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
