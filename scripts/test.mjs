// The single test command (`npm test`): build, type-check, lint, unit tests, then the integration
// suite in a real VS Code (code-server) and browser checks of the workbench.
// `--unit-only` stops after the unit tests; `--no-unit` skips them (to iterate on the VS Code
// suites). Ends with one line "N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { step } from './lib/steps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const unitOnly = process.argv.includes('--unit-only');
const noUnit = process.argv.includes('--no-unit');
// A sync loop that never ends can't be stopped by mocha's per-test timeout: bound the whole run.
const UNIT_TIMEOUT_MS = Number(process.env.TRADE_FACTS_UNIT_TIMEOUT_MS || 600_000);
const outDir = path.join(root, 'test-results');
const total = { passed: 0, failed: 0 };
const count = (ok) => (ok ? total.passed++ : total.failed++);
const started = Date.now();

console.log('Build and types');
const built = step('build (node esbuild.mjs)', process.execPath, ['esbuild.mjs'], root);
count(built);
count(step('type-check (tsc --noEmit)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit'], root));
count(step('type-check the quotes panel webview (tsc -p src/webview)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'src/webview'], root));
count(step('lint (eslint .)', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.'], root));

if (!noUnit) {
  console.log('\nUnit tests');
  const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-unit-')), 'summary.json');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/lib/run-unit.mjs'), summaryFile], {
    cwd: root,
    stdio: 'inherit',
    timeout: UNIT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const s = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : null;
  fs.rmSync(path.dirname(summaryFile), { recursive: true, force: true });
  const timedOut = r.error?.code === 'ETIMEDOUT' || !!r.signal;
  if (timedOut) {
    console.log(`\n  ✗ the unit tests did not finish within ${UNIT_TIMEOUT_MS / 1000} s (stopped; counts so far kept)`);
    total.failed++;
  }
  if (s) {
    total.passed += s.passed;
    total.failed += s.failed;
  }
  if (!timedOut && !s) {
    console.log('  ✗ the unit test run did not finish');
    total.failed++;
  } else if (!timedOut && s.passed + s.failed === 0) {
    console.log('  ✗ no unit tests ran (test/unit/**/*.test.ts)');
    total.failed++;
  }
}

if (!unitOnly) {
  if (!built) {
    console.log('\n  ✗ integration and browser suites skipped: the build failed');
    total.failed++;
  } else {
    const { runVSCodeSuites } = await import('./vscode/run.mjs');
    const c = await runVSCodeSuites({ repoRoot: root, outDir });
    total.passed += c.integration.passed + c.browser.passed;
    total.failed += c.integration.failed + c.browser.failed;
    // The packaged .vsix: contents, web bundle smoke test, installed into code-server and used.
    const { runVsixChecks } = await import('./vscode/vsix-checks.mjs');
    const p = await runVsixChecks({ repoRoot: root, outDir });
    total.passed += p.passed;
    total.failed += p.failed;
    console.log(`\n(screenshots and logs in ${path.relative(root, outDir)}/)`);
  }
}

console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
