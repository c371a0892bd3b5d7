// Run by test/unit/patternsBuild.test.ts in a process of its own: records every lexicon pattern (rx)
// as src/core loads, builds each one, and prints how many there were and which failed to build.
import fs from 'node:fs';
import path from 'node:path';

(globalThis as { __tradeFactsPatterns?: unknown[] }).__tradeFactsPatterns = [];
const root = path.join(__dirname, '..', '..', '..');
const files: string[] = [];
const walk = (dir: string): void => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) files.push(p);
  }
};
walk(path.join(root, 'src', 'core'));
// Loaded after the global is set (imports would be hoisted above it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const f of files.sort()) require(f);
const patterns = (globalThis as unknown as { __tradeFactsPatterns: Array<{ toString(): string }> }).__tradeFactsPatterns;
const failures: string[] = [];
for (const p of patterns) {
  try {
    p.toString();
  } catch (e) {
    failures.push(String((e as Error).message));
  }
}
process.stdout.write(JSON.stringify({ modules: files.length, patterns: patterns.length, failures }));
