// Entry the VS Code extension host calls (extensionTestsPath): runs every bundled *.test.js
// next to this file with mocha and writes the results as JSON for the harness, because the
// extension host's exit code says nothing about failures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

export interface IntegrationResults {
  passed: number;
  failed: number;
  total: number;
  vscodeVersion: string;
  appName: string;
  /** How the results path was found: 'env' when TRADE_FACTS_TEST_RESULTS reached the extension host. */
  resultsVia: 'env' | 'bundle';
  tests: { title: string; state: 'passed' | 'failed'; durationMs: number }[];
  failures: { title: string; error: string }[];
}

/** Where the harness reads the results: env override, else next to this bundle. */
export function resultsPath(): string {
  return process.env.TRADE_FACTS_TEST_RESULTS || path.join(__dirname, 'results.json');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  files.forEach((f) => mocha.addFile(path.join(__dirname, f)));

  const results: IntegrationResults = {
    passed: 0,
    failed: 0,
    total: 0,
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    resultsVia: process.env.TRADE_FACTS_TEST_RESULTS ? 'env' : 'bundle',
    tests: [],
    failures: [],
  };
  const write = () => fs.writeFileSync(resultsPath(), JSON.stringify(results, null, 2));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        results.total = results.passed + results.failed;
        write();
        if (results.failed) reject(new Error(`${results.failed} integration tests failed`));
        else resolve();
      });
      runner.on('pass', (t) => {
        results.passed++;
        results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
      });
      // A skipped test hides a missing feature: it counts as a failure.
      runner.on('pending', (t) => {
        results.failed++;
        results.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: 0 });
        results.failures.push({ title: t.fullTitle(), error: 'skipped: every test must run' });
      });
      // 'fail' also fires for hooks, which then count as one failure each.
      runner.on('fail', (t, err: Error) => {
        results.failed++;
        results.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0 });
        results.failures.push({ title: t.fullTitle(), error: err?.stack || String(err) });
      });
    } catch (err) {
      results.failed++;
      results.failures.push({ title: 'loading the integration suite', error: (err as Error)?.stack || String(err) });
      write();
      reject(err);
    }
  });
}
