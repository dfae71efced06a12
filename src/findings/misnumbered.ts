/**
 * `misnumbered-source`: a Markdown source-list item written with one number and shown with
 * another. Markdown numbers an ordered list on from its first item, whatever the later items say:
 * "1. 2. 4." is shown as 1, 2, 3. Readers, and citecheck, take `[3]` to cite the item written
 * "4.", and a `[4]` cites nothing — while the writer, reading the source, sees a source 4.
 */
import type { Block } from '../document/block.js'
import type { Locator } from '../document/locate.js'
import type { Finding, Position, Source } from '../report/schema.js'
import { finding } from './rules.js'

/** A source whose written number is not the one readers see. */
export interface MisnumberedSource {
  /** The number as written before the item ("4" in "4. https://…"). */
  written: number
  /** Where that number is written. */
  position: Position
  /** The source, labelled with the number readers see. */
  source: Source
}

/** Pairs each source-list item with a `writtenNumber` with the source read from it. */
export function findMisnumbered(
  blocks: readonly Block[],
  sources: readonly Source[],
  locator: Locator,
): MisnumberedSource[] {
  const items = blocks.filter((block) => block.role === 'sources' && block.writtenNumber !== undefined)
  if (items.length === 0) return []
  const byStart = new Map<number, Source>()
  for (const source of sources) {
    if (!byStart.has(source.position.start.offset)) byStart.set(source.position.start.offset, source)
  }
  const misnumbered: MisnumberedSource[] = []
  for (const block of items) {
    const source = byStart.get(block.start)
    const written = block.writtenNumber!
    if (source === undefined || source.label === String(written.value)) continue
    misnumbered.push({
      written: written.value,
      position: locator.position(written.start, written.end),
      source,
    })
  }
  return misnumbered
}

/** One `misnumbered-source` finding per source whose written number readers do not see. */
export function findMisnumberedSources(misnumbered: readonly MisnumberedSource[]): Finding[] {
  return misnumbered.map(({ written, position, source }) =>
    finding(
      'misnumbered-source',
      `Misnumbered source: written as ${written}, but a Markdown list numbers its items on from the first, so readers see ${source.label} and [${source.label}] cites it; expected ${source.label} here, or the list and its markers renumbered`,
      { position, sourceId: source.id, actual: String(written), expected: [source.label] },
    ),
  )
}

/**
 * For a dangling marker's label, the misnumbered source written with that number, as a hint:
 * "; the source written as 4 at 7:1 is shown as [3]" ('' when there is none). Indexed once.
 */
export function misnumberedHints(misnumbered: readonly MisnumberedSource[]): (label: string) => string {
  const byWritten = new Map<string, MisnumberedSource>()
  for (const item of misnumbered)
    if (!byWritten.has(String(item.written))) byWritten.set(String(item.written), item)
  return (label) => {
    const item = byWritten.get(label)
    if (item === undefined) return ''
    const { line, column } = item.position.start
    return `; the source written as ${item.written} at ${line}:${column} is shown as [${item.source.label}]`
  }
}
