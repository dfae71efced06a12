/**
 * The JSON Schemas citecheck publishes, made from its zod schemas with `z.toJSONSchema`.
 */
import { z } from 'zod'
import { ReportSchema } from '../report/schema.js'
import { ConfigSchema } from './schema.js'

/** The schemas `citecheck schema <name>` prints and the package ships under `schemas/`. */
export const JSON_SCHEMA_NAMES = ['report', 'config'] as const
/** A name of a published JSON Schema. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number]

/**
 * The JSON Schema (draft 2020-12) of a report (what `--format json` prints per file) or of a
 * config file (as users write it, so defaults are optional).
 */
export function jsonSchemaFor(name: JsonSchemaName): Record<string, unknown> {
  const schema =
    name === 'report'
      ? z.toJSONSchema(ReportSchema, { io: 'output' })
      : z.toJSONSchema(ConfigSchema, { io: 'input' })
  return {
    $schema: schema.$schema,
    $id: `https://unpkg.com/citecheck/schemas/${name}.schema.json`,
    title: name === 'report' ? 'citecheck report' : 'citecheck config',
    ...schema,
  }
}
