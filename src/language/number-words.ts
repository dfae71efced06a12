/**
 * Numbers written as words, lower case ("two", "twenty", "third"): the one list the language
 * signals read (check-worthiness counts them as numbers; a count before "possible" lists
 * options, it does not hedge).
 */

/** Cardinal numbers to twelve, the tens to ninety, and the first three ordinals, lower case. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'first',
  'second',
  'third',
])
