/**
 * Interviews written as questions and answers (a Q&A): the interviewer's questions stand out, in
 * bold ("**How many lead pipes are left?**") or after "Q:", and the answers that follow are the
 * interviewee's own words, verbatim. An answer is a direct quote of the person the introduction
 * names: hedges in it are theirs, not the article's. An explainer that asks and answers its own
 * questions (an FAQ) is no interview: its answers are the article's claims.
 */
import type { Block } from '../document/index.js'
import { bylineNames, findPersonNames } from '../language/index.js'

/** Which body blocks are questions and which answers, and who answers. */
export interface Interview {
  /** Block index → the block's turn. */
  turns: ReadonlyMap<number, 'question' | 'answer'>
  /** Block index → the label an answer opens with ("A:"), for answers that have one. */
  answerLabels: ReadonlyMap<number, string>
  /** The person the introduction names first (not the interviewer), or null. */
  interviewee: string | null
}

// Every repetition is bounded (../shared/GUIDE.md); test/pathological.test.ts runs them on
// pathological input.
// "Q:", "Q.", "**Q:**", "Question:" opening a paragraph; "A:", "**A.**", "Answer:" opening one.
const QUESTION_LABEL = /^[ \t]{0,3}(?:\*\*|__)?(?:Q|Question)[ \t]{0,2}[:.](?:\*\*|__)?[ \t]/
const ANSWER_LABEL = /^[ \t]{0,3}(?:\*\*|__)?(?:A|Answer)[ \t]{0,2}[:.](?:\*\*|__)?[ \t]/
// A bold question in Markdown: the whole paragraph strong, ending with a question mark.
const BOLD_QUESTION_LENGTH = 1000
// How far into the article the introduction that names the interviewee may run.
const INTRODUCTION_BLOCKS = 8
// What says, before the first question, that an interview follows (an explainer that asks its own
// questions in bold, "**What does the rule require?**", answers them in the article's voice).
const INTERVIEW_SIGNAL =
  /\bQ[ \t]{0,2}&(?:amp;)?[ \t]{0,2}A\b|\binterview(?:s|ed)?\b|\bconversation\b|\b(?:spoke|talked|sat down)[ \t]{1,3}(?:with|to)\b|\bedited[ \t]{1,3}for[ \t]{1,3}(?:length|clarity)\b|\bcondensed\b/i
// An answer in the speaker's own words ("US" is a country, not "us").
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b/
// How much of the text before the first question is searched for that signal.
const INTRODUCTION_LENGTH = 4000

/**
 * The article's questions and answers, or null when it is no Q&A: at least two questions (in bold
 * or after "Q:"), or one and an answer after "A:", after an introduction that says an
 * interview follows ("Q&A", "interview", "spoke with", "edited for length and clarity"), with
 * some answer in the first person. An answer runs from a question to the next question or heading.
 */
export function readInterview(input: string, blocks: readonly Block[]): Interview | null {
  const asked: number[] = []
  // Block index → the label an answer opens with, for every block that opens with one.
  const labels = new Map<number, string>()
  let labelledQuestions = 0
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.role !== 'body' || block.kind === 'heading') continue
    const head = input.slice(block.start, Math.min(block.end, block.start + 16))
    if (QUESTION_LABEL.test(head)) {
      labelledQuestions++
      asked.push(index)
      continue
    }
    const answerLabel = ANSWER_LABEL.exec(head)
    if (answerLabel !== null) labels.set(index, answerLabel[0].trim())
    else if (isBoldQuestion(input, block)) asked.push(index)
  }
  if (asked.length < 2 && !(labelledQuestions > 0 && labels.size > 0)) return null
  const introduction = input.slice(0, Math.min(blocks[asked[0]!]!.start, INTRODUCTION_LENGTH))
  if (!INTERVIEW_SIGNAL.test(introduction)) return null
  const questions = new Set(asked)
  const turns = new Map<number, 'question' | 'answer'>()
  const answerLabels = new Map<number, string>()
  let answering = false
  for (let index = asked[0]!; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.role !== 'body') continue
    if (block.kind === 'heading') answering = false
    else if (questions.has(index)) {
      turns.set(index, 'question')
      answering = true
    } else if (answering) {
      turns.set(index, 'answer')
      const label = labels.get(index)
      if (label !== undefined) answerLabels.set(index, label)
    }
  }
  // Someone answers in their own words: some answer says "I", "we", "my" or "our".
  const spoken = [...turns].some(
    ([index, turn]) =>
      turn === 'answer' &&
      FIRST_PERSON.test(
        input.slice(blocks[index]!.start, Math.min(blocks[index]!.end, blocks[index]!.start + 2000)),
      ),
  )
  return spoken ? { turns, answerLabels, interviewee: interviewee(input, blocks, asked[0]!) } : null
}

function isBoldQuestion(input: string, block: Block): boolean {
  if (block.end - block.start > BOLD_QUESTION_LENGTH) return false
  const text = input.slice(block.start, block.end).trim()
  const mark = text.slice(0, 2)
  return (mark === '**' || mark === '__') && text.endsWith(`?${mark}`) && !text.slice(2, -3).includes(mark)
}

/** The first person the introduction names who is not credited in a byline ("Interview by …"). */
function interviewee(input: string, blocks: readonly Block[], firstQuestion: number): string | null {
  const credited = new Set<string>()
  const named: string[] = []
  for (let index = 0; index < Math.min(firstQuestion, INTRODUCTION_BLOCKS); index++) {
    const block = blocks[index]!
    if (block.role !== 'body' || block.kind === 'heading') continue
    const text = input.slice(block.start, block.end)
    for (const sentence of text.split(/(?<=[.!?])[ \t]{1,10}/)) {
      const byline = bylineNames(sentence)
      for (const name of byline) credited.add(name)
      if (byline.length === 0) named.push(...findPersonNames(sentence))
    }
  }
  return named.find((name) => !credited.has(name)) ?? null
}
