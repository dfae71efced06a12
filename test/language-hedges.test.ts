import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import { embeddedQuestions } from '../src/language/embedded-questions.js'
import { HEDGE_LEXICON } from '../src/language/hedge-lexicon.js'
import { compileHedgeLexicon, findHedges } from '../src/language/hedges.js'

type Cue = readonly [cue: string, category: string]

/** Sentences with no hedge at all, each with the reason it is a trap. */
const valid: readonly string[] = [
  // the month, not the modal
  'The law took effect in May 2020.',
  'The vote is scheduled for May 5.',
  'Talks resumed on 5 May in Geneva.',
  'Since May, prices have risen by 4%.',
  'May was the wettest month on record.',
  'May, however, brought relief to farmers.',
  'Theresa May said the deal was done.',
  'Last May the council approved the budget.',
  // fixed phrases with "may"
  'Be that as it may, the council approved the budget.',
  'Come what may, the team will play on Saturday.',
  // routine notes on reporting
  'Rubio could not be reached for comment.',
  'The spokesman could not immediately be reached.',
  "He could  n't  be  reached .",
  // past inability is a fact
  'Rescuers could not reach the village until Tuesday.',
  'Controllers could not contact the plane.',
  // confirmed, negated rumours and allegations
  'The deal has been confirmed by both governments.',
  'The ministry confirmed the figures on Monday.',
  'This is not a rumor: the contract was signed.',
  "It isn't a rumour; the minister resigned.",
  'He is no longer alleged to have taken part.',
  'These are not just rumors.',
  // attribution verbs are not hedges
  'Rubio says the talks are over.',
  'The minister said that the border will stay open.',
  'The report stated that 250 people were expelled.',
  // "that", "also", "so"
  'The country also signed the treaty, so the talks ended.',
  'Officials announced that the plant will close.',
  // boosters
  'There is no doubt that the treaty was signed.',
  'Without a doubt, the vote passed.',
  // "possible" in fixed phrases
  'The team responded as quickly as possible.',
  'The grant made it possible to rebuild the bridge.',
  // a superlative before "possible" intensifies it
  'Their attacks must be met with the severest possible crackdown.',
  'The court set the earliest possible date for the hearing.',
  // a past expectation with nothing after it: the event was foreseen, and it happened
  'The approval, which had been expected, permits the bank to buy the shares.',
  'Octel said the purchase was expected.',
  // a named crowd is no unnamed source
  'The art critics Roger Fry and Clive Bell were his first champions.',
  // a crowd after "of", or a possessive one, is what the sentence is about, not its source
  'The poll of music critics ran every year.',
  'Senator Aquino was the staunchest of his critics.',
  'Only a small number of critics attended the show.',
  "The critics' poll is run by the paper.",
  'The department won the Critics Choice Award for four years.',
  // a crowd with a named member
  'Critics of the plan, including council member Tom Reyes, argued that the costs were underestimated.',
  'Critics such as Senator Ann Lee want the bill withdrawn.',
  'Critics, among them Reyes, want the bill withdrawn.',
  // as much as can be
  'The player tries to overtake as many cars as possible.',
  'Engineers kept the centre of gravity as low as possible.',
  'The firm said it would cooperate to the extent possible.',
  'The rule reduced the maximum possible value of the prize.',
  // "possible to" + verb: what can be done
  'It was not possible to tell the two species apart.',
  // a count before "possible" lists the options
  'The tonal language has four possible patterns.',
  'Each rotor has 3 possible combustion chambers.',
  // "potential" and "possible" naming a role
  'The company said it is continuing talks with potential buyers of two units.',
  'The merger would give the new company 55 million potential customers.',
  // "assumption of" is taking something on
  'The price also includes assumption of about $1.4 billion in debt.',
  // "might" the noun
  'The country showed its military might in a parade.',
  'They pushed with all their might.',
  // "assumed office" is not an assumption
  'She assumed office in January.',
  // doubt raised by someone named, and a named person noting something, are no weasels
  'Concerns were raised by the auditors.',
  'The minister noted the plan.',
  // counts, durations, degrees and comparisons are no vague quantity
  'Some 500 people attended the rally.',
  'The talks lasted for some time.',
  'She asked how many people attended.',
  'The plan drew many more votes than expected.',
  'The dam holds many thousands of litres.',
  'To some extent, the plan worked.',
  'As many as 300 people were hurt.',
  'Many years ago, the mill closed.',
  'Prices have risen many times over.',
  // a capital inside a sentence makes the quantifier part of a title
  'The film Some Like It Hot opened in 1959.',
  'He starred in Many Rivers to Cross.',
  // praise and blame with a named agent, and a sentence passed, are not vague authority
  'The plan was criticized by the teachers union.',
  'Moore has been criticized by Greenpeace for his views.',
  'He was condemned to death in 1921.',
  'The suspect fled, according to police.',
  'The talks stalled, according to officials in Kyiv.',
  'The mayor criticized the budget.',
  // "appeared" in court or on television
  'The suspect appeared in court on Tuesday.',
  'She appears regularly on television.',
  '',
  '   ',
  '[1][5]',
]

/** Sentences with hedges, and the cues expected (cue text as written, category). */
const invalid: ReadonlyArray<{ text: string; cues: readonly Cue[] }> = [
  // the seed article
  { text: "But it seems that El Salvador isn't the only target.", cues: [['it seems', 'speculative']] },
  {
    text: 'Rumors suggest that the US has been in negotiations with Rwanda[3], and there have also been reports of talks with Libya[3].',
    cues: [
      ['Rumors suggest', 'rumor'],
      ['there have also been reports', 'anonymous-source'],
    ],
  },
  {
    text: 'As the negotiations unfold, it remains to be seen which countries will step up.',
    cues: [['it remains to be seen', 'speculative']],
  },
  {
    text: 'Who knows what other arrangements might be in the works behind the scenes?',
    cues: [
      ['Who knows', 'speculative'],
      ['might', 'speculative'],
    ],
  },
  {
    text: "- Critics are expressing their concerns about the US's immigration policy, suggesting that it may lead to collaborations with countries with problematic human rights records, such as Libya, where there have been unconfirmed reports of negotiations.",
    cues: [
      ['Critics', 'anonymous-source'],
      ['suggesting', 'speculative'],
      ['may', 'speculative'],
      ['unconfirmed reports', 'unconfirmed'],
    ],
  },
  {
    // A charge reported as a fact about the immigrants, not doubt the article casts on the expulsion.
    text: 'Already, Trump has taken action, expelling over 250 immigrants accused of gang affiliations to El Salvador.',
    cues: [],
  },
  {
    text: 'The US government remains firm, as evidenced by discussions with Rwanda, Libya, and likely more countries to come.',
    cues: [['likely', 'speculative']],
  },
  // rumor
  { text: 'Rumor has it that the coach will resign.', cues: [['Rumor has it', 'rumor']] },
  { text: 'The singer is rumoured to be joining the band.', cues: [['rumoured', 'rumor']] },
  { text: 'Shares rose on takeover speculation.', cues: [['speculation', 'rumor']] },
  { text: 'There have been rumors of a merger for weeks.', cues: [['There have been rumors', 'rumor']] },
  // unconfirmed
  {
    text: 'The claim could not be independently verified.',
    cues: [['could not be independently verified', 'unconfirmed']],
  },
  { text: 'The figures have not been confirmed.', cues: [['not been confirmed', 'unconfirmed']] },
  {
    text: "Reuters couldn't independently verify the video.",
    cues: [["couldn't independently verify", 'unconfirmed']],
  },
  { text: 'The report remains unverified.', cues: [['unverified', 'unconfirmed']] },
  { text: 'The death toll has yet to be confirmed.', cues: [['yet to be confirmed', 'unconfirmed']] },
  { text: 'He repeated the claim without evidence.', cues: [['without evidence', 'unconfirmed']] },
  // speculative
  { text: 'The plant may close next year.', cues: [['may', 'speculative']] },
  { text: 'MAY the plant close next year?', cues: [['MAY', 'speculative']] },
  { text: 'May the best team win.', cues: [['May', 'speculative']] },
  { text: 'Talks May Be Over, Officials Fear', cues: [['May', 'speculative']] },
  { text: 'The virus could spread further.', cues: [['could', 'speculative']] },
  { text: 'The vote was probably rigged.', cues: [['probably', 'speculative']] },
  { text: 'Perhaps the deal will hold.', cues: [['Perhaps', 'speculative']] },
  { text: 'The talks appear to have stalled.', cues: [['appear', 'speculative']] },
  { text: 'It appears that the talks have stalled.', cues: [['It appears', 'speculative']] },
  { text: 'The deal appears doomed.', cues: [['appears', 'speculative']] },
  { text: 'The data suggests a shift in policy.', cues: [['suggests', 'speculative']] },
  {
    text: 'It is unclear whether the ceasefire will hold.',
    cues: [
      ['unclear', 'speculative'],
      ['whether', 'conditional'],
    ],
  },
  { text: 'It is not yet clear who fired first.', cues: [['not yet clear', 'speculative']] },
  { text: 'The company is expected to announce layoffs.', cues: [['is expected', 'speculative']] },
  { text: 'A second wave is more likely than not.', cues: [['more likely', 'speculative']] },
  { text: 'Heavy users were more likely to report symptoms.', cues: [['more likely', 'speculative']] },
  // A likelihood with a measured ratio is a finding.
  { text: 'Heavy users were twice as likely to report symptoms of depression.', cues: [] },
  { text: 'People who drank tea were 20% less likely to have a heart attack.', cues: [] },
  { text: 'One review of 9 studies found that tea lowers blood pressure.', cues: [] },
  { text: 'Studies found that tea lowers blood pressure.', cues: [['Studies found', 'weasel']] },
  { text: 'The company raised its revenue forecast to between $124 billion and $126 billion.', cues: [] },
  { text: 'The storm is forecast to make landfall on Friday.', cues: [['forecast', 'speculative']] },
  { text: 'Smokers are three times more likely to develop the disease.', cues: [] },
  { text: 'Vaccinated children were 1.5 times less likely to be admitted.', cues: [] },
  { text: 'Drivers were 40 percent less likely to crash.', cues: [] },
  {
    text: 'Girls were half as likely to be diagnosed, and the change may spread.',
    cues: [['may', 'speculative']],
  },
  { text: 'The discovery raises questions about the budget.', cues: [['raises questions', 'speculative']] },
  // doxastic
  { text: 'The gunman is believed to have acted alone.', cues: [['believed', 'doxastic']] },
  {
    text: 'The plan rests on the assumption that rates will fall.',
    cues: [['assumption', 'doxastic']],
  },
  {
    text: 'Officials raised concerns about a possible pattern of killings.',
    cues: [['possible', 'speculative']],
  },
  { text: 'A potential conflict of interest was reported.', cues: [['potential', 'speculative']] },
  // "-est" that is no superlative
  { text: 'Economists see a modest possible rise in rates.', cues: [['possible', 'speculative']] },
  { text: 'It is possible that the virus spread earlier.', cues: [['possible', 'speculative']] },
  { text: 'A second wave is possible.', cues: [['possible', 'speculative']] },
  { text: 'One possible explanation is a faulty valve.', cues: [['possible', 'speculative']] },
  { text: 'A decision is expected.', cues: [['is expected', 'speculative']] },
  { text: 'The election was expected to be close.', cues: [['was expected', 'speculative']] },
  { text: 'A ruling was expected by Friday.', cues: [['was expected', 'speculative']] },
  { text: 'The song was praised by critics on release.', cues: [['critics', 'anonymous-source']] },
  { text: 'Critics of the plan say it costs too much.', cues: [['Critics', 'anonymous-source']] },
  // "like him", "such as Libya" far from the crowd, a comma-less "including" later on: no member named
  { text: 'Critics like him want the bill withdrawn.', cues: [['Critics', 'anonymous-source']] },
  {
    text: 'Critics of countries such as Libya want the deal withdrawn.',
    cues: [['Critics', 'anonymous-source']],
  },
  { text: 'Critics; including Reyes, want the bill withdrawn.', cues: [['Critics', 'anonymous-source']] },
  { text: 'Critics of the plan say it will fail.', cues: [['Critics', 'anonymous-source']] },
  {
    text: 'His critics often described him as an isolationist.',
    cues: [['critics', 'anonymous-source']],
  },
  { text: 'Both sides discussed a possible truce.', cues: [['possible', 'speculative']] },
  { text: 'Negotiators met the possible buyers, officials may say.', cues: [['may', 'speculative']] },
  { text: 'The painting is thought to be a forgery.', cues: [['is thought', 'doxastic']] },
  { text: 'The alleged bribe was paid in cash.', cues: [['alleged', 'doxastic']] },
  { text: 'He allegedly paid the bribe in cash.', cues: [['allegedly', 'doxastic']] },
  { text: 'She is widely considered the favourite.', cues: [['widely considered', 'weasel']] },
  { text: 'He is considered one of the best players.', cues: [['is considered', 'doxastic']] },
  { text: 'The purported letter surfaced on Monday.', cues: [['purported', 'doxastic']] },
  { text: 'I think the plan will fail.', cues: [['think', 'doxastic']] },
  // anonymous-source
  {
    text: 'The plan was approved, according to officials who declined to be named.',
    cues: [['declined to be named', 'anonymous-source']],
  },
  { text: 'Sources said the talks had collapsed.', cues: [['Sources', 'anonymous-source']] },
  { text: 'A source close to the minister denied the report.', cues: [['A source', 'anonymous-source']] },
  {
    text: 'A person briefed on the audit said payments were approved without review.',
    cues: [['person briefed on', 'anonymous-source']],
  },
  { text: 'At least 14 projects show no sign of work, the inspection reports say.', cues: [] },
  { text: 'Its annual reports show a loss in 2023.', cues: [] },
  { text: 'Reports say the minister will resign.', cues: [['Reports', 'anonymous-source']] },
  {
    text: 'People familiar with the matter said the bid would fail.',
    cues: [['People familiar with', 'anonymous-source']],
  },
  { text: 'The minister reportedly resigned.', cues: [['reportedly', 'anonymous-source']] },
  { text: 'He is said to have fled the country.', cues: [['is said to', 'anonymous-source']] },
  {
    text: 'An official who spoke on condition of anonymity confirmed the raid.',
    cues: [['on condition of anonymity', 'anonymous-source']],
  },
  { text: 'It is understood that the board will meet.', cues: [['It is understood', 'anonymous-source']] },
  // weasel
  { text: 'Critics say the law is unfair.', cues: [['Critics say', 'weasel']] },
  { text: 'Some say the election was stolen.', cues: [['Some say', 'weasel']] },
  { text: 'Experts say the bridge is unsafe.', cues: [['Experts say', 'weasel']] },
  { text: 'It is said that the castle is haunted.', cues: [['It is said', 'weasel']] },
  { text: 'Many believe the tax is too high.', cues: [['Many believe', 'weasel']] },
  { text: 'Some people refuse to pay.', cues: [['Some people', 'weasel']] },
  { text: 'He is widely regarded as the best coach.', cues: [['widely regarded', 'weasel']] },
  { text: 'Studies show that the drug works.', cues: [['Studies show', 'weasel']] },
  { text: 'Many residents said the water was brown.', cues: [['Many residents said', 'weasel']] },
  { text: 'According to some, the plan failed.', cues: [['According to some', 'weasel']] },
  // Wikipedia's "Words to watch" weasels
  {
    text: 'Questions have been raised about the deal.',
    cues: [['Questions have been raised', 'weasel']],
  },
  { text: 'Doubts were expressed over the figures.', cues: [['Doubts were expressed', 'weasel']] },
  { text: 'Most feel the plan failed.', cues: [['Most feel', 'weasel']] },
  { text: 'It is often reported that crime rose.', cues: [['It is often reported', 'weasel']] },
  { text: 'Supporters argue that the tax is fair.', cues: [['Supporters argue', 'weasel']] },
  { text: 'Experts declare the bridge safe.', cues: [['Experts declare', 'weasel']] },
  { text: 'Observers note that the vote was close.', cues: [['Observers note', 'weasel']] },
  { text: 'The drug is safe, according to experts.', cues: [['according to experts', 'weasel']] },
  {
    text: 'According to many historians, the war was lost.',
    cues: [['According to many', 'weasel']],
  },
  {
    text: 'The policy has been criticized for its cost.',
    cues: [['has been criticized', 'weasel']],
  },
  { text: 'The decision was condemned as cruel.', cues: [['was condemned', 'weasel']] },
  { text: 'The film has been widely praised.', cues: [['widely praised', 'weasel']] },
  {
    text: 'The plan surprised many industry analysts say.',
    cues: [['many industry analysts say', 'weasel']],
  },
  // vague quantity: a count left vague, never a weasel inside a sentence or before "of"
  {
    text: 'The company requested duty-free treatment for many types of watches.',
    cues: [['many', 'vague-quantity']],
  },
  { text: 'Many of the victims were children.', cues: [['Many', 'vague-quantity']] },
  { text: 'It is possible to run several cogs in parallel.', cues: [['several', 'vague-quantity']] },
  { text: 'Several buildings collapsed in the storm.', cues: [['Several', 'vague-quantity']] },
  { text: 'The fire destroyed a number of homes.', cues: [['a number of', 'vague-quantity']] },
  { text: 'Police arrested a handful of protesters.', cues: [['a handful of', 'vague-quantity']] },
  { text: 'The storm damaged some of the bridges.', cues: [['some', 'vague-quantity']] },
  { text: 'In some cases, the tests failed.', cues: [['some', 'vague-quantity']] },
  { text: 'The agency received numerous complaints.', cues: [['numerous', 'vague-quantity']] },
  // "some" and "many" standing for people are vague counts too
  { text: 'Some were killed in the blast.', cues: [['Some', 'vague-quantity']] },
  { text: 'The term is used by some to imply a slight.', cues: [['some', 'vague-quantity']] },
  { text: 'He impressed many with his speed.', cues: [['many', 'vague-quantity']] },
  {
    text: 'The fire forced many residents to flee, officials said.',
    cues: [['many', 'vague-quantity']],
  },
  // a vague crowd that only acts is a vague count, not vague authority; one that speaks is a weasel
  { text: 'Many residents fled the fire.', cues: [['Many', 'vague-quantity']] },
  { text: 'Some guilds kept their charters.', cues: [['Some', 'vague-quantity']] },
  // conditional
  { text: 'If the talks fail, the strike will go ahead.', cues: [['If', 'conditional']] },
  { text: 'The strike will go ahead unless the talks succeed.', cues: [['unless', 'conditional']] },
  { text: 'Voters will decide whether the mayor stays.', cues: [['whether', 'conditional']] },
  { text: 'The army will intervene if necessary.', cues: [['if necessary', 'conditional']] },
  // cues inside quotes are kept, marked inQuote
  { text: 'Rubio stated, "We may find other countries."', cues: [['may', 'speculative']] },
  // month and modal in one sentence
  { text: 'In May, officials said the plant may close.', cues: [['may', 'speculative']] },
  // treebank tokenisation: "could n't" is "could not"
  { text: "The figures could  n't  be  confirmed .", cues: [["could  n't  be  confirmed", 'unconfirmed']] },
]

describe('findHedges', () => {
  it.each(valid)('finds no hedge in %j', (text) => {
    expect(findHedges(text)).toEqual([])
  })

  it.each(invalid)('finds the hedges in $text', ({ text, cues }) => {
    const found = findHedges(text)
    expect(found.map((h) => [h.cue, h.category])).toEqual(cues)
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.cue)
  })

  it('marks cues inside a direct quote', () => {
    const text = 'Rubio stated, "We may find other countries," but critics say it is unlikely.'
    expect(findHedges(text).map((h) => [h.cue, h.inQuote])).toEqual([
      ['may', true],
      ['critics say', false],
      ['unlikely', false],
    ])
  })

  it('marks cues inside curly quotes and a quote left open', () => {
    expect(findHedges('He said: “It could rain.”')[0]?.inQuote).toBe(true)
    expect(findHedges('He said: "It could rain')[0]?.inQuote).toBe(true)
    expect(findHedges('could rain," he said.')[0]?.inQuote).toBe(true)
  })

  it('returns cues sorted, non-overlapping, with offsets into the sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (noise) => {
        const text = `${noise} Rumors suggest it may rain ${noise}, sources said, if "critics say" so.`
        const found = findHedges(text)
        let last = -1
        for (const h of found) {
          expect(h.start).toBeGreaterThanOrEqual(last)
          expect(h.end).toBeGreaterThan(h.start)
          expect(text.slice(h.start, h.end)).toBe(h.cue)
          last = h.end
        }
      }),
    )
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        expect(Array.isArray(findHedges(text))).toBe(true)
      }),
    )
  })
})

describe('findHedges on pathological input', () => {
  it('handles 1e5 repeated cue words', () => {
    const found = findHedges('may '.repeat(100_000))
    expect(found).toHaveLength(100_000)
  })

  it('handles 1e5 repeated phrase prefixes that never complete', () => {
    expect(findHedges('could not be '.repeat(100_000))).toEqual([])
    expect(findHedges('there have been '.repeat(50_000))).toEqual([])
  })

  it('handles 1e6 quote marks', () => {
    expect(findHedges('"'.repeat(1_000_000))).toEqual([])
    expect(findHedges('“may” '.repeat(200_000))).toHaveLength(200_000)
  })

  it('handles a word of 1e6 letters and 1e6 spaces between cue words', () => {
    expect(findHedges('a'.repeat(1_000_000))).toEqual([])
    expect(findHedges(`rumor${' '.repeat(1_000_000)}has it`)).toEqual([
      {
        cue: `rumor${' '.repeat(1_000_000)}has it`,
        category: 'rumor',
        start: 0,
        end: 1_000_011,
        inQuote: false,
      },
    ])
  })

  it('handles 1e5 vague quantifiers in a row', () => {
    const found = findHedges('many '.repeat(100_000))
    // Every "many" but the last, which counts nothing.
    expect(found).toHaveLength(99_999)
    expect(found.every((h) => h.cue === 'many' && h.category === 'vague-quantity')).toBe(true)
  })

  it('handles 1e5 filler adverbs and apostrophes', () => {
    expect(findHedges(`not ${'also '.repeat(100_000)}confirmed`)).toEqual([])
    expect(findHedges("'".repeat(1_000_000))).toEqual([])
  })
})

describe('vague quantities in a report', () => {
  const article = [
    'The fire forced many residents to flee their homes on Monday.[1]',
    '',
    'Rumors suggest that some of the residents will not return.[1]',
    '',
    'Sources',
    '[1] https://apnews.com/article/fire-residents-flee',
    '',
  ].join('\n')
  const [vague, rumoured] = analyze(article).claims

  it('lists the cue and lowers confidence a little, with a reason', () => {
    expect(vague?.hedges.map((h) => [h.cue, h.category])).toEqual([['many', 'vague-quantity']])
    const reason = vague?.reasons.find((r) => r.factor === 'hedge-vague-quantity')
    expect(reason?.contribution).toBeLessThan(0)
    expect(reason?.detail).toContain('"many"')
  })

  it('does not make a cited claim unconfirmed or raise a finding', () => {
    expect(vague?.status).toBe('supported')
    const findings = analyze(article).findings.filter((f) => f.claimId === vague?.id)
    expect(findings).toEqual([])
  })

  it('does not stop a rumour cue from making its claim unconfirmed', () => {
    expect(rumoured?.hedges.map((h) => h.category)).toEqual(['rumor', 'vague-quantity'])
    expect(rumoured?.status).toBe('unconfirmed')
  })
})

describe('hedge lexicon', () => {
  it('has no two entries that give one phrase different meanings', () => {
    expect(compileHedgeLexicon().conflicts).toEqual([])
  })

  it('refers only to word lists that exist', () => {
    expect(() => compileHedgeLexicon(HEDGE_LEXICON)).not.toThrow()
    expect(() => compileHedgeLexicon([{ pattern: '@nope', category: 'weasel' }])).toThrow(/Unknown word list/)
  })

  it('never flags the words hedge lists flag in news copy', () => {
    for (const word of [
      'says',
      'said',
      'stated',
      'that',
      'also',
      'so',
      'about',
      'around',
      'can',
      'will',
      'would',
    ]) {
      expect(findHedges(`The minister ${word} the plan.`)).toEqual([])
    }
  })
})

describe('hedges in an embedded question', () => {
  it.each([
    ['Officials are investigating whether the fire may have been set.', ['the fire may have been set.']],
    ['The company declined to say if layoffs are possible, a spokesperson said.', ['layoffs are possible']],
    ['Reporters asked if the plant could close; no one answered.', ['the plant could close']],
    [
      'It is unclear whether the deal will survive, and officials asked if it should.',
      ['the deal will survive', 'it should.'],
    ],
    // After a dash the second question opens its clause.
    ['It is unclear whether the deal will survive — or whether it should.', ['the deal will survive']],
    // A question that opens its clause may be its subject: where it ends is not known.
    ['Whether the sound is a problem could depend on the context.', []],
    ['Hence, whether the sound is a problem could depend on the context.', []],
    ['Determining whether the grounds are met depends on several factors.', []],
    // "if" after anything but asking or knowing is a condition.
    ['The plant will close if sales fall, and 300 jobs could be lost.', []],
  ])('%s', (sentence, expected) => {
    expect(embeddedQuestions(sentence).map((span) => sentence.slice(span.start, span.end).trim())).toEqual(
      expected,
    )
  })

  const claimOf = (input: string) => analyze(input, { format: 'text' }).claims.at(-1)!
  it.each([
    {
      name: 'a guess the article asks about, cited',
      input:
        'Investigators are looking into whether the two fires may be connected.[1]\n\n[1] https://www.springfieldfire.gov/x',
      flags: [
        ['whether', false],
        ['may', true],
      ],
      status: 'supported',
    },
    {
      name: 'a guess the article makes, after a question that is the subject',
      input:
        'Whether the 2019 levy is legal could decide the $40 million case before the Ohio Supreme Court.',
      flags: [
        ['Whether', false],
        ['could', false],
      ],
      status: 'unconfirmed',
    },
    {
      name: 'a rumour asked about still counts',
      input: 'Officials are investigating whether rumors of a cover-up are true.',
      flags: [
        ['whether', false],
        ['rumors', true],
      ],
      status: 'unconfirmed',
    },
  ])('$name', ({ input, flags, status }) => {
    const claim = claimOf(input)
    expect(claim.hedges.map((hedge) => [hedge.cue, hedge.inQuestion])).toEqual(flags)
    expect(claim.status).toBe(status)
  })

  it('says so in the reason', () => {
    const claim = claimOf(
      'Investigators are looking into whether the two fires may be connected.[1]\n\n[1] https://www.springfieldfire.gov/x',
    )
    expect(claim.reasons.find((reason) => reason.factor === 'hedge-speculative')?.detail).toBe(
      '"may": speculative wording (in a question the article asks, not asserts)',
    )
  })
})
