/**
 * Sources that have no link because they were never published: the reporter's own interview,
 * a personal communication, an email, a phone call, a press conference attended. Citation
 * guides (APA 8.9 "personal communications", Chicago 14.111 "interviews") cite them by who,
 * how and when; asking for a URL there is noise.
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
