// What a contributor who clones the repository relies on: F5 configurations that point at real
// files and tasks, a single test file that runs by itself, and a CONTRIBUTING guide whose paths exist.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
/** VS Code's JSON with comments: line comments outside strings, and trailing commas. */
const jsonc = (text: string) => JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*/g, (_m, str) => str ?? '').replace(/,(\s*[}\]])/g, '$1'));

interface LaunchConfig { name: string; type: string; args?: string[]; preLaunchTask?: string; outFiles?: string[] }

describe('contributor conventions', () => {
  const launch = jsonc(read('.vscode/launch.json')) as { configurations: LaunchConfig[] };
  const tasks = jsonc(read('.vscode/tasks.json')) as { tasks: Array<{ label: string; command: string }> };
  const byName = (name: string) => launch.configurations.find((c) => c.name === name);

  it('offers F5 "Run Extension": an extension host on this folder, built first', () => {
    const run = byName('Run Extension');
    assert.ok(run, 'no "Run Extension" configuration');
    assert.equal(run.type, 'extensionHost');
    assert.ok(run.args?.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const task = tasks.tasks.find((t) => t.label === run.preLaunchTask);
    assert.ok(task, `preLaunchTask "${run.preLaunchTask}" is not in tasks.json`);
    assert.match(task.command, /esbuild\.mjs/);
    // The bundle VS Code loads is the one the build writes.
    const main = (JSON.parse(read('package.json')) as { main: string }).main.replace(/^\.\//, '');
    assert.ok(run.outFiles?.some((g) => g.replace('${workspaceFolder}/', '').replace('**/*.js', '') === path.dirname(main) + '/'));
  });

  it('offers "Extension Tests" pointing at the bundled integration suite', () => {
    const tests = byName('Extension Tests');
    assert.ok(tests, 'no "Extension Tests" configuration');
    assert.equal(tests.type, 'extensionHost');
    const arg = tests.args?.find((a) => a.startsWith('--extensionTestsPath='));
    assert.equal(arg, '--extensionTestsPath=${workspaceFolder}/dist/test/integration/index.js');
    // esbuild.mjs bundles test/integration/*.ts into dist/test/integration/.
    assert.ok(fs.existsSync(path.join(root, 'test/integration/index.ts')));
    assert.match(read('esbuild.mjs'), /test\/integration/);
  });

  it('runs one unit test file by itself with `npx mocha FILE` (.mocharc.json)', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/mocha/bin/mocha.js'), 'test/unit/statusText.test.ts'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\d+ passing/);
    assert.doesNotMatch(r.stdout, /failing/);
  });

  it('CONTRIBUTING.md names only files and folders that exist', () => {
    const guide = read('CONTRIBUTING.md');
    const paths = [...guide.matchAll(/`((?:src|test|scripts|bench|\.vscode)\/[\w./-]*|[\w.-]+\.(?:mjs|json|md))`/g)].map((m) => m[1].replace(/\/$/, ''));
    assert.ok(paths.length >= 20, `only ${paths.length} paths found`);
    const missing = paths.filter((p) => !fs.existsSync(path.join(root, p)));
    assert.deepEqual(missing, []);
  });
});
