#!/usr/bin/env node
/**
 * The `citecheck` binary: runs {@link run} on the process's arguments and streams.
 *
 * Exit codes: 0 clean; 1 a finding reached --fail-on (default error) or --max-warnings was exceeded;
 * 2 usage error, invalid config, or a file that could not be read.
 */
import { run } from './run.js'

// `citecheck … | head` closes stdout early; that is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `citecheck: unexpected failure (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 2
  },
)
