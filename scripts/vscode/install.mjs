// Installs code-server (a full VS Code 1.100.3) into the cache, following
// /docs/real-vscode-tests.md's recipe; reused when the completion stamp is there.
// Run directly (`node scripts/vscode/install.mjs`) or import ensureCodeServer().
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, cacheDir, codeServerDir, entryJs, stampFile } from './paths.mjs';
import { assertPrereqs } from './prereqs.mjs';

// A nested npm must not inherit `npm test`'s package/lifecycle variables.
function npmEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_(package|lifecycle|config_(local_)?prefix|command|execpath)/i.test(k)) env[k] = v;
  }
  // code-server's postinstall refuses root without this; node-pty's `npx node-gyp` needs a yes.
  return { ...env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
}

function sh(cwd, cmd, args, log) {
  fs.appendFileSync(log, `\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`);
  const out = fs.openSync(log, 'a');
  const r = spawnSync(cmd, args, { cwd, env: npmEnv(), stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (r.status !== 0) throw new Error(`"${cmd} ${args.join(' ')}" failed in ${cwd} (exit ${r.status}); see ${log}`);
}

export function isInstalled() {
  return fs.existsSync(stampFile) && fs.existsSync(entryJs);
}

/** Installs when needed; returns true when it installed, false when the cache was reused. */
export function ensureCodeServer({ quiet = false } = {}) {
  assertPrereqs();
  if (isInstalled()) return false;
  const say = quiet ? () => {} : (m) => console.log(`[code-server] ${m}`);
  fs.rmSync(cacheDir, { recursive: true, force: true }); // a half install is redone from scratch
  fs.mkdirSync(cacheDir, { recursive: true });
  const log = path.join(cacheDir, 'install.log');
  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
  const started = Date.now();
  say(`installing code-server@${CODE_SERVER_VERSION} into ${cacheDir} (log: ${log})`);

  sh(cacheDir, 'npm', ['install', '--ignore-scripts', '--no-save', '--prefix', cacheDir, `code-server@${CODE_SERVER_VERSION}`], log);
  say('installing VS Code server dependencies');
  sh(vscodeDir, 'npm', ['install', '--omit=dev', '--ignore-scripts'], log);
  // @vscode/ripgrep's postinstall downloads from the internet; it skips that when bin/ exists.
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(rg, path.join(rgBin, 'rg'));
  say('building native modules (node-pty, spdlog, kerberos, ...)');
  sh(vscodeDir, 'npm', ['rebuild'], log);
  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);
  say('installing built-in extensions\' dependencies');
  sh(path.join(vscodeDir, 'extensions'), 'npm', ['install', '--omit=dev'], log);
  sh(cacheDir, 'npm', ['rebuild', 'argon2'], log);

  if (!fs.existsSync(entryJs)) throw new Error(`install finished but ${entryJs} is missing; see ${log}`);
  fs.writeFileSync(stampFile, `code-server@${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
  say(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const did = ensureCodeServer();
    if (!did) console.log(`[code-server] cached at ${cacheDir}`);
  } catch (e) {
    console.error(`[code-server] ${e.message}`);
    process.exit(1);
  }
}
