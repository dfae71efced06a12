import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import {
  type AttributionMatch,
  findAttribution,
  findPersonNames,
  isWholeQuote,
  openingPerson,
  resolveSpeaker,
  speakerResolver,
} from '../src/language/attribution.js'
import { findQuoteSpans } from '../src/segment/index.js'

type Expected = Pick<AttributionMatch, 'kind' | 'speaker' | 'cue'>

const SEED_QUOTE =
  'During a White House meeting, Rubio stated, "We\'re not just focusing on El Salvador. We\'re working hard to find other countries willing to help out"[1][5].'

/** Sentences attributed to no one. */
const valid: readonly string[] = [
  'The United States is actively seeking other countries to help take in migrants.',
  "Rubio's statements come as part of President Trump's ongoing efforts.",
  'There were 500 reported cases last year.',
  'The deal has been confirmed by both sides.',
  'He called the plan a "disaster" and left.',
  'As it suggests, the shift is real.',
  'The so-called "caravan" reached the border.',
  // after ", said", a clause with a verb of its own is what was said, not who said it
  'Prices rose, said the report would show.',
  // reporting verbs that are also plural nouns, before a conjunction or an auxiliary
  'Different states or countries may have different laws or precedents on accession.',
  'Member states have agreed to the plan.',
  // verbs of saying that are plain transitive verbs with an object: an act, not speech
  'The economy added 200,000 jobs in November.',
  'Governor Tom Reyes declared a state of emergency late Sunday.',
  'The court declared the law unconstitutional.',
  'The team maintained its lead in the second half.',
  'She wrote a book about the war.',
  'Officials recounted the ballots.',
  // a description and a name that do not end the clause are no speaker
  '"It is over," said fans in Paris.',
  // after a determiner, a verb of saying is an adjective
  'In summary, the observed behaviors can be explained by social structure.',
  'His stated aim was peace.',
  'The reported cases rose by 20%.',
  '',
  '"',
  // a colon after a label, not a person's name
  'Update: "Stay off the roads."',
  'Breaking News: "Stay off the roads."',
  'Flores: "Stay off the roads."',
]

/** Sentences with an attribution, and what it should be. */
const invalid: ReadonlyArray<{ text: string; expected: Expected }> = [
  { text: SEED_QUOTE, expected: { kind: 'direct-quote', speaker: 'Rubio', cue: 'stated' } },
  {
    text: 'Secretary of State Marco Rubio recently revealed that the United States is actively seeking other countries to help take in migrants from third-party nations, a move that goes beyond El Salvador[1][5].',
    expected: { kind: 'reported', speaker: 'Marco Rubio', cue: 'revealed' },
  },
  // "Federal", "National", "Supreme" before a body's name are part of it; an office after it is a title
  {
    text: 'The Federal Reserve said rates would rise.',
    expected: { kind: 'reported', speaker: 'Federal Reserve', cue: 'said' },
  },
  {
    text: 'The Federal Communications Commission has acknowledged these shortcomings.',
    expected: { kind: 'reported', speaker: 'Federal Communications Commission', cue: 'acknowledged' },
  },
  {
    text: 'The National Weather Service said snow would fall overnight.',
    expected: { kind: 'reported', speaker: 'National Weather Service', cue: 'said' },
  },
  {
    text: 'Supreme Court Justice Sonia Sotomayor said the ruling went too far.',
    expected: { kind: 'reported', speaker: 'Sonia Sotomayor', cue: 'said' },
  },
  {
    text: 'Federal Reserve Chair Jerome Powell said inflation had eased.',
    expected: { kind: 'reported', speaker: 'Jerome Powell', cue: 'said' },
  },
  {
    text: 'National Security Adviser Jake Sullivan said talks would resume.',
    expected: { kind: 'reported', speaker: 'Jake Sullivan', cue: 'said' },
  },
  // the same verbs before a clause, or ending one, report speech
  {
    text: 'Reyes declared that the state would open 40 warming centers.',
    expected: { kind: 'reported', speaker: 'Reyes', cue: 'declared' },
  },
  {
    text: 'Prices will rise next year, Lee added.',
    expected: { kind: 'reported', speaker: 'Lee', cue: 'added' },
  },
  {
    text: 'Smith also wrote in a memo that the plan had failed.',
    expected: { kind: 'reported', speaker: 'Smith', cue: 'wrote' },
  },
  {
    text: 'Smith wrote on Twitter: the plan had failed.',
    expected: { kind: 'reported', speaker: 'Smith', cue: 'wrote' },
  },
  // a lower-case description before the name (AP style)
  {
    text: '"We did everything they asked," said union leader Joe Park.',
    expected: { kind: 'direct-quote', speaker: 'Joe Park', cue: 'said' },
  },
  {
    text: '"We did everything," said police spokesman Tom Lee of the city force.',
    expected: { kind: 'direct-quote', speaker: 'Tom Lee', cue: 'said' },
  },
  {
    text: 'Prices will rise, said chief economist Ana Ruiz.',
    expected: { kind: 'reported', speaker: 'Ana Ruiz', cue: 'said' },
  },
  // "observed" with an object reports a finding
  {
    text: 'The Forestry Service observed peaks in nesting in September.',
    expected: { kind: 'reported', speaker: 'Forestry Service', cue: 'observed' },
  },
  // direct quotes, speaker and verb in any order
  {
    text: '"We will not back down," she said.',
    expected: { kind: 'direct-quote', speaker: null, cue: 'said' },
  },
  {
    text: '"We will not back down," said Rubio.',
    expected: { kind: 'direct-quote', speaker: 'Rubio', cue: 'said' },
  },
  {
    text: '"We will not back down," Rubio said on Monday.',
    expected: { kind: 'direct-quote', speaker: 'Rubio', cue: 'said' },
  },
  {
    text: '“We will not back down” — Marco Rubio',
    expected: { kind: 'direct-quote', speaker: 'Marco Rubio', cue: '—' },
  },
  {
    text: '"We will not back down." – Rubio',
    expected: { kind: 'direct-quote', speaker: 'Rubio', cue: '–' },
  },
  {
    text: '"We will not back down," the spokesman for the ministry said.',
    expected: { kind: 'direct-quote', speaker: 'the spokesman for the ministry', cue: 'said' },
  },
  {
    text: 'He told reporters: "We are close to a deal."',
    expected: { kind: 'direct-quote', speaker: null, cue: 'told' },
  },
  { text: 'Rubio said: “We are close.”', expected: { kind: 'direct-quote', speaker: 'Rubio', cue: 'said' } },
  {
    text: '"We are close,"[2] said Senator Marco Rubio.',
    expected: { kind: 'direct-quote', speaker: 'Marco Rubio', cue: 'said' },
  },
  { text: '"It is over," Rubio added.', expected: { kind: 'direct-quote', speaker: 'Rubio', cue: 'added' } },
  {
    text: 'Marco A. Rubio wrote, "We are close."',
    expected: { kind: 'direct-quote', speaker: 'Marco A. Rubio', cue: 'wrote' },
  },
  { text: '"Is this the end?" he asked.', expected: { kind: 'direct-quote', speaker: null, cue: 'asked' } },
  {
    text: 'President Trump\'s spokesman said, "No comment."',
    expected: { kind: 'direct-quote', speaker: "President Trump's spokesman", cue: 'said' },
  },
  // according to
  {
    text: 'The US is talking to Libya, according to the Pentagon.',
    expected: { kind: 'according-to', speaker: 'Pentagon', cue: 'according to' },
  },
  // a body's long name after "the" is read whole while it stays capitalised
  {
    text: 'According to the Global Resource Information Database of the United Nations Environment Programme, it shrank.',
    expected: {
      kind: 'according-to',
      speaker: 'Global Resource Information Database of the United Nations Environment Programme',
      cue: 'According to',
    },
  },
  {
    text: 'According to Secretary of State Marco Rubio, talks are ongoing.',
    expected: { kind: 'according-to', speaker: 'Marco Rubio', cue: 'According to' },
  },
  // a document's author is the source
  {
    text: 'Prices rose 4%, according to a report by the central bank.',
    expected: { kind: 'according-to', speaker: 'the central bank', cue: 'according to' },
  },
  {
    text: 'According to data from Eurostat, prices rose.',
    expected: { kind: 'according-to', speaker: 'Eurostat', cue: 'According to' },
  },
  {
    text: 'Prices rose, according to an internal memo from the ministry.',
    expected: { kind: 'according-to', speaker: 'the ministry', cue: 'according to' },
  },
  {
    text: 'According to the report, prices rose.',
    expected: { kind: 'according-to', speaker: 'the report', cue: 'According to' },
  },
  // reported speech
  {
    text: 'The talks had stalled, officials said.',
    expected: { kind: 'reported', speaker: 'officials', cue: 'said' },
  },
  {
    text: 'The company said it would cut 500 jobs.',
    expected: { kind: 'reported', speaker: 'The company', cue: 'said' },
  },
  {
    text: 'Yesterday Rubio said the deal was done.',
    expected: { kind: 'reported', speaker: 'Rubio', cue: 'said' },
  },
  { text: 'The deal is done, said Rubio.', expected: { kind: 'reported', speaker: 'Rubio', cue: 'said' } },
  {
    text: 'Rubio has repeatedly denied the report.',
    expected: { kind: 'reported', speaker: 'Rubio', cue: 'denied' },
  },
  {
    text: 'He told reporters the deal was done.',
    expected: { kind: 'reported', speaker: null, cue: 'told' },
  },
  {
    text: 'Prime Minister Keir Starmer announced that taxes will rise.',
    expected: { kind: 'reported', speaker: 'Keir Starmer', cue: 'announced' },
  },
  // anonymous
  {
    // Unnamed critics are the source of what follows.
    text: 'Critics are expressing their concerns about the policy.',
    expected: { kind: 'anonymous', speaker: null, cue: 'Critics' },
  },
  {
    text: 'The US is talking to Libya, according to officials who declined to be named.',
    expected: { kind: 'anonymous', speaker: null, cue: 'declined to be named' },
  },
  {
    text: 'A source close to the negotiations said talks had stalled.',
    expected: { kind: 'anonymous', speaker: null, cue: 'A source' },
  },
  {
    text: '"It is over," a source close to the talks said.',
    expected: { kind: 'anonymous', speaker: null, cue: 'a source' },
  },
  {
    text: 'People familiar with the matter said the bid would fail.',
    expected: { kind: 'anonymous', speaker: null, cue: 'People familiar with' },
  },
  {
    text: 'The minister reportedly resigned.',
    expected: { kind: 'anonymous', speaker: null, cue: 'reportedly' },
  },
  {
    text: 'An official, speaking on condition of anonymity, confirmed the raid.',
    expected: { kind: 'anonymous', speaker: null, cue: 'on condition of anonymity' },
  },
]

const moreAttributed: readonly { text: string; expected: Expected }[] = [
  // a crowd in a place speaks, not the place
  {
    text: 'Local officials in Texas said the storm could worsen.',
    expected: { kind: 'reported', speaker: 'Local officials in Texas', cue: 'said' },
  },
  {
    text: '"He is stable," doctors at Mercy Hospital said.',
    expected: { kind: 'direct-quote', speaker: 'doctors at Mercy Hospital', cue: 'said' },
  },
  {
    text: 'Prices rose in Texas, Reyes said.',
    expected: { kind: 'reported', speaker: 'Reyes', cue: 'said' },
  },
  // a document named in lower case is the source; who obtained it is the newsroom
  {
    text: 'The chain cut staff by a third, according to payroll records obtained by the Herald.',
    expected: { kind: 'according-to', speaker: 'payroll records', cue: 'according to' },
  },
  {
    text: 'It paid $2 million, according to court records.',
    expected: { kind: 'according-to', speaker: 'court records', cue: 'according to' },
  },
  {
    text: 'It fell, according to what he said in records.',
    expected: { kind: 'according-to', speaker: null, cue: 'according to' },
  },
  // a lower-case description before the name, between the quote and the verb
  {
    text: '"We have never seen a harvest this bad," farmer Jose Ruiz told the BBC.',
    expected: { kind: 'direct-quote', speaker: 'Jose Ruiz', cue: 'told' },
  },
  {
    text: '"It is bad," chief economist Ana Ruiz said.',
    expected: { kind: 'direct-quote', speaker: 'Ana Ruiz', cue: 'said' },
  },
  {
    text: '"It is bad," the spokesman for the ministry said.',
    expected: { kind: 'direct-quote', speaker: 'the spokesman for the ministry', cue: 'said' },
  },
  // a Markdown link is read as its text
  {
    text: 'According to the [EPA](https://www.epa.gov/lead), there are 9 million lead lines.',
    expected: { kind: 'according-to', speaker: 'EPA', cue: 'According to' },
  },
  {
    text: '[Reuters](https://www.reuters.com/a "Reuters story") reported that prices rose.',
    expected: { kind: 'reported', speaker: 'Reuters', cue: 'reported' },
  },
  {
    text: 'According to a [2023 EPA survey](https://www.epa.gov/s), there are 9 million lines.',
    expected: { kind: 'according-to', speaker: 'a 2023 EPA survey', cue: 'According to' },
  },
  // a site keeps its domain
  {
    text: 'More than 200,000 customers are without power, according to PowerOutage.us.',
    expected: { kind: 'according-to', speaker: 'PowerOutage.us', cue: 'according to' },
  },
  {
    text: 'According to Realtor.com, prices rose.',
    expected: { kind: 'according-to', speaker: 'Realtor.com', cue: 'According to' },
  },
  {
    text: 'Prices rose, according to Zillow. Companies fell.',
    expected: { kind: 'according-to', speaker: 'Zillow', cue: 'according to' },
  },
  // a name and a colon before the quote, as live blogs and transcripts write it
  {
    text: 'Gov. Ana Flores: "Stay off the roads. This is not a storm to ride out."',
    expected: { kind: 'direct-quote', speaker: 'Ana Flores', cue: ':' },
  },
  {
    text: '**Ana Flores:** "Stay off the roads."',
    expected: { kind: 'direct-quote', speaker: 'Ana Flores', cue: ':' },
  },
  {
    text: 'Gov. Flores: "Stay off the roads."',
    expected: { kind: 'direct-quote', speaker: 'Flores', cue: ':' },
  },
  {
    text: 'Secretary of State Marco Rubio: "We act."',
    expected: { kind: 'direct-quote', speaker: 'Marco Rubio', cue: ':' },
  },
  // a speaker, an appositive between commas, the verb
  {
    text: 'Reyes, who may run for mayor, said the plan was sound.',
    expected: { kind: 'reported', speaker: 'Reyes', cue: 'said' },
  },
  {
    text: 'Reyes, 54, said the plan would fail.',
    expected: { kind: 'reported', speaker: 'Reyes', cue: 'said' },
  },
  {
    text: 'Dana Kim, a spokesperson for the mayor, said the plan would proceed.',
    expected: { kind: 'reported', speaker: 'Dana Kim', cue: 'said' },
  },
  {
    text: "The mayor's spokesperson, Dana Kim, said the plan would proceed.",
    expected: { kind: 'reported', speaker: 'Dana Kim', cue: 'said' },
  },
  // a body whose name holds "and"; two people joined by "and" are not one name
  {
    text: 'The Centers for Disease Control and Prevention said cases rose.',
    expected: { kind: 'reported', speaker: 'Centers for Disease Control and Prevention', cue: 'said' },
  },
  {
    text: 'Scientists at the National Oceanic and Atmospheric Administration said the link was weak.',
    expected: { kind: 'reported', speaker: 'National Oceanic and Atmospheric Administration', cue: 'said' },
  },
  {
    text: 'According to the Centers for Disease Control and Prevention, cases rose.',
    expected: {
      kind: 'according-to',
      speaker: 'Centers for Disease Control and Prevention',
      cue: 'According to',
    },
  },
  {
    text: 'Cases rose, said the Department of Health and Human Services.',
    expected: { kind: 'reported', speaker: 'the Department of Health and Human Services', cue: 'said' },
  },
  // an auxiliary with a capital after ", said" is part of a name
  {
    text: 'The plan will fail, said Will Smith.',
    expected: { kind: 'reported', speaker: 'Will Smith', cue: 'said' },
  },
  {
    text: 'The plan will fail, said May Lee, the mayor.',
    expected: { kind: 'reported', speaker: 'May Lee', cue: 'said' },
  },
  {
    text: 'Procter & Gamble said sales fell.',
    expected: { kind: 'reported', speaker: 'Procter & Gamble', cue: 'said' },
  },
  {
    text: 'Marco Rubio and Donald Trump said the plan was sound.',
    expected: { kind: 'reported', speaker: 'Donald Trump', cue: 'said' },
  },
  // an abbreviated title before the name: the name, not the title, speaks
  {
    text: '"We were surprised," said Dr. Hannah Osei, a sleep scientist.',
    expected: { kind: 'direct-quote', speaker: 'Hannah Osei', cue: 'said' },
  },
  {
    text: '"It works," said Mr. Lee.',
    expected: { kind: 'direct-quote', speaker: 'Lee', cue: 'said' },
  },
  {
    text: 'The effect was large, said Gov. Maura Healey.',
    expected: { kind: 'reported', speaker: 'Maura Healey', cue: 'said' },
  },
  {
    text: '"We will appeal," said Lt. Col. Ann Park.',
    expected: { kind: 'direct-quote', speaker: 'Ann Park', cue: 'said' },
  },
  {
    text: 'Dr. Hannah Osei said the effect was large.',
    expected: { kind: 'reported', speaker: 'Hannah Osei', cue: 'said' },
  },
  // an anonymous source named by what it knows of
  {
    text: 'A person briefed on an internal audit said the audit found "systemic failures" in payments.',
    expected: { kind: 'anonymous', speaker: null, cue: 'person briefed on' },
  },
  // an occupation written as a title
  {
    text: 'Striker Leo Grant said the team deserved it.',
    expected: { kind: 'reported', speaker: 'Leo Grant', cue: 'said' },
  },
  {
    text: '"We were lucky," said Coach Ana Ruiz.',
    expected: { kind: 'direct-quote', speaker: 'Ana Ruiz', cue: 'said' },
  },
  // a firm named with "&", after the verb too
  {
    text: 'Sales fell, said Procter & Gamble.',
    expected: { kind: 'reported', speaker: 'Procter & Gamble', cue: 'said' },
  },
  {
    text: '"Sales fell," said AT&T.',
    expected: { kind: 'direct-quote', speaker: 'AT&T', cue: 'said' },
  },
  // "of" and a place after a person's name say where they come from; some names take "of"
  {
    text: '"It works," said Sen. Tom Reyes of Ohio.',
    expected: { kind: 'direct-quote', speaker: 'Tom Reyes', cue: 'said' },
  },
  {
    text: 'Rep. Ana Ruiz of California said the bill failed.',
    expected: { kind: 'reported', speaker: 'Ana Ruiz', cue: 'said' },
  },
  {
    text: 'The Central Bank of Nigeria said rates would rise.',
    expected: { kind: 'reported', speaker: 'Central Bank of Nigeria', cue: 'said' },
  },
  {
    text: 'The Duke of York said the visit was private.',
    expected: { kind: 'reported', speaker: 'Duke of York', cue: 'said' },
  },
  // a role before an apposed name: the name speaks
  {
    text: "Mercer's attorney, Rachel Kim, said her client is innocent.",
    expected: { kind: 'reported', speaker: 'Rachel Kim', cue: 'said' },
  },
  {
    text: "The company's CEO, Ana Ruiz, said sales rose.",
    expected: { kind: 'reported', speaker: 'Ana Ruiz', cue: 'said' },
  },
  {
    text: 'Tom Reyes, Ana Ruiz, said it.',
    expected: { kind: 'reported', speaker: 'Tom Reyes', cue: 'said' },
  },
  // an owner's article belongs to the phrase
  {
    text: "The study's authors say more research is needed.",
    expected: { kind: 'reported', speaker: "The study's authors", cue: 'say' },
  },
  {
    text: "The company's lawyer said the deal was legal.",
    expected: { kind: 'reported', speaker: "The company's lawyer", cue: 'said' },
  },
  // who speaks on someone's behalf
  {
    text: 'A spokesperson for the mayor said the plan would proceed.',
    expected: { kind: 'reported', speaker: 'A spokesperson for the mayor', cue: 'said' },
  },
  {
    text: 'A lawyer for Mr. Reyes said the charges may be dropped.',
    expected: { kind: 'reported', speaker: 'A lawyer for Mr. Reyes', cue: 'said' },
  },
  {
    text: 'According to a 2024 survey by the Springfield Transit Authority, ridership fell 18 percent.',
    expected: { kind: 'according-to', speaker: 'Springfield Transit Authority', cue: 'According to' },
  },
  {
    text: 'Rubio claims the election was stolen.',
    expected: { kind: 'reported', speaker: 'Rubio', cue: 'claims' },
  },
  {
    text: 'The report states that prices rose.',
    expected: { kind: 'reported', speaker: 'The report', cue: 'states' },
  },
  {
    text: 'The cost could exceed $60 million, said Tom Reyes, who chairs the panel.',
    expected: { kind: 'reported', speaker: 'Tom Reyes', cue: 'said' },
  },
  {
    text: 'The cost could exceed $60 million, said the spokesman[2].',
    expected: { kind: 'reported', speaker: 'the spokesman', cue: 'said' },
  },
]

describe('findAttribution', () => {
  it.each(valid)('finds no attribution in %j', (text) => {
    expect(findAttribution(text)).toBeNull()
  })

  it.each([...invalid, ...moreAttributed])('attributes $text', ({ text, expected }) => {
    const found = findAttribution(text)
    expect(found && { kind: found.kind, speaker: found.speaker, cue: found.cue }).toEqual(expected)
    expect(found && text.slice(found.start, found.end)).toBe(expected.cue)
  })

  it('points at the verb of the seed quote', () => {
    expect(findAttribution(SEED_QUOTE)).toEqual({
      kind: 'direct-quote',
      speaker: 'Rubio',
      cue: 'stated',
      start: 36,
      end: 42,
    })
  })

  it('never throws, and its cue is the slice at its offsets', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 50 }), (a, b) => {
        for (const text of [a, `${a} "${b}," ${a} said.`, `${b} said: "${a}`]) {
          const found = findAttribution(text)
          if (found) expect(text.slice(found.start, found.end)).toBe(found.cue)
        }
      }),
    )
  })
})

describe('isWholeQuote', () => {
  it.each([
    ['"It could take days in the hardest-hit areas."', true],
    ['“It could take days.”[2]', true],
    ['"It could take days".', true],
    ['  "It could take days," ', true],
    ['"It could take days," she said.', false],
    ['She said, "It could take days."', false],
    ['"Days," she said, "not hours."', false],
    ['It could take days.', false],
    ['', false],
  ])('%j → %s', (sentence, whole) => {
    expect(isWholeQuote(sentence)).toBe(whole)
  })

  it('is linear on 1e5 markers after a quote', () => {
    expect(isWholeQuote(`"a"${'[1]'.repeat(100_000)}`)).toBe(false)
  })
})

describe('a quote that goes on, and a pronoun for the speaker named last', () => {
  const attributionOf = (input: string, claimText: string) =>
    analyze(input, { format: 'text' }).claims.find((claim) => claim.text.startsWith(claimText))?.attribution

  it.each([
    {
      name: 'same paragraph, speaker after the verb',
      input: '"We have crews working around the clock," said Maria Lopez. "It could take days."',
      claim: '"It could take days',
      expected: { kind: 'direct-quote', speaker: 'Maria Lopez', cue: 'said' },
    },
    {
      name: 'next paragraph, speaker resolved to the full name',
      input: 'Maria Lopez runs the utility.\n\n"We have crews out," Lopez said.\n\n"It could take days."',
      claim: '"It could take days',
      expected: { kind: 'direct-quote', speaker: 'Maria Lopez', cue: 'said' },
    },
    {
      name: 'not after a sentence that is no quote',
      input: 'The utility said crews were out. "It could take days."',
      claim: '"It could take days',
      expected: null,
    },
    {
      name: 'a pronoun later in the paragraph is the speaker named last',
      input: '"We have crews out," said Maria Lopez. She added that repairs could take days.',
      claim: 'She added',
      expected: { kind: 'reported', speaker: 'Maria Lopez', cue: 'added' },
    },
    {
      name: 'a pronoun after a titled person who opens a sentence is that person',
      input: 'Judge Kenneth Ito dissented. "The reasoning would hobble enforcement," he wrote.',
      claim: '"The reasoning',
      expected: { kind: 'direct-quote', speaker: 'Kenneth Ito', cue: 'wrote' },
    },
    {
      name: 'a pronoun after a person introduced with an age is that person',
      input:
        'Maria Lopez, 61, has lived on Elm Street for 40 years. "We\'ve never seen water like this," she said.',
      claim: '"We\'ve never',
      expected: { kind: 'direct-quote', speaker: 'Maria Lopez', cue: 'said' },
    },
    {
      name: 'not after an untitled name alone, which may be a place or a company',
      input: 'Baton Rouge saw heavy rain overnight. "We were not ready," she said.',
      claim: '"We were',
      expected: { kind: 'direct-quote', speaker: null, cue: 'said' },
    },
    {
      name: 'a titled surname too, resolved to the full name',
      input: 'Senator Jane Doe spoke first. Senator Doe voted no. She said the bill was rushed.',
      claim: 'She said',
      expected: { kind: 'reported', speaker: 'Jane Doe', cue: 'said' },
    },
    {
      name: 'not after a body that opens a sentence with an office’s words',
      input: 'Federal Reserve officials met on Tuesday. He said rates would hold.',
      claim: 'He said',
      expected: { kind: 'reported', speaker: null, cue: 'said' },
    },
    {
      name: 'a pronoun in the next paragraph is not resolved',
      input: '"We have crews out," said Maria Lopez.\n\nHe said the grid was old.',
      claim: 'He said',
      expected: { kind: 'reported', speaker: null, cue: 'said' },
    },
    {
      name: 'nor for a source that is no person',
      input:
        'According to the search results, Brandi wrote on restoration. He also maintained that ruins are fragments.',
      claim: 'He also',
      expected: { kind: 'reported', speaker: null, cue: 'maintained' },
    },
    {
      name: 'nor for a description',
      input: 'The company said it would close the plant. He added that 300 jobs would go.',
      claim: 'He added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: 'nor "they" after a person',
      input: '"We have crews out," said Maria Lopez. They said the grid was old.',
      claim: 'They said',
      expected: { kind: 'reported', speaker: null, cue: 'said' },
    },
    {
      name: 'nor "she" after a group that opens the sentence with a capital',
      input: 'Officials said the bridge would reopen. She added that repairs cost $2 million.',
      claim: 'She added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: '"they" right after a group that spoke is that group',
      input: 'City officials said the bridge would reopen. They added that repairs cost $2 million.',
      claim: 'They added',
      expected: { kind: 'reported', speaker: 'City officials', cue: 'added' },
    },
    {
      name: '"they" after police',
      input: 'Police said two men were held. They said both were released.',
      claim: 'They said',
      expected: { kind: 'reported', speaker: 'Police', cue: 'said' },
    },
    {
      name: '"they" goes on through a chain of sentences',
      input:
        'The researchers said the test failed. They added that it was late. They also said it cost more.',
      claim: 'They also',
      expected: { kind: 'reported', speaker: 'The researchers', cue: 'said' },
    },
    {
      name: 'not "they" after a surname that ends in s',
      input: 'Williams said the road was shut. They added that it would reopen.',
      claim: 'They added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: 'not "they" a sentence further on',
      input: 'City officials said the bridge would reopen. The bridge is old. They added that it cost more.',
      claim: 'They added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: 'not "they" in the next paragraph',
      input: 'City officials said the bridge would reopen.\n\nThey added that it cost more.',
      claim: 'They added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: '"it" right after a body that spoke is that body',
      input: 'The union said the plan was late. It added that workers were safe.',
      claim: 'It added',
      expected: { kind: 'reported', speaker: 'The union', cue: 'added' },
    },
    {
      name: 'not "it" after a name, which may be a person',
      input: 'Maria Lopez said the plan was late. It added that workers were safe.',
      claim: 'It added',
      expected: { kind: 'reported', speaker: null, cue: 'added' },
    },
    {
      name: 'not after a heading',
      input: '"We have crews out," Lopez said.\n\n# Outlook\n\n"It could take days."',
      claim: '"It could take days',
      expected: null,
    },
  ])('$name', ({ input, claim, expected }) => {
    expect(attributionOf(input, claim) ?? null).toEqual(expected)
  })
})

describe('findAttribution on pathological input', () => {
  it('handles 1e6 quote marks and 1e5 quoted speeches', () => {
    expect(findAttribution('"'.repeat(1_000_000))).toBeNull()
    expect(findAttribution('"yes," he said. '.repeat(100_000))?.kind).toBe('direct-quote')
  })

  it('handles 1e5 repeated verbs, names and citation brackets', () => {
    expect(findAttribution('said '.repeat(100_000))).toBeNull()
    expect(findAttribution('Rubio '.repeat(100_000) + 'said so.')?.speaker).toBe(
      'Rubio Rubio Rubio Rubio Rubio Rubio Rubio Rubio Rubio',
    )
    expect(findAttribution(`"a"${'['.repeat(100_000)} he said`)?.kind).toBe('reported')
    expect(findAttribution('"a"[1] '.repeat(100_000))).toBeNull()
  })

  it('handles 1e5 "according to" and 1e6 spaces', () => {
    expect(findAttribution('according to '.repeat(100_000))?.kind).toBe('according-to')
    // Too far from the quote to be its speaker; still reported speech.
    expect(findAttribution(`"Yes,"${' '.repeat(1_000_000)}she said.`)?.kind).toBe('reported')
  })
})

describe('a crowd in a place', () => {
  it('makes its guess the article’s doubt, as any crowd’s, where the place alone was taken for a speaker', () => {
    const [claim] = analyze('Officials in Texas said the storm could worsen.', { format: 'text' }).claims
    expect(claim?.attribution?.speaker).toBe('Officials in Texas')
    expect(claim?.status).toBe('unconfirmed')
  })
})

describe('openingPerson', () => {
  it.each([
    ['Judge Kenneth Ito dissented.', 'Kenneth Ito'],
    ['Secretary of State Marco Rubio arrived on Monday.', 'Marco Rubio'],
    ['Dr. Hannah Osei has studied the virus.', 'Hannah Osei'],
    ['President Trump signed it.', 'Trump'],
    ['Federal Reserve officials met.', null],
    ['Mayor Ana Ruiz.', null],
    ['The Judge Kenneth Ito said.', null],
    ['Health officials said it.', null],
    ['Maria Lopez runs the utility.', null],
    ['Maria Lopez, 61, has lived on Elm Street for 40 years.', 'Maria Lopez'],
    ['Tom Becker, who runs the hardware store, sold out.', 'Tom Becker'],
    ['Acme Water, which serves 1.2 million people, said no.', null],
    ['Baton Rouge, 40 miles away, flooded.', null],
    ['Lopez, 61, has lived here.', null],
    ['Hurricane Elena, 115 mph, hit the coast.', null],
  ])('reads %s as %s', (sentence, expected) => {
    expect(openingPerson(sentence)).toBe(expected)
  })
})

describe('resolveSpeaker', () => {
  const names = ['Marco Rubio', 'Donald Trump', 'Nayib Bukele']
  it.each([
    ['Rubio', 'Marco Rubio'],
    ["Rubio's", 'Marco Rubio'],
    ['Marco Rubio', 'Marco Rubio'],
    ['Trump', 'Donald Trump'],
    ['Bukele', 'Nayib Bukele'],
    ['Biden', 'Biden'],
    ['Marco', 'Marco'],
  ])('resolves %j to %j', (speaker, expected) => {
    expect(resolveSpeaker(speaker, names)).toBe(expected)
  })

  it('prefers the longest matching name', () => {
    expect(resolveSpeaker('Rubio', ['Marco Rubio', 'Marco Antonio Rubio'])).toBe('Marco Antonio Rubio')
  })

  it('takes the first of two names as long', () => {
    expect(resolveSpeaker('Rubio', ['Ana Rubio', 'Marco Rubio'])).toBe('Ana Rubio')
  })

  // What resolveSpeaker did before it indexed the names: every speaker against every name.
  function everyName(speaker: string, names: readonly string[]): string {
    const wanted = speaker.trim().replace(/['’]s$|['’]$/, '')
    const wantedWords = wanted.toLowerCase().split(/\s{1,10}/)
    let best = wanted
    let bestWords = wantedWords.length
    for (const name of names) {
      const nameWords = name.toLowerCase().split(/\s{1,10}/)
      if (nameWords.length <= bestWords) continue
      const offset = nameWords.length - wantedWords.length
      if (wantedWords.every((w, i) => nameWords[offset + i] === w)) {
        best = name
        bestWords = nameWords.length
      }
    }
    return best
  }

  it('gives what comparing with every name gives (speakerResolver, one index for many speakers)', () => {
    const word = fc.constantFrom('Marco', 'Rubio', 'Ana', 'Trump', 'Donald', 'rubio', 'Lee', 'De')
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '))
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 12 }),
        fc.array(
          fc.tuple(name, fc.constantFrom('', "'s", '’')).map(([n, end]) => n + end),
          { minLength: 1, maxLength: 6 },
        ),
        (names, speakers) => {
          const resolve = speakerResolver(names)
          for (const speaker of speakers) expect(resolve(speaker)).toBe(everyName(speaker, names))
        },
      ),
      { seed: 20261128, numRuns: 500 },
    )
  })
})

describe('findPersonNames', () => {
  it('finds names with titles stripped and leaves places and bodies out', () => {
    const text =
      "Secretary of State Marco Rubio met President Donald Trump at the White House. Senator Marco Rubio's remarks about El Salvador and the United States were praised by Nayib Bukele. Let's Talk About Migration: The US's New Pursuit. In January, Trump spoke."
    expect(findPersonNames(text)).toEqual(['Marco Rubio', 'Donald Trump', 'Nayib Bukele'])
  })

  it('keeps particles inside a name', () => {
    expect(findPersonNames('He met Ursula von der Leyen in Brussels.')).toEqual(['Ursula von der Leyen'])
  })

  it('handles 1e5 capitalised words without throwing', () => {
    expect(findPersonNames('Alpha '.repeat(100_000))).toEqual([])
  })
})

describe('findQuoteSpans', () => {
  const cases: ReadonlyArray<{ text: string; quotes: string[] }> = [
    { text: 'Rubio stated, "We are close."', quotes: ['"We are close."'] },
    { text: 'He said “yes” and “no”.', quotes: ['“yes”', '“no”'] },
    { text: 'He said "yes" and "no".', quotes: ['"yes"', '"no"'] },
    { text: 'She wrote: ‘We’re done’, then left.', quotes: ['‘We’re done’'] },
    { text: "They said ``it is over'' today.", quotes: ["``it is over''"] },
    { text: 'He said „ja“ gestern.', quotes: ['„ja“'] },
    { text: 'Nested: "he said ‘no’ loudly" here.', quotes: ['"he said ‘no’ loudly"'] },
    // unbalanced: runs to the end, or began in an earlier sentence
    { text: 'He said: "We will win', quotes: ['"We will win'] },
    { text: 'to help out"[1][5].', quotes: ['to help out"'] },
    { text: 'to help out” he said.', quotes: ['to help out”'] },
    // not quotes
    { text: 'A 5" screen and the 1990s.', quotes: [] },
    { text: "Rubio's plan isn't new.", quotes: [] },
    { text: '', quotes: [] },
  ]
  it.each(cases)('finds the quotes in $text', ({ text, quotes }) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(quotes)
  })

  it('handles 1e6 quote marks of every kind without throwing', () => {
    for (const mark of ['"', '“', '”', '‘', '’', '„', '«', '»', '``', "''"]) {
      const spans = findQuoteSpans(mark.repeat(1_000_000))
      expect(Array.isArray(spans)).toBe(true)
    }
  })

  it('returns sorted, non-overlapping spans inside the string', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('"', '“', '”', '‘', '’', 'a', ' ', "'", '`', ','),
          maxLength: 200,
        }),
        (text) => {
          let last = 0
          for (const span of findQuoteSpans(text)) {
            expect(span.start).toBeGreaterThanOrEqual(last)
            expect(span.end).toBeGreaterThan(span.start)
            expect(span.end).toBeLessThanOrEqual(text.length)
            last = span.end
          }
        },
      ),
    )
  })
})

describe('hedges in an identified speaker’s reported words', () => {
  const claimOf = (input: string) => analyze(input, { format: 'text' }).claims.at(-1)!
  const cues = (input: string) =>
    claimOf(input).hedges.map((hedge) => [
      hedge.cue,
      hedge.inQuote ? 'quote' : hedge.inReportedSpeech ? 'speaker' : 'article',
    ])

  it.each([
    {
      name: 'after "X said"',
      input: 'Reyes said the true cost could exceed $60 million.',
      cues: [['could', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'before ", X said" that closes the sentence',
      input: 'The cost could exceed $60 million, Reyes said.',
      cues: [['could', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'before ", X said" and a short tail',
      input: 'The cost could exceed $60 million, Reyes said on Tuesday.',
      cues: [['could', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'inside "The deal, X said, may …"',
      input: 'The deal, Reyes said, may collapse.',
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'after "According to the ministry,"',
      input: 'According to the ministry, the deal may collapse.',
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'before ", according to" a definite body, with its marker',
      input:
        'The plan is expected to create about 300 jobs, according to the city’s economic development office[1].\n\n[1] https://springfield.gov/news/jobs',
      cues: [['is expected', 'speaker']],
      status: 'supported',
    },
    {
      name: 'before ", the X says" with the article before a name',
      input: 'So far the virus may spread between cows, the CDC says.',
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'not unconfirmed reports an identified speaker passes on',
      input: 'There were unconfirmed reports of a second gunman, the sheriff’s office said.',
      cues: [['unconfirmed reports', 'speaker']],
      status: 'unconfirmed',
    },
    {
      name: 'a body that is named',
      input: 'The Pentagon said the strike may have killed civilians.',
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'a belief the speaker reports',
      input: 'Reyes said he believes the memo was forged.',
      cues: [['believes', 'speaker']],
      status: 'unsupported',
    },
    {
      name: '"she" for the speaker named last',
      input: '"We have crews out," said Maria Lopez. She added that repairs could take days.',
      cues: [['could', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'a spokesperson for a definite body',
      input: 'A spokesperson for the mayor said the plan could be delayed by a year.',
      cues: [['could', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'a definite body named with "of"',
      input: 'According to the ministry of health, the deal may collapse.',
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'not for an unnamed member of a body',
      input: 'According to an official of the ministry, the deal may collapse.',
      cues: [['may', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'an owner’s representative, with the owner’s article',
      input: "The company's lawyer said the charges may be dropped.",
      cues: [['may', 'speaker']],
      status: 'unsupported',
    },
    {
      name: 'not in an appositive about the speaker',
      input: 'Reyes, who may run for mayor, said the plan could cost $60 million.',
      cues: [
        ['may', 'article'],
        ['could', 'speaker'],
      ],
      status: 'unconfirmed',
    },
    {
      name: 'not for a crowd',
      input: 'Officials said the cost could exceed $60 million.',
      cues: [['could', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'not for an indefinite document',
      input: 'A report said the deal may collapse.',
      cues: [['may', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'not for an unnamed source',
      input: 'Sources familiar with the talks said work could start in spring.',
      cues: [
        ['Sources familiar with', 'article'],
        ['could', 'article'],
      ],
      status: 'unconfirmed',
    },
    {
      name: 'not for a pronoun that stands for no one',
      input: 'He said the grid may fail by 2030, cutting power to 40,000 homes.',
      cues: [['may', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'not for words that open the sentence before "X said …"',
      input: 'Perhaps surprisingly, Reyes said the plan was sound.',
      cues: [['Perhaps', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'not before ", X said" with a long tail',
      input: 'The cost could exceed $60 million, Reyes said in a statement on Tuesday.',
      cues: [['could', 'article']],
      status: 'unconfirmed',
    },
    {
      name: 'not in a relative clause about the speaker',
      input: 'The cost could exceed $60 million, said Tom Reyes, who may run for mayor.',
      cues: [
        ['could', 'speaker'],
        ['may', 'article'],
      ],
      status: 'unconfirmed',
    },
    {
      name: 'a rumour the speaker passes on still leaves the claim unconfirmed',
      input: 'Reyes said unconfirmed reports suggest the memo was forged.',
      cues: [
        ['unconfirmed reports', 'speaker'],
        ['suggest', 'speaker'],
      ],
      status: 'unconfirmed',
    },
    {
      name: 'a direct quote is the speaker’s already (inQuote), not reported speech',
      input: '"The plan may fail," Reyes said of the costs of the transit expansion.',
      cues: [['may', 'quote']],
      status: 'unsupported',
    },
  ])('$name', ({ input, cues: expected, status }) => {
    expect(cues(input)).toEqual(expected)
    expect(claimOf(input).status).toBe(status)
  })

  it('raises no unconfirmed-claim finding for the speaker’s guess, and says whose it is', () => {
    const report = analyze('Reyes said the true cost could exceed $60 million.', { format: 'text' })
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['unsupported-claim'])
    const reason = report.claims[0]!.reasons.find((r) => r.factor === 'hedge-speculative')
    expect(reason?.detail).toBe('"could": speculative wording (in the speaker’s reported words)')
  })
})
