// `npm run test:desktop`: the same integration suite in desktop VS Code through
// @vscode/test-electron. It downloads VS Code, so it needs the internet (and a display, e.g.
// `xvfb-run -a npm run test:desktop` on Linux); where that is missing it fails with a clear message.
import path from 'node:path';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { VSCODE_VERSION, repoRoot } from './vscode/paths.mjs';
import { printResults, readResults } from './vscode/results.mjs';

const testsPath = path.join(repoRoot, 'dist', 'test', 'integration', 'index.js');
const resultsFile = path.join(path.dirname(testsPath), 'results.json');

function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) {
  console.error('test:desktop: the build failed');
  finish(0, 1);
}

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, timeout: 15_000 });
} catch (e) {
  console.error(
    `test:desktop: could not download VS Code ${VSCODE_VERSION} (${e?.message || e}).\n` +
      'This needs the internet; where only the npm registry is reachable, run `npm test`, which runs the same suite in code-server.',
  );
  finish(0, 1);
}

fs.rmSync(resultsFile, { force: true });
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { TRADE_FACTS_TEST_RESULTS: resultsFile },
    launchArgs: [path.join(repoRoot, 'test', 'fixtures'), '--disable-extensions', '--disable-workspace-trust', '--disable-gpu'],
  });
} catch (e) {
  console.error(`test:desktop: VS Code reported a failure: ${e?.message || e}`);
}
const { results, error } = readResults(resultsFile);
if (results) {
  console.log(`VS Code ${results.vscodeVersion} (desktop)`);
  printResults(results);
}
if (error) console.error(`test:desktop: ${error}`);
finish(results?.passed ?? 0, (results?.failed ?? 0) + (error ? 1 : 0));
