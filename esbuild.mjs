// Bundles the extension, the command line and the test suites. `--production` minifies.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const outArg = process.argv.indexOf('--outdir');
const outdir = outArg > 0 ? process.argv[outArg + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // Node 20 reads \p{…} in regex literals. Without this esbuild rewrites every such literal to
  // `new RegExp(…)`, which inside a function builds a new regex on every call.
  supported: { 'regexp-unicode-property-escapes': true },
};

// The web build (package.json `browser`, VS Code for the Web) has no node:worker_threads: there the
// in-process analysis backend stands in for the worker client (src/extension/worker/backend.ts).
const inProcessAnalysis = {
  name: 'in-process-analysis',
  setup(build) {
    build.onResolve({ filter: /\/worker\/client$/ }, () => ({ path: path.resolve('src/extension/worker/inProcess.ts') }));
    build.onResolve({ filter: /\/navigation\/indexBackend$/ }, () => ({ path: path.resolve('src/extension/navigation/indexInProcess.ts') }));
    // The source index likewise (src/extension/sources/workerBackend.ts).
    build.onResolve({ filter: /\/sources\/workerBackend$/ }, () => ({ path: path.resolve('src/extension/sources/inProcessBackend.ts') }));
  },
};

const testEntries = fs.existsSync('test/integration')
  ? fs.readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`)
  : [];

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: `${outdir}/extension.js` }),
  // The analysis worker thread the extension starts (src/extension/worker/client.ts).
  esbuild.build({ ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: `${outdir}/analysisWorker.js` }),
  // The beat index's worker threads (src/node/beat/pool.ts), for the command line and the extension.
  esbuild.build({ ...common, entryPoints: ['src/node/beat/indexWorker.ts'], outfile: `${outdir}/indexWorker.js` }),
  // The source index worker (src/extension/sources/workerBackend.ts): reads and indexes the reporter's sources.
  esbuild.build({ ...common, entryPoints: ['src/extension/sources/sourceWorker.ts'], outfile: `${outdir}/sourceWorker.js` }),
  esbuild.build({ ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/extension/extension.ts'], outfile: `${outdir}/web/extension.js`, plugins: [inProcessAnalysis] }),
  // The quotes panel's script runs in the webview (a browser), not in Node.
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', external: [], entryPoints: ['src/webview/quotes.ts'], outfile: `${outdir}/webview/quotes.js` }),
  // compromise is a dependency the command line never runs (it loads only if an extractor asks for
  // its doc): left out of the bundle, its 460 KB are not parsed by every run. mammoth (.docx sources,
  // loaded only when one is read) and diff (source check only) likewise: in the bundle they doubled
  // what every run parses and cut the CLI's lead over plain compromise from 1.80x to 1.45x. Minified always, as
  // each run parses the bundle anew (the source map still points at the sources).
  esbuild.build({ ...common, entryPoints: ['src/cli.ts'], outfile: `${outdir}/cli-main.js`, external: [...common.external, 'compromise', 'mammoth', 'diff'], minify: true }),
  // The entry `trade-facts` runs: loads cli-main.js through V8's code cache (src/cliLauncher.ts).
  esbuild.build({ ...common, entryPoints: ['src/cliLauncher.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' }, minify: true, sourcemap: false }),
  testEntries.length &&
    esbuild.build({ ...common, entryPoints: testEntries, outdir: `${outdir}/test/integration`, external: ['vscode', 'mocha'] }),
]);
