// `npm start`: builds, starts a local VS Code (the harness's code-server, on 127.0.0.1 only) with
// Trade Facts loaded from this checkout and the sample article open, and prints the URL.
// Ctrl+C stops code-server's whole process group. `npm start -- --vsix` installs the packaged
// .vsix instead, as a user would have it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './vscode/install.mjs';
import { entryJs } from './vscode/paths.mjs';
import { startCodeServer } from './vscode/server.mjs';
import { buildVsix } from './lib/vsix.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A copy of the samples, so trying the extension (the browser workbench saves as you type) never
// changes the checkout's files.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-start-'));
const samples = path.join(tmp, 'articles');
fs.cpSync(path.join(root, 'samples'), samples, { recursive: true });
const ARTICLE = path.join(samples, 'harbor-steel-tariffs.md');
const fromVsix = process.argv.includes('--vsix');
const say = (m) => console.log(`[start] ${m}`);

/** A fresh extensions dir holding the packaged .vsix, installed as a user would. */
function installPackaged(tmp) {
  say('packaging the .vsix');
  const { file } = buildVsix({ repoRoot: root, outFile: path.join(tmp, 'trade-facts.vsix') });
  const extensionsDir = path.join(tmp, 'extensions');
  const r = spawnSync(process.execPath, [entryJs, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(tmp, 'ud'), '--install-extension', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing the .vsix failed: ${r.stdout}${r.stderr}`);
  return extensionsDir;
}

/** The workbench URL: the samples folder, the article open, the extension from this checkout unless installed. */
function url(origin) {
  const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [['openFile', remote(ARTICLE)]];
  if (!fromVsix) payload.push(['extensionDevelopmentPath', remote(root)]);
  return `${origin}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

let server;
const stop = (code) => {
  server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));

try {
  say('building');
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('the build failed');
  if (ensureCodeServer()) say('installed code-server');
  const extensionsDir = fromVsix ? installPackaged(tmp) : undefined;
  server = await startCodeServer({ folder: samples, logDir: path.join(root, 'test-results'), extensionsDir, logName: 'code-server-start.log' });
  console.log(`\nTrade Facts is running in VS Code ${fromVsix ? '(installed from the .vsix)' : '(from this checkout)'}. Open:\n\n  ${url(server.origin)}\n`);
  console.log(`It listens on 127.0.0.1 only. Log: ${path.relative(root, server.logFile)}. Press Ctrl+C to stop.`);
  // Stay up until Ctrl+C; stop too if code-server goes away by itself.
  setInterval(() => {
    try {
      process.kill(server.pgid, 0);
    } catch {
      say('code-server stopped');
      stop(1);
    }
  }, 2000);
} catch (e) {
  console.error(`[start] ${e.message}`);
  stop(1);
}
