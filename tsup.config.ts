import { defineConfig } from 'tsup'

// ESM only: the unified packages are ESM-only and break in a CJS build (../shared/GUIDE.md).
// Entries: the library, the `citecheck` binary, the unified plugin (`citecheck/remark`) and
// analyzeMany on worker threads (`citecheck/parallel`, whose worker must sit beside it as
// `parallel-worker.js`: src/parallel/index.ts loads it by that name).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    remark: 'src/remark/index.ts',
    parallel: 'src/parallel/index.ts',
    'parallel-worker': 'src/parallel/worker.ts',
  },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', remark: 'src/remark/index.ts', parallel: 'src/parallel/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
})
