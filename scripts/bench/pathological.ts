/**
 * Pathological inputs: each must be analysed in linear time without overflowing the stack. Shared
 * by `npm run bench` (which times them) and test/pathological.test.ts (which only checks that each
 * finishes, in a worker thread, within a generous bound).
 */

/** One pathological input, built on demand (some are megabytes). */
export interface PathologicalCase {
  name: string
  build: () => string
  /** Read as this format instead of detecting it. */
  format?: 'markdown' | 'text'
}

const repeat = (text: string, times: number) => text.repeat(times)

/** The cases of issue #8, then a few more that once looked dangerous. */
export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  { name: '1e6 [', build: () => repeat('[', 1e6) },
  { name: "'[1' x 5e5", build: () => repeat('[1', 5e5) },
  { name: "'[1]' x 3e5", build: () => repeat('[1]', 3e5) },
  { name: "'[' + '1,' x 1e6 + ']'", build: () => `[${repeat('1,', 1e6)}]` },
  { name: '1e6 "', build: () => repeat('"', 1e6) },
  { name: 'a 5 MB word', build: () => repeat('a', 5e6) },
  { name: '1e5 list markers, one per line', build: () => repeat('- item\n', 1e5) },
  { name: '1e5 list markers on one line (nested lists)', build: () => repeat('- ', 1e5) },
  { name: '2e4 nested blockquotes', build: () => `${repeat('>', 2e4)} quoted[1].` },
  {
    name: '2e4 nested blockquotes, spaced, 50 lines',
    build: () => repeat(`${repeat('> ', 2e4)}q[1].\n`, 50),
  },
  {
    name: '1e5 nested list markers as Markdown',
    build: () => `${repeat('- ', 1e5)}item`,
    format: 'markdown',
  },
  {
    name: '5e4 nested ordered list markers as Markdown',
    build: () => `${repeat('1. ', 5e4)}item`,
    format: 'markdown',
  },
  {
    name: '1e4 nested list items, one per line',
    build: () => Array.from({ length: 1e4 }, (_, i) => `${repeat(' ', Math.min(i, 60))}- item[1]`).join('\n'),
    format: 'markdown',
  },
  { name: '5e4 headings', build: () => repeat('# Heading\n\n', 5e4) },
  // Heading titles with inline syntax are parsed again for their text (src/document/markdown.ts).
  {
    name: '2e4 headings with emphasis, setext in quotes',
    build: () => repeat('# *Heading* [1]\n\n> Quoted `title`\n> ===\n\n', 1e4),
    format: 'markdown',
  },
  { name: '5e4 plain-text title lines', build: () => repeat('A title line without a full stop\n', 5e4) },
  {
    name: '1e5 sources each cited once',
    build: () => {
      const body: string[] = []
      const list: string[] = []
      for (let n = 1; n <= 1e5; n++) {
        body.push(`Claim number ${n} rose by ${n % 97} percent[${n}].`)
        list.push(`[${n}] https://example.org/source/${n}`)
      }
      return `${body.join(' ')}\n\nSources:\n${list.join('\n')}\n`
    },
  },
  {
    name: '1e5 claims all citing one source',
    build: () => `${repeat('Officials said it rose 4%[1]. ', 1e5)}\n\nSources:\n[1] https://example.org/a\n`,
  },
  {
    name: '1e4 sources and 1e4 dangling markers',
    build: () => {
      const list: string[] = []
      for (let n = 1; n <= 1e4; n++) list.push(`[${n}] https://example.org/${n}`)
      return `${repeat('It rose[99999]. ', 1e4)}\n\nSources:\n${list.join('\n')}\n`
    },
  },
  {
    name: '5e3 misnumbered Markdown sources, each written number cited',
    format: 'markdown',
    build: () => {
      const list: string[] = []
      const body: string[] = []
      for (let n = 1; n <= 5e3; n++) {
        list.push(`${2 * n - 1}. https://example.org/${n}`)
        body.push(`It rose[${2 * n - 1}].`)
      }
      return `${body.join(' ')}\n\n## Sources\n\n${list.join('\n')}\n`
    },
  },
  {
    name: "a source entry of 'doi:10.1234/' x 2e5",
    build: () => `It rose[1].\n\nSources:\n[1] ${repeat('doi:10.1234/ doi ', 2e5)}\n`,
  },
  { name: "'[^' x 5e5", build: () => repeat('[^', 5e5) },
  { name: '1e6 backticks', build: () => repeat('`', 1e6) },
  { name: "'**' x 5e5", build: () => repeat('**', 5e5) },
  { name: "'](' x 5e5", build: () => repeat('](', 5e5) },
  { name: "'https://' x 2e5", build: () => repeat('https://', 2e5) },
  { name: "'www.a' x 5e5", build: () => repeat('www.a', 5e5) },
  { name: '5e5 superscripts', build: () => repeat('²', 5e5) },
  { name: "'<sup>1' x 2e5", build: () => repeat('<sup>1', 2e5) },
  { name: "'{{' x 5e5", build: () => repeat('{{', 5e5) },
  { name: '1e6 full stops', build: () => repeat('.', 1e6) },
  { name: "'a. ' x 5e5", build: () => repeat('a. ', 5e5) },
  { name: "'U.S. ' x 3e5", build: () => repeat('U.S. ', 3e5) },
  { name: 'a 2 MB sentence of words', build: () => `${repeat('the officials said ', 1e5)}.` },
  { name: '\'"a" \' x 3e5 (balanced quotes)', build: () => repeat('"a" ', 3e5) },
  { name: "'“' x 5e5", build: () => repeat('“', 5e5) },
  { name: '1e6 newlines', build: () => repeat('\n', 1e6) },
  { name: '1e6 lone CRs', build: () => repeat('\r', 1e6) },
  { name: "'|' x 1e6", build: () => repeat('|', 1e6) },
  {
    // remark-gfm reads tables at ~40 kB/s (linear); a bigger one only takes longer.
    name: '2e4 table rows',
    build: () => `| a | b |\n|---|---|\n${repeat('| 1[1] | 2 |\n', 2e4)}`,
  },
  {
    // The first paragraph of a GFM list item is the one text the block walk tokenizes (for its
    // task box); with emphasis on, micromark takes minutes over unmatched delimiters there.
    name: "'*a' x 3e5 in a GFM task item",
    build: () => `| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] ${repeat('*a', 3e5)}\n`,
    format: 'markdown',
  },
  {
    // A paragraph's lines are a chain of tokens, settled from the first (src/document/markdown.ts).
    name: 'a paragraph of 1e5 lines in a GFM document',
    build: () => `| a | b |\n|---|---|\n| 1 | 2 |\n\n${repeat('a[1]\n', 1e5)}`,
    format: 'markdown',
  },
  { name: "'<!--' x 2e5", build: () => repeat('<!--', 2e5) },
  { name: '1e5 fences', build: () => repeat('```\n', 1e5) },
  {
    name: 'front matter never closed, 2e5 lines',
    build: () => `---\ntitle: a\n${repeat('key: value\n', 2e5)}`,
  },
  { name: "'said ' x 5e5", build: () => repeat('said ', 5e5) },
  { name: "'according to ' x 2e5", build: () => repeat('according to ', 2e5) },
  { name: "'many of some ' x 2e5 (vague quantities)", build: () => repeat('many of some ', 2e5) },
  { name: "'Mr. Smith said ' x 2e5", build: () => repeat('Mr. Smith said ', 2e5) },
  {
    name: '\'Office and Health and Services said \' x 1e5 (bodies named with "and")',
    build: () => repeat('Office and Health and Services said ', 1e5),
  },
  {
    name: '\'A B & C D & E said \' x 1e5 (firms named with "&")',
    build: () => repeat('A B & C D & E said ', 1e5),
  },
  {
    name: "'Source: https://a.org/x. ' x 1e5 (source notes)",
    build: () => `It rose. ${repeat('Source: https://a.org/x. ', 1e5)}`,
  },
  {
    name: "'Kim, a lawyer for Mr. Lee, said, ' x 1e5 (appositives)",
    build: () => repeat('Kim, a lawyer for Mr. Lee, said, ', 1e5),
  },
  {
    name: "'Reyes said ' + 'it may, ' x 2e5 (a speaker's reported words)",
    build: () => `Reyes said ${repeat('it may, ', 2e5)}the plan was sound, Reyes said.`,
  },
  {
    name: "'[n] ISBN 978-0-' x 1e5 (broken ISBNs in a source list)",
    build: () => {
      const entries: string[] = []
      for (let n = 1; n <= 1e5; n++) entries.push(`[${n}] Book. ISBN 978-0-${'1 '.repeat(n % 12)}X`)
      return `It rose.[1]\n\nSources\n${entries.join('\n')}\n`
    },
  },
  {
    name: "'Correction: … contributed reporting from …' x 1e5 (editors' notes, contributors)",
    build: () => repeat('Correction: Ana Ruiz contributed reporting from Kyiv and ', 1e5),
  },
  {
    name: "'they asked whether it may ' x 1e5 (embedded questions)",
    build: () => `${repeat('they asked whether it may ', 1e5)}.`,
  },
  {
    name: '\'It rose.<sup><a href="#fn1">1</a></sup> \' x 1e5 and 1e5 HTML footnotes',
    build: () =>
      `${repeat('It rose.<sup><a href="#fn1">1</a></sup> ', 1e5)}\n\n<ol class="footnotes">\n${repeat('<li id="fn1"><a href="https://a.org/x">a.org</a> <a href="#r">↩</a></li>\n', 1e5)}</ol>\n`,
    format: 'markdown',
  },
  {
    name: "'<a <sup ' x 2e5 (HTML calls that never close)",
    build: () => `It rose.${repeat('<a <sup ', 2e5)}`,
  },
  {
    name: "'By Ann Lee' and 'Ann Lee is a writer. ' x 1e5 (notes about the author), 'Call your ' x 1e5",
    build: () => `By Ann Lee\n\n${repeat('Call your ', 1e5)}\n\n${repeat('Ann Lee is a writer. ', 1e5)}`,
  },
  {
    name: "'It rose (Cababa et al., 2019).' x 5e4 and 5e4 author–date references",
    build: () => {
      const body: string[] = []
      const list: string[] = []
      for (let n = 0; n < 5e4; n++) {
        body.push(`It rose (${nameWord(n)} et al., ${2000 + (n % 20)}).`)
        list.push(`- ${nameWord(n)}, A. B., et al. (${2000 + (n % 20)}). A study. https://doi.org/10.1/${n}`)
      }
      return `${body.join(' ')}\n\n## References\n\n${list.join('\n')}\n`
    },
  },
  {
    name: "'(Aa Bb Cc … , 2019; ' x 2e4, '(A, 2019' x 1e5 and 'Aa (2019) ' x 1e5 after one author–date reference",
    build: () =>
      `It rose (Cababa, 2019). ${repeat('(Aa Bb Cc Dd Ee Ff Gg Hh Ii, 2019; ', 2e4)}${repeat('(A, 2019', 1e5)} ${repeat('Aa (2019) ', 1e5)}\n\nReferences\n\nCababa, A. (2019). A study.\n`,
  },
  {
    name: "'It rose (1, 2).' x 2e5 and '(1, ' x 1e5 after a numbered list",
    build: () =>
      `${repeat('It rose (1, 2). ', 2e5)}${repeat('(1, ', 1e5)}\n\nSources:\n1. https://a.org/x\n2. https://b.org/y\n`,
  },
  {
    name: "'It rose.1,2 ' x 2e5, 'aa.1' x 2e5 and 'aa.' + '1,' x 1e5 after numbered notes with Ibid.",
    build: () =>
      `${repeat('It rose.1,2 ', 2e5)}\n\n${repeat('aa.1', 2e5)}\n\naa.${repeat('1,', 1e5)}\n\nNotes\n\n1. https://a.org/x\n2. Ibid.\n3. ${repeat('Ibid., ', 1e5)}\n`,
  },
  {
    name: "5e4 full notes titled 'The …', 5e4 short notes 'Zz, *The*, 4.' (half name none), and one note of 'Aa, ' x 1e5",
    build: () => {
      const notes: string[] = []
      for (let n = 1; n <= 5e4; n++) notes.push(`[^${n}]: Aa Bb, *The T${n}* (Cc: Dd, 2019), 1.`)
      for (let n = 1; n <= 5e4; n++) notes.push(`[^${5e4 + n}]: ${n % 2 === 0 ? 'Zz' : 'Bb'}, *The*, 4.`)
      return `It rose.[^1] It fell.[^99999] It grew.[^100000]\n\n${notes.join('\n')}\n[^100001]: ${repeat('Aa, ', 1e5)}\n`
    },
    format: 'markdown',
  },
  {
    name: "a Q&A: a 0.9 MB introduction, then '**Why?**' and 'I do.' x 2e4, and 'Q: A: ' x 1e5 in one paragraph",
    build: () =>
      `Interview by Sam Ortiz. ${repeat('Priya Nair spoke with us. ', 3.5e4)}\n\n${repeat('**Why?**\n\nI do.\n\n', 2e4)}${repeat('Q: A: ', 1e5)}\n`,
    format: 'markdown',
  },
  {
    name: "a Markdown reference paragraph of 1e5 lines 'Aa, B. (2019). T.', then 'Aa, B. (2019' x 1e5 on one line",
    build: () =>
      `It rose (Aa, 2019).\n\n## References\n\n${repeat('Aa, B. (2019). T.\n', 1e5)}${repeat('Aa, B. (2019', 1e5)}\n`,
    format: 'markdown',
  },
  {
    name: "3e4 citations '(Aa & Cc, 2019)' of 3e4 listed works 'Aa, B., & Bb, C. (2019)', none by Cc",
    build: () =>
      `${repeat('It rose (Aa & Cc, 2019). ', 3e4)}\n\n## References\n\n${repeat('- Aa, B., & Bb, C. (2019). T.\n', 3e4)}`,
    format: 'markdown',
  },
  {
    name: "5e4 paragraphs 'Read more: [a](https://a.org/x)' and one of 'Related: ' + '[a](https://a.org/x) | ' x 1e5",
    build: () =>
      `Body.\n\n${repeat('Read more: [a](https://a.org/x)\n\n', 5e4)}Related: ${repeat('[a](https://a.org/x) | ', 1e5)}\n`,
    format: 'markdown',
  },
  {
    name: "'Federal National Supreme ' x 1e5 said, and 'Aa (2019). \"T\" (PDF). ' x 1e5 in one entry",
    build: () =>
      `${repeat('Federal National Supreme ', 1e5)}Reserve Chair Jo Lee said it.\n\nReferences\n\nLee, J. (2019). ${repeat('"T" (PDF). ', 1e5)}\n`,
  },
  {
    name: "a note of '(Aa: Bb, Cc, 1999 , GAO-22-1' x 1e5 and one of 'x, \"T,\" J 4 (2019): ' x 1e5",
    build: () =>
      `It rose.[1] It fell.[2]\n\n[1] Aa Bb, ${repeat('(Aa: Bb, Cc, 1999 , GAO-22-1', 1e5)}\n[2] ${repeat('x, "T," J 4 (2019): ', 1e5)}\n`,
  },
  {
    name: "'(It rose. It fell) ' x 1e5 and '(It rose. ' x 2e5 in one paragraph",
    build: () => `${repeat('(It rose. It fell) ', 1e5)}${repeat('(It rose. ', 2e5)}`,
  },
  {
    name: "'See also' and 2e5 short lines as text",
    build: () => `Body.\n\nSee also\n${repeat('Lake Chad Basin Commission\n', 2e5)}`,
  },
  {
    name: "5e4 '## External links' headings with one item each, as Markdown",
    build: () => `Body.\n\n${repeat('## External links\n\n- [A](https://a.org/x)\n\n', 5e4)}`,
    format: 'markdown',
  },
  {
    name: "'![a](https://a.org/i.png)' lines x 1e5, then '![' x 5e5",
    build: () => `${repeat('![a](https://a.org/i.png)\nA caption.\n', 1e5)}\n${repeat('![', 5e5)}`,
  },
  {
    name: 'time stamps, notes about the story and unanswered requests for comment x 1e5',
    build: () =>
      repeat(
        '*Last updated 4:15 p.m. ET* This story has been edited for length. Feld did not respond to repeated requests for comment on the ',
        1e5,
      ),
  },
  {
    name: "'Revenue rose 12% to $31.5 billion at 4:15 p.m. and ' x 1e5 in one sentence, restated",
    build: () =>
      `${repeat('Revenue rose 12% to $31.5 billion at 4:15 p.m. and ', 1e5)}end.\n\nRevenue rose 15%.`,
  },
  { name: '1e5 [citation needed]', build: () => repeat('It rose.[citation needed] ', 1e5) },
  { name: "'[a]: https://a.org/' x 1e5", build: () => repeat('[a]: https://a.org/\n', 1e5) },
  { name: "'(' x 1e6", build: () => repeat('(', 1e6) },
  { name: "'<' x 1e6", build: () => repeat('<', 1e6) },
  { name: "'- ' run-in bullets x 2e5", build: () => `Label:- ${repeat('One.- ', 2e5)}` },
  { name: '5 MB of zero-width and RTL marks', build: () => repeat('\u200b\u200f\u202e', 1.7e6) },
  // Every quoted speaker was once compared with every name in the document: 2e4 of each took
  // 40 s, 5e3 took 4 s. Now each surname is looked up among the names that end in it.
  { name: '4e4 distinct speakers, each quoted by surname', build: () => distinctSpeakers(4e4) },
  // Each mention of a shared surname once read every given name seen with it: 3.2e4 took 178 s.
  {
    name: '3.2e4 people sharing one surname, each with a title',
    build: () => {
      const parts: string[] = []
      for (let i = 0; i < 3.2e4; i++) {
        parts.push(`Senator ${nameWord(i * 7 + 1)} Lee voted on Monday. Governor Lee spoke on Tuesday.`)
      }
      return parts.join(' ')
    },
  },
]

/** A made-up name word, distinct for each `n` below 18³: "Cababa", "Hebaba" … */
function nameWord(n: number): string {
  const consonants = 'BCDFGHJKLMNPRSTVWZ'
  const vowels = 'aeiou'
  let word = ''
  for (let k = 0, rest = n; k < 3; k++, rest = Math.floor(rest / 18)) {
    const consonant = consonants[rest % 18]!
    word += (k === 0 ? consonant : consonant.toLowerCase()) + vowels[(rest >> 2) % 5]
  }
  return word
}

/** `count` people, each named in full and then quoted by surname. */
function distinctSpeakers(count: number): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const surname = nameWord(i * 13 + 5)
    parts.push(
      `${nameWord(i * 7 + 1)} ${surname} met the press on Monday. "We will build it," ${surname} said.`,
    )
  }
  return parts.join(' ')
}
