import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Lexicon patterns (rx) are made on first use, and only once a text could match them: a typo in one
// would otherwise surface only when an article first needs it. Every one is built here, at once.
describe('lexicon patterns: every rx pattern of src/core builds', () => {
  it('builds each pattern recorded while all of src/core loads', function () {
    this.timeout(120_000);
    const root = path.join(__dirname, '..', '..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'helpers/buildPatterns.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { modules, patterns, failures } = JSON.parse(out) as { modules: number; patterns: number; failures: string[] };
    assert.ok(modules > 100, `only ${modules} modules of src/core were loaded`);
    // The rules' modules make some 250 patterns with rx: far fewer means they were not recorded.
    assert.ok(patterns > 200, `only ${patterns} patterns were recorded`);
    assert.deepEqual(failures, []);
  });
});
