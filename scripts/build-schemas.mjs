// Writes schemas/report.schema.json and schemas/config.schema.json from the built library, so the
// package ships the same JSON Schemas that `citecheck schema report|config` prints.
//
//   node scripts/build-schemas.mjs      (run by `npm run build`, after tsup)

import { mkdirSync, writeFileSync } from 'node:fs'

const { jsonSchemaFor } = await import(new URL('../dist/index.js', import.meta.url).href)
const directory = new URL('../schemas/', import.meta.url)
mkdirSync(directory, { recursive: true })
for (const name of ['report', 'config']) {
  writeFileSync(
    new URL(`${name}.schema.json`, directory),
    `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`,
  )
}
