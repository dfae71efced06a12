/**
 * Abbreviations that end in a full stop without ending the sentence.
 *
 * Source: the common titles, months and Latin abbreviations of AP style and the Unicode CLDR
 * English segmentation suppressions, trimmed to what news copy uses. "May" is not here: it is
 * never abbreviated.
 */

/** Never a sentence end: a title or a word that always has more after it ("Mr. Smith", "e.g. this"). */
export const NEVER_FINAL = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st ste rev hon pres supt atty mt ft fig figs no nos vol pp p ch sec art ed eds approx est vs v cf e.g i.e viz al jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
)

/**
 * Those of {@link NEVER_FINAL} that take a number ("No. 5", "Vol. 2", "p. 45", "Art. III") and are
 * also words that end sentences ("She voted no.", "They love art."): abbreviations only before a
 * number.
 */
export const BEFORE_A_NUMBER = new Set('no nos vol p pp ch art fig figs'.split(' '))

/**
 * Often inside a sentence, sometimes at its end ("moved to the U.S. The next day…"): a boundary
 * only when the next word is a usual sentence opener.
 */
export const SOMETIMES_FINAL = new Set(
  'u.s u.k u.n e.u d.c u.s.a a.m p.m etc inc ltd co corp jr sr bros llc plc n.y l.a'.split(' '),
)

/** Words that usually open a sentence, used to decide after a {@link SOMETIMES_FINAL} abbreviation. */
export const SENTENCE_OPENERS = new Set(
  'the a an it he she they we i you this that these those there but and so yet however in on at after before when while as his her their its our my some many most all one no if since already meanwhile still also during despite according officials critics'.split(
    ' ',
  ),
)
