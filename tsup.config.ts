import { defineConfig } from 'tsup'

// ESM only: the unified packages are ESM-only and break in a CJS build (../shared/GUIDE.md).
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
})
