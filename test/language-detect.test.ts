import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import { detectLanguage } from '../src/language/language-detect.js'

const english: readonly string[] = [
  'Secretary of State Marco Rubio recently revealed that the United States is actively seeking other countries to help take in migrants.',
  'But it seems that El Salvador is not the only target.',
  'Rumors suggest that the US has been in negotiations with Rwanda, and there have also been reports of talks with Libya.',
  // a short text is English by default
  'Hi',
  'Breaking News Update Today',
  '',
  '[1][5]',
  '2024-05-01',
  // English with foreign names and a short foreign quote
  'José García said the deal was done, calling it "un gran paso" for the country.',
  // short news prose with few function words, one of them spelt like a Dutch one ("met")
  'Trump met Putin in Helsinki.',
  'Prices rose in every region [1,2]. The central bank raised rates twice [1, 2, 7].',
  "Coffee prices hit a 13-year high [1]. Brazil's harvest fell by a tenth.",
  'Sales fell 20 percent in March [1][citation needed]. The factory closed.',
]
const notEnglish: readonly string[] = [
  'Die Vereinigten Staaten suchen aktiv nach Ländern, die Migranten aufnehmen, und das ist nicht neu.',
  'Les États-Unis recherchent activement d’autres pays pour accueillir des migrants venus de pays tiers.',
  'Estados Unidos busca activamente otros países para acoger a migrantes de terceros países.',
  'Gli Stati Uniti cercano attivamente altri paesi che accolgano i migranti, ma non è semplice.',
  'De Verenigde Staten zoeken actief naar andere landen die migranten willen opnemen.',
  '美国正在积极寻找其他国家接收来自第三国的移民。',
  'Соединённые Штаты активно ищут другие страны для приёма мигрантов.',
  'الولايات المتحدة تبحث بنشاط عن دول أخرى لاستقبال المهاجرين',
  // short, but plainly another language: two function words, or one and an accent
  'Le président a dit que le plan fonctionne.',
  'Die Regierung hat den Plan gestoppt.',
  'El plan funciona bien según fuentes.',
]

describe('detectLanguage', () => {
  it.each(english)('calls %j English', (text) => {
    expect(detectLanguage(text)).toBe('en')
  })

  it.each(notEnglish)('calls %j undetermined', (text) => {
    expect(detectLanguage(text)).toBe('und')
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(['en', 'und']).toContain(detectLanguage(text))
      }),
    )
  })

  it('samples a huge document from its start', () => {
    expect(detectLanguage('the cat sat on the mat and '.repeat(200_000))).toBe('en')
    expect(detectLanguage('der Hund und die Katze '.repeat(200_000))).toBe('und')
    expect(detectLanguage('a'.repeat(1_000_000))).toBe('und')
  })
})

describe('the language of an article with markup', () => {
  const languageFinding = (input: string) =>
    analyze(input, { format: 'markdown' }).findings.some(
      (finding) => finding.ruleId === 'unsupported-language',
    )

  it.each([
    [
      'HTML footnote calls',
      'The city council approved a $1.2 billion budget on Monday, an 8% increase over last year.<sup><a href="#fn1" id="ref1" class="footnote-ref">1</a></sup> Police spending rose to $310 million.<sup><a href="#fn2" id="ref2" class="footnote-ref">2</a></sup>',
    ],
    [
      'many inline links',
      'Fares rose [in Boston](https://www.mbta.com/news/2025/fares-rise-boston-commuter-rail) and [in Chicago](https://www.transitchicago.com/news/2025/fare-increase-announcement).',
    ],
  ])('reads English through %s', (_name, input) => {
    expect(languageFinding(input)).toBe(false)
  })

  it('still tells another language through the same markup', () => {
    expect(
      languageFinding(
        'El consejo municipal aprobó el lunes un presupuesto de 1.200 millones de dólares, un aumento del 8 % respecto al año pasado.<sup><a href="#fn1">1</a></sup> El gasto policial subió a 310 millones.<sup><a href="#fn2">2</a></sup>',
      ),
    ).toBe(true)
  })
})
