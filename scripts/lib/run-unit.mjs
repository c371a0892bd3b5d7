// Runs test/unit/**/*.test.ts with mocha (spec output). Started by scripts/test.mjs as
// `node --import tsx scripts/lib/run-unit.mjs SUMMARY.json`, so TypeScript loads directly.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

const [summaryFile] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'test', 'unit');
const files = fs.existsSync(dir)
  ? fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join(dir, f))
  : [];

const summary = { files: files.length, passed: 0, failed: 0, pending: 0 };
const save = () => fs.writeFileSync(summaryFile, JSON.stringify(summary));

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: process.stdout.isTTY });
files.forEach((f) => mocha.addFile(f));
try {
  await mocha.loadFilesAsync();
} catch (e) {
  console.error(e);
  summary.failed++;
  save();
  process.exit(1);
}
const runner = mocha.run(() => {
  save();
  process.exitCode = summary.failed ? 1 : 0;
});
// Saved after every test so the harness still has the counts if it must kill a hung run.
runner.on('pass', () => (summary.passed++, save()));
runner.on('fail', () => (summary.failed++, save()));
// A skipped test hides a missing feature: it counts as a failure.
runner.on('pending', (t) => (summary.pending++, summary.failed++, console.log(`  ✗ skipped, and every test must run: ${t.fullTitle()}`), save()));
