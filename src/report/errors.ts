/**
 * The one error citecheck throws: for input that is not a string and options that do not fit.
 */
import { z } from 'zod'

/** Thrown for non-string input, invalid options or input over the size limit; `message` says what to fix. */
export class CitecheckError extends Error {
  override readonly name = 'CitecheckError'
  /** The zod issues behind the error, when it came from validation. */
  readonly issues: readonly z.core.$ZodIssue[]

  constructor(message: string, issues: readonly z.core.$ZodIssue[] = []) {
    super(message)
    this.issues = issues
  }

  /** Builds an error from a failed zod parse, with zod's prettified message under a headline. */
  static fromZod(headline: string, error: z.ZodError): CitecheckError {
    return new CitecheckError(`${headline}\n${z.prettifyError(error)}`, error.issues)
  }
}
