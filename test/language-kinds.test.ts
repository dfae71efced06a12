import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import { bylineNames, type ClaimKindContext, classifyClaimKind } from '../src/language/claim-kind.js'
import type { ClaimKind } from '../src/report/schema.js'

const plain = { isHeadline: false, hasDirectQuote: false }
const quoted = { isHeadline: false, hasDirectQuote: true }
const headline = { isHeadline: true, hasDirectQuote: false }

const cases: ReadonlyArray<{ text: string; context?: ClaimKindContext; kind: ClaimKind }> = [
  // the seed article, sentence by sentence
  {
    text: 'United States actively searching for nations to return migrants to origin countries',
    context: headline,
    kind: 'headline',
  },
  { text: "Let's Talk About Migration: The US's New Pursuit", context: headline, kind: 'headline' },
  {
    text: 'Secretary of State Marco Rubio recently revealed that the United States is actively seeking other countries to help take in migrants[1][5].',
    kind: 'factual',
  },
  {
    text: 'During a White House meeting, Rubio stated, "We\'re not just focusing on El Salvador. We\'re working hard to find other countries willing to help out"[1][5].',
    context: quoted,
    kind: 'quote',
  },
  { text: "But it seems that El Salvador isn't the only target.", kind: 'factual' },
  {
    text: 'These arrangements aim to distribute the burden of hosting migrants across multiple countries, leading to a more balanced approach to immigration management.',
    kind: 'opinion',
  },
  {
    text: 'As the negotiations unfold, it remains to be seen which countries will step up and join forces with the United States.',
    kind: 'prediction',
  },
  {
    text: "However, one thing is clear - the US is taking a firm stance on immigration, and they're not afraid to collaborate.",
    kind: 'opinion',
  },
  { text: 'Remember, these are only the talks happening out in the open.', kind: 'meta' },
  { text: 'Who knows what other arrangements might be in the works behind the scenes?', kind: 'question' },
  { text: 'Stay tuned for more updates as the situation develops.', kind: 'meta' },
  {
    text: '- Despite the reasonable arguments made by opponents, the US government remains firm in its immigration stance.',
    kind: 'opinion',
  },
  // factual
  { text: 'Trump has expelled over 250 immigrants to El Salvador[2][4].', kind: 'factual' },
  { text: 'The will of the people was clear in 2020.', kind: 'factual' },
  { text: 'He is going to the store.', kind: 'factual' },
  { text: 'Prices rose 4% in May, the statistics office said.', kind: 'factual' },
  { text: 'The plant closed because of a balanced budget rule.', kind: 'factual' },
  // questions, also before closing quotes and citation markers
  { text: 'Is this the end?[3]', kind: 'question' },
  { text: 'Will the talks succeed?', kind: 'question' },
  { text: 'Why did the deal collapse?" ', kind: 'question' },
  // quotes
  { text: '"Is this the end?" he asked.', context: quoted, kind: 'quote' },
  { text: '"We will not back down."', context: quoted, kind: 'quote' },
  {
    text: 'He called the plan a "disaster" before the vote on Monday morning.',
    context: quoted,
    kind: 'factual',
  },
  // opinion
  { text: 'I think the plan will fail.', kind: 'opinion' },
  { text: 'In my opinion, the law goes too far.', kind: 'opinion' },
  { text: 'The decision was frankly absurd.', kind: 'opinion' },
  { text: 'It is clear that the policy has failed.', kind: 'opinion' },
  // prediction
  { text: 'The plant will close next year.', kind: 'prediction' },
  { text: 'The company is expected to announce layoffs.', kind: 'prediction' },
  { text: 'The bill is set to pass the Senate.', kind: 'prediction' },
  { text: "They're going to raise taxes.", kind: 'prediction' },
  { text: "Prices won't fall soon.", kind: 'prediction' },
  // meta: calls to action and notes to the reader
  { text: 'Read more: How the deal was made.', kind: 'meta' },
  { text: 'Subscribe to our newsletter for daily news.', kind: 'meta' },
  { text: 'Click here to watch the video.', kind: 'meta' },
  { text: "Editor's note: This article was updated on Monday.", kind: 'meta' },
  { text: "Don't forget to share your thoughts below.", kind: 'meta' },
  // bylines and credit lines
  { text: '*By Sam Lee | December 1, 2026*', kind: 'meta' },
  { text: 'By Jane Doe, Staff Writer', kind: 'meta' },
  { text: 'By The Associated Press', kind: 'meta' },
  { text: 'Reporting by Jane Doe; Editing by Sam Lee', kind: 'meta' },
  { text: '*Reporting by Jane Doe and Sam Lee; editing by Ann Park.*', kind: 'meta' },
  {
    text: '(Reporting by Jane Doe in London; additional reporting by Ana Ruiz; Editing by Sam Lee)',
    kind: 'meta',
  },
  { text: 'By Monday, reporting by Jane Doe had been cited 40 times.', kind: 'factual' },
  // time stamps and the article speaking of itself
  { text: '*Last updated 4:15 p.m. ET*', kind: 'meta' },
  { text: 'Published Mon, Sept. 3, 2025 at 9:00 AM EST', kind: 'meta' },
  { text: 'Updated: March 3, 2025', kind: 'meta' },
  { text: 'Updated figures show 40 deaths in March.', kind: 'factual' },
  // a newsletter's date line: a date with an issue number or a reading time, and nothing else
  { text: '*Issue #112 · November 30, 2026*', kind: 'meta' },
  { text: 'Nov. 30, 2026 · 5 min read', kind: 'meta' },
  { text: 'Vol. 3, No. 12, December 2026', kind: 'meta' },
  { text: 'No. 1 in 2026.', kind: 'factual' },
  { text: 'Rents fell 7% in March 2026.', kind: 'factual' },
  { text: 'Published in 2019, the report found 40 cases.', kind: 'factual' },
  { text: 'Posted prices rose 4% on Monday.', kind: 'factual' },
  // label lines: a field of the page, not a claim
  { text: '**Rating:** False', kind: 'meta' },
  { text: 'Verdict: Mostly false', kind: 'meta' },
  { text: 'Topics: Health, Water, Cities', kind: 'meta' },
  { text: 'Result: Prices rose', kind: 'factual' },
  { text: 'Status: Rents fell.', kind: 'factual' },
  { text: 'Death toll: 42', kind: 'factual' },
  { text: '**Claim:** The city council cut the police budget by 40 percent this year.', kind: 'factual' },
  { text: 'This interview has been edited for length and clarity.', kind: 'meta' },
  { text: 'The conversation was condensed and edited for clarity.', kind: 'meta' },
  { text: 'This story has been updated to include a statement from the mayor.', kind: 'meta' },
  { text: '*This is a developing story.', kind: 'meta' },
  { text: 'This story is part of a project to counter misinformation.', kind: 'meta' },
  { text: 'This report was published by the WHO in 2020.', kind: 'factual' },
  { text: 'This article by Smith was cited 200 times.', kind: 'factual' },
  { text: '**Media contact:** Jane Roe, jane.roe@acme.test, 217-555-0100', kind: 'meta' },
  { text: 'For press inquiries, call 217-555-0100.', kind: 'meta' },
  { text: 'Contact: Jane Roe, 217-555-0100', kind: 'meta' },
  { text: '(Photo: Sam Lee for the Herald)*', kind: 'meta' },
  { text: 'Contact tracing found 40 cases in May.', kind: 'factual' },
  // the reporter's unanswered questions
  { text: "Northside's owner, Gary Feld, did not respond to repeated requests for comment.", kind: 'meta' },
  { text: 'The company declined to comment on the lawsuit.', kind: 'meta' },
  { text: 'A spokesperson for the ministry could not be reached for comment.', kind: 'meta' },
  { text: 'Reyes did not immediately return a phone call.', kind: 'meta' },
  { text: 'The company declined to comment, but its lawyer said the claims were false.', kind: 'factual' },
  { text: 'The agency did not respond to 40 percent of requests in 2024.', kind: 'factual' },
  // the newsroom on its own reporting
  { text: 'We are working to verify them.', kind: 'meta' },
  { text: "We've reached out to Entergy for comment.", kind: 'meta' },
  { text: 'We will update this story as more information becomes available.', kind: 'meta' },
  { text: 'We are working to rebuild 40 homes this year, the mayor said.', kind: 'factual' },
  { text: 'We asked 1,200 voters about the plan.', kind: 'factual' },
  {
    text: '“We are working to confirm the cause of the fire,” Chief Ana Reyes said.',
    context: quoted,
    kind: 'quote',
  },
  // a press release's boilerplate
  { text: 'This press release contains forward-looking statements.', kind: 'meta' },
  { text: 'SOURCE Acme Water Co.', kind: 'meta' },
  { text: 'Source data show 40 cases.', kind: 'factual' },
  // calls to action in the imperative
  { text: 'Call your council member before the Dec. 9 vote.', kind: 'meta' },
  { text: 'Sign the petition at springfield.gov/library.', kind: 'meta' },
  { text: 'Tell us what you think.', kind: 'meta' },
  { text: 'Support for the plan fell to 40% in May.', kind: 'factual' },
  { text: 'Vote counts were delayed in three counties.', kind: 'factual' },
  { text: 'Help the Aged said 40 branches would close.', kind: 'factual' },
  // corrections and contributors: about the article, not the world
  { text: 'Correction: An earlier version of this story misstated the House vote.', kind: 'meta' },
  { text: 'Clarification: The report was published by the city, not the state.', kind: 'meta' },
  {
    text: 'Associated Press writers Lisa Mascaro and Kevin Freking contributed to this report.',
    kind: 'meta',
  },
  { text: 'Ana Ruiz contributed reporting from Kyiv.', kind: 'meta' },
  { text: 'Three agencies contributed to the report, which was published in May.', kind: 'factual' },
  { text: 'It was 222-209, not 222-206.', context: { ...plain, inEditorsNote: true }, kind: 'meta' },
  // "By" that opens a sentence
  { text: 'By Monday, the firm had sold its stake.', kind: 'factual' },
  { text: 'By contrast, prices rose 4% in October.', kind: 'factual' },
  { text: 'By March 2027 the plant will be closed.', kind: 'prediction' },
  { text: 'By Sam Lee’s count, 40 people attended.', kind: 'factual' },
]

describe('classifyClaimKind', () => {
  it.each(cases)('classifies $text as $kind', ({ text, context, kind }) => {
    expect(classifyClaimKind(text, context ?? plain)).toBe(kind)
  })

  it('gives headline before anything else', () => {
    expect(classifyClaimKind('Will the talks succeed?', headline)).toBe('headline')
  })

  it('needs the caller to know of a direct quote before calling it a quote', () => {
    expect(classifyClaimKind('"We will not back down."', plain)).toBe('prediction')
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.boolean(),
        fc.boolean(),
        (text, isHeadline, hasDirectQuote) => {
          expect(typeof classifyClaimKind(text, { isHeadline, hasDirectQuote })).toBe('string')
        },
      ),
    )
  })

  it('handles pathological input', () => {
    expect(classifyClaimKind('will '.repeat(100_000), plain)).toBe('prediction')
    expect(classifyClaimKind(`${'['.repeat(100_000)}?${']'.repeat(100_000)}`, plain)).toBe('factual')
    expect(classifyClaimKind(`a?${'[1]'.repeat(100_000)}`, plain)).toBe('factual')
    // Only the first pair of a run of straight quotes is a quote: far from most of the text.
    expect(classifyClaimKind('"'.repeat(1_000_000), quoted)).toBe('factual')
    expect(classifyClaimKind(' '.repeat(1_000_000) + 'stay tuned', plain)).toBe('meta')
    expect(classifyClaimKind('i think '.repeat(100_000), plain)).toBe('opinion')
  })
})

describe('editors’ notes in an article', () => {
  const kinds = (paragraph: string) =>
    analyze(
      `The House approved the bill Wednesday, 222-209.[1]\n\n${paragraph}\n\n[1] https://clerk.house.gov/Votes/2025301`,
      {
        format: 'text',
      },
    )
      .claims.slice(1)
      .map((claim) => [claim.kind, claim.status])

  it.each([
    'Correction: An earlier version of this story misstated the House vote. It was 222-209, not 222-206.',
    'Clarification (Nov. 3): The vote was on the Senate version. The House had passed its own in October.',
    "Editor's note: This story has been updated. The vote count was 222-209.",
  ])('takes every sentence of a note for meta: %s', (paragraph) => {
    expect(kinds(paragraph)).toEqual([
      ['meta', 'not-check-worthy'],
      ['meta', 'not-check-worthy'],
    ])
  })

  it('leaves an update in a live story to be checked', () => {
    expect(
      kinds(
        'Update: Police said two people were killed. Fourteen were taken to Mercy Hospital on Main Street.',
      )[1],
    ).toEqual(['factual', 'unsupported'])
  })
})

describe('a note about the author', () => {
  const kinds = (input: string) =>
    analyze(input, { format: 'text' }).claims.map((claim) => [claim.text, claim.kind])

  it('is meta at the end of a piece bylined with the name', () => {
    const input = [
      'Opinion: Springfield deserves a better budget',
      '',
      'By Maria Chen',
      '',
      'The council wants to spend $310 million on police.',
      '',
      'Maria Chen is a retired librarian and a member of the Friends of Springfield Library.',
    ].join('\n')
    expect(kinds(input).at(-1)).toEqual([
      'Maria Chen is a retired librarian and a member of the Friends of Springfield Library.',
      'meta',
    ])
  })

  it.each([
    ['with no byline', 'The council wants to spend $310 million.\n\nMaria Chen is a retired librarian.'],
    [
      'about someone else',
      'By Maria Chen\n\nThe council wants to spend $310 million.\n\nAna Ruiz is a retired librarian.',
    ],
    [
      'before the last paragraph',
      'By Maria Chen\n\nMaria Chen is a retired librarian.\n\nThe council wants to spend $310 million.',
    ],
  ])('is a claim %s', (_name, input) => {
    expect(kinds(input).find(([text]) => text!.includes('librarian'))?.[1]).toBe('factual')
  })

  it.each([
    ['By Maria Chen', ['Maria Chen']],
    ['By Sam Lee and Ana Ruiz | December 1, 2026', ['Sam Lee', 'Ana Ruiz']],
    ['By The Associated Press', []],
    ['By Monday, the firm had sold its stake.', []],
  ])('bylineNames(%j)', (line, names) => {
    expect(bylineNames(line)).toEqual(names)
  })
})
