// Starts code-server on a free loopback port in its own process group and stops the whole
// group (server, extension hosts, pty hosts) again.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { entryJs } from './paths.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// User settings that keep the workbench quiet and predictable for tests.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
};

/** All descendants of pid, read from ps (a child that left the group is still caught). */
export function descendants(pid) {
  const out = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).stdout || '';
  const kids = new Map();
  for (const line of out.trim().split('\n')) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    if (!kids.has(pp)) kids.set(pp, []);
    kids.get(pp).push(p);
  }
  const all = [];
  const walk = (p) => (kids.get(p) || []).forEach((c) => (all.push(c), walk(c)));
  walk(pid);
  return all;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts code-server serving `folder`; resolves once /healthz answers.
 * `extensionsDir` (optional) holds installed extensions; `logName` names the log in logDir;
 * `settings` are added to the user settings.
 * Returns { port, origin, logFile, stop() }; stop() is idempotent and synchronous-safe.
 */
export async function startCodeServer({ folder, logDir, env = {}, extensionsDir: ownExtensionsDir, logName = 'code-server.log', settings = {} }) {
  const port = await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-vscode-'));
  const userDataDir = path.join(tmp, 'user-data');
  // A caller's extensions dir (an installed .vsix) is used as it is and left in place.
  const extensionsDir = ownExtensionsDir ?? path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, logName);
  const log = fs.openSync(logFile, 'w');

  const child = spawn(
    process.execPath,
    [entryJs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--config', config, folder],
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env } },
  );
  fs.closeSync(log);
  const pgid = child.pid;
  let stopped = false;

  function stop() {
    if (stopped) return;
    stopped = true;
    const pids = [pgid, ...descendants(pgid)];
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-pgid, sig); // the whole group
      } catch {}
      for (const p of pids) {
        try {
          process.kill(p, sig);
        } catch {}
      }
      // give SIGTERM up to 3 s before SIGKILL
      const until = Date.now() + (sig === 'SIGTERM' ? 3000 : 1000);
      while (Date.now() < until && pids.some(alive)) spawnSync('sleep', ['0.1']);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      stop();
      throw new Error(`code-server exited with ${child.exitCode} before answering; see ${logFile}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > until) {
      stop();
      throw new Error(`code-server did not answer on ${origin} within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, origin, logFile, pgid, stop };
}
