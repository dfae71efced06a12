/**
 * Pathological inputs finish, in linear time and without overflowing the stack. Each runs in a
 * worker thread with a generous timeout (a hang is a failure, not a stuck test run) and a main
 * thread's stack size (~1 MB, not a worker's default 4 MB), so a recursion that would overflow in
 * `analyze` on the main thread overflows here too. Timings are printed by `npm run bench`, never
 * asserted.
 */
import { describe, expect, it } from 'vitest'
import { PATHOLOGICAL_CASES } from '../scripts/bench/pathological.js'
import { analyzeMany } from '../src/parallel/index.js'

// Generous: the machine may be shared, and the report of 1e5 claims is itself hundreds of megabytes.
const LIMIT_MS = 120_000

describe('pathological inputs finish without throwing', () => {
  for (const testCase of PATHOLOGICAL_CASES) {
    it(
      testCase.name,
      async () => {
        const input = testCase.build()
        const [report] = await analyzeMany([input], {
          ...(testCase.format ? { format: testCase.format } : {}),
          concurrency: 1,
          signal: AbortSignal.timeout(LIMIT_MS),
          resourceLimits: { stackSizeMb: 1 },
        })
        expect(report!.schemaVersion).toBe(1)
        for (const claim of report!.claims.slice(0, 50)) {
          expect(claim.text).toBe(input.slice(claim.position.start.offset, claim.position.end.offset))
        }
      },
      LIMIT_MS + 30_000,
    )
  }
})
