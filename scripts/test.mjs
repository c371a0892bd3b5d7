// The single test command (`npm test`): build, type-check, unit tests, then the integration
// suite in a real VS Code (code-server) and browser checks of the workbench.
// `--unit-only` stops after the unit tests. Ends with one line "N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { step } from './lib/steps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const unitOnly = process.argv.includes('--unit-only');
const outDir = path.join(root, 'test-results');
const total = { passed: 0, failed: 0 };
const count = (ok) => (ok ? total.passed++ : total.failed++);
const started = Date.now();

console.log('Build and types');
const built = step('build (node esbuild.mjs)', process.execPath, ['esbuild.mjs'], root);
count(built);
count(step('type-check (tsc --noEmit)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit'], root));
count(step('type-check the quotes panel webview (tsc -p src/webview)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'src/webview'], root));

console.log('\nUnit tests');
{
  const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-unit-')), 'summary.json');
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/lib/run-unit.mjs'), summaryFile], { cwd: root, stdio: 'inherit' });
  const s = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : null;
  fs.rmSync(path.dirname(summaryFile), { recursive: true, force: true });
  if (!s) {
    console.log('  ✗ the unit test run did not finish');
    total.failed++;
  } else {
    total.passed += s.passed;
    total.failed += s.failed;
    if (s.passed + s.failed === 0) {
      console.log('  ✗ no unit tests ran (test/unit/**/*.test.ts)');
      total.failed++;
    }
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
    console.log(`\n(screenshots and logs in ${path.relative(root, outDir)}/)`);
  }
}

console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
