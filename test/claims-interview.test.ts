import { describe, expect, it } from 'vitest'
import { readInterview } from '../src/claims/interview.js'
import { readDocument } from '../src/document/index.js'
import { analyze } from '../src/index.js'

const BOLD_QA = [
  "# Q&A: The city's new water chief on lead pipes",
  '',
  '*Interview by Sam Ortiz. This interview has been edited for length and clarity.*',
  '',
  'Priya Nair took over the Springfield Water Department in September.',
  '',
  '**How many lead pipes are still in the ground?**',
  '',
  'About 9,000, by our count. We replaced 1,200 last year.',
  '',
  '**Critics say the plan is too slow. What do you say to them?**',
  '',
  'I understand the frustration.',
  '',
  'We expect it may take until 2037.',
  '',
  '## Looking ahead',
  '',
  'Nair will present the plan to the council in January.',
  '',
].join('\n')

const LABELLED_QA = [
  'Talking water with the new chief',
  '',
  'Priya Nair took over the water department in September. This interview has been condensed.',
  '',
  'Q: How many lead pipes are left?',
  '',
  'A: About 9,000. We may finish by 2030.',
  '',
  'Q: Will rates go up?',
  '',
  'A: Probably. We expect a 4 percent increase.',
  '',
].join('\n')

const FAQ = [
  '# The new lead pipe rule, explained',
  '',
  'The EPA finalized a rule in October that requires cities to replace lead pipes.',
  '',
  '**What does the rule require?**',
  '',
  'Cities must replace all lead service lines within 10 years.',
  '',
  '**Who pays?**',
  '',
  'Federal grants cover part of the cost. We may see rates rise.',
  '',
].join('\n')

/** Each block's turn, by its first words. */
function turns(input: string, format: 'markdown' | 'text') {
  const { blocks } = readDocument(input, format)
  const interview = readInterview(input, blocks)
  if (interview === null) return null
  return {
    interviewee: interview.interviewee,
    turns: [...interview.turns].map(([index, turn]) => [
      turn,
      input.slice(blocks[index]!.start, blocks[index]!.start + 12),
    ]),
  }
}

describe('readInterview', () => {
  it('reads bold questions, the answers up to the next heading, and the person introduced', () => {
    expect(turns(BOLD_QA, 'markdown')).toEqual({
      interviewee: 'Priya Nair',
      turns: [
        ['question', '**How many l'],
        ['answer', 'About 9,000,'],
        ['question', '**Critics sa'],
        ['answer', 'I understand'],
        ['answer', 'We expect it'],
      ],
    })
  })

  it('reads questions and answers labelled Q: and A: in plain text', () => {
    expect(turns(LABELLED_QA, 'text')).toEqual({
      interviewee: 'Priya Nair',
      turns: [
        ['question', 'Q: How many '],
        ['answer', 'A: About 9,0'],
        ['question', 'Q: Will rate'],
        ['answer', 'A: Probably.'],
      ],
    })
  })

  it('reads answers without labels after questions labelled Q:', () => {
    expect(turns(LABELLED_QA.replace(/A: /g, ''), 'text')?.turns.map(([turn]) => turn)).toEqual([
      'question',
      'answer',
      'question',
      'answer',
    ])
  })

  it.each([
    ['an explainer that asks its own questions', FAQ],
    [
      'one bold question',
      BOLD_QA.replace('**Critics say the plan is too slow. What do you say to them?**', 'Critics say more.'),
    ],
    [
      'an interview whose answers are not in the first person',
      BOLD_QA.replace(/by our count|We replaced|I understand|We expect/g, 'So'),
    ],
    [
      'one question labelled Q: and no answer labelled A:',
      LABELLED_QA.replace(/A: /g, '').replace('Q: Will', 'Will'),
    ],
    [
      'bold questions with no word of an interview before them',
      BOLD_QA.replace(
        /Q&A: |Interview by Sam Ortiz\. |This interview has been edited for length and clarity\./g,
        '',
      ),
    ],
  ])('reads no interview in %s', (_, input) => {
    expect(turns(input, 'markdown')).toBeNull()
  })
})

describe('answers in a Q&A', () => {
  const report = analyze(BOLD_QA, { format: 'markdown' })
  const claim = (start: string) => report.claims.find((c) => c.text.startsWith(start))!

  it('are the interviewee’s direct quotes', () => {
    for (const start of ['About 9,000', 'We replaced', 'I understand', 'We expect']) {
      expect(claim(start).attribution, start).toEqual({
        kind: 'direct-quote',
        speaker: 'Priya Nair',
        cue: 'Q&A',
      })
    }
    expect(claim('We replaced').kind).toBe('quote')
  })

  it('keep their hedges in the speaker’s mouth: no unconfirmed finding for them', () => {
    expect(claim('We expect').hedges.map((hedge) => [hedge.cue, hedge.inQuote])).toEqual([
      ['expect', true],
      ['may', true],
    ])
    expect(claim('We expect').status).not.toBe('unconfirmed')
  })

  it('leave the interviewer’s question and the text after the next heading as they are', () => {
    expect(claim('**Critics say').status).toBe('unconfirmed')
    expect(claim('Nair will present').attribution).toBeNull()
  })

  it('carry their label as the cue when they have one', () => {
    const labelled = analyze(LABELLED_QA, { format: 'text' })
    const answer = labelled.claims.find((c) => c.text.startsWith('A: Probably'))!
    expect(answer.attribution).toEqual({ kind: 'direct-quote', speaker: 'Priya Nair', cue: 'A:' })
    expect(labelled.findings.filter((f) => f.ruleId === 'unconfirmed-claim')).toEqual([])
  })
})
