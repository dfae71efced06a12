/**
 * Turning offsets into unist points (1-based line and column, 0-based offset).
 *
 * Line endings follow unist and vfile-location: `\r\n`, `\n` and a lone `\r` each end a line.
 */
import type { Point, Position } from '../report/schema.js'

/** Converts offsets in one input string to points, in O(log lines) per call. */
export interface Locator {
  /** The point at `offset` (clamped to the input). */
  point(offset: number): Point
  /** The position from `start` to `end` (end exclusive). */
  position(start: number, end: number): Position
}

/** Builds a {@link Locator} for `input`: one linear pass to find where lines start. */
export function createLocator(input: string): Locator {
  const lineStarts = [0]
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 /* \n */) {
      lineStarts.push(index + 1)
    } else if (code === 13 /* \r */) {
      if (input.charCodeAt(index + 1) === 10) index++
      lineStarts.push(index + 1)
    }
  }

  function point(rawOffset: number): Point {
    const offset = Math.max(0, Math.min(rawOffset, input.length))
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset }
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  }
}
