/**
 * Sources that have no link because they were never published: the reporter's own interview,
 * a personal communication, an email, a phone call, a press conference attended. Citation
 * guides (APA 8.9 "personal communications", Chicago 14.111 "interviews") cite them by who,
 * how and when; asking for a URL there is noise. So it is for a note that is the author's own
 * aside ("I should say that I still have friends there."), which cites nothing.
 */

// Bounded, and only over a source's title and publisher (a few hundred characters).
const UNPUBLISHED =
  /\b(?:interview(?:ed)?[ \t]{1,3}(?:with|by)|(?:phone|telephone|video|email|e-mail|in-person|author(?:'s|’s)?)[ \t]{1,3}interview|personal[ \t]{1,3}communication|(?:email|e-mail|letter)[ \t]{1,3}(?:from|to)|press[ \t]{1,3}(?:conference|briefing)|(?:conversation|correspondence)[ \t]{1,3}with)\b/i

/**
 * Does a source entry describe something that was never published ("Interview with Jane
 * Whitfield, May 12, 2025", "J. Lee, personal communication")? Read from its title and publisher.
 */
export function isUnpublishedSource(source: { title: string | null; publisher: string | null }): boolean {
  const text = `${source.title ?? ''} ${source.publisher ?? ''}`
  return text.length <= 2000 && UNPUBLISHED.test(text)
}

// How an aside opens: the author speaking ("I should say …", "We first reported …") or a
// writer's comment ("To be clear, …", "Full disclosure: …", "Note that …").
// "I" or "We" is followed by a word in lower case: "I, Robot" and "Our World in Data" are titles.
const ASIDE_START =
  /^[\s*_]{0,3}(?:(?:I|We|My|Our|I['’](?:m|ve|d|ll)|We['’](?:re|ve|d|ll))[ \t]{1,3}\p{Ll}|(?:To be clear|Full disclosure|Disclosure|In fairness|For clarity|Note that|It is worth|It['’]s worth)\b)/u
// An aside is a sentence: this many words at least, ending in a full stop, "!" or "?".
const ASIDE_WORDS = 6
const SENTENCE_END = /[.!?]["”’')*_]{0,3}$/

/**
 * Is a source entry the author's own aside, not a reference: a sentence of six words or more in
 * the author's voice or a writer's comment, with no link, date, publisher or ISBN ("I should say
 * that I still have friends there, and nothing here is meant as a criticism.")?
 */
export function isAuthorsAside(source: {
  title: string | null
  publisher: string | null
  date: string | null
  url: string | null
  isbn: string | null
}): boolean {
  const { title } = source
  if (title === null || source.url !== null || source.date !== null) return false
  if (source.publisher !== null || source.isbn !== null || title.length > 2000) return false
  return ASIDE_START.test(title) && SENTENCE_END.test(title) && title.split(/\s{1,100}/).length >= ASIDE_WORDS
}
