/**
 * Validates SARIF logs against the SARIF 2.1.0 JSON Schema shipped by @microsoft/jest-sarif
 * (lib/schemas/sarif-2.1.0-rtm.5.json, the 2.1.0 schema as published on SchemaStore).
 */

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'

const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

/** The SARIF 2.1.0 schema, adapted for Ajv 8: it is draft-04, whose root `id` Ajv 8 calls `$id`. */
export function loadSarifSchema(): Record<string, unknown> {
  const {
    $schema: _draft,
    id,
    ...schema
  } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  return { $id: id, ...schema }
}

let validator: (((log: unknown) => boolean) & { errors?: ErrorObject[] | null }) | undefined

/** The schema errors of a SARIF log, as `path: message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    // unicodeRegExp off: the schema's language-tag pattern has a stray `]` that the `u` flag rejects.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    const addFormats =
      (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule
    ;(addFormats as unknown as (ajv: Ajv) => void)(ajv)
    validator = ajv.compile(loadSarifSchema())
  }
  return validator(log)
    ? []
    : (validator.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}`)
}
